import type { LobbyRecord } from "@lila/db";
import type { WsServerMessage } from "@lila/shared";
import type { Clock } from "../../lib/clock.js";
import type { LobbyStatus } from "@lila/shared";
import { createRoomState } from "./room-rules.js";
import type { RoomStore } from "./room.store.js";

export const MATCH_LOST_MESSAGE =
  "This match was lost: the server restarted and could not keep it. Its scores are not counted; the host can start a new one.";

export function matchLostMessage(lobbyId: string): WsServerMessage {
  return { type: "game:lost", lobbyId, message: MATCH_LOST_MESSAGE };
}

export interface RoomRecoveryDeps {
  store: RoomStore;
  clock: Clock;
  /** Something new is in the outbox. */
  kickOutbox: () => void;
}

/**
 * Opens a lobby's room from its durable record when the room store has none:
 * a new lobby's first socket, or a room lost with the store (Valkey restarted
 * empty, or the only process of an in-memory store died). A match that was
 * running then (by the record, or by what this process last saw of the room)
 * is lost: the lobby is marked abandoned through the outbox and every process
 * tells its sockets (game:lost); the players keep their seats and the room
 * opens as finished, so the host can start again. Every process that held the
 * room learns that it was opened anew (versions start again at 1).
 */
export async function openRoomFromRecord(
  deps: RoomRecoveryDeps,
  record: LobbyRecord,
  lastSeenStatus?: LobbyStatus,
): Promise<{ lost: boolean }> {
  const lost = record.status === "playing" || lastSeenStatus === "playing";
  const created = await deps.store.createIfAbsent(createRoomState(record, deps.clock.now()));
  // Another process opened it first: it did the rest.
  if (created.version > 1 || (lost && created.state.status === "playing")) return { lost: false };
  if (lost) {
    await deps.store.outbox.append(record.id, [{ kind: "match_abandoned" }]);
    deps.kickOutbox();
  }
  if (lost || lastSeenStatus !== undefined) {
    await deps.store.publish({
      lobbyId: record.id,
      version: created.version,
      messages: lost ? [matchLostMessage(record.id)] : [],
      wakeAt: null,
      reopened: true,
    });
  }
  return { lost };
}
