import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api-client";
import { currentQuestion } from "./singleplayer-game";
import {
  initialSingleplayerState,
  isClosed,
  isInProgress,
  singleplayerReducer,
  type SingleplayerEvent,
  type SingleplayerState,
} from "./singleplayer-machine";
import { gameSession, questionId, SESSION_ID, SETTINGS, verdict } from "./test-fixtures";

function run(state: SingleplayerState, ...events: SingleplayerEvent[]): SingleplayerState {
  return events.reduce(singleplayerReducer, state);
}

const playing = run(
  initialSingleplayerState,
  { type: "start_requested", settings: SETTINGS },
  { type: "started", settings: SETTINGS, session: gameSession(2) },
);

function expectPlaying(state: SingleplayerState) {
  if (state.phase !== "playing") throw new Error(`expected playing, got ${state.phase}`);
  return state;
}

describe("singleplayerReducer", () => {
  it("goes from the settings to the first question", () => {
    const starting = run(initialSingleplayerState, { type: "start_requested", settings: SETTINGS });
    expect(starting).toEqual({ phase: "starting", settings: SETTINGS });
    expect(run(starting, { type: "start_requested", settings: SETTINGS })).toBe(starting);
    expect(currentQuestion(expectPlaying(playing).game)?.prompt).toBe("dog");
    expect(isInProgress(playing)).toBe(true);
  });

  it("returns to the settings with the error when starting fails, until the learner changes something", () => {
    const error = new ApiError(422, "not_enough_words", "few");
    const failed = run(
      initialSingleplayerState,
      { type: "start_requested", settings: SETTINGS },
      { type: "start_failed", error },
    );
    expect(failed).toEqual({ phase: "choosing", startError: error });
    expect(run(failed, { type: "start_error_dismissed" })).toEqual(initialSingleplayerState);
  });

  it("ignores a late start or failure once the game has moved on", () => {
    expect(run(playing, { type: "started", settings: SETTINGS, session: gameSession(3) })).toBe(playing);
    expect(run(playing, { type: "start_failed", error: new Error("late") })).toBe(playing);
  });

  it("sends one answer per question: a second click while sending changes nothing", () => {
    const sending = run(playing, { type: "answer_sent", optionId: 2 });
    expect(expectPlaying(sending).sending).toBe(2);
    expect(run(sending, { type: "answer_sent", optionId: 3 })).toBe(sending);
    const answered = run(sending, { type: "answer_recorded", sessionId: SESSION_ID, response: verdict(0, 2) });
    expect(expectPlaying(answered).sending).toBeNull();
    expect(run(answered, { type: "answer_sent", optionId: 0 })).toBe(answered);
  });

  it("drops verdicts about another game", () => {
    const sending = run(playing, { type: "answer_sent", optionId: 0 });
    const other = "00000000-0000-4000-8000-0000000000ff";
    expect(run(sending, { type: "answer_recorded", sessionId: other, response: verdict(0, 0) })).toBe(sending);
    expect(run(sending, { type: "answer_failed", sessionId: other, error: new Error("x") })).toBe(sending);
  });

  it("keeps a failed answer for Retry, and allows sending again", () => {
    const failed = run(
      playing,
      { type: "answer_sent", optionId: 1 },
      { type: "answer_failed", sessionId: SESSION_ID, error: new ApiError(0, "network_error", "offline") },
    );
    expect(expectPlaying(failed).problem).toMatchObject({ optionId: 1 });
    expect(isClosed(failed)).toBe(false);
    expect(expectPlaying(run(failed, { type: "answer_sent", optionId: 1 })).problem).toBeNull();
  });

  it("closes an expired game to further answers", () => {
    const expired = run(
      playing,
      { type: "answer_sent", optionId: 1 },
      { type: "answer_failed", sessionId: SESSION_ID, error: new ApiError(404, "not_found", "gone") },
    );
    expect(isClosed(expired)).toBe(true);
    expect(run(expired, { type: "answer_sent", optionId: 1 })).toBe(expired);
  });

  it("counts an answer the server refused (already answered) as missed and moves on", () => {
    const refused = run(
      playing,
      { type: "answer_sent", optionId: 1 },
      { type: "answer_refused", sessionId: SESSION_ID, questionId: questionId(0) },
    );
    expect(expectPlaying(refused).game.answers[questionId(0)]).toEqual({
      selectedOptionId: null,
      correctOptionId: null,
      isCorrect: false,
    });
    expect(currentQuestion(expectPlaying(run(refused, { type: "next_requested" })).game)?.prompt).toBe("cat");
  });

  it("moves on only after an answer, and finishes after the last question", () => {
    expect(run(playing, { type: "next_requested" })).toBe(playing);
    const finished = run(
      playing,
      { type: "answer_sent", optionId: 0 },
      { type: "answer_recorded", sessionId: SESSION_ID, response: verdict(0, 0) },
      { type: "next_requested" },
      { type: "answer_sent", optionId: 3 },
      { type: "answer_recorded", sessionId: SESSION_ID, response: verdict(1, 3) },
      { type: "next_requested" },
    );
    expect(finished.phase).toBe("finished");
    expect(isInProgress(finished)).toBe(false);
    expect(run(finished, { type: "settings_requested" })).toEqual(initialSingleplayerState);
  });
});
