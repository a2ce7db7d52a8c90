import { describe, expect, it } from "vitest";
import type { MatchSettings, WsServerMessage } from "@lila/shared";
import { deepFreeze } from "../../lib/deep-freeze.js";
import type { BuiltQuestion } from "../game/index.js";
import { pointsFor, rankPlayers } from "./match-scoring.js";
import {
  answerQuestion,
  changeSettings,
  connectPlayer,
  disconnectPlayer,
  leaveRoom,
  nextWakeup,
  readyReply,
  startMatch,
  tick,
} from "./room-rules.js";
import type { RoomState, Transition, TransitionContext } from "./room-state.js";

const timing = { roundMs: 10_000, breakMs: 1_000, graceMs: 60_000 };
const settings: MatchSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 3,
  speedBonus: false,
};
const here = "process-a";
const at = (now: number, instanceId = here): TransitionContext => ({ now, timing, instanceId });
/** Presence as this process sees it: its sockets are the ones the state records for it. */
const presenceOf = (state: RoomState) => ({
  liveInstances: null,
  localSockets: new Map(state.players.map((player) => [player.userId, player.connections[here] ?? 0])),
});

function questions(count: number): BuiltQuestion[] {
  return Array.from({ length: count }, (_, index) => ({
    questionId: `00000000-0000-4000-8000-00000000000${index}`,
    termId: `00000000-0000-4000-9000-00000000000${index}`,
    prompt: `word ${index}`,
    gloss: null,
    options: [0, 1, 2, 3].map((optionId) => ({ optionId, text: `option ${index}.${optionId}` })),
    correctOptionId: index % 4,
  }));
}

function emptyRoom(): RoomState {
  return deepFreeze({
    lobbyId: "11111111-1111-4111-8111-111111111111",
    code: "ABC123",
    status: "waiting",
    hostId: "alice",
    settings,
    maxPlayers: 4,
    players: [],
    match: null,
    result: null,
  });
}

/**
 * Applies a transition that must succeed. Its state comes back frozen, so
 * every rule a test applies next runs on a state it cannot change: the rules
 * must be pure (a room store may run one again on a fresh copy).
 */
function ok(transition: Transition): RoomState {
  expect(transition.refusal).toBeUndefined();
  expect(transition.state).toBeTruthy();
  return deepFreeze(transition.state as RoomState);
}

function types(messages: WsServerMessage[]): string[] {
  return messages.map((message) => message.type);
}

function roomWith(names: string[], now = 0): RoomState {
  let state = emptyRoom();
  for (const name of names) state = ok(connectPlayer(state, { userId: name, name }, at(now)));
  return state;
}

function started(names: string[], count = 3, now = 0): RoomState {
  return ok(
    startMatch(
      roomWith(names, now),
      { userId: "alice", kind: "start", settings, questions: questions(count) },
      at(now),
    ),
  );
}

function answer(state: RoomState, userId: string, optionId: number, now: number): Transition {
  const questionId = state.match!.questions[state.match!.round]!.questionId;
  return answerQuestion(state, { userId, questionId, selectedOptionId: optionId }, at(now));
}

describe("joining and leaving", () => {
  it("seats players in order, refuses a fifth and anyone once the match started", () => {
    const state = roomWith(["alice", "bob", "carol", "dave"]);
    expect(state.players.map((player) => player.userId)).toEqual(["alice", "bob", "carol", "dave"]);
    expect(connectPlayer(state, { userId: "eve", name: "eve" }, at(1)).refusal?.message).toMatch(/full/);
    const playing = started(["alice", "bob"]);
    expect(connectPlayer(playing, { userId: "eve", name: "eve" }, at(1)).refusal?.code).toBe("conflict");
  });

  it("passes the host to the longest-present player when the host leaves", () => {
    const state = roomWith(["alice", "bob", "carol"]);
    const transition = leaveRoom(state, "alice", at(5));
    expect(ok(transition).hostId).toBe("bob");
    expect(transition.effects).toContainEqual({ kind: "host_changed", hostId: "bob" });
  });

  it("closes the room when the last player leaves", () => {
    const transition = leaveRoom(roomWith(["alice"]), "alice", at(5));
    expect(transition.state).toBeNull();
    expect(transition.effects).toContainEqual({ kind: "lobby_closed" });
  });

  it("keeps a dropped player's seat for the grace period, then frees it", () => {
    const state = ok(disconnectPlayer(roomWith(["alice", "bob"]), "bob", at(1_000)));
    expect(state.players[1]?.disconnectedAt).toBe(1_000);
    expect(nextWakeup(state, timing)).toBe(61_000);
    expect(tick(state, at(60_999), presenceOf(state)).state).toBeUndefined();
    const after = ok(tick(state, at(61_000), presenceOf(state)));
    expect(after.players.map((player) => player.userId)).toEqual(["alice"]);
  });

  it("counts sockets: a second tab closing does not disconnect the player", () => {
    let state = roomWith(["alice"]);
    state = ok(connectPlayer(state, { userId: "alice", name: "alice" }, at(1)));
    state = ok(disconnectPlayer(state, "alice", at(2)));
    expect(state.players[0]?.disconnectedAt).toBeNull();
  });

  it("drops the connections of a process that is gone", () => {
    const state = ok(connectPlayer(roomWith(["alice"]), { userId: "bob", name: "bob" }, at(0, "process-b")));
    const after = ok(tick(state, at(10), { liveInstances: new Set([here]), localSockets: new Map([["alice", 1]]) }));
    expect(after.players.find((player) => player.userId === "bob")?.disconnectedAt).toBe(10);
  });
});

