import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { LobbyStatus, MatchSettings } from "@lila/shared";
import type { Database } from "../connection.js";
import { lobbies, lobbyPlayers, matchResults } from "../schema/index.js";

export interface LobbyPlayerRecord {
  userId: string;
  name: string;
  joinedAt: Date;
  score: number;
  rank: number | null;
}

export interface LobbyRecord {
  id: string;
  code: string;
  hostId: string;
  status: LobbyStatus;
  settings: MatchSettings;
  maxPlayers: number;
  matchesPlayed: number;
  /** Ordered by seniority: the longest-present player first. */
  players: LobbyPlayerRecord[];
}

export type JoinLobbyOutcome =
  | { status: "joined" | "member"; lobby: LobbyRecord }
  | { status: "not_found" }
  | { status: "full" | "started"; lobby: LobbyRecord };

const lobbyColumns = {
  id: lobbies.id,
  code: lobbies.code,
  hostId: lobbies.hostId,
  status: lobbies.status,
  settings: lobbies.settings,
  maxPlayers: lobbies.maxPlayers,
  matchesPlayed: lobbies.matchesPlayed,
};

async function loadPlayers(db: Database, lobbyId: string): Promise<LobbyPlayerRecord[]> {
  return db
    .select({
      userId: lobbyPlayers.userId,
      name: lobbyPlayers.name,
      joinedAt: lobbyPlayers.joinedAt,
      score: lobbyPlayers.score,
      rank: lobbyPlayers.rank,
    })
    .from(lobbyPlayers)
    .where(eq(lobbyPlayers.lobbyId, lobbyId))
    .orderBy(asc(lobbyPlayers.joinedAt), asc(lobbyPlayers.userId));
}

/** Creates a lobby with its host as first player; null when the code is already taken (the caller draws another). */
export async function insertLobby(
  db: Database,
  input: { code: string; hostId: string; hostName: string; settings: MatchSettings; maxPlayers: number },
): Promise<LobbyRecord | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(lobbies)
      .values({ code: input.code, hostId: input.hostId, settings: input.settings, maxPlayers: input.maxPlayers })
      .onConflictDoNothing({ target: lobbies.code })
      .returning(lobbyColumns);
    if (!row) return null;
    await tx.insert(lobbyPlayers).values({ lobbyId: row.id, userId: input.hostId, name: input.hostName });
    return { ...row, players: await loadPlayers(tx, row.id) };
  });
}

export async function findLobbyByCode(db: Database, code: string): Promise<LobbyRecord | null> {
  const [row] = await db.select(lobbyColumns).from(lobbies).where(eq(lobbies.code, code));
  return row ? { ...row, players: await loadPlayers(db, row.id) } : null;
}

export async function findLobbyById(db: Database, lobbyId: string): Promise<LobbyRecord | null> {
  const [row] = await db.select(lobbyColumns).from(lobbies).where(eq(lobbies.id, lobbyId));
  return row ? { ...row, players: await loadPlayers(db, row.id) } : null;
}

/**
 * Takes a seat, atomically: the lobby row is locked so two players cannot both
 * take the last seat. A member joining again is not an error.
 */
export async function addLobbyPlayer(
  db: Database,
  input: { code: string; userId: string; name: string },
): Promise<JoinLobbyOutcome> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    const [row] = await tx.select(lobbyColumns).from(lobbies).where(eq(lobbies.code, input.code)).for("update");
    if (!row) return { status: "not_found" } as const;
    const players = await loadPlayers(txDb, row.id);
    if (players.some((player) => player.userId === input.userId))
      return { status: "member", lobby: { ...row, players } } as const;
    if (row.status !== "waiting") return { status: "started", lobby: { ...row, players } } as const;
    if (players.length >= row.maxPlayers) return { status: "full", lobby: { ...row, players } } as const;
    await tx.insert(lobbyPlayers).values({ lobbyId: row.id, userId: input.userId, name: input.name });
    return { status: "joined", lobby: { ...row, players: await loadPlayers(txDb, row.id) } } as const;
  });
}

export async function removeLobbyPlayer(db: Database, lobbyId: string, userId: string): Promise<void> {
  await db.delete(lobbyPlayers).where(and(eq(lobbyPlayers.lobbyId, lobbyId), eq(lobbyPlayers.userId, userId)));
}

/** Records what the live room decided: a new host, new settings, a new status. */
export async function updateLobby(
  db: Database,
  lobbyId: string,
  patch: { hostId?: string; settings?: MatchSettings; status?: LobbyStatus },
): Promise<void> {
  await db
    .update(lobbies)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(lobbies.id, lobbyId));
}

