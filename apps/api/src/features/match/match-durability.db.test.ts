import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findLobbyById, findMatchResults, recordMatchStarted } from "@lila/db";
import type { Lobby, MatchSettings } from "@lila/shared";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { createLogger } from "../../lib/logger.js";
import { startMatchTestServer, type MatchTestServer } from "../../../test/support/match-test-server.js";
import { MemoryRoomStore } from "./memory-room.store.js";
import { reconcileLostMatches } from "./reconcile.js";

/*
 * What a finished match leaves behind must last: the standings stay in
 * PostgreSQL after every player has left, and a match that can never finish
 * (its room was lost) is marked abandoned rather than left `playing`.
 */

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

describe("a finished match", () => {
  it("keeps its standings in PostgreSQL after every player has left the lobby", async () => {
    const srv = (server = await startMatchTestServer(database.db, { roundMs: 1_000 }));
    const ann = await srv.guest("Ann");
    const ben = await srv.guest("Ben");
    const lobby = (await srv.post("/lobbies", ann.cookie, { settings })).body.data as unknown as Lobby;
    for (const [index, player] of [ann, ben].entries()) {
      player.socket.send({ type: "lobby:join", code: lobby.code });
      await player.socket.next("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === index + 1);
    }
    ann.socket.send({ type: "lobby:start", lobbyId: lobby.lobbyId });
    for (let round = 1; round <= settings.rounds; round++) {
      await ann.socket.next("game:question", (m) => m.questionNumber === round);
      const state = (await srv.rooms.load(lobby.lobbyId))!.state;
      const question = state.match!.questions[state.match!.round]!;
      // Ann is always right, Ben always wrong.
      ann.socket.send({
        type: "game:answer",
        lobbyId: lobby.lobbyId,
        questionId: question.questionId,
        selectedOptionId: question.correctOptionId,
      });
      ben.socket.send({
        type: "game:answer",
        lobbyId: lobby.lobbyId,
        questionId: question.questionId,
        selectedOptionId: (question.correctOptionId + 1) % 4,
      });
      await ann.socket.next("game:answer_result", (m) => m.questionId === question.questionId);
    }
    await ann.socket.next("game:finished");
    for (const player of [ann, ben]) player.socket.send({ type: "lobby:leave", lobbyId: lobby.lobbyId });

    await expect.poll(async () => (await findLobbyById(database.db, lobby.lobbyId))?.players.length).toBe(0);
    expect((await findLobbyById(database.db, lobby.lobbyId))?.status).toBe("finished");
    const results = await findMatchResults(database.db, lobby.lobbyId);
    expect(results.map(({ userId, name, score, rank }) => ({ userId, name, score, rank }))).toEqual([
      { userId: ann.userId, name: "Ann", score: 3, rank: 1 },
      { userId: ben.userId, name: "Ben", score: 0, rank: 2 },
    ]);
  });
});

describe("at start", () => {
  it("marks a lobby abandoned when it is `playing` and its room is gone, and leaves the others alone", async () => {
    const srv = (server = await startMatchTestServer(database.db));
    const host = await srv.guest("Host");
    const lost = (await srv.post("/lobbies", host.cookie, { settings })).body.data as unknown as Lobby;
    const waiting = (await srv.post("/lobbies", host.cookie, { settings })).body.data as unknown as Lobby;
    await recordMatchStarted(database.db, lost.lobbyId, settings);

    // A new process: its in-memory room store is empty.
    const abandoned = await reconcileLostMatches(database.db, new MemoryRoomStore(), createLogger("silent"));
    expect(abandoned).toContain(lost.lobbyId);
    expect((await findLobbyById(database.db, lost.lobbyId))?.status).toBe("abandoned");
    expect((await findLobbyById(database.db, waiting.lobbyId))?.status).toBe("waiting");
  });
});
