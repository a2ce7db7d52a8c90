import type { LobbyPlayer } from "@lila/shared";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";

interface PlayerListProps {
  players: LobbyPlayer[];
  maxPlayers: number;
  selfId: string | null;
}

export function PlayerList({ players, maxPlayers, selfId }: PlayerListProps) {
  const emptySeats = Math.max(0, maxPlayers - players.length);
  return (
    <section aria-labelledby="players-heading" className="space-y-3">
      <Heading level={2} size="subsection" id="players-heading">
        Players{" "}
        <span className="font-medium text-slate-600">
          ({players.length} of {maxPlayers})
        </span>
      </Heading>
      <ul className="space-y-2" aria-label="Players">
        {players.map((player) => (
          <Card
            as="li"
            size="small"
            padded={false}
            key={player.userId}
            className="flex min-h-14 items-center gap-3 px-4 py-2"
          >
            <span
              aria-hidden="true"
              className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-violet-100 font-bold text-violet-800 uppercase"
            >
              {player.name.trim().charAt(0) || "?"}
            </span>
            <span className="min-w-0 flex-1">
              <span className="block font-semibold break-words text-slate-900">
                {player.name}
                {player.userId === selfId ? <span className="font-normal text-slate-600"> (you)</span> : null}
              </span>
              <span
                className={`flex items-center gap-1.5 text-sm ${player.connected ? "text-green-800" : "text-amber-800"}`}
              >
                <span
                  aria-hidden="true"
                  className={`inline-block size-2 rounded-full ${player.connected ? "bg-green-600" : "bg-amber-500"}`}
                />
                {player.connected ? "Connected" : "Reconnecting…"}
              </span>
            </span>
            {player.isHost ? (
              <span className="shrink-0 rounded-full bg-violet-700 px-3 py-1 text-sm font-semibold text-white">
                Host
              </span>
            ) : null}
          </Card>
        ))}
        {Array.from({ length: emptySeats }, (_, index) => (
          <li
            key={`empty-${index}`}
            className="flex min-h-14 items-center rounded-2xl border-2 border-dashed border-slate-300 px-4 text-slate-500"
          >
            Free seat
          </li>
        ))}
      </ul>
    </section>
  );
}
