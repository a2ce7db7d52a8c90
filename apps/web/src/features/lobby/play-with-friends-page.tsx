import { LobbyCode, type MatchSettings } from "@lila/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../lib/use-document-title";
import { primaryButton, secondaryButton } from "../../ui/button-styles";
import { ErrorPanel } from "../../ui/error-panel";
import { useCatalogQuery } from "../catalog";
import { loadSavedSettings, normalizeSettings } from "../game-settings";
import { browserStorage } from "../../lib/browser-storage";
import { createLobby } from "./lobby.api";
import { loadNickname, nicknameProblem, normalizeCodeInput, saveNickname } from "./nickname-storage";
import { currentUserQueryKey, useCurrentUser } from "../auth";
import { ensurePlayerSession } from "./player-session";

const inputClass =
  "min-h-12 w-full min-w-0 rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900 hover:border-violet-400 aria-[invalid=true]:border-red-700";
const cardClass = "space-y-4 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6";

/** /multiplayer: start a lobby or type a friend's code. */
export function PlayWithFriendsPage() {
  useDocumentTitle("Play with friends");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
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
      queryClient.setQueryData(currentUserQueryKey, await ensurePlayerSession(nickname));
      const preferred = loadSavedSettings(browserStorage());
      const gameSettings = catalog.data ? normalizeSettings(catalog.data.cells, preferred) : null;
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
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Play with friends</h1>
        <p className="text-slate-700">
          Start a lobby and share its code, or join a friend's. 2–4 players answer the same words at the same time.
        </p>
      </header>

      <div className={cardClass}>
        <label htmlFor="nickname" className="block font-semibold text-slate-900">
          Your nickname
        </label>
        <input
          id="nickname"
          className={inputClass}
          value={nickname}
          maxLength={24}
          autoComplete="nickname"
          placeholder={signedInName || "e.g. Sam"}
          aria-invalid={nicknameError ? true : undefined}
          aria-describedby="nickname-hint"
          onChange={(event) => {
            setTypedNickname(event.target.value);
            setNicknameError(null);
          }}
        />
        <p id="nickname-hint" className={`text-sm ${nicknameError ? "font-medium text-red-800" : "text-slate-600"}`}>
          {nicknameError ??
            (signedInName
              ? `Leave it empty to play as ${signedInName}.`
              : "Shown to the other players. No account needed.")}
        </p>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <form onSubmit={handleCreate} className={cardClass}>
          <h2 className="text-xl font-bold text-slate-900">Start a lobby</h2>
          <p className="text-slate-700">You're the host: pick the words, then start when your friends are in.</p>
          <button type="submit" className={`${primaryButton} w-full`} disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create lobby"}
          </button>
        </form>

        <form onSubmit={handleJoin} className={cardClass} noValidate>
          <h2 className="text-xl font-bold text-slate-900">Join with a code</h2>
          <label htmlFor="lobby-code" className="block font-semibold text-slate-900">
            Lobby code
          </label>
          <input
            id="lobby-code"
            className={`${inputClass} font-mono text-xl tracking-[0.3em] uppercase`}
            value={code}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            placeholder="7KX3PQ"
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? "lobby-code-error" : undefined}
            onChange={(event) => {
              setCode(normalizeCodeInput(event.target.value));
              setCodeError(null);
            }}
          />
          {codeError ? (
            <p id="lobby-code-error" className="text-sm font-medium text-red-800">
              {codeError}
            </p>
          ) : null}
          <button type="submit" className={`${secondaryButton} w-full`}>
            Join
          </button>
        </form>
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
