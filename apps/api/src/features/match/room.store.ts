import type { WsServerMessage } from "@lila/shared";
import type { LobbyEffect } from "../lobby/index.js";
import type { EffectOutbox } from "./effect-outbox.js";
import type { RoomState } from "./room-state.js";

/** What one transition sends to every socket of a lobby, on every API process. */
export interface RoomEnvelope {
  lobbyId: string;
  /** The room's version after the transition (stale lobby:state messages are dropped by it). */
  version: number;
  messages: WsServerMessage[];
  /** The room's next timer moment after the transition, so that every process arms it. */
  wakeAt: number | null;
  /** The room was deleted by this transition (every player left): it is gone on purpose. */
  closed?: boolean;
  /** The room was opened anew from PostgreSQL after it was lost: versions start again from here. */
  reopened?: boolean;
}

/**
 * A change of one room: its new state (undefined: none, null: the room is
 * gone), what the caller gets back, and the durable writes it leaves in the
 * outbox in the same atomic step.
 */
export type RoomChange<T> = (current: RoomState | null) => {
  state: RoomState | null | undefined;
  value: T;
  effects?: LobbyEffect[];
};

/**
 * Where match rooms live between messages, and how the API processes that
 * share them talk. Two implementations, one contract (room.store.contract.ts):
 * memory (one process, the default) and Valkey (several processes; a room
 * survives the process that created it). A state read from a store, or handed
 * to it, is never changed in place: rules copy what they change (room-draft.ts).
 * The memory store freezes what it keeps, so code that would change a stored
 * room behind the store's back fails there instead of working only in memory.
 */
export interface RoomStore {
  /** This API process, as it appears in a player's connections. */
  readonly instanceId: string;
  /** Where update() leaves the durable writes of a change (effect-outbox.ts). */
  readonly outbox: EffectOutbox;
  load(lobbyId: string): Promise<{ state: RoomState; version: number } | null>;
  /** Creates the room unless it exists already; returns the room as stored. */
  createIfAbsent(state: RoomState): Promise<{ state: RoomState; version: number }>;
  /**
   * Applies `change` atomically: on a concurrent write it is run again on the
   * fresh state, so it must be pure. `state: undefined` writes nothing;
   * `state: null` deletes the room. The change's effects are added to the
   * outbox in the same step as the state, or not at all.
   */
  update<T>(lobbyId: string, change: RoomChange<T>): Promise<{ value: T; version: number; state: RoomState | null }>;
  publish(envelope: RoomEnvelope): Promise<void>;
  subscribe(lobbyId: string, listener: (envelope: RoomEnvelope) => void): Promise<() => Promise<void>>;
  /** The API processes alive now, or null when every connection is in this process. */
  liveInstances(): Promise<ReadonlySet<string> | null>;
  close(): Promise<void>;
}
