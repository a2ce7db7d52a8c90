import { LobbyCode } from "@lila/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useDocumentTitle } from "../../lib/use-document-title";
import { primaryButton, secondaryButton } from "../../ui/button-styles";
import { Skeleton } from "../../ui/skeleton";
import { browserStorage } from "../../lib/browser-storage";
import { describeJoinError } from "./join-errors";
import { joinLobby } from "./lobby.api";
import { loadNickname, nicknameProblem, saveNickname } from "./nickname-storage";
import { currentUserQueryKey, useCurrentUser } from "../auth";
import { ensurePlayerSession } from "./player-session";

/**
 * /join/CODE, the link players share: joins through REST and opens the lobby.
 * Someone we know (a remembered nickname, or signed in) goes straight in; a
 * first-time guest types a nickname first.
 */
export function JoinLobbyPage() {
  const rawCode = useParams({ strict: false }).code ?? "";
  const parsed = LobbyCode.safeParse(rawCode);
  useDocumentTitle("Join a lobby");
  if (!parsed.success) {
    return <JoinProblem message={`“${rawCode}” is not a lobby code. A code has 6 letters and digits.`} />;
  }
  return <JoinLobby code={parsed.data} />;
}

function JoinLobby({ code }: { code: LobbyCode }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentUser();
  const [nickname, setNickname] = useState(() => loadNickname(browserStorage()));
  const [nicknameError, setNicknameError] = useState<string | null>(null);
  const autoJoinTried = useRef(false);

  const join = useMutation({
    mutationFn: async (name: string) => {
      queryClient.setQueryData(currentUserQueryKey, await ensurePlayerSession(name));
      return joinLobby(code, name ? { nickname: name } : {});
    },
    onSuccess: (lobby) =>
      navigate({
        to: "/lobby/$code",
        params: { code: lobby.code },
        replace: true,
      }),
  });

  const signedIn = session.data ? !session.data.isGuest : false;
  const rememberedNickname = loadNickname(browserStorage());
  const goesStraightIn = !session.isPending && (signedIn || rememberedNickname !== "");

  // Known players go straight in, once.
  useEffect(() => {
    if (autoJoinTried.current || !goesStraightIn) return;
    autoJoinTried.current = true;
    join.mutate(rememberedNickname);
  }, [goesStraightIn, rememberedNickname, join]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = nicknameProblem(nickname);
    setNicknameError(problem);
    if (problem || join.isPending) return;
    autoJoinTried.current = true;
    saveNickname(browserStorage(), nickname);
    join.mutate(nickname.trim());
  }

  if (join.isError) {
    const { message, canRetry } = describeJoinError(join.error, code);
    return (
      <JoinProblem message={message}>
        {canRetry ? (
          <button type="button" className={primaryButton} onClick={() => join.mutate(nickname.trim())}>
            Retry
          </button>
        ) : null}
      </JoinProblem>
    );
  }

  if (session.isPending || join.isPending || join.isSuccess || goesStraightIn) {
    return <Skeleton label={`Joining lobby ${code}…`} lines={3} />;
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="mx-auto max-w-md space-y-4 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8"
    >
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">
        Join lobby <span className="font-mono tracking-widest text-violet-800">{code}</span>
      </h1>
      <p className="text-slate-700">Pick a nickname the others will see. No account needed.</p>
      <label htmlFor="join-nickname" className="block font-semibold text-slate-900">
        Your nickname
      </label>
      <input
        id="join-nickname"
        className="min-h-12 w-full rounded-xl border border-slate-300 bg-white px-3 text-base text-slate-900 hover:border-violet-400 aria-[invalid=true]:border-red-700"
        value={nickname}
        maxLength={24}
        autoComplete="nickname"
        autoFocus
        aria-invalid={nicknameError ? true : undefined}
        aria-describedby={nicknameError ? "join-nickname-error" : undefined}
        onChange={(event) => {
          setNickname(event.target.value);
          setNicknameError(null);
        }}
      />
      {nicknameError ? (
        <p id="join-nickname-error" className="text-sm font-medium text-red-800">
          {nicknameError}
        </p>
      ) : null}
      <button type="submit" className={`${primaryButton} w-full`}>
        Join lobby
      </button>
    </form>
  );
}

function JoinProblem({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-5 font-medium text-red-900">
        {message}
      </div>
      <div className="flex flex-wrap gap-3">
        {children}
        <Link to="/multiplayer" className={secondaryButton}>
          Back to multiplayer
        </Link>
      </div>
    </div>
  );
}
