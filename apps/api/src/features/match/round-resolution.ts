import type { WsServerMessage } from "@lila/shared";
import { pointsFor, rankPlayers } from "./match-scoring.js";
import type { Draft } from "./room-draft.js";
import { finishedMessage, lobbyStateMessage, roundResultMessage } from "./room.presenter.js";
import { isConnected, type RoomState, type TransitionContext } from "./room-state.js";

/* The steps that several rules share: a seat freed, a round resolved, a match finished. */

/** Removes a seat; returns true when the room is now empty and closed. */
export function removePlayer(draft: Draft, userId: string, context: TransitionContext): boolean {
  const state = draft.state;
  state.players = state.players.filter((player) => player.userId !== userId);
  draft.effects.push({ kind: "player_left", userId });
  if (state.players.length === 0) {
    draft.effects.push({ kind: "lobby_closed" });
    return true;
  }
  if (state.hostId === userId) {
    // The lobby passes to the longest-present player rather than dying.
    state.hostId = (state.players[0] as RoomState["players"][number]).userId;
    draft.effects.push({ kind: "host_changed", hostId: state.hostId });
  }
  if (state.status === "playing" && state.players.length === 1) {
    // A player alone in a running match wins it.
    finishMatch(draft);
    return false;
  }
  draft.broadcasts.push(lobbyStateMessage(state));
  if (state.status === "playing") resolveIfEveryoneAnswered(draft, context);
  return false;
}

/** A round ends early once every connected player answered (and at least one is connected). */
export function resolveIfEveryoneAnswered(draft: Draft, context: TransitionContext): boolean {
  const match = draft.state.match;
  if (draft.state.status !== "playing" || !match || match.phase !== "question") return false;
  const connected = draft.state.players.filter(isConnected);
  if (connected.length === 0 || !connected.every((player) => match.answers[player.userId])) return false;
  resolveRound(draft, context);
  return true;
}

export function resolveRound(draft: Draft, context: TransitionContext): void {
  const state = draft.state;
  const match = state.match!;
  const question = match.questions[match.round]!;
  match.lastResults = state.players.map((player) => {
    const answer = match.answers[player.userId];
    const isCorrect = answer?.optionId === question.correctOptionId;
    const points = answer
      ? pointsFor({
          isCorrect,
          speedBonus: state.settings.speedBonus,
          answeredAt: answer.at,
          roundStartedAt: match.roundStartedAt,
          deadline: match.deadline,
        })
      : 0;
    player.score += points;
    return { userId: player.userId, selectedOptionId: answer?.optionId ?? null, isCorrect, points };
  });
  match.phase = "results";
  draft.broadcasts.push(roundResultMessage(state) as WsServerMessage);
  if (match.round + 1 >= match.questions.length) finishMatch(draft);
  else match.nextAt = context.now + context.timing.breakMs;
}

export function finishMatch(draft: Draft): void {
  const state = draft.state;
  const matchId = state.match!.matchId;
  state.status = "finished";
  state.result = rankPlayers(state.players);
  state.match = null;
  draft.broadcasts.push(lobbyStateMessage(state));
  draft.broadcasts.push(finishedMessage(state) as WsServerMessage);
  draft.effects.push({ kind: "match_finished", matchId, standings: state.result.standings });
}
