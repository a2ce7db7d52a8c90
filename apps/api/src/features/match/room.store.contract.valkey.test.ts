import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../test/support/manual-clock.js";
import { connectTestValkey, deleteKeys, requireValkey, uniqueKeyPrefix } from "../../../test/support/valkey.js";
import { MemoryRoomStore } from "./memory-room.store.js";
import type { RoomState } from "./room-state.js";
import type { RoomEnvelope, RoomStore } from "./room.store.js";
import { ValkeyRoomStore } from "./valkey-room.store.js";

/*
 * One contract, both implementations. With Valkey the two handles are two API
 * processes (their own connections); in memory there is one process, so both
 * handles are the same store. The Valkey half skips with a notice when
 * 127.0.0.1:6379 does not answer, and fails under CI=true.
 */
const valkeyAvailable = await requireValkey();
const prefix = uniqueKeyPrefix();
const clients: Redis[] = [];
const opened: RoomStore[] = [];

function connect(): Redis {
  const client = connectTestValkey();
  clients.push(client);
  return client;
}

async function valkeyProcess(): Promise<ValkeyRoomStore> {
  const store = new ValkeyRoomStore(connect(), connect(), { keyPrefix: prefix, clock: new ManualClock() });
  await store.start();
  opened.push(store);
  return store;
}

const implementations: Array<{ name: string; available: boolean; open: () => Promise<[RoomStore, RoomStore]> }> = [
  {
    name: "memory",
    available: true,
    async open() {
      const store = new MemoryRoomStore();
      opened.push(store);
      return [store, store];
    },
  },
  {
    name: "valkey",
    available: valkeyAvailable,
    async open() {
      return [await valkeyProcess(), await valkeyProcess()];
    },
  },
];

afterAll(async () => {
  for (const store of opened) await store.close();
  if (clients.length === 0) return;
  await deleteKeys(clients[0]!, prefix);
  for (const client of clients) client.disconnect();
});

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

/** A pure change, as the room rules are: a new state, never the old one changed. */
const addPlayer = (userId: string) => (current: RoomState | null) => ({
  state: current && {
    ...current,
    players: [
      ...current.players,
      { userId, name: userId, joinedAt: 0, score: 0, connections: {}, disconnectedAt: null },
    ],
  },
  value: userId,
});

