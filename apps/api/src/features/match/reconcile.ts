import { findLobbyIdsByStatus, markLobbyAbandoned, type Database } from "@lila/db";
import type { Logger } from "../../lib/logger.js";
import type { RoomStore } from "./room.store.js";

/**
 * At start: a lobby that PostgreSQL says is `playing` but whose room is gone
 * (the store restarted empty, or the in-memory store went with the process
 * that ran the match) can never finish. It is marked abandoned, unless writes
 * for it still wait in the outbox (they come first, and may finish it).
 * Returns the lobbies marked.
 */
export async function reconcileLostMatches(db: Database, store: RoomStore, logger: Logger): Promise<string[]> {
  const playing = await findLobbyIdsByStatus(db, "playing");
  const waitingWrites = new Set(await store.outbox.lobbies());
  const abandoned: string[] = [];
  for (const lobbyId of playing) {
    if (waitingWrites.has(lobbyId) || (await store.load(lobbyId))) continue;
    if (await markLobbyAbandoned(db, lobbyId)) abandoned.push(lobbyId);
  }
  if (abandoned.length > 0)
    logger.warn({ lobbies: abandoned.length }, "matches lost with their rooms marked abandoned");
  return abandoned;
}
