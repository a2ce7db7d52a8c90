import type { FinalStanding, Lobby, Question, RoundResult, WsServerMessage } from "@lila/shared";
import { clockOffset } from "./countdown";

/**
 * What the lobby page shows, built only from what the server said (plus the
 * answer we sent). The server is the judge: we never score or advance locally.
 */
export interface CurrentQuestion {
  question: Question;
  questionNumber: number;
  totalQuestions: number;
  /** Server time (epoch ms) when the round closes. */
  deadline: number;
  /** Server clock minus ours, measured on arrival. */
  clockOffsetMs: number;
}

export interface RoundOutcome {
  questionId: string;
  correctOptionId: number;
  results: RoundResult[];
  /** Our clock when the outcome arrived: the last round's outcome stays up a moment before the ranking. */
  receivedAt: number;
}

export interface FinalResult {
  players: FinalStanding[];
  winnerIds: string[];
}

export interface ServerProblem {
  code: string;
  message: string;
  /** Grows with each error, so the same message twice is shown twice. */
  sequence: number;
}

export interface MatchState {
  lobby: Lobby | null;
  current: CurrentQuestion | null;
  answeredUserIds: string[];
  /** The option we picked for the current question (sent, or restored by the server). */
  yourAnswer: number | null;
  roundOutcome: RoundOutcome | null;
  /** Live scores by user id; the last round's, or the lobby's before any round. */
  scores: Record<string, number>;
  final: FinalResult | null;
  /** The server ends the match with the last round's outcome; we show that outcome first, then the ranking. */
  finalRevealed: boolean;
  problem: ServerProblem | null;
}

export type MatchAction =
  | { type: "server"; message: WsServerMessage; receivedAt: number }
  | { type: "answer_sent"; questionId: string; optionId: number }
  | { type: "problem_dismissed" }
  | { type: "final_revealed" };

export type MatchPhase = "connecting" | "waiting" | "starting" | "question" | "round_result" | "finished";

export const initialMatchState: MatchState = {
  lobby: null,
  current: null,
  answeredUserIds: [],
  yourAnswer: null,
  roundOutcome: null,
  scores: {},
  final: null,
  finalRevealed: false,
  problem: null,
};

function scoresOf(lobby: Lobby): Record<string, number> {
  return Object.fromEntries(lobby.players.map((player) => [player.userId, player.score]));
}

function isForThisLobby(state: MatchState, lobbyId: string): boolean {
  return state.lobby === null || state.lobby.lobbyId === lobbyId;
}

function applyServerMessage(state: MatchState, message: WsServerMessage, receivedAt: number): MatchState {
  switch (message.type) {
    case "lobby:state": {
      const { lobby } = message;
      if (lobby.status === "waiting") {
        // Back in the waiting room (a new lobby, or a rematch): the last match is over.
        return {
          ...initialMatchState,
          lobby,
          scores: scoresOf(lobby),
          problem: state.problem,
        };
      }
      return {
        ...state,
        lobby,
        scores: state.current ? state.scores : scoresOf(lobby),
      };
    }

    case "game:question": {
      if (!isForThisLobby(state, message.lobbyId)) return state;
      const sameQuestion = state.current?.question.questionId === message.question.questionId;
      const yourAnswer = message.yourAnswer ?? (sameQuestion ? state.yourAnswer : null);
      return {
        ...state,
        current: {
          question: message.question,
          questionNumber: message.questionNumber,
          totalQuestions: message.totalQuestions,
          deadline: message.deadline,
          clockOffsetMs: clockOffset(message.serverNow, receivedAt),
        },
        answeredUserIds: message.answeredUserIds,
        yourAnswer,
        // A resent question (after a reconnect) keeps nothing of a finished round.
        roundOutcome: null,
        finalRevealed: false,
        // Question 1 after a final ranking: a rematch started straight away.
        final: message.questionNumber === 1 ? null : state.final,
        scores:
          message.questionNumber === 1 && !sameQuestion
            ? Object.fromEntries(Object.keys(state.scores).map((userId) => [userId, 0]))
            : state.scores,
      };
    }

    case "game:answered": {
      if (state.current?.question.questionId !== message.questionId) return state;
      return { ...state, answeredUserIds: message.answeredUserIds };
    }

    case "game:answer_result": {
      if (!isForThisLobby(state, message.lobbyId)) return state;
      if (state.current && state.current.question.questionId !== message.questionId) return state;
      return {
        ...state,
        roundOutcome: {
          questionId: message.questionId,
          correctOptionId: message.correctOptionId,
          results: message.results,
          receivedAt,
        },
        scores: { ...state.scores, ...message.scores },
      };
    }

    case "game:finished": {
      if (!isForThisLobby(state, message.lobbyId)) return state;
      return {
        ...state,
        final: { players: message.players, winnerIds: message.winnerIds },
        scores: {
          ...state.scores,
          ...Object.fromEntries(message.players.map((player) => [player.userId, player.score])),
        },
      };
    }

    case "game:lost":
      // The server lost the running match (its state store restarted empty): nothing of it counts.
      if (!isForThisLobby(state, message.lobbyId)) return state;
      return {
        ...state,
        current: null,
        roundOutcome: null,
        yourAnswer: null,
        answeredUserIds: [],
        final: null,
        problem: { code: "unavailable", message: message.message, sequence: (state.problem?.sequence ?? 0) + 1 },
      };

    case "error":
      return {
        ...state,
        problem: {
          code: message.code,
          message: message.message,
          sequence: (state.problem?.sequence ?? 0) + 1,
        },
      };
  }
}

export function matchReducer(state: MatchState, action: MatchAction): MatchState {
  switch (action.type) {
    case "server":
      return applyServerMessage(state, action.message, action.receivedAt);
    case "answer_sent":
      if (
        state.current?.question.questionId !== action.questionId ||
        state.yourAnswer !== null ||
        state.roundOutcome !== null
      )
        return state;
      return { ...state, yourAnswer: action.optionId };
    case "problem_dismissed":
      return { ...state, problem: null };
    case "final_revealed":
      return { ...state, finalRevealed: true };
  }
}

/** The last round's outcome is on screen and the ranking waits behind it. */
export function isHoldingFinal(state: MatchState): boolean {
  const { current, roundOutcome } = state;
  return (
    !state.finalRevealed &&
    current !== null &&
    roundOutcome !== null &&
    roundOutcome.questionId === current.question.questionId &&
    current.questionNumber === current.totalQuestions
  );
}

export function matchPhase(state: MatchState): MatchPhase {
  const { lobby } = state;
  if (!lobby) return "connecting";
  if (lobby.status === "waiting") return "waiting";
  if (isHoldingFinal(state)) return "round_result";
  if (state.final || lobby.status === "finished") return "finished";
  if (!state.current) return "starting";
  if (state.roundOutcome) return "round_result";
  return "question";
}

/** Whether we may still send an answer to the current question. */
export function canAnswer(state: MatchState): boolean {
  return matchPhase(state) === "question" && state.yourAnswer === null && state.current !== null;
}
