import type { ErrorCode, FinalStanding, LobbyStatus, MatchSettings, RoundResult, WsServerMessage } from "@lila/shared";
import type { BuiltQuestion } from "../game/index.js";
import type { LobbyEffect } from "../lobby/index.js";

/**
 * Everything a match room knows, as plain JSON: it is what the room store
 * keeps (in memory, or in Valkey so that another process can carry on).
 * Times are epoch milliseconds.
 */
export interface RoomState {
  lobbyId: string;
  code: string;
  status: LobbyStatus;
  hostId: string;
  settings: MatchSettings;
  maxPlayers: number;
  /** Ordered by seniority: the longest-present player first (the next host). */
  players: RoomPlayer[];
  match: MatchProgress | null;
  /** The outcome of the last finished match, for players who come back to the results. */
  result: { standings: FinalStanding[]; winnerIds: string[] } | null;
}

export interface RoomPlayer {
  userId: string;
  name: string;
  joinedAt: number;
  score: number;
  /** Open sockets per API process: the player is connected while any is open. */
  connections: Record<string, number>;
  /** When the last socket closed; the seat is kept for the reconnect grace period after it. */
  disconnectedAt: number | null;
}

export interface RoomAnswer {
  optionId: number;
  at: number;
}

export interface MatchProgress {
  matchId: string;
  questions: BuiltQuestion[];
  /** Index of the current question. */
  round: number;
  phase: "question" | "results";
  roundStartedAt: number;
  /** When the current question closes: stored, so that any process honours the same deadline. */
  deadline: number;
  /** When the results pause ends and the next question comes (results phase only). */
  nextAt: number | null;
  /** The current round's answers by user id. */
  answers: Record<string, RoomAnswer>;
  /** The results of the last resolved round, for a player who reconnects during the pause. */
  lastResults: RoundResult[] | null;
}

/** How long things take; the same on every process (from the environment). */
export interface MatchTiming {
  roundMs: number;
  breakMs: number;
  graceMs: number;
}

/** What a transition needs from the outside world, so that the rules stay pure. */
export interface TransitionContext {
  now: number;
  timing: MatchTiming;
  /** The API process applying the transition. */
  instanceId: string;
}

export interface Refusal {
  code: ErrorCode;
  message: string;
}

/** The result of applying one command or timer tick to a room. */
export interface Transition {
  /** The new state; undefined when nothing changed, null when the room is gone. */
  state: RoomState | null | undefined;
  /** Messages for every socket in the lobby, on every process, in order. */
  broadcasts: WsServerMessage[];
  /** Messages for the socket that sent the command only. */
  replies: WsServerMessage[];
  effects: LobbyEffect[];
  refusal?: Refusal;
}

export function refuse(code: ErrorCode, message: string): Transition {
  return { state: undefined, broadcasts: [], replies: [], effects: [], refusal: { code, message } };
}

export function isConnected(player: RoomPlayer): boolean {
  return Object.keys(player.connections).length > 0;
}
