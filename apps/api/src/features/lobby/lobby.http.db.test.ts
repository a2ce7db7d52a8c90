import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Lobby } from "@lila/shared";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { startMatchTestServer, type MatchTestServer } from "../../../test/support/match-test-server.js";

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

async function start(): Promise<MatchTestServer> {
  server = await startMatchTestServer(database.db);
  return server;
}

describe("POST /api/v1/lobbies", () => {
  it("needs a session, creates a lobby with a 6-character code, and joins are idempotent; 404 unknown, 409 full or started", async () => {
    const srv = await start();
    expect((await srv.post("/lobbies", null)).status).toBe(401);
    const [a, b, c, d, e] = await Promise.all(["A1", "B2", "C3", "D4", "E5"].map((name) => srv.guest(name)));
    const created = await srv.post("/lobbies", a!.cookie, { nickname: "Host" });
    expect(created.status).toBe(201);
    const lobby = created.body.data as unknown as Lobby;
    expect(lobby.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(lobby.players).toEqual([{ userId: a!.userId, name: "Host", isHost: true, connected: false, score: 0 }]);
    expect((await srv.post(`/lobbies/${lobby.code}/join`, b!.cookie, { nickname: "Bee" })).status).toBe(200);
    const again = await srv.post(`/lobbies/${lobby.code}/join`, b!.cookie);
    expect(again.status).toBe(200);
    expect((again.body.data as unknown as Lobby).players).toHaveLength(2);
    expect((await srv.post(`/lobbies/ZZZZZZ/join`, b!.cookie)).status).toBe(404);
    expect((await srv.post(`/lobbies/${lobby.code}/join`, c!.cookie)).status).toBe(200);
    expect((await srv.post(`/lobbies/${lobby.code}/join`, d!.cookie)).status).toBe(200);
    const full = await srv.post(`/lobbies/${lobby.code}/join`, e!.cookie);
    expect(full).toMatchObject({ status: 409, body: { code: "conflict" } });

    const other = (await srv.post("/lobbies", e!.cookie)).body.data as unknown as Lobby;
    e!.socket.send({ type: "lobby:join", code: other.code });
    a!.socket.send({ type: "lobby:join", code: other.code });
    await e!.socket.next("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === 2);
    e!.socket.send({ type: "lobby:start", lobbyId: other.lobbyId });
    await e!.socket.next("game:question");
    expect((await srv.post(`/lobbies/${other.code}/join`, b!.cookie)).status).toBe(409);
    expect((await srv.post(`/lobbies/${other.code}/join`, a!.cookie)).status).toBe(200);
  });
});

describe("POST /api/v1/lobbies/:code/join", () => {
  it("answers a code with a bad %-encoding with a 400, not a fault", async () => {
    const srv = await start();
    const player = await srv.guest("Ann");
    const response = await srv.post("/lobbies/%ff/join", player.cookie);
    expect(response).toMatchObject({ status: 400, body: { success: false, code: "validation_failed" } });
  });
});
