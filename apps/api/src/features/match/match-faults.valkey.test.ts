import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLobbyById, findMatchResults, openDatabase, type DatabaseHandle } from "@lila/db";
import type { Lobby } from "@lila/shared";
import { signInGuest } from "../../../../../tests/support/auth-session.js";
import { requireCommand } from "../../../../../tests/support/external.js";
import { adminQuery, withDatabase } from "../../../../../tests/support/postgres-admin.js";
import { startApiProcess, type ApiProcess } from "../../../test/support/api-process.js";
import { PrivateValkey } from "../../../test/support/private-valkey.js";
import { StallProxy } from "../../../test/support/stall-proxy.js";
import { postgresTestUrl, requirePostgres, requireValkey } from "../../../test/support/valkey.js";
import { TestSocket } from "../../../test/support/ws-client.js";

/*
 * Faults at the worst moment, against the real API process: PostgreSQL stalled
 * as a match ends (the result must land once it answers again), and Valkey
 * restarted empty in the middle of a match (its players are told the match was
 * lost, the lobby is marked abandoned, and the lobby goes on).
 */
const available = (await requireValkey()) && (await requirePostgres()) && requireCommand("redis-server");
const database = `lila_faults_${randomBytes(5).toString("hex")}`;
const settings = { source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", rounds: 3 };

let db: DatabaseHandle;
let valkey: PrivateValkey;
let postgresProxy: StallProxy;
let api: ApiProcess;

beforeAll(async () => {
  if (!available) return;
  await adminQuery(postgresTestUrl, `CREATE DATABASE ${database}`);
  db = await openDatabase({ databaseUrl: withDatabase(postgresTestUrl, database), poolSize: 2 });
  valkey = await PrivateValkey.start();
  postgresProxy = await StallProxy.start(Number(new URL(postgresTestUrl).port || 5432));
  api = await startApiProcess({
    DATABASE_URL: postgresProxy.url(withDatabase(postgresTestUrl, database)),
    VALKEY_URL: valkey.url,
    BETTER_AUTH_SECRET: "faults-test-secret-0123456789abcdef0123456789",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    ROUND_SECONDS: "1",
    ROUND_BREAK_SECONDS: "0.1",
    DATABASE_CONNECT_TIMEOUT_MS: "1000",
    DATABASE_STATEMENT_TIMEOUT_MS: "1500",
    DATABASE_QUERY_TIMEOUT_MS: "2000",
  });
}, 180_000);

afterAll(async () => {
  if (!available) return;
  postgresProxy?.resume();
  await api?.stop();
  await postgresProxy?.close();
  await valkey?.kill();
  await db?.close();
  await adminQuery(postgresTestUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

/** Two guests seated and connected in a new lobby, over the real process. */
async function twoPlayerLobby() {
  const players = [];
  for (const name of ["Ann", "Ben"]) {
    const session = await signInGuest(api.baseUrl, name);
    players.push({ ...session, socket: await TestSocket.open(api.wsUrl, { Cookie: session.cookie }) });
  }
  const response = await fetch(`${api.baseUrl}/api/v1/lobbies`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: players[0]!.cookie },
    body: JSON.stringify({ settings }),
  });
  const body = (await response.json()) as { data: Lobby };
  if (!body.data) throw new Error(`creating the lobby failed: ${JSON.stringify(body)}`);
  const lobby = body.data;
  for (const [index, player] of players.entries()) {
    player.socket.send({ type: "lobby:join", code: lobby.code });
    await player.socket.next("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === index + 1);
  }
  return { lobby, players };
}

describe.skipIf(!available)("PostgreSQL stalled as a match ends", () => {
  it("delays the record of the result, and the result lands once PostgreSQL answers again", async () => {
    const { lobby, players } = await twoPlayerLobby();
    const [ann] = players;
    ann!.socket.send({ type: "lobby:start", lobbyId: lobby.lobbyId });
    await ann!.socket.next("game:question", (m) => m.questionNumber === 1);
    postgresProxy.stall();
    try {
      // Nobody answers: both rounds end at their deadlines and the match finishes while the database is stalled.
      const finished = await ann!.socket.next("game:finished", () => true, 15_000);
      expect(finished.players.map((p) => p.rank)).toEqual([1, 1]);
      // The first write has time to fail (2 s query timeout): it is not lost, it waits in the outbox.
      await expect.poll(() => api.output(), { timeout: 10_000 }).toMatch(/could not write lobby effects; will retry/);
    } finally {
      postgresProxy.resume();
    }
    await expect
      .poll(async () => (await findLobbyById(db.db, lobby.lobbyId))?.status, { timeout: 30_000 })
      .toBe("finished");
    const results = await findMatchResults(db.db, lobby.lobbyId);
    expect(results.map((row) => [row.name, row.score, row.rank])).toEqual([
      ["Ann", 0, 1],
      ["Ben", 0, 1],
    ]);
    for (const player of players) player.socket.drop();
  });
});

describe.skipIf(!available)("Valkey restarted empty during a match", () => {
  it("tells the players the match was lost, marks the lobby abandoned, and lets the host start again", async () => {
    const { lobby, players } = await twoPlayerLobby();
    const [ann, ben] = players;
    ann!.socket.send({ type: "lobby:start", lobbyId: lobby.lobbyId });
    await ann!.socket.next("game:question", (m) => m.questionNumber === 1);
    await expect.poll(async () => (await findLobbyById(db.db, lobby.lobbyId))?.status).toBe("playing");

    await valkey.restartEmpty();

    for (const player of [ann!, ben!]) {
      const lost = await player.socket.next("game:lost", () => true, 20_000);
      expect(lost).toMatchObject({ lobbyId: lobby.lobbyId, message: expect.stringMatching(/lost/) });
    }
    await expect
      .poll(async () => (await findLobbyById(db.db, lobby.lobbyId))?.status, { timeout: 15_000 })
      .toBe("abandoned");
    // The players kept their seats: the host starts again, and a new match runs.
    await ann!.socket.next("lobby:state", (m) => m.lobby.players.every((p) => p.connected), 10_000);
    ann!.socket.send({ type: "lobby:rematch", lobbyId: lobby.lobbyId });
    await ben!.socket.next("game:question", (m) => m.questionNumber === 1, 10_000);
    for (const player of players) player.socket.drop();
  });
});