describe.each(implementations)("RoomStore contract: $name", ({ name, available, open }) => {
  describe.skipIf(!available)(name, () => {
    it("creates a room once: a second create returns the first", async () => {
      const [a, b] = await open();
      const first = room();
      expect(await a.createIfAbsent(first)).toEqual({ state: first, version: 1 });
      const again = await b.createIfAbsent({ ...first, hostId: "someone else" });
      expect(again).toEqual({ state: first, version: 1 });
      expect(await a.load(first.lobbyId)).toEqual({ state: first, version: 1 });
    });

    it("loads nothing for a room that does not exist, and hands a change null for it", async () => {
      const [a] = await open();
      const lobbyId = randomUUID();
      expect(await a.load(lobbyId)).toBeNull();
      let seen: RoomState | null | "not called" = "not called";
      const result = await a.update(lobbyId, (current) => {
        seen = current;
        return { state: undefined, value: "nothing" };
      });
      expect(seen).toBeNull();
      expect(result).toEqual({ value: "nothing", version: 0, state: null });
    });

    it("loses no update when two processes write one room at once", async () => {
      const [a, b] = await open();
      const state = room();
      await a.createIfAbsent(state);
      const values = await Promise.all(
        Array.from({ length: 40 }, (_, index) => (index % 2 ? a : b).update(state.lobbyId, addPlayer(`p${index}`))),
      );
      expect(values.map((result) => result.version).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 40 }, (_, index) => index + 2),
      );
      const loaded = await b.load(state.lobbyId);
      expect(loaded?.state.players.map((player) => player.userId).sort()).toEqual(
        Array.from({ length: 40 }, (_, index) => `p${index}`).sort(),
      );
      expect(loaded?.version).toBe(41);
    });

    it("writes nothing for an undefined state and deletes the room for null", async () => {
      const [a, b] = await open();
      const state = room();
      await a.createIfAbsent(state);
      const untouched = await a.update(state.lobbyId, () => ({ state: undefined, value: 1 }));
      expect(untouched).toEqual({ value: 1, version: 1, state });
      const deleted = await b.update(state.lobbyId, () => ({ state: null, value: 2 }));
      expect(deleted).toEqual({ value: 2, version: 2, state: null });
      expect(await a.load(state.lobbyId)).toBeNull();
    });

    it("keeps the room as written: what a caller does to a state it holds does not reach the store", async () => {
      const [a] = await open();
      const state = room();
      await a.createIfAbsent(state);
      state.hostId = "changed after create";
      const updated = await a.update(state.lobbyId, addPlayer("ann"));
      const loaded = await a.load(state.lobbyId);
      for (const held of [updated.state, loaded?.state]) {
        try {
          // The memory store freezes what it keeps (this throws there); Valkey hands out copies.
          held!.players.push({
            userId: "intruder",
            name: "x",
            joinedAt: 0,
            score: 0,
            connections: {},
            disconnectedAt: null,
          });
          held!.hostId = "intruder";
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
      }
      const after = await a.load(state.lobbyId);
      expect(after?.state.hostId).toBe("host");
      expect(after?.state.players.map((player) => player.userId)).toEqual(["ann"]);
    });

    it("keeps a change's effects in the outbox with its state, in order per lobby, until acknowledged", async () => {
      const [a, b] = await open();
      const state = room();
      await a.createIfAbsent(state);
      const withEffect = (userId: string) => (current: RoomState | null) => ({
        ...addPlayer(userId)(current),
        effects: [{ kind: "player_left" as const, userId }],
      });
      await a.update(state.lobbyId, withEffect("first"));
      await b.update(state.lobbyId, withEffect("second"));
      // A refused change (no state) leaves nothing behind.
      await a.update(state.lobbyId, () => ({
        state: undefined,
        value: 0,
        effects: [{ kind: "lobby_closed" as const }],
      }));
      expect(await b.outbox.lobbies()).toContain(state.lobbyId);
      const head = await b.outbox.peek(state.lobbyId);
      expect(head?.effects).toEqual([{ kind: "player_left", userId: "first" }]);
      await a.outbox.ack(head!);
      await a.outbox.ack(head!);
      expect((await b.outbox.peek(state.lobbyId))?.effects).toEqual([{ kind: "player_left", userId: "second" }]);
      await b.outbox.ack((await b.outbox.peek(state.lobbyId))!);
      expect(await a.outbox.peek(state.lobbyId)).toBeNull();
      expect(await a.outbox.lobbies()).not.toContain(state.lobbyId);
    });

    it("lets one process at a time write a lobby's outbox", async () => {
      const [a, b] = await open();
      const lobbyId = randomUUID();
      expect(await a.outbox.claim(lobbyId, 10_000)).toBe(true);
      expect(await b.outbox.claim(lobbyId, 10_000)).toBe(false);
      await a.outbox.release(lobbyId);
      expect(await b.outbox.claim(lobbyId, 10_000)).toBe(true);
      await b.outbox.release(lobbyId);
    });

    it("fans a room's messages out to every subscriber, in order, until it unsubscribes", async () => {
      const [a, b] = await open();
      const lobbyId = randomUUID();
      const seenByA: RoomEnvelope[] = [];
      const seenByB: RoomEnvelope[] = [];
      const offA = await a.subscribe(lobbyId, (envelope) => seenByA.push(envelope));
      const offB = await b.subscribe(lobbyId, (envelope) => seenByB.push(envelope));
      const envelope = (version: number): RoomEnvelope => ({
        lobbyId,
        version,
        wakeAt: null,
        messages: [{ type: "error", code: "conflict", message: `m${version}` }],
      });
      for (let version = 1; version <= 5; version++) await a.publish(envelope(version));
      await expect.poll(() => seenByB.length).toBe(5);
      await expect.poll(() => seenByA.length).toBe(5);
      expect(seenByB).toEqual([1, 2, 3, 4, 5].map(envelope));
      expect(seenByA).toEqual(seenByB);
      await offB();
      await a.publish(envelope(6));
      await expect.poll(() => seenByA.length).toBe(6);
      expect(seenByB).toHaveLength(5);
      await offA();
    });
  });
});

describe.skipIf(!valkeyAvailable)("ValkeyRoomStore", () => {
  it("knows which processes are alive by their heartbeat, and forgets one that closed", async () => {
    const clock = new ManualClock();
    // A prefix of its own: no other test's processes in the list.
    const keyPrefix = `${prefix}alive:`;
    const a = new ValkeyRoomStore(connect(), connect(), { keyPrefix, clock });
    const b = new ValkeyRoomStore(connect(), connect(), { keyPrefix, clock });
    await Promise.all([a.start(), b.start()]);
    opened.push(a, b);
    expect(await a.liveInstances()).toEqual(new Set([a.instanceId, b.instanceId]));
    await b.close();
    // The list is read at most every 500 ms: still the cached one, then the fresh one.
    expect((await a.liveInstances()).has(b.instanceId)).toBe(true);
    clock.advance(500);
    expect(await a.liveInstances()).toEqual(new Set([a.instanceId]));
  });

  it("counts a process as gone once its last heartbeat is older than the instance TTL", async () => {
    const clock = new ManualClock();
    const keyPrefix = `${prefix}stale:`;
    const a = new ValkeyRoomStore(connect(), connect(), { keyPrefix, clock, heartbeatMs: 3_600_000 });
    const b = new ValkeyRoomStore(connect(), connect(), {
      keyPrefix,
      clock,
      instanceTtlMs: 5_000,
      heartbeatMs: 3_600_000,
    });
    await Promise.all([a.start(), b.start()]);
    opened.push(a, b);
    expect((await a.liveInstances()).has(b.instanceId)).toBe(true);
    clock.advance(5_001);
    expect((await a.liveInstances()).has(b.instanceId)).toBe(false);
  });
});
