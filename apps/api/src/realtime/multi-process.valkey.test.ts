import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WS_CLOSE, type Lobby, type MatchSettings } from "@lila/shared";
import { signInGuest } from "../../../../tests/support/auth-session.js";
import { adminQuery, withDatabase } from "../../../../tests/support/postgres-admin.js";
import { freePort, startApiProcess, type ApiProcess } from "../../test/support/api-process.js";
import {
  connectTestValkey,
  deleteKeys,
  postgresTestUrl,
  requirePostgres,
  requireValkey,
  uniqueKeyPrefix,
  valkeyTestUrl,
} from "../../test/support/valkey.js";
import { TestSocket } from "../../test/support/ws-client.js";
import type { RoomState } from "../features/match/index.js";

/*
 * Two real API processes on one PostgreSQL and one Valkey: players on
 * different processes play one match, and the match outlives the process that
 * started it.
 */
const available = (await requireValkey()) && (await requirePostgres());
const prefix = uniqueKeyPrefix();
const database = `lila_valkey_${randomBytes(5).toString("hex")}`;
const settings: MatchSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 3,
  speedBonus: false,
};

let valkey: Redis;
let first: ApiProcess;
let second: ApiProcess;
const sockets: TestSocket[] = [];

async function startPair(): Promise<void> {
  const [portA, portB] = [await freePort(), await freePort()];
  const env = {
    DATABASE_URL: withDatabase(postgresTestUrl, database),
    VALKEY_URL: valkeyTestUrl,
    VALKEY_KEY_PREFIX: prefix,
    BETTER_AUTH_SECRET: "valkey-test-secret-0123456789abcdef0123456789",
    CORS_ORIGIN: `http://127.0.0.1:${portA},http://127.0.0.1:${portB}`,
    ROUND_SECONDS: "3",
    ROUND_BREAK_SECONDS: "0.1",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "100000",
    GAME_RATE_LIMIT_PER_MINUTE: "8",
  };
  // One after the other: the first migrates and seeds the empty database.
  first = await startApiProcess({ ...env, PORT: String(portA) });
  second = await startApiProcess({ ...env, PORT: String(portB), SEED_ON_START: "false" });
}

beforeAll(async () => {
  if (!available) return;
  valkey = connectTestValkey();
  await adminQuery(postgresTestUrl, `CREATE DATABASE ${database}`);
  await startPair();
}, 180_000);

