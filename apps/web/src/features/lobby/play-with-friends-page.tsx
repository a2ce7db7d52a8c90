import { LobbyCode, type MatchSettings } from "@lila/shared";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { browserStorage } from "../../lib/browser-storage";
import { useDocumentTitle } from "../../lib/use-document-title";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { Heading, PageHeader } from "../../ui/heading";
import { TextField } from "../../ui/text-field";
import { useCurrentUser, useEnsureSession } from "../auth";
import { useCatalogQuery } from "../catalog";
import { lastPlayableSettings } from "../game-settings";
import { createLobby } from "./lobby.api";
import { loadNickname, nicknameProblem, normalizeCodeInput, saveNickname } from "./nickname-storage";

/** /multiplayer: start a lobby or type a friend's code. */
export function PlayWithFriendsPage() {
  useDocumentTitle("Play with friends");
  const navigate = useNavigate();
  const ensureSession = useEnsureSession();
  const session = useCurrentUser();
  const catalog = useCatalogQuery();
  const signedInName = session.data && !session.data.isGuest ? session.data.name : "";
  const [typedNickname, setTypedNickname] = useState<string | null>(null);
  const nickname = typedNickname ?? (loadNickname(browserStorage()) || signedInName);
  const [code, setCode] = useState("");
  const [nicknameError, setNicknameError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: async () => {
      // Lobbies need a session: a visitor becomes a guest named after the nickname.
      await ensureSession(nickname);
      const gameSettings = catalog.data ? lastPlayableSettings(catalog.data.cells) : null;
      const settings: MatchSettings | undefined = gameSettings ? { ...gameSettings, speedBonus: false } : undefined;
      return createLobby({
        ...(nickname.trim() ? { nickname: nickname.trim() } : {}),
        ...(settings ? { settings } : {}),
      });
    },
    onSuccess: (lobby) => navigate({ to: "/lobby/$code", params: { code: lobby.code } }),
  });

  /** Guests need a nickname; signed-in players may leave it empty to use their account name. */
  function checkNickname(): boolean {
    const problem = signedInName && nickname.trim() === "" ? null : nicknameProblem(nickname);
    setNicknameError(problem);
    if (!problem && nickname.trim()) saveNickname(browserStorage(), nickname);
    return problem === null;
  }

  function handleCreate(event: FormEvent) {
    event.preventDefault();
    if (create.isPending || !checkNickname()) return;
    create.mutate();
  }

  function handleJoin(event: FormEvent) {
    event.preventDefault();
    const parsed = LobbyCode.safeParse(code);
    if (!parsed.success) {
      setCodeError("A code has 6 letters and digits, like 7KX3PQ.");
      return;
    }
    setCodeError(null);
    if (!checkNickname()) return;
    void navigate({ to: "/join/$code", params: { code: parsed.data } });
  }

  return (
    <div className="space-y-6">
      <PageHeader title="Play with friends">
        Start a lobby and share its code, or join a friend's. 2–4 players answer the same words at the same time.
      </PageHeader>

      <Card>
        <TextField
          label="Your nickname"
          value={nickname}
          maxLength={24}
          autoComplete="nickname"
          placeholder={signedInName || "e.g. Sam"}
          problem={nicknameError}
          hint={
            signedInName
              ? `Leave it empty to play as ${signedInName}.`
              : "Shown to the other players. No account needed."
          }
          onChange={(event) => {
            setTypedNickname(event.target.value);
            setNicknameError(null);
          }}
        />
      </Card>

      <div className="grid gap-4 sm:grid-cols-2">
        <Card as="form" onSubmit={handleCreate} className="space-y-4">
          <Heading level={2} size="section">
            Start a lobby
          </Heading>
          <p className="text-slate-700">You're the host: pick the words, then start when your friends are in.</p>
          <Button type="submit" className="w-full" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create lobby"}
          </Button>
        </Card>

        <Card as="form" onSubmit={handleJoin} className="space-y-4" noValidate>
          <Heading level={2} size="section">
            Join with a code
          </Heading>
          <TextField
            label="Lobby code"
            className="font-mono text-xl tracking-[0.3em] uppercase"
            value={code}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            placeholder="7KX3PQ"
            problem={codeError}
            onChange={(event) => {
              setCode(normalizeCodeInput(event.target.value));
              setCodeError(null);
            }}
          />
          <Button type="submit" variant="secondary" className="w-full">
            Join
          </Button>
        </Card>
      </div>

      {create.isError ? (
        <ErrorPanel
          error={create.error}
          onRetry={() => {
            create.reset();
            create.mutate();
          }}
        />
      ) : null}
    </div>
  );
}