describe("settings and start", () => {
  it("only the host changes settings, not during a match", () => {
    const state = roomWith(["alice", "bob"]);
    expect(changeSettings(state, "bob", settings).refusal?.code).toBe("forbidden");
    const changed = ok(changeSettings(state, "alice", { ...settings, rounds: 10, speedBonus: true }));
    expect(changed.settings.rounds).toBe(10);
    expect(changeSettings(started(["alice", "bob"]), "alice", settings).refusal?.code).toBe("conflict");
  });

  it("needs the host and two connected players", () => {
    const alone = roomWith(["alice"]);
    expect(
      startMatch(alone, { userId: "alice", kind: "start", settings, questions: questions(3) }, at(0)).refusal?.message,
    ).toMatch(/2 connected/);
    const two = roomWith(["alice", "bob"]);
    expect(
      startMatch(two, { userId: "bob", kind: "start", settings, questions: questions(3) }, at(0)).refusal?.code,
    ).toBe("forbidden");
  });

  it("starts with the first question and its deadline", () => {
    const transition = startMatch(
      roomWith(["alice", "bob"]),
      { userId: "alice", kind: "start", settings, questions: questions(3) },
      at(100),
    );
    expect(types(transition.broadcasts)).toEqual(["lobby:state", "game:question"]);
    const question = transition.broadcasts[1] as Extract<WsServerMessage, { type: "game:question" }>;
    expect(question).toMatchObject({ questionNumber: 1, totalQuestions: 3, deadline: 10_100 });
    expect(JSON.stringify(question)).not.toContain("correct");
  });
});

describe("rounds", () => {
  it("resolves as soon as every connected player answered, with everyone's choice", () => {
    let state = started(["alice", "bob"]);
    state = ok(answer(state, "alice", 0, 1_000));
    const transition = answer(state, "bob", 1, 2_000);
    expect(types(transition.broadcasts)).toEqual(["game:answered", "game:answer_result"]);
    const result = transition.broadcasts[1] as Extract<WsServerMessage, { type: "game:answer_result" }>;
    expect(result.correctOptionId).toBe(0);
    expect(result.results).toEqual([
      { userId: "alice", selectedOptionId: 0, isCorrect: true, points: 1 },
      { userId: "bob", selectedOptionId: 1, isCorrect: false, points: 0 },
    ]);
    expect(result.scores).toEqual({ alice: 1, bob: 0 });
  });

  it("resolves at the deadline with null for who did not answer, then opens the next question after the pause", () => {
    let state = started(["alice", "bob"]);
    state = ok(answer(state, "alice", 0, 1_000));
    expect(nextWakeup(state, timing)).toBe(10_000);
    const resolved = tick(state, at(10_000), presenceOf(state));
    const result = resolved.broadcasts[0] as Extract<WsServerMessage, { type: "game:answer_result" }>;
    expect(result.results[1]).toEqual({ userId: "bob", selectedOptionId: null, isCorrect: false, points: 0 });
    state = ok(resolved);
    expect(nextWakeup(state, timing)).toBe(11_000);
    const next = tick(state, at(11_000), presenceOf(state));
    expect(types(next.broadcasts)).toEqual(["game:question"]);
    expect(ok(next).match?.deadline).toBe(21_000);
  });

  it("refuses late, duplicate, closed and unknown answers without changing the room", () => {
    let state = started(["alice", "bob"]);
    state = ok(answer(state, "alice", 0, 1_000));
    expect(answer(state, "alice", 2, 1_500).refusal?.message).toMatch(/already answered/);
    expect(answer(state, "bob", 0, 10_001).refusal?.message).toMatch(/Too late/);
    expect(
      answerQuestion(
        state,
        { userId: "bob", questionId: state.match!.questions[2]!.questionId, selectedOptionId: 0 },
        at(2),
      ).refusal?.code,
    ).toBe("conflict");
    expect(
      answerQuestion(
        state,
        { userId: "bob", questionId: "99999999-9999-4999-8999-999999999999", selectedOptionId: 0 },
        at(2),
      ).refusal?.code,
    ).toBe("not_found");
    expect(answer(state, "mallory", 0, 2).refusal?.code).toBe("forbidden");
  });

  it("does not wait for a disconnected player", () => {
    let state = started(["alice", "bob"]);
    state = ok(answer(state, "alice", 0, 1_000));
    const transition = disconnectPlayer(state, "bob", at(2_000));
    expect(types(transition.broadcasts)).toEqual(["lobby:state", "game:answer_result"]);
  });

  it("brings a reconnecting player back to the current question with their answer", () => {
    let state = started(["alice", "bob"]);
    state = ok(answer(state, "bob", 3, 1_000));
    state = ok(disconnectPlayer(state, "bob", at(2_000)));
    const reconnect = connectPlayer(state, { userId: "bob", name: "bob" }, at(3_000));
    const question = reconnect.replies.find((message) => message.type === "game:question");
    expect(question).toMatchObject({ yourAnswer: 3, answeredUserIds: ["bob"], deadline: 10_000, serverNow: 3_000 });
    expect(readyReply(ok(reconnect), "bob", 4_000).replies.map((message) => message.type)).toEqual([
      "lobby:state",
      "game:question",
    ]);
  });
});

