import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestValkey, deleteKeys, requireValkey, uniqueKeyPrefix } from "../../../test/support/valkey.js";
import { ValkeyGameSessionStore } from "../game/valkey-game-session.store.js";
import type { RoomState } from "./room-state.js";
import type { RoomEnvelope } from "./room-store.js";
import { ValkeyRoomStore } from "./valkey-room-store.js";

const available = await requireValkey();
const prefix = uniqueKeyPrefix();
const clients: Redis[] = [];
const stores: ValkeyRoomStore[] = [];

function client(): Redis {
  const created = connectTestValkey();
  clients.push(created);
  return created;
}

/** A store as one API process would have it: its own connections. */
async function processStore(options: { instanceTtlMs?: number; heartbeatMs?: number } = {}): Promise<ValkeyRoomStore> {
  const store = new ValkeyRoomStore(client(), client(), { keyPrefix: prefix, ...options });
  await store.start();
  stores.push(store);
  return store;
}

function room(lobbyId = randomUUID()): RoomState {
  return {
    lobbyId,
    code: "ABCDEF",
    status: "waiting",
    hostId: "host",
    settings: {
      source_language: "en",
      target_language: "it",
      pos: "noun",
      difficulty: "easy",
      rounds: 3,
      speedBonus: false,
    },
    maxPlayers: 4,
    players: [],
    match: null,
    result: null,
  };
}

afterAll(async () => {
  if (!available) return;
  for (const store of stores) await store.close();
  await deleteKeys(clients[0] ?? client(), prefix);
  for (const each of clients) each.disconnect();
});

describe.skipIf(!available)("ValkeyRoomStore", () => {
  let a: ValkeyRoomStore;
  let b: ValkeyRoomStore;
  beforeAll(async () => {
    a = await processStore();
    b = await processStore();
  });

  it("creates a room once: a second create returns the first", async () => {
    const first = room();
    await a.createIfAbsent(first);
    const again = await b.createIfAbsent({ ...first, hostId: "someone else" });
    expect(again.state.hostId).toBe("host");
    expect(again.version).toBe(1);
  });

  it("loses no update when two processes write one room at once", async () => {
    const state = room();
    await a.createIfAbsent(state);
    const addPlayer = (userId: string) => (current: RoomState | null) => {
      const next = structuredClone(current!);
      next.players.push({ userId, name: userId, joinedAt: 0, score: 0, connections: {}, disconnectedAt: null });
      return { state: next, value: userId };
    };
    await Promise.all(
      Array.from({ length: 40 }, (_, index) => (index % 2 ? a : b).update(state.lobbyId, addPlayer(`player-${index}`))),
    );
    const loaded = await a.load(state.lobbyId);
    expect(loaded?.state.players).toHaveLength(40);
    expect(loaded?.version).toBe(41);
  });

  it("deletes a room with a null state, and writes nothing for undefined", async () => {
    const state = room();
    await a.createIfAbsent(state);
    const untouched = await a.update(state.lobbyId, () => ({ state: undefined, value: 1 }));
    expect(untouched.version).toBe(1);
    await b.update(state.lobbyId, () => ({ state: null, value: 2 }));
    expect(await a.load(state.lobbyId)).toBeNull();
  });

  it("fans a room's messages out to every process that subscribed, in order", async () => {
    const lobbyId = randomUUID();
    const seenByA: RoomEnvelope[] = [];
    const seenByB: RoomEnvelope[] = [];
    const offA = await a.subscribe(lobbyId, (envelope) => seenByA.push(envelope));
    const offB = await b.subscribe(lobbyId, (envelope) => seenByB.push(envelope));
    for (let version = 1; version <= 5; version++) {
      await a.publish({
        lobbyId,
        version,
        wakeAt: null,
        messages: [{ type: "error", code: "conflict", message: `m${version}` }],
      });
    }
    await expect.poll(() => seenByB.length).toBe(5);
    expect(seenByB.map((envelope) => envelope.version)).toEqual([1, 2, 3, 4, 5]);
    await expect.poll(() => seenByA.length).toBe(5);
    await offA();
    await offB();
  });

  it("knows which processes are alive by their heartbeat", async () => {
    const short = await processStore({ instanceTtlMs: 300, heartbeatMs: 100 });
    await expect.poll(async () => (await a.liveInstances()).has(short.instanceId)).toBe(true);
    await short.close();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect((await a.liveInstances()).has(short.instanceId)).toBe(false);
    expect((await a.liveInstances()).has(b.instanceId)).toBe(true);
  });
});

describe.skipIf(!available)("ValkeyGameSessionStore", () => {
  const questionId = randomUUID();
  const session = () => ({
    sessionId: randomUUID(),
    ownerId: "owner-1",
    questions: [{ questionId, correctOptionId: 2, selectedOptionId: null }],
  });

  it("records one answer per question, atomically across processes", async () => {
    const first = new ValkeyGameSessionStore(client(), prefix);
    const second = new ValkeyGameSessionStore(client(), prefix);
    const game = session();
    await first.create(game);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 ? first : second).recordAnswer({
          sessionId: game.sessionId,
          questionId,
          selectedOptionId: index % 4,
          ownerId: "owner-1",
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "recorded")).toEqual([
      { status: "recorded", correctOptionId: 2 },
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "already_answered")).toHaveLength(19);
  });

  it("hides another owner's session, refuses unknown questions, and expires idle sessions", async () => {
    const store = new ValkeyGameSessionStore(client(), prefix, 300);
    const game = session();
    await store.create(game);
    expect(
      await store.recordAnswer({ sessionId: game.sessionId, questionId, selectedOptionId: 1, ownerId: null }),
    ).toEqual({
      status: "session_not_found",
    });
    expect(
      await store.recordAnswer({
        sessionId: game.sessionId,
        questionId: randomUUID(),
        selectedOptionId: 1,
        ownerId: "owner-1",
      }),
    ).toEqual({
      status: "question_not_found",
    });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(
      await store.recordAnswer({ sessionId: game.sessionId, questionId, selectedOptionId: 1, ownerId: "owner-1" }),
    ).toEqual({
      status: "session_not_found",
    });
  });
});
