import type { Lobby, WsServerMessage } from "@lila/shared";
import { isConnected, type RoomState } from "./room-state.js";

/** The lobby as every player sees it: never the answer key. */
export function presentLobby(state: RoomState): Lobby {
  return {
    lobbyId: state.lobbyId,
    code: state.code,
    status: state.status,
    hostId: state.hostId,
    settings: state.settings,
    maxPlayers: state.maxPlayers,
    players: state.players.map((player) => ({
      userId: player.userId,
      name: player.name,
      isHost: player.userId === state.hostId,
      connected: isConnected(player),
      score: player.score,
    })),
  };
}

export function lobbyStateMessage(state: RoomState): WsServerMessage {
  return { type: "lobby:state", lobby: presentLobby(state) };
}

/** The current question; for one player (after a reconnect) it carries their own answer. */
export function questionMessage(
  state: RoomState,
  now: number,
  forUserId: string | null = null,
): WsServerMessage | null {
  const match = state.match;
  const question = match?.questions[match.round];
  if (!match || !question) return null;
  const { questionId, prompt, gloss, options } = question;
  return {
    type: "game:question",
    lobbyId: state.lobbyId,
    question: { questionId, prompt, gloss, options },
    questionNumber: match.round + 1,
    totalQuestions: match.questions.length,
    deadline: match.deadline,
    serverNow: now,
    answeredUserIds: Object.keys(match.answers),
    yourAnswer: forUserId ? (match.answers[forUserId]?.optionId ?? null) : null,
  };
}

export function scoresOf(state: RoomState): Record<string, number> {
  return Object.fromEntries(state.players.map((player) => [player.userId, player.score]));
}

export function roundResultMessage(state: RoomState): WsServerMessage | null {
  const match = state.match;
  const question = match?.questions[match.round];
  if (!match || !question || !match.lastResults) return null;
  return {
    type: "game:answer_result",
    lobbyId: state.lobbyId,
    questionId: question.questionId,
    correctOptionId: question.correctOptionId,
    results: match.lastResults,
    scores: scoresOf(state),
  };
}

export function finishedMessage(state: RoomState): WsServerMessage | null {
  if (!state.result) return null;
  return {
    type: "game:finished",
    lobbyId: state.lobbyId,
    players: state.result.standings,
    winnerIds: state.result.winnerIds,
  };
}

/** Everything a (re)connecting player needs to pick up where the room is. */
export function snapshotFor(state: RoomState, userId: string, now: number): WsServerMessage[] {
  const messages: WsServerMessage[] = [lobbyStateMessage(state)];
  if (state.status === "playing" && state.match) {
    const current = state.match.phase === "question" ? questionMessage(state, now, userId) : roundResultMessage(state);
    if (current) messages.push(current);
  }
  if (state.status === "finished") {
    const finished = finishedMessage(state);
    if (finished) messages.push(finished);
  }
  return messages;
}
