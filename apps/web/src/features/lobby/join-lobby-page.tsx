import { LobbyCode } from "@lila/shared";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { browserStorage } from "../../lib/browser-storage";
import { useDocumentTitle } from "../../lib/use-document-title";
import { Button, buttonClass } from "../../ui/button";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";
import { Notice } from "../../ui/notice";
import { Skeleton } from "../../ui/skeleton";
import { TextField } from "../../ui/text-field";
import { useCurrentUser, useEnsureSession } from "../auth";
import { describeJoinError } from "./join-errors";
import { joinLobby } from "./lobby.api";
import { loadNickname, nicknameProblem, saveNickname } from "./nickname-storage";

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
  const ensureSession = useEnsureSession();
  const session = useCurrentUser();
  const [nickname, setNickname] = useState(() => loadNickname(browserStorage()));
  const [nicknameError, setNicknameError] = useState<string | null>(null);
  const autoJoinTried = useRef(false);

  const join = useMutation({
    mutationFn: async (name: string) => {
      await ensureSession(name);
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
        {canRetry ? <Button onClick={() => join.mutate(nickname.trim())}>Retry</Button> : null}
      </JoinProblem>
    );
  }

  if (session.isPending || join.isPending || join.isSuccess || goesStraightIn) {
    return <Skeleton label={`Joining lobby ${code}…`} lines={3} />;
  }

  return (
    <Card as="form" onSubmit={handleSubmit} noValidate className="mx-auto max-w-md space-y-4">
      <Heading level={1} size="page">
        Join lobby <span className="font-mono tracking-widest text-violet-800">{code}</span>
      </Heading>
      <p className="text-slate-700">Pick a nickname the others will see. No account needed.</p>
      <TextField
        label="Your nickname"
        value={nickname}
        maxLength={24}
        autoComplete="nickname"
        autoFocus
        problem={nicknameError}
        onChange={(event) => {
          setNickname(event.target.value);
          setNicknameError(null);
        }}
      />
      <Button type="submit" className="w-full">
        Join lobby
      </Button>
    </Card>
  );
}

function JoinProblem({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <Notice tone="error" role="alert">
        {message}
      </Notice>
      <div className="flex flex-wrap gap-3">
        {children}
        <Link to="/multiplayer" className={buttonClass("secondary")}>
          Back to multiplayer
        </Link>
      </div>
    </div>
  );
}