afterAll(async () => {
  if (!available) return;
  for (const socket of sockets) socket.drop();
  await Promise.all([first?.stop(), second?.stop()]);
  await deleteKeys(valkey, prefix);
  valkey.disconnect();
  await adminQuery(postgresTestUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

interface Player {
  name: string;
  userId: string;
  cookie: string;
  socket: TestSocket;
}

async function player(name: string, api: ApiProcess): Promise<Player> {
  const session = await signInGuest(api.baseUrl, name);
  const socket = await TestSocket.open(api.wsUrl, { Cookie: session.cookie });
  sockets.push(socket);
  return { name, ...session, socket };
}

async function moveTo(target: Player, api: ApiProcess): Promise<void> {
  target.socket = await TestSocket.open(api.wsUrl, { Cookie: target.cookie });
  sockets.push(target.socket);
}

async function roomState(lobbyId: string): Promise<RoomState> {
  const text = await valkey.hget(`${prefix}room:${lobbyId}`, "s");
  return JSON.parse(text!) as RoomState;
}

async function currentQuestion(lobbyId: string) {
  const state = await roomState(lobbyId);
  const question = state.match!.questions[state.match!.round]!;
  return { questionId: question.questionId, correct: question.correctOptionId };
}

/** Ann and Ben on the first process, Cat and Dan on the second, all in one lobby created on the first. */
async function splitLobby() {
  const players = [
    await player("Ann", first),
    await player("Ben", first),
    await player("Cat", second),
    await player("Dan", second),
  ];
  const response = await fetch(`${first.baseUrl}/api/v1/lobbies`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: players[0]!.cookie },
    body: JSON.stringify({ settings }),
  });
  expect(response.status).toBe(201);
  const lobby = ((await response.json()) as { data: Lobby }).data;
  for (const [index, each] of players.entries()) {
    each.socket.send({ type: "lobby:join", code: lobby.code });
    await each.socket.next("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === index + 1);
  }
  // Everyone, on either process, sees all four connected.
  for (const each of players)
    await each.socket.seen("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === 4);
  for (const each of players) each.socket.skipAll();
  return { players, lobbyId: lobby.lobbyId };
}

function answer(target: Player, lobbyId: string, questionId: string, selectedOptionId: number) {
  target.socket.send({ type: "game:answer", lobbyId, questionId, selectedOptionId });
}

describe.skipIf(!available)("two API processes sharing Valkey", () => {
  it("players connected to different processes play one match to the end", async () => {
    const { players, lobbyId } = await splitLobby();
    players[0]!.socket.send({ type: "lobby:start", lobbyId });
    const expected = Object.fromEntries(players.map((p) => [p.userId, 0]));
    for (let round = 1; round <= 3; round++) {
      const questions = await Promise.all(
        players.map((p) => p.socket.next("game:question", (m) => m.questionNumber === round)),
      );
      expect(new Set(questions.map((q) => q.question.questionId)).size).toBe(1);
      const { questionId, correct } = await currentQuestion(lobbyId);
      const choices = [correct, (correct + 1) % 4, correct, round === 2 ? correct : (correct + 3) % 4];
      players.forEach((p, index) => answer(p, lobbyId, questionId, choices[index]!));
      players.forEach((p, index) => (expected[p.userId]! += choices[index] === correct ? 1 : 0));
      const results = await Promise.all(
        players.map((p) => p.socket.next("game:answer_result", (m) => m.questionId === questionId)),
      );
      for (const result of results) {
        expect(result.results.map((r) => r.selectedOptionId)).toEqual(choices);
        expect(result.scores).toEqual(expected);
      }
    }
    const finished = await Promise.all(players.map((p) => p.socket.next("game:finished")));
    for (const each of finished) expect(each.winnerIds.sort()).toEqual([players[0]!.userId, players[2]!.userId].sort());
  });

  it("shares singleplayer games and the game routes' rate-limit counters", async () => {
    const guest = await signInGuest(first.baseUrl, "Solo");
    const post = (api: ApiProcess, path: string, body: unknown) =>
      fetch(`${api.baseUrl}/api/v1/game/${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: guest.cookie },
        body: JSON.stringify(body),
      });
    const started = await post(first, "start", settings);
    expect(started.status).toBe(201);
    const game = ((await started.json()) as { data: { sessionId: string; questions: Array<{ questionId: string }> } })
      .data;
    const answerBody = { sessionId: game.sessionId, questionId: game.questions[0]!.questionId, selectedOptionId: 0 };
    expect((await post(second, "answer", answerBody)).status).toBe(200);
    expect((await post(first, "answer", answerBody)).status).toBe(409);
    // 8 requests a minute in all, whichever process answers: 3 were made above.
    const statuses: number[] = [];
    for (let index = 0; index < 8; index++)
      statuses.push((await post(index % 2 ? first : second, "answer", answerBody)).status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  });

  it("a match survives the crash of the process that started it: the other takes the timer over, every accepted answer counts", async () => {
    const { players, lobbyId } = await splitLobby();
    const [ann, ben, cat, dan] = players as [Player, Player, Player, Player];
    ann.socket.send({ type: "lobby:start", lobbyId });
    await dan.socket.next("game:question");
    const round1 = await currentQuestion(lobbyId);
    answer(ann, lobbyId, round1.questionId, round1.correct);
    answer(cat, lobbyId, round1.questionId, round1.correct);
    await dan.socket.seen("game:answered", (m) => m.answeredUserIds.length === 2);

    await first.kill();

    // The second process resolves the round by itself (nobody on the first process reconnects yet).
    const result = await dan.socket.next("game:answer_result", (m) => m.questionId === round1.questionId, 15_000);
    expect(result.results.map((r) => r.selectedOptionId)).toEqual([round1.correct, null, round1.correct, null]);
    expect(result.scores).toEqual({ [ann.userId]: 1, [ben.userId]: 0, [cat.userId]: 1, [dan.userId]: 0 });

    // Ann and Ben reload: their browser reconnects to the surviving process.
    await moveTo(ann, second);
    await moveTo(ben, second);
    for (const each of [ann, ben]) {
      each.socket.send({ type: "game:ready", lobbyId });
      await each.socket.next("lobby:state");
    }
    for (let round = 2; round <= 3; round++) {
      await dan.socket.next("game:question", (m) => m.questionNumber === round, 10_000);
      const { questionId, correct } = await currentQuestion(lobbyId);
      for (const each of players) answer(each, lobbyId, questionId, correct);
      await dan.socket.next("game:answer_result", (m) => m.questionId === questionId);
    }
    const finished = await ann.socket.next("game:finished", undefined, 10_000);
    expect(Object.fromEntries(finished.players.map((p) => [p.name, p.score]))).toEqual({
      Ann: 3,
      Cat: 3,
      Ben: 2,
      Dan: 2,
    });
    expect(finished.winnerIds.sort()).toEqual([ann.userId, cat.userId].sort());

    // A deploy stops the last process gracefully: sockets close with GOING_AWAY, seats stay.
    await second.stop();
    expect((await dan.socket.closed).code).toBe(WS_CLOSE.GOING_AWAY);
    const state = await roomState(lobbyId);
    const [firstInstance, secondInstance] = [first, second].map(
      (api) => /"instanceId":"([^"]+)"/.exec(api.output())?.[1],
    );
    // Nobody is connected through the stopped process; Cat and Dan were only there. Ann and Ben
    // still count a socket on the crashed one until a live process's presence check drops it.
    for (const each of state.players) expect(Object.keys(each.connections)).not.toContain(secondInstance);
    expect(state.players.map((p) => [p.name, Object.keys(p.connections)])).toEqual([
      ["Ann", [firstInstance]],
      ["Ben", [firstInstance]],
      ["Cat", []],
      ["Dan", []],
    ]);
    expect(state.players.find((p) => p.name === "Dan")?.disconnectedAt).not.toBeNull();
  });
});
