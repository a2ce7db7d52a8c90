import { z } from "zod";
import { ErrorCode } from "./envelope.js";
import { OptionId, Question } from "./game.js";
import { Lobby, LobbyCode, MatchSettings } from "./lobby.js";

/** Close codes of /ws (documented in docs/ARCHITECTURE.md). */
export const WS_CLOSE = {
  /** The server is shutting down or restarting; reconnect. */
  GOING_AWAY: 1001,
  /** Too many messages in a short time; the client may reconnect after a pause. */
  RATE_LIMITED: 4429,
  /** The session ended (signed out or expired) while connected. */
  UNAUTHORIZED: 4401,
} as const;

const LobbyId = z.uuid();

/** Everything a client may send on /ws, one schema per message type. */
export const WsClientMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("lobby:join"), code: LobbyCode }),
  z.object({ type: z.literal("lobby:leave"), lobbyId: LobbyId }),
  z.object({ type: z.literal("lobby:settings"), lobbyId: LobbyId, settings: MatchSettings }),
  z.object({ type: z.literal("lobby:start"), lobbyId: LobbyId }),
  z.object({ type: z.literal("lobby:rematch"), lobbyId: LobbyId }),
  z.object({ type: z.literal("game:ready"), lobbyId: LobbyId }),
  z.object({ type: z.literal("game:answer"), lobbyId: LobbyId, questionId: z.uuid(), selectedOptionId: OptionId }),
]);
export type WsClientMessage = z.infer<typeof WsClientMessage>;
export type WsClientMessageType = WsClientMessage["type"];

export const RoundResult = z.object({
  userId: z.string(),
  selectedOptionId: OptionId.nullable(),
  isCorrect: z.boolean(),
  points: z.number().int().nonnegative(),
});
export type RoundResult = z.infer<typeof RoundResult>;

export const FinalStanding = z.object({
  userId: z.string(),
  name: z.string(),
  score: z.number().int().nonnegative(),
  rank: z.number().int().positive(),
});
export type FinalStanding = z.infer<typeof FinalStanding>;

/** A command refused or a message not understood: sent to that socket only; the room goes on. */
export const WsErrorMessage = z.object({ type: z.literal("error"), code: ErrorCode, message: z.string() });
export type WsErrorMessage = z.infer<typeof WsErrorMessage>;

/** Everything the server sends on /ws. Times are epoch milliseconds of the server's clock. */
export const WsServerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("lobby:state"), lobby: Lobby }),
  z.object({
    type: z.literal("game:question"),
    lobbyId: LobbyId,
    question: Question,
    questionNumber: z.number().int().positive(),
    totalQuestions: z.number().int().positive(),
    deadline: z.number(),
    serverNow: z.number(),
    /** Players who have already answered this question (after a reconnect, possibly you). */
    answeredUserIds: z.array(z.string()),
    /** Your own answer to this question, if you gave one before reconnecting. */
    yourAnswer: OptionId.nullable(),
  }),
  z.object({
    type: z.literal("game:answered"),
    lobbyId: LobbyId,
    questionId: z.uuid(),
    answeredUserIds: z.array(z.string()),
  }),
  z.object({
    type: z.literal("game:answer_result"),
    lobbyId: LobbyId,
    questionId: z.uuid(),
    correctOptionId: OptionId,
    results: z.array(RoundResult),
    scores: z.record(z.string(), z.number().int().nonnegative()),
  }),
  z.object({
    type: z.literal("game:finished"),
    lobbyId: LobbyId,
    players: z.array(FinalStanding),
    winnerIds: z.array(z.string()),
  }),
  /**
   * The running match was lost with the server's state (its store restarted
   * empty): its scores are not counted, the lobby is marked abandoned, and the
   * players stay seated (the host may start again). Shown as `message`.
   */
  z.object({ type: z.literal("game:lost"), lobbyId: LobbyId, message: z.string() }),
  WsErrorMessage,
]);
export type WsServerMessage = z.infer<typeof WsServerMessage>;
