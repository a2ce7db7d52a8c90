import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findLobbyById } from "@lila/db";
import { WS_CLOSE, type Lobby } from "@lila/shared";
import { signInWithEmail, signUpWithEmail, uniqueEmail } from "../../../../tests/support/auth-session.js";
import { openTestDatabase, type TestDatabase } from "../../../../tests/support/test-database.js";
import {
  startMatchTestServer,
  type MatchTestServer,
  type MatchTestServerOptions,
} from "../../test/support/match-test-server.js";
import { TestSocket } from "../../test/support/ws-client.js";

/*
 * What one player (or one address) can do with many sockets: guess lobby
 * codes, hold connections, keep acting after signing out.
 */

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

async function start(options: MatchTestServerOptions = {}) {
  server = await startMatchTestServer(database.db, options);
  return server;
}

/** Sends lobby:join with a code nobody has and returns the error code the socket gets back. */
async function guess(socket: TestSocket, code: string): Promise<string> {
  socket.send({ type: "lobby:join", code });
  return (await socket.next("error")).code;
}

describe("guessing lobby codes", () => {
  it("is limited per player across all their sockets, and the HTTP join route shares the count", async () => {
    const srv = await start({ env: { LOBBY_JOINS_PER_MINUTE_PER_USER: "5" } });
    const guest = await srv.guest("Guesser");
    const sockets = [guest.socket, await srv.reconnect(guest.cookie), await srv.reconnect(guest.cookie)];
    const answers: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) answers.push(await guess(sockets[attempt % 3]!, `ZZZZZ${attempt}`));
    expect(answers).toEqual(["not_found", "not_found", "not_found", "not_found", "not_found", "rate_limited"]);
    expect(await srv.post("/lobbies/ZZZZZZ/join", guest.cookie)).toMatchObject({
      status: 429,
      body: { code: "rate_limited" },
    });
    // Another player is not held back by it.
    const other = await srv.guest("Other");
    expect(await guess(other.socket, "ZZZZZ7")).toBe("not_found");
  });

  it("is limited per address across players", async () => {
    const srv = await start({ env: { LOBBY_JOINS_PER_MINUTE_PER_ADDRESS: "4" } });
    const first = await srv.guest("One");
    const second = await srv.guest("Two");
    const answers = [];
    for (const code of ["ZZZZZ1", "ZZZZZ2"]) answers.push(await guess(first.socket, code));
    for (const code of ["ZZZZZ3", "ZZZZZ4", "ZZZZZ5"]) answers.push(await guess(second.socket, code));
    expect(answers).toEqual(["not_found", "not_found", "not_found", "not_found", "rate_limited"]);
  });
});

describe("open sockets", () => {
  it("are limited per player, and a closed one frees its place", async () => {
    const srv = await start({ socketLimits: { perUser: 2 } });
    const guest = await srv.guest("Tabs");
    const second = await srv.reconnect(guest.cookie);
    expect(await TestSocket.refused(srv.wsUrl, { Cookie: guest.cookie })).toMatchObject({
      status: 429,
      body: { code: "rate_limited" },
    });
    await second.close();
    await expect
      .poll(async () => {
        const socket = await TestSocket.open(srv.wsUrl, { Cookie: guest.cookie }).catch(() => null);
        socket?.drop();
        return socket !== null;
      })
      .toBe(true);
  });

  it("are limited per address across players", async () => {
    const srv = await start({ socketLimits: { perAddress: 2 } });
    await srv.guest("One");
    await srv.guest("Two");
    await expect(srv.guest("Three")).rejects.toThrow(/upgrade refused: 429/);
  });
});

describe("a socket whose auth session ended", () => {
  it("is closed with 4401 when its user signs out", async () => {
    const srv = await start();
    const email = uniqueEmail("socket");
    const account = await signUpWithEmail(srv.baseUrl, { email, password: "correct horse battery", name: "Ada" });
    const socket = await srv.reconnect(account.cookie);
    const signOut = await fetch(`${srv.baseUrl}/api/auth/sign-out`, {
      method: "POST",
      headers: { Cookie: account.cookie, Origin: srv.baseUrl, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    expect(await socket.closed).toMatchObject({ code: WS_CLOSE.UNAUTHORIZED });
  });

  it("is closed with 4401 at its next message once the session is gone (expired, or ended in another process)", async () => {
    const srv = await start({ socketLimits: { sessionCheckMs: 0 } });
    const guest = await srv.guest("Expired");
    guest.socket.send({ type: "lobby:join", code: "ZZZZZ1" });
    expect((await guest.socket.next("error")).code).toBe("not_found");
    await database.query(`DELETE FROM sessions WHERE user_id = $1`, [guest.userId]);
    guest.socket.send({ type: "lobby:join", code: "ZZZZZ2" });
    expect(await guest.socket.closed).toMatchObject({ code: WS_CLOSE.UNAUTHORIZED });
  });
});

describe("a guest who becomes an account", () => {
  it("keeps hosting its lobby as the account, and its guest sockets are closed with 4401", async () => {
    const srv = await start();
    const host = await srv.guest("Guest Host");
    const other = await srv.guest("Other");
    const lobby = (await srv.post("/lobbies", host.cookie, {})).body.data as unknown as Lobby;
    for (const [index, player] of [host, other].entries()) {
      player.socket.send({ type: "lobby:join", code: lobby.code });
      await player.socket.next("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === index + 1);
    }
    const credentials = { email: uniqueEmail("upgrade"), password: "correct horse battery", name: "Account" };
    const signUp = await fetch(`${srv.baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: srv.baseUrl },
      body: JSON.stringify(credentials),
    });
    expect(signUp.status).toBe(200);
    const account = await signInWithEmail(srv.baseUrl, credentials, { cookie: host.cookie });
    expect(account.userId).not.toBe(host.userId);

    expect(await host.socket.closed).toMatchObject({ code: WS_CLOSE.UNAUTHORIZED });
    const record = await findLobbyById(database.db, lobby.lobbyId);
    expect(record?.hostId).toBe(account.userId);
    expect(record?.players.map((player) => player.userId).sort()).toEqual([account.userId, other.userId].sort());
    const seen = await other.socket.next("lobby:state", (m) => m.lobby.hostId === account.userId);
    expect(seen.lobby.players.find((player) => player.userId === account.userId)).toMatchObject({
      name: "Guest Host",
      isHost: true,
    });

    // The account comes back on a new socket and starts the match as the host.
    const socket = await srv.reconnect(account.cookie);
    socket.send({ type: "lobby:join", code: lobby.code });
    await other.socket.next("lobby:state", (m) => m.lobby.players.every((p) => p.connected));
    socket.send({ type: "lobby:start", lobbyId: lobby.lobbyId });
    await other.socket.next("game:question");
  });
});
