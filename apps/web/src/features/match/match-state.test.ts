import type { WsServerMessage } from "@lila/shared";
import { describe, expect, it } from "vitest";
import {
  canAnswer,
  initialMatchState,
  matchPhase,
  matchReducer,
  type MatchAction,
  type MatchState,
} from "./match-state";
import { LOBBY_ID, lobby, player, Q1, Q2, questionMessage } from "./test-fixtures";

function receive(state: MatchState, ...messages: WsServerMessage[]): MatchState {
  return messages.reduce(
    (current, message) => matchReducer(current, { type: "server", message, receivedAt: 1_000_000_000 }),
    state,
  );
}

function act(state: MatchState, action: MatchAction): MatchState {
  return matchReducer(state, action);
}

const playing = lobby({ status: "playing" });

describe("matchReducer", () => {
  it("connects, then waits in the lobby with its scores", () => {
    expect(matchPhase(initialMatchState)).toBe("connecting");
    const state = receive(initialMatchState, { type: "lobby:state", lobby: lobby() });
    expect(matchPhase(state)).toBe("waiting");
    expect(state.scores).toEqual({ ann: 0, bob: 0 });
  });

  it("shows a question once the match starts and lets us answer once", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing });
    expect(matchPhase(state)).toBe("starting");
    state = receive(state, questionMessage(Q1));
    expect(matchPhase(state)).toBe("question");
    expect(canAnswer(state)).toBe(true);

    state = act(state, { type: "answer_sent", questionId: Q1, optionId: 2 });
    expect(state.yourAnswer).toBe(2);
    expect(canAnswer(state)).toBe(false);
    // A second pick is ignored: the first one was sent.
    expect(act(state, { type: "answer_sent", questionId: Q1, optionId: 0 }).yourAnswer).toBe(2);
  });

  it("drops the question and says why when the server lost the match", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    expect(canAnswer(state)).toBe(true);
    state = receive(state, { type: "game:lost", lobbyId: LOBBY_ID, message: "This match was lost." });
    expect(state.current).toBeNull();
    expect(canAnswer(state)).toBe(false);
    expect(state.problem).toMatchObject({ code: "unavailable", message: "This match was lost." });
  });

  it("ignores an answer for a question that is not on screen", () => {
    const state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    expect(act(state, { type: "answer_sent", questionId: Q2, optionId: 1 })).toBe(state);
  });

  it("tracks who answered, for the current question only", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = receive(state, { type: "game:answered", lobbyId: LOBBY_ID, questionId: Q1, answeredUserIds: ["bob"] });
    expect(state.answeredUserIds).toEqual(["bob"]);
    state = receive(state, {
      type: "game:answered",
      lobbyId: LOBBY_ID,
      questionId: Q2,
      answeredUserIds: ["ann", "bob"],
    });
    expect(state.answeredUserIds).toEqual(["bob"]);
  });

  it("shows the round's outcome and live scores, then the next question", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = receive(state, {
      type: "game:answer_result",
      lobbyId: LOBBY_ID,
      questionId: Q1,
      correctOptionId: 0,
      results: [
        { userId: "ann", selectedOptionId: 0, isCorrect: true, points: 100 },
        { userId: "bob", selectedOptionId: null, isCorrect: false, points: 0 },
      ],
      scores: { ann: 100, bob: 0 },
    });
    expect(matchPhase(state)).toBe("round_result");
    expect(canAnswer(state)).toBe(false);
    expect(state.roundOutcome?.correctOptionId).toBe(0);
    expect(state.scores).toEqual({ ann: 100, bob: 0 });

    state = receive(state, questionMessage(Q2, { questionNumber: 2 }));
    expect(matchPhase(state)).toBe("question");
    expect(state.roundOutcome).toBeNull();
    expect(state.yourAnswer).toBeNull();
    expect(state.scores).toEqual({ ann: 100, bob: 0 });
  });

  it("restores our answer and who answered after a reconnect", () => {
    const state = receive(
      initialMatchState,
      { type: "lobby:state", lobby: playing },
      questionMessage(Q2, { questionNumber: 2, answeredUserIds: ["ann"], yourAnswer: 3 }),
    );
    expect(state.yourAnswer).toBe(3);
    expect(state.answeredUserIds).toEqual(["ann"]);
    expect(canAnswer(state)).toBe(false);
  });

  it("keeps our pick when the same question is sent again without it", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = act(state, { type: "answer_sent", questionId: Q1, optionId: 1 });
    state = receive(state, questionMessage(Q1));
    expect(state.yourAnswer).toBe(1);
  });

  it("measures clock skew from serverNow on arrival", () => {
    const state = matchReducer(receive(initialMatchState, { type: "lobby:state", lobby: playing }), {
      type: "server",
      message: questionMessage(Q1, { serverNow: 5_000 }),
      receivedAt: 3_000,
    });
    expect(state.current?.clockOffsetMs).toBe(2_000);
  });

  it("ignores round results for another question and messages for another lobby", () => {
    const state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    const stale = receive(state, {
      type: "game:answer_result",
      lobbyId: LOBBY_ID,
      questionId: Q2,
      correctOptionId: 1,
      results: [],
      scores: { ann: 5 },
    });
    expect(stale).toBe(state);
    const elsewhere = receive(state, questionMessage(Q2, { lobbyId: "00000000-0000-4000-8000-000000000000" }));
    expect(elsewhere).toBe(state);
  });

  it("finishes with the final standings", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = receive(state, {
      type: "game:finished",
      lobbyId: LOBBY_ID,
      players: [
        { userId: "ann", name: "Ann", score: 300, rank: 1 },
        { userId: "bob", name: "Bob", score: 100, rank: 2 },
      ],
      winnerIds: ["ann"],
    });
    expect(matchPhase(state)).toBe("finished");
    expect(state.final?.winnerIds).toEqual(["ann"]);
    expect(state.scores).toEqual({ ann: 300, bob: 100 });
  });

  it("keeps the last round's outcome on screen until the final ranking is revealed", () => {
    let state = receive(
      initialMatchState,
      { type: "lobby:state", lobby: playing },
      questionMessage(Q1, { questionNumber: 3, totalQuestions: 3 }),
    );
    state = receive(
      state,
      {
        type: "game:answer_result",
        lobbyId: LOBBY_ID,
        questionId: Q1,
        correctOptionId: 0,
        results: [{ userId: "ann", selectedOptionId: 0, isCorrect: true, points: 1 }],
        scores: { ann: 3 },
      },
      { type: "lobby:state", lobby: lobby({ status: "finished" }) },
      {
        type: "game:finished",
        lobbyId: LOBBY_ID,
        players: [{ userId: "ann", name: "Ann", score: 3, rank: 1 }],
        winnerIds: ["ann"],
      },
    );
    expect(matchPhase(state)).toBe("round_result");
    expect(state.roundOutcome?.receivedAt).toBe(1_000_000_000);
    expect(matchPhase(act(state, { type: "final_revealed" }))).toBe("finished");
  });

  it("treats a finished lobby as finished even without the final message", () => {
    const state = receive(initialMatchState, { type: "lobby:state", lobby: lobby({ status: "finished" }) });
    expect(matchPhase(state)).toBe("finished");
  });

  it("goes back to the waiting room on a rematch lobby, dropping the old match", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = receive(state, {
      type: "game:finished",
      lobbyId: LOBBY_ID,
      players: [{ userId: "ann", name: "Ann", score: 300, rank: 1 }],
      winnerIds: ["ann"],
    });
    state = receive(state, { type: "lobby:state", lobby: lobby() });
    expect(matchPhase(state)).toBe("waiting");
    expect(state.final).toBeNull();
    expect(state.current).toBeNull();
    expect(state.scores).toEqual({ ann: 0, bob: 0 });
  });

  it("starts a rematch that goes straight to question 1 with fresh scores", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = receive(state, {
      type: "game:finished",
      lobbyId: LOBBY_ID,
      players: [
        { userId: "ann", name: "Ann", score: 300, rank: 1 },
        { userId: "bob", name: "Bob", score: 0, rank: 2 },
      ],
      winnerIds: ["ann"],
    });
    state = receive(state, questionMessage(Q2, { questionNumber: 1 }));
    expect(matchPhase(state)).toBe("question");
    expect(state.scores).toEqual({ ann: 0, bob: 0 });
  });

  it("keeps the match going on a server error and shows it until dismissed", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: playing }, questionMessage(Q1));
    state = receive(state, { type: "error", code: "conflict", message: "You already answered." });
    expect(matchPhase(state)).toBe("question");
    expect(state.problem).toMatchObject({ code: "conflict", sequence: 1 });
    state = receive(state, { type: "error", code: "conflict", message: "You already answered." });
    expect(state.problem?.sequence).toBe(2);
    expect(act(state, { type: "problem_dismissed" }).problem).toBeNull();
  });

  it("follows player changes in lobby updates", () => {
    let state = receive(initialMatchState, { type: "lobby:state", lobby: lobby() });
    state = receive(state, {
      type: "lobby:state",
      lobby: lobby({ players: [player("ann", { isHost: true }), player("bob", { connected: false })] }),
    });
    expect(state.lobby?.players[1]?.connected).toBe(false);
  });
});
