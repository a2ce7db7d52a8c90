import { LobbyCode } from "@lila/shared";
import { Link, Navigate, useNavigate, useParams } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title";
import { buttonClass } from "../../ui/button";
import { ErrorPanel } from "../../ui/error-panel";
import { Notice } from "../../ui/notice";
import { Skeleton } from "../../ui/skeleton";
import { useCurrentUser } from "../auth";
import { useCatalogQuery } from "../catalog";
import { ConnectionBanner } from "./connection-banner";
import { describeSocketProblem } from "./describe-socket-problem";
import { FinalRanking } from "./final-ranking";
import { matchPhase, type MatchPhase, type MatchState } from "./match-state";
import { MatchView } from "./match-view";
import { orderStandings, standingsFromLobby, winnerIdsOf } from "./podium";
import { ProblemNotice } from "./problem-notice";
import { useMatchRoom } from "./use-match-room";
import { WaitingRoom } from "./waiting-room";

const TITLES: Record<MatchPhase, string> = {
  connecting: "Lobby",
  waiting: "Lobby",
  starting: "Match",
  question: "Match",
  round_result: "Match",
  finished: "Final ranking",
};

/** /lobby/CODE: the waiting room, the match and the final ranking, all driven by the socket. */
export function MatchRoomPage() {
  const rawCode = useParams({ strict: false }).code ?? "";
  const parsed = LobbyCode.safeParse(rawCode);
  const session = useCurrentUser();
  useDocumentTitle("Lobby");

  if (!parsed.success) {
    return (
      <Notice
        tone="error"
        role="alert"
        actions={
          <Link to="/multiplayer" className={buttonClass("secondary")}>
            Back to multiplayer
          </Link>
        }
      >
        “{rawCode}” is not a lobby code.
      </Notice>
    );
  }
  if (session.isPending) return <Skeleton label="Connecting to the lobby…" lines={4} />;
  if (session.isError) return <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />;
  // No session yet (a shared /lobby link): joining first creates one.
  if (!session.data) return <Navigate to="/join/$code" params={{ code: parsed.data }} replace />;
  return <MatchRoom code={parsed.data} selfId={session.data.id} />;
}

function finalStandings(state: MatchState) {
  if (state.final) {
    const standings = orderStandings(state.final.players);
    return { standings, winnerIds: winnerIdsOf(standings, state.final.winnerIds) };
  }
  const standings = standingsFromLobby(state.lobby?.players ?? []);
  return { standings, winnerIds: winnerIdsOf(standings) };
}

function MatchRoom({ code, selfId }: { code: LobbyCode; selfId: string }) {
  const navigate = useNavigate();
  const catalog = useCatalogQuery();
  const connection = useMatchRoom(code, true);
  const { state, status } = connection;
  const phase = matchPhase(state);
  const connected = status === "open";
  useDocumentTitle(TITLES[phase]);

  function leave() {
    connection.leave();
    void navigate({ to: "/multiplayer" });
  }

  const banner = <ConnectionBanner status={status} hasLobby={state.lobby !== null} code={code} />;
  const notice = <ProblemNotice problem={state.problem} onDismiss={connection.dismissProblem} />;

  if (!state.lobby) {
    // Refused before we ever saw the lobby: most likely we are not (or no longer) in it.
    if (state.problem) {
      return (
        <div className="mx-auto max-w-md">
          <Notice
            tone="error"
            role="alert"
            actions={
              <>
                <Link to="/join/$code" params={{ code }} className={buttonClass("secondary")}>
                  Join lobby {code}
                </Link>
                <Link to="/multiplayer" className={buttonClass("secondary")}>
                  Back to multiplayer
                </Link>
              </>
            }
          >
            {describeSocketProblem(state.problem.code, state.problem.message)}
          </Notice>
        </div>
      );
    }
    return (
      <div className="space-y-4">
        {banner}
        <Skeleton label={`Connecting to lobby ${code}…`} lines={4} />
      </div>
    );
  }

  const lobby = state.lobby;
  const isHost = lobby.hostId === selfId;

  return (
    <div className="space-y-4">
      {banner}
      {notice}
      {phase === "waiting" ? (
        <WaitingRoom
          lobby={lobby}
          selfId={selfId}
          catalog={catalog.data}
          connected={connected}
          joinLink={`${window.location.origin}/join/${lobby.code}`}
          onChangeSettings={connection.changeSettings}
          onStart={connection.start}
          onLeave={leave}
        />
      ) : phase === "finished" ? (
        <FinalRanking
          {...finalStandings(state)}
          selfId={selfId}
          isHost={isHost}
          connected={connected}
          onRematch={connection.rematch}
          onLeave={connection.leave}
        />
      ) : (
        <MatchView
          state={state}
          lobby={lobby}
          selfId={selfId}
          languages={catalog.data?.languages ?? []}
          connected={connected}
          onAnswer={connection.answer}
          onShowFinal={connection.finalReady ? connection.revealFinal : undefined}
        />
      )}
    </div>
  );
}
