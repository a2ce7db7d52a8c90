import { MIN_PLAYERS, type CatalogResponse, type Lobby, type MatchSettings } from "@lila/shared";
import { useState } from "react";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";
import { CopyLinkButton } from "./copy-link-button";
import { LobbySettingsForm, LobbySettingsSummary, playableMatchSettings } from "./lobby-settings";
import { PlayerList } from "./player-list";

interface WaitingRoomProps {
  lobby: Lobby;
  selfId: string | null;
  catalog: CatalogResponse | undefined;
  connected: boolean;
  joinLink: string;
  onChangeSettings: (settings: MatchSettings) => boolean;
  onStart: () => boolean;
  onLeave: () => void;
}

function sameSettings(a: MatchSettings, b: MatchSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function startHint(connectedPlayers: number, connected: boolean): string {
  if (!connected) return "Reconnecting… you can start once you're back.";
  const missing = MIN_PLAYERS - connectedPlayers;
  if (missing > 0) return `Waiting for ${missing === 1 ? "one more player" : `${missing} more players`} to join.`;
  return "Everyone here is ready when you are.";
}

export function WaitingRoom({
  lobby,
  selfId,
  catalog,
  connected,
  joinLink,
  onChangeSettings,
  onStart,
  onLeave,
}: WaitingRoomProps) {
  const isHost = selfId !== null && lobby.hostId === selfId;
  // The host's last change, shown until the server's lobby:state catches up.
  const [draft, setDraft] = useState<{ settings: MatchSettings; basedOn: MatchSettings } | null>(null);
  const upToDateDraft = draft && sameSettings(draft.basedOn, lobby.settings) ? draft.settings : null;
  const settings = playableMatchSettings(catalog, upToDateDraft ?? lobby.settings);
  const connectedPlayers = lobby.players.filter((player) => player.connected).length;
  const canStart = isHost && connected && connectedPlayers >= MIN_PLAYERS;

  function changeSettings(next: MatchSettings) {
    if (onChangeSettings(next)) setDraft({ settings: next, basedOn: lobby.settings });
  }

  function start() {
    // The lobby may still hold settings the catalog can't play (e.g. a default): send the shown ones first.
    if (!sameSettings(settings, lobby.settings)) onChangeSettings(settings);
    onStart();
  }

  return (
    <div className="space-y-6">
      <Card
        as="section"
        surface="sky"
        padded={false}
        aria-labelledby="lobby-heading"
        className="px-5 py-6 text-center sm:px-8"
      >
        <h1 id="lobby-heading" className="text-lg font-semibold text-slate-700">
          Lobby code
        </h1>
        <p
          className="mt-1 font-mono text-5xl font-extrabold tracking-[0.2em] break-all text-violet-950 sm:text-6xl"
          data-testid="lobby-code"
        >
          <span aria-hidden="true">{lobby.code}</span>
          {/* Spelled out, so a screen reader reads characters, not a word. */}
          <span className="sr-only">{lobby.code.split("").join(" ")}</span>
        </p>
        <p className="mt-2 text-slate-700">Friends join with this code or the link.</p>
        <div className="mt-4 flex justify-center">
          <CopyLinkButton link={joinLink} />
        </div>
      </Card>

      <div className="grid gap-6 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.25fr)]">
        <PlayerList players={lobby.players} maxPlayers={lobby.maxPlayers} selfId={selfId} />

        <section aria-labelledby="settings-heading" className="space-y-3">
          <Heading level={2} size="subsection" id="settings-heading">
            Match settings
          </Heading>
          <Card>
            {isHost && catalog ? (
              <LobbySettingsForm
                catalog={catalog}
                settings={settings}
                disabled={!connected}
                onChange={changeSettings}
              />
            ) : (
              <LobbySettingsSummary languages={catalog?.languages ?? []} settings={settings} />
            )}
          </Card>
        </section>
      </div>

      <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        {isHost ? (
          <>
            <p className="text-slate-700" id="start-hint">
              {startHint(connectedPlayers, connected)}
            </p>
            <Button
              className="w-full sm:w-auto sm:min-w-40"
              disabled={!canStart}
              aria-describedby="start-hint"
              onClick={start}
            >
              Start
            </Button>
          </>
        ) : (
          <p className="flex items-center gap-2 font-medium text-slate-800">
            <span aria-hidden="true" className="inline-block size-2.5 animate-pulse rounded-full bg-violet-600" />
            Waiting for the host to start
          </p>
        )}
      </Card>

      <div className="flex justify-center">
        <Button variant="secondary" onClick={onLeave}>
          Leave lobby
        </Button>
      </div>
    </div>
  );
}
