import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findLobbyById } from "@lila/db";
import { WS_CLOSE, type Lobby, type MatchSettings } from "@lila/shared";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import {
  startMatchTestServer,
  type MatchTestServer,
  type MatchTestServerOptions,
} from "../../../test/support/match-test-server.js";
import type { TestSocket } from "../../../test/support/ws-client.js";

const settings: MatchSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 3,
  speedBonus: false,
};

let database: TestDatabase;
let server: MatchTestServer | undefined;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => database.destroy());

async function start(options: MatchTestServerOptions = {}): Promise<MatchTestServer> {
  server = await startMatchTestServer(database.db, options);
  return server;
}

type Player = Awaited<ReturnType<MatchTestServer["guest"]>>;

/** A lobby created over HTTP by the first player; everyone joins over the socket by code. */
async function lobbyWith(names: string[], matchSettings: MatchSettings = settings) {
  const srv = server!;
  const players: Player[] = [];
  for (const name of names) players.push(await srv.guest(name));
  const created = await srv.post("/lobbies", players[0]!.cookie, { settings: matchSettings });
  expect(created.status).toBe(201);
  const lobby = created.body.data as unknown as Lobby;
  // One after the other, so that seniority (who becomes host next) is known.
  for (const [index, player] of players.entries()) {
    player.socket.send({ type: "lobby:join", code: lobby.code.toLowerCase() });
    await player.socket.next("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === index + 1);
  }
  for (const player of players) {
    await player.socket.seen(
      "lobby:state",
      (m) => m.lobby.players.length === names.length && m.lobby.players.every((p) => p.connected),
    );
    player.socket.skipAll();
  }
  return { lobby, players, lobbyId: lobby.lobbyId };
}

async function correctOption(lobbyId: string): Promise<{ questionId: string; correct: number }> {
  const state = (await server!.rooms.load(lobbyId))!.state;
  const question = state.match!.questions[state.match!.round]!;
  return { questionId: question.questionId, correct: question.correctOptionId };
}

function answer(socket: TestSocket, lobbyId: string, questionId: string, selectedOptionId: number) {
  socket.send({ type: "game:answer", lobbyId, questionId, selectedOptionId });
}

describe("the socket handshake", () => {
  it("refuses a missing session, a foreign origin and another path; allows configured and same origins", async () => {
    const srv = await start();
    const guest = await srv.guest("Ann");
    const { TestSocket } = await import("../../../test/support/ws-client.js");
    expect(await TestSocket.refused(srv.wsUrl)).toMatchObject({ status: 401, body: { code: "unauthorized" } });
    expect(await TestSocket.refused(srv.wsUrl, { Cookie: guest.cookie, Origin: "https://evil.example" })).toMatchObject(
      { status: 403, body: { code: "forbidden" } },
    );
    expect(await TestSocket.refused(srv.wsUrl.replace("/ws", "/other"), { Cookie: guest.cookie })).toMatchObject({
      status: 404,
      body: { code: "not_found" },
    });
    const allowed = await TestSocket.open(srv.wsUrl, { Cookie: guest.cookie, Origin: "http://localhost:5173" });
    await allowed.close();
    // A page served by this very server (npm start on any host and port) may connect too.
    const ownOrigin = new URL(srv.wsUrl.replace(/^ws/, "http")).origin;
    const sameOrigin = await TestSocket.open(srv.wsUrl, { Cookie: guest.cookie, Origin: ownOrigin });
    await sameOrigin.close();
  });
});

describe("a full match", () => {
  it("plays a 4-player match to the end: questions, results, scores, winners, and the record in PostgreSQL", async () => {
    const srv = await start({ roundMs: 3_000 });
    const { players, lobbyId } = await lobbyWith(["Ann", "Ben", "Cat", "Dan"]);
    const [host] = players;
    host!.socket.send({ type: "lobby:settings", lobbyId, settings: { ...settings, rounds: 3 } });
    host!.socket.send({ type: "lobby:start", lobbyId });
    const expected: Record<string, number> = Object.fromEntries(players.map((p) => [p.userId, 0]));
    for (let round = 1; round <= 3; round++) {
      const questions = await Promise.all(
        players.map((p) => p.socket.next("game:question", (m) => m.questionNumber === round)),
      );
      expect(new Set(questions.map((q) => q.question.questionId)).size).toBe(1);
      expect(questions[0]).toMatchObject({ totalQuestions: 3, answeredUserIds: [], yourAnswer: null });
      expect(questions[0]!.deadline).toBe(srv.clock.now() + 3_000);
      const { questionId, correct } = await correctOption(lobbyId);
      // Ann and Cat are right every round; Ben is right in round 1 only; Dan is always wrong.
      const choices = [correct, round === 1 ? correct : (correct + 1) % 4, correct, (correct + 2) % 4];
      players.forEach((p, index) => answer(p.socket, lobbyId, questionId, choices[index]!));
      const results = await Promise.all(
        players.map((p) => p.socket.next("game:answer_result", (m) => m.questionId === questionId)),
      );
      players.forEach((p, index) => (expected[p.userId]! += choices[index] === correct ? 1 : 0));
      for (const result of results) {
        expect(result.correctOptionId).toBe(correct);
        expect(result.results.map((r) => r.selectedOptionId)).toEqual(choices);
        expect(result.scores).toEqual(expected);
      }
    }
    const finished = await Promise.all(players.map((p) => p.socket.next("game:finished")));
    expect(finished[0]!.winnerIds.sort()).toEqual([players[0]!.userId, players[2]!.userId].sort());
    expect(finished[0]!.players.map((p) => [p.name, p.score, p.rank])).toEqual([
      ["Ann", 3, 1],
      ["Cat", 3, 1],
      ["Ben", 1, 3],
      ["Dan", 0, 4],
    ]);
    // The durable record follows the game without holding it up.
    await expect.poll(async () => (await findLobbyById(database.db, lobbyId))?.status).toBe("finished");
    const record = await findLobbyById(database.db, lobbyId);
    expect(record?.players.find((p) => p.name === "Ann")).toMatchObject({ score: 3, rank: 1 });
  });

  it("resolves a round at the deadline: who did not answer has null, and a tie gives two winners", async () => {
    const srv = await start({ roundMs: 500 });
    const { players, lobbyId } = await lobbyWith(["Eve", "Fay"], { ...settings, rounds: 3 });
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    // Round 1: nobody answers. Round 2: only Eve, right. Round 3: only Fay, right.
    await players[0]!.socket.next("game:question");
    srv.clock.advance(500);
    const first = await players[0]!.socket.next("game:answer_result");
    expect(first.results.map((r) => r.selectedOptionId)).toEqual([null, null]);
    for (const [round, who] of [
      [2, 0],
      [3, 1],
    ] as const) {
      await players[who]!.socket.next("game:question", (m) => m.questionNumber === round);
      const { questionId, correct } = await correctOption(lobbyId);
      answer(players[who]!.socket, lobbyId, questionId, correct);
      await players[who]!.socket.next("game:answered", (m) => m.questionId === questionId);
      srv.clock.advance(500);
      const result = await players[0]!.socket.next("game:answer_result", (m) => m.questionId === questionId);
      expect(result.results[who]).toMatchObject({ selectedOptionId: correct, isCorrect: true, points: 1 });
      expect(result.results[1 - who]).toMatchObject({ selectedOptionId: null, isCorrect: false, points: 0 });
    }
    const finished = await players[1]!.socket.next("game:finished");
    expect(finished.winnerIds.sort()).toEqual(players.map((p) => p.userId).sort());
    expect(finished.players.map((p) => p.rank)).toEqual([1, 1]);
  });

  it("scores fast correct answers higher with the speed bonus", async () => {
    const srv = await start({ roundMs: 3_000 });
    const { players, lobbyId } = await lobbyWith(["Gil", "Hal"], { ...settings, speedBonus: true });
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    await players[0]!.socket.next("game:question");
    const { questionId, correct } = await correctOption(lobbyId);
    // Gil answers at once (3 points); Hal in the last third of the round (1 point).
    answer(players[0]!.socket, lobbyId, questionId, correct);
    await players[1]!.socket.next("game:answered");
    srv.clock.advance(2_100);
    answer(players[1]!.socket, lobbyId, questionId, correct);
    const result = await players[0]!.socket.next("game:answer_result");
    expect(result.results.map((r) => r.points)).toEqual([3, 1]);
  });
});

describe("the host", () => {
  it("passes to the longest-present player when the host leaves the waiting room", async () => {
    await start();
    const { players, lobbyId } = await lobbyWith(["Ivy", "Jon", "Kim"]);
    players[0]!.socket.send({ type: "lobby:leave", lobbyId });
    const state = await players[1]!.socket.next("lobby:state", (m) => m.lobby.players.length === 2);
    expect(state.lobby.hostId).toBe(players[1]!.userId);
    await expect.poll(async () => (await findLobbyById(database.db, lobbyId))?.hostId).toBe(players[1]!.userId);
    // The old host is no longer in the lobby.
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    expect((await players[0]!.socket.next("error")).code).toBe("forbidden");
    // The new host can start.
    players[1]!.socket.send({ type: "lobby:start", lobbyId });
    await players[2]!.socket.next("game:question");
  });

  it("passes mid-match, the match goes on, and the last player left wins", async () => {
    await start({ roundMs: 2_000 });
    const { players, lobbyId } = await lobbyWith(["Lea", "Max", "Ned"]);
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    await players[1]!.socket.next("game:question");
    players[1]!.socket.skipAll();
    players[0]!.socket.send({ type: "lobby:leave", lobbyId });
    const state = await players[1]!.socket.next("lobby:state", (m) => m.lobby.players.length === 2);
    expect(state.lobby).toMatchObject({ status: "playing", hostId: players[1]!.userId });
    const { questionId, correct } = await correctOption(lobbyId);
    answer(players[1]!.socket, lobbyId, questionId, correct);
    answer(players[2]!.socket, lobbyId, questionId, correct);
    const result = await players[2]!.socket.next("game:answer_result");
    expect(result.results.map((r) => r.userId)).toEqual([players[1]!.userId, players[2]!.userId]);
    players[1]!.socket.send({ type: "lobby:leave", lobbyId });
    const finished = await players[2]!.socket.next("game:finished");
    expect(finished.winnerIds).toEqual([players[2]!.userId]);
  });
});

describe("rematch", () => {
  it("starts a new match with the same players when the host asks, and only the host", async () => {
    const srv = await start({ roundMs: 300 });
    const { players, lobbyId } = await lobbyWith(["Oli", "Pat"], { ...settings, rounds: 3 });
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    // Nobody answers: each round ends at its deadline.
    for (let round = 1; round <= 3; round++) {
      await players[0]!.socket.next("game:question", (m) => m.questionNumber === round);
      srv.clock.advance(300);
    }
    await players[0]!.socket.next("game:finished");
    players[1]!.socket.send({ type: "lobby:rematch", lobbyId });
    expect((await players[1]!.socket.next("error")).code).toBe("forbidden");
    for (const player of players) player.socket.skipAll();
    players[0]!.socket.send({ type: "lobby:rematch", lobbyId });
    const state = await players[0]!.socket.next("lobby:state", (m) => m.lobby.status === "playing");
    expect(state.lobby.players.map((p) => [p.userId, p.score])).toEqual(players.map((p) => [p.userId, 0]));
    const question = await players[1]!.socket.next("game:question", (m) => m.questionNumber === 1);
    expect(question.totalQuestions).toBe(3);
  });
});

describe("reconnection", () => {
  it("a player who drops mid-round comes back to the current question with the time left, and their answer stands", async () => {
    const srv = await start({ roundMs: 3_000 });
    const { players, lobbyId } = await lobbyWith(["Quin", "Rae"]);
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    const question = await players[1]!.socket.next("game:question");
    const { questionId, correct } = await correctOption(lobbyId);
    answer(players[1]!.socket, lobbyId, questionId, correct);
    await players[1]!.socket.next("game:answered");
    players[1]!.socket.drop();
    const dropped = await players[0]!.socket.next("lobby:state", (m) => m.lobby.players.some((p) => !p.connected));
    expect(dropped.lobby.players.map((p) => p.connected)).toEqual([true, false]);
    srv.clock.advance(1_000);

    // A page reload: a new socket whose first message is game:ready.
    const socket = await server!.reconnect(players[1]!.cookie);
    socket.send({ type: "game:ready", lobbyId });
    const back = await socket.next("game:question");
    expect(back.question.questionId).toBe(questionId);
    expect(back.deadline).toBe(question.deadline);
    expect(back.deadline - back.serverNow).toBe(2_000);
    expect(back).toMatchObject({ yourAnswer: correct, answeredUserIds: [players[1]!.userId] });
    // The earlier answer stands, and a second one is refused.
    answer(socket, lobbyId, questionId, (correct + 1) % 4);
    expect((await socket.next("error")).message).toMatch(/already answered/);
    answer(players[0]!.socket, lobbyId, questionId, correct);
    const result = await socket.next("game:answer_result");
    expect(result.results[1]).toMatchObject({ selectedOptionId: correct, isCorrect: true });
  });

  it("frees the seat of a player who does not come back within the grace period", async () => {
    const srv = await start({ roundMs: 5_000, graceMs: 1_000 });
    const { players, lobbyId } = await lobbyWith(["Sam", "Tia"]);
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    await players[0]!.socket.next("game:question");
    players[1]!.socket.drop();
    await players[0]!.socket.next("lobby:state", (m) => m.lobby.players.some((p) => !p.connected));
    srv.clock.advance(1_000);
    const finished = await players[0]!.socket.next("game:finished");
    expect(finished.winnerIds).toEqual([players[0]!.userId]);
  });
});

describe("bad messages", () => {
  it("answers each with an error to that socket only; the room is unchanged and the match finishes", async () => {
    // A results pause, so that an answer can arrive between a round's end and the next question.
    const srv = await start({ roundMs: 2_000, breakMs: 1_000 });
    const { players, lobbyId } = await lobbyWith(["Uma", "Vic"]);
    const outsider = await server!.guest("Wes");
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    await players[0]!.socket.next("game:question");
    const { questionId, correct } = await correctOption(lobbyId);
    answer(players[0]!.socket, lobbyId, questionId, correct);
    await players[1]!.socket.next("game:answered");
    const before = JSON.stringify((await server!.rooms.load(lobbyId))!.state);

    const bad: Array<[object | string, string, RegExp]> = [
      ["{not json", "validation_failed", /JSON/],
      [{ type: "lobby:explode", lobbyId }, "validation_failed", /Unknown message type/],
      [{ type: "game:answer", lobbyId, questionId, selectedOptionId: 7 }, "validation_failed", /selectedOptionId/],
      [{ type: "game:answer", lobbyId: "not-a-uuid", questionId, selectedOptionId: 1 }, "validation_failed", /lobbyId/],
      [
        { type: "game:answer", lobbyId: "22222222-2222-4222-8222-222222222222", questionId, selectedOptionId: 1 },
        "forbidden",
        /not in this lobby/,
      ],
      [
        { type: "game:answer", lobbyId, questionId, selectedOptionId: (correct + 1) % 4 },
        "conflict",
        /already answered/,
      ],
      [
        { type: "game:answer", lobbyId, questionId: "33333333-3333-4333-8333-333333333333", selectedOptionId: 1 },
        "not_found",
        /not part/,
      ],
      [{ type: "lobby:start", lobbyId }, "conflict", /already started/],
      [{ type: "lobby:settings", lobbyId, settings }, "conflict", /during a match/],
    ];
    for (const [message, code, text] of bad) {
      players[0]!.socket.send(message);
      const error = await players[0]!.socket.next("error");
      expect(error.code, JSON.stringify(message)).toBe(code);
      expect(error.message).toMatch(text);
    }
    // A player who is not in the lobby.
    outsider.socket.send({ type: "game:answer", lobbyId, questionId, selectedOptionId: 1 });
    expect((await outsider.socket.next("error")).code).toBe("forbidden");
    outsider.socket.send({ type: "game:ready", lobbyId });
    expect((await outsider.socket.next("error")).code).toBe("forbidden");

    expect(JSON.stringify((await server!.rooms.load(lobbyId))!.state)).toBe(before);
    expect(players[1]!.socket.pending("error")).toEqual([]);

    answer(players[1]!.socket, lobbyId, questionId, correct);
    await players[1]!.socket.next("game:answer_result");
    srv.clock.advance(1_000);
    // Round 2: Vic lets the time run out, then answers: too late. Round 3: both answer.
    await players[1]!.socket.next("game:question", (m) => m.questionNumber === 2);
    const second = await correctOption(lobbyId);
    answer(players[0]!.socket, lobbyId, second.questionId, second.correct);
    await players[1]!.socket.next("game:answered", (m) => m.questionId === second.questionId);
    srv.clock.advance(2_000);
    const timedOut = await players[1]!.socket.next("game:answer_result", (m) => m.questionId === second.questionId);
    expect(timedOut.results[1]).toMatchObject({ selectedOptionId: null, points: 0 });
    answer(players[1]!.socket, lobbyId, second.questionId, second.correct);
    expect((await players[1]!.socket.next("error")).message).toMatch(/Too late/);
    // An answer to a question that is over.
    srv.clock.advance(1_000);
    await players[1]!.socket.next("game:question", (m) => m.questionNumber === 3);
    answer(players[1]!.socket, lobbyId, second.questionId, second.correct);
    expect((await players[1]!.socket.next("error")).message).toMatch(/not the current one/);
    const third = await correctOption(lobbyId);
    for (const player of players) answer(player.socket, lobbyId, third.questionId, third.correct);
    const finished = await players[1]!.socket.next("game:finished");
    expect(finished.players.map((p) => p.score)).toEqual([3, 2]);
  });

  it("closes a flooding socket with the rate-limit close code", async () => {
    await start({ socketLimits: { rateLimit: { burst: 10, perSecond: 5 } } });
    const guest = await server!.guest("Xan");
    for (let index = 0; index < 50; index++)
      guest.socket.send({ type: "game:ready", lobbyId: "22222222-2222-4222-8222-222222222222" });
    expect((await guest.socket.closed).code).toBe(WS_CLOSE.RATE_LIMITED);
  });
});

describe("nicknames", () => {
  it("keeps the nickname a guest joined with when their socket connects to a room that is already open", async () => {
    const srv = await start();
    const host = await srv.guest("Ann");
    const guest = await srv.guest("Guest 1234");
    const lobby = (await srv.post("/lobbies", host.cookie)).body.data as unknown as Lobby;
    host.socket.send({ type: "lobby:join", code: lobby.code });
    await host.socket.next("lobby:state");
    expect((await srv.post(`/lobbies/${lobby.code}/join`, guest.cookie, { nickname: "Bee" })).status).toBe(200);
    guest.socket.send({ type: "lobby:join", code: lobby.code });
    const state = await host.socket.next("lobby:state", (m) => m.lobby.players.length === 2);
    expect(state.lobby.players.map((player) => player.name)).toEqual(["Ann", "Bee"]);
  });
});