describe("the end", () => {
  it("finishes after the last round with ranks and tied winners", () => {
    let state = started(["alice", "bob", "carol"], 1);
    state = ok(answer(state, "alice", 0, 1));
    state = ok(answer(state, "bob", 0, 2));
    const transition = answer(state, "carol", 1, 3);
    expect(types(transition.broadcasts)).toEqual([
      "game:answered",
      "game:answer_result",
      "lobby:state",
      "game:finished",
    ]);
    const finished = transition.broadcasts[3] as Extract<WsServerMessage, { type: "game:finished" }>;
    expect(finished.winnerIds).toEqual(["alice", "bob"]);
    expect(finished.players.map((player) => [player.userId, player.rank])).toEqual([
      ["alice", 1],
      ["bob", 1],
      ["carol", 3],
    ]);
    expect(ok(transition).status).toBe("finished");
    expect(transition.effects[0]?.kind).toBe("match_finished");
  });

  it("a player alone in a running match wins it", () => {
    const state = started(["alice", "bob"]);
    const transition = leaveRoom(state, "alice", at(5));
    const finished = transition.broadcasts.find((message) => message.type === "game:finished");
    expect(finished).toMatchObject({ winnerIds: ["bob"] });
    expect(ok(transition).hostId).toBe("bob");
  });

  it("a rematch starts again with the same players and zero scores", () => {
    let state = started(["alice", "bob"], 1);
    state = ok(answer(state, "alice", 0, 1));
    state = ok(answer(state, "bob", 0, 2));
    expect(state.status).toBe("finished");
    const rematch = ok(
      startMatch(state, { userId: "alice", kind: "rematch", settings, questions: questions(3) }, at(10)),
    );
    expect(rematch.status).toBe("playing");
    expect(rematch.players.map((player) => [player.userId, player.score])).toEqual([
      ["alice", 0],
      ["bob", 0],
    ]);
  });
});

describe("scoring", () => {
  it("+1 per correct answer, up to +2 more for speed when the host chose it", () => {
    const round = { roundStartedAt: 0, deadline: 9_000 };
    expect(pointsFor({ ...round, isCorrect: true, speedBonus: false, answeredAt: 100 })).toBe(1);
    expect(pointsFor({ ...round, isCorrect: false, speedBonus: true, answeredAt: 100 })).toBe(0);
    expect(pointsFor({ ...round, isCorrect: true, speedBonus: true, answeredAt: 100 })).toBe(3);
    expect(pointsFor({ ...round, isCorrect: true, speedBonus: true, answeredAt: 4_000 })).toBe(2);
    expect(pointsFor({ ...round, isCorrect: true, speedBonus: true, answeredAt: 8_999 })).toBe(1);
  });

  it("ranks ties together", () => {
    const { standings, winnerIds } = rankPlayers([
      { userId: "a", name: "a", score: 2 },
      { userId: "b", name: "b", score: 5 },
      { userId: "c", name: "c", score: 5 },
    ]);
    expect(standings.map((standing) => standing.rank)).toEqual([1, 1, 3]);
    expect(winnerIds).toEqual(["b", "c"]);
  });
});