/** A match (or rematch) began: the lobby is playing and last match's scores are cleared. */
export async function recordMatchStarted(db: Database, lobbyId: string, settings: MatchSettings): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(lobbies)
      .set({
        status: "playing",
        settings,
        matchesPlayed: sql`${lobbies.matchesPlayed} + 1`,
        updatedAt: sql`now()`,
        finishedAt: null,
      })
      .where(eq(lobbies.id, lobbyId));
    await tx.update(lobbyPlayers).set({ score: 0, rank: null }).where(eq(lobbyPlayers.lobbyId, lobbyId));
  });
}

export interface MatchStanding {
  userId: string;
  name: string;
  score: number;
  rank: number;
}

/**
 * A match ended: the final standings are kept in match_results for good, and
 * on the seats (the lobby's last match) while the players stay. Safe to run
 * twice for one match (a retried write): the second changes nothing.
 */
export async function recordMatchFinished(
  db: Database,
  lobbyId: string,
  match: { matchId: string; standings: MatchStanding[] },
): Promise<void> {
  const { matchId, standings } = match;
  await db.transaction(async (tx) => {
    if (standings.length > 0) {
      await tx
        .insert(matchResults)
        .values(standings.map((standing) => ({ matchId, lobbyId, ...standing, finishedAt: sql`now()` })))
        .onConflictDoNothing();
    }
    await tx
      .update(lobbies)
      .set({ status: "finished", updatedAt: sql`now()`, finishedAt: sql`now()` })
      .where(eq(lobbies.id, lobbyId));
    for (const standing of standings) {
      await tx
        .update(lobbyPlayers)
        .set({ score: standing.score, rank: standing.rank })
        .where(and(eq(lobbyPlayers.lobbyId, lobbyId), eq(lobbyPlayers.userId, standing.userId)));
    }
  });
}

/** The standings of every finished match of a lobby, oldest match first, best rank first. */
export async function findMatchResults(db: Database, lobbyId: string) {
  return db
    .select({
      matchId: matchResults.matchId,
      userId: matchResults.userId,
      name: matchResults.name,
      score: matchResults.score,
      rank: matchResults.rank,
      finishedAt: matchResults.finishedAt,
    })
    .from(matchResults)
    .where(eq(matchResults.lobbyId, lobbyId))
    .orderBy(asc(matchResults.finishedAt), asc(matchResults.rank), asc(matchResults.name));
}

/** A running match was lost with its room: the lobby says so (only if it was still playing). */
export async function markLobbyAbandoned(db: Database, lobbyId: string): Promise<boolean> {
  const updated = await db
    .update(lobbies)
    .set({ status: "abandoned", updatedAt: sql`now()` })
    .where(and(eq(lobbies.id, lobbyId), eq(lobbies.status, "playing")))
    .returning({ id: lobbies.id });
  return updated.length > 0;
}

/** The ids of the lobbies in one status (a start-up check of those still `playing`). */
export async function findLobbyIdsByStatus(db: Database, status: LobbyStatus): Promise<string[]> {
  const rows = await db.select({ id: lobbies.id }).from(lobbies).where(eq(lobbies.status, status));
  return rows.map((row) => row.id);
}

/**
 * A guest became an account: its seats become the account's. Where the account
 * already has a seat in the same lobby, the guest's seat is dropped; a lobby the
 * guest hosted passes to the account. Returns the lobbies that changed.
 */
export async function transferLobbySeats(db: Database, fromUserId: string, toUserId: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const seats = await tx
      .select({ lobbyId: lobbyPlayers.lobbyId })
      .from(lobbyPlayers)
      .where(eq(lobbyPlayers.userId, fromUserId));
    const lobbyIds = seats.map((seat) => seat.lobbyId);
    if (lobbyIds.length === 0) return [];
    const taken = await tx
      .select({ lobbyId: lobbyPlayers.lobbyId })
      .from(lobbyPlayers)
      .where(and(eq(lobbyPlayers.userId, toUserId), inArray(lobbyPlayers.lobbyId, lobbyIds)));
    const alreadySeated = new Set(taken.map((seat) => seat.lobbyId));
    for (const lobbyId of lobbyIds) {
      if (alreadySeated.has(lobbyId)) {
        await tx
          .delete(lobbyPlayers)
          .where(and(eq(lobbyPlayers.lobbyId, lobbyId), eq(lobbyPlayers.userId, fromUserId)));
      } else {
        await tx
          .update(lobbyPlayers)
          .set({ userId: toUserId })
          .where(and(eq(lobbyPlayers.lobbyId, lobbyId), eq(lobbyPlayers.userId, fromUserId)));
      }
    }
    await tx
      .update(lobbies)
      .set({ hostId: toUserId, updatedAt: sql`now()` })
      .where(and(inArray(lobbies.id, lobbyIds), eq(lobbies.hostId, fromUserId)));
    await tx.update(matchResults).set({ userId: toUserId }).where(eq(matchResults.userId, fromUserId));
    return lobbyIds;
  });
}
