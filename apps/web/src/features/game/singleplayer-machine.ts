import type { AnswerResponse, GameSessionResponse, GameSettings } from "@lila/shared";
import { ApiError } from "../../lib/api-client";
import {
  answerFor,
  currentQuestion,
  goToNextQuestion,
  recordAnswer,
  recordRefusedAnswer,
  startSingleplayerGame,
  type SingleplayerGame,
} from "./singleplayer-game";

/**
 * The singleplayer game's flow as one pure transition function:
 *
 *   choosing ──start──▶ starting ──started──▶ playing ──last next──▶ finished
 *      ▲                    │ failed             │  ▲  answer ▸ verdict ▸ next
 *      └────────────────────┘◀──── settings ─────┴──┴──── settings / start ◀─┘
 *
 * The hook (use-singleplayer-game.ts) runs the requests and feeds their
 * outcomes back as events; every guard lives here, so a double click, a late
 * answer from an older game or a retry in the wrong phase changes nothing.
 */
export interface AnswerProblem {
  error: unknown;
  /** The option whose sending failed, for Retry. */
  optionId: number;
}

export type SingleplayerState =
  | { phase: "choosing"; startError: unknown }
  | { phase: "starting"; settings: GameSettings }
  | {
      phase: "playing";
      game: SingleplayerGame;
      /** The option on its way to the server; null when nothing is being sent. */
      sending: number | null;
      problem: AnswerProblem | null;
    }
  | { phase: "finished"; game: SingleplayerGame };

export type SingleplayerEvent =
  | { type: "start_requested"; settings: GameSettings }
  | { type: "started"; settings: GameSettings; session: GameSessionResponse }
  | { type: "start_failed"; error: unknown }
  | { type: "start_error_dismissed" }
  | { type: "answer_sent"; optionId: number }
  | { type: "answer_recorded"; sessionId: string; response: AnswerResponse }
  /** The server already holds an answer to this question (another tab): it counts as missed. */
  | { type: "answer_refused"; sessionId: string; questionId: string }
  | { type: "answer_failed"; sessionId: string; error: unknown }
  | { type: "next_requested" }
  | { type: "settings_requested" };

export const initialSingleplayerState: SingleplayerState = { phase: "choosing", startError: null };

function isAbout(
  state: SingleplayerState,
  sessionId: string,
): state is Extract<SingleplayerState, { phase: "playing" }> {
  return state.phase === "playing" && state.game.sessionId === sessionId;
}

export function singleplayerReducer(state: SingleplayerState, event: SingleplayerEvent): SingleplayerState {
  switch (event.type) {
    case "start_requested":
      return state.phase === "starting" ? state : { phase: "starting", settings: event.settings };

    case "started":
      if (state.phase !== "starting") return state;
      return {
        phase: "playing",
        game: startSingleplayerGame(event.session, event.settings),
        sending: null,
        problem: null,
      };

    case "start_failed":
      return state.phase === "starting" ? { phase: "choosing", startError: event.error } : state;

    case "start_error_dismissed":
      return state.phase === "choosing" && state.startError !== null ? { phase: "choosing", startError: null } : state;

    case "answer_sent": {
      if (state.phase !== "playing" || state.sending !== null || isClosed(state)) return state;
      const question = currentQuestion(state.game);
      if (!question || answerFor(state.game, question.questionId)) return state;
      return { ...state, sending: event.optionId, problem: null };
    }

    case "answer_recorded":
      if (!isAbout(state, event.sessionId)) return state;
      return { ...state, game: recordAnswer(state.game, event.response), sending: null };

    case "answer_refused":
      if (!isAbout(state, event.sessionId)) return state;
      return { ...state, game: recordRefusedAnswer(state.game, event.questionId), sending: null };

    case "answer_failed":
      if (!isAbout(state, event.sessionId) || state.sending === null) return state;
      return { ...state, sending: null, problem: { error: event.error, optionId: state.sending } };

    case "next_requested": {
      if (state.phase !== "playing") return state;
      const game = goToNextQuestion(state.game);
      if (game === state.game) return state;
      return game.finished ? { phase: "finished", game } : { ...state, game, problem: null };
    }

    case "settings_requested":
      return state.phase === "starting" ? state : { phase: "choosing", startError: null };
  }
}

/** The game on the server is gone (404: it expired after 30 idle minutes); no answer can be sent. */
export function isExpired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function isClosed(state: SingleplayerState): boolean {
  return state.phase === "playing" && state.problem !== null && isExpired(state.problem.error);
}

/** A game is under way: leaving now would abandon it (for a "leave?" prompt). */
export function isInProgress(state: SingleplayerState): boolean {
  return state.phase === "starting" || state.phase === "playing";
}
