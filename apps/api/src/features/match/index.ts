/** Real-time matches: rooms, their pure rules, and the stores that hold them (memory or Valkey). */
export { MatchRooms, type MatchRoomsDeps } from "./match-rooms.js";
export type { MatchRoom } from "./match-room.js";
export type { RoomSocket } from "./room-socket.js";
export type { RoomState, MatchTiming } from "./room-state.js";
export type { RoomStore, RoomEnvelope } from "./room.store.js";
export { MemoryRoomStore } from "./memory-room.store.js";
export { ValkeyRoomStore } from "./valkey-room.store.js";
export type { EffectOutbox } from "./effect-outbox.js";
export { OutboxWriter } from "./outbox-writer.js";
export { reconcileLostMatches } from "./reconcile.js";
export { transferRoomSeats } from "./seat-transfer.js";
