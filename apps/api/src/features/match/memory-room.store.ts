import { randomUUID } from "node:crypto";
import { deepFreeze } from "../../lib/deep-freeze.js";
import { encodeEntry, MemoryEffectOutbox } from "./effect-outbox.js";
import type { RoomState } from "./room-state.js";
import type { RoomChange, RoomEnvelope, RoomStore } from "./room.store.js";

/**
 * The default room store: one process, rooms in a Map. Updates are
 * synchronous, hence atomic; listeners are called in publication order.
 * Stored states are frozen: like a state read from Valkey, what a caller holds
 * cannot change the room (a copy per read would cost as much as the rules).
 */
export class MemoryRoomStore implements RoomStore {
  readonly instanceId = `memory-${randomUUID()}`;
  readonly outbox = new MemoryEffectOutbox();
  private readonly rooms = new Map<string, { state: RoomState; version: number }>();
  private readonly listeners = new Map<string, Set<(envelope: RoomEnvelope) => void>>();

  async load(lobbyId: string) {
    return this.rooms.get(lobbyId) ?? null;
  }

  async createIfAbsent(state: RoomState) {
    const existing = this.rooms.get(state.lobbyId);
    if (existing) return existing;
    const created = deepFreeze({ state: structuredClone(state), version: 1 });
    this.rooms.set(state.lobbyId, created);
    return created;
  }

  async update<T>(lobbyId: string, change: RoomChange<T>) {
    const current = this.rooms.get(lobbyId);
    const { state, value, effects } = change(current?.state ?? null);
    if (state === undefined) return { value, version: current?.version ?? 0, state: current?.state ?? null };
    const version = (current?.version ?? 0) + 1;
    if (state === null) this.rooms.delete(lobbyId);
    else this.rooms.set(lobbyId, deepFreeze({ state, version }));
    if (effects && effects.length > 0) this.outbox.push(lobbyId, encodeEntry(effects));
    return { value, version, state };
  }

  async publish(envelope: RoomEnvelope): Promise<void> {
    for (const listener of this.listeners.get(envelope.lobbyId) ?? []) listener(envelope);
  }

  async subscribe(lobbyId: string, listener: (envelope: RoomEnvelope) => void) {
    const set = this.listeners.get(lobbyId) ?? new Set();
    set.add(listener);
    this.listeners.set(lobbyId, set);
    return async () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(lobbyId);
    };
  }

  async liveInstances() {
    return null;
  }

  get size(): number {
    return this.rooms.size;
  }

  async close(): Promise<void> {
    this.rooms.clear();
    this.listeners.clear();
  }
}
