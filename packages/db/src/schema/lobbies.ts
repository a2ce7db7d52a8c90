import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { MatchSettings } from "@lila/shared";

/**
 * `abandoned`: a match was running when its room was lost (the room store
 * restarted empty, or the one process holding it died): its result is unknown.
 */
export const lobbyStatus = pgEnum("lobby_status", ["waiting", "playing", "finished", "abandoned"]);

/**
 * A multiplayer lobby: who hosts it, its settings and where it stands. The
 * live match (questions, timer, answers) lives in the room store; this row is
 * the durable record that HTTP routes and a restarted process read.
 */
export const lobbies = pgTable(
  "lobbies",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    code: text("code").notNull().unique("lobbies_code_unique"),
    hostId: text("host_id").notNull(),
    status: lobbyStatus("status").notNull().default("waiting"),
    settings: jsonb("settings").$type<MatchSettings>().notNull(),
    maxPlayers: integer("max_players").notNull(),
    /** How many matches were played in this lobby (rematches included). */
    matchesPlayed: integer("matches_played").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [index("lobbies_status_idx").on(table.status)],
);

/** A seat in a lobby. The score and rank are those of the lobby's last finished match. */
export const lobbyPlayers = pgTable(
  "lobby_players",
  {
    lobbyId: uuid("lobby_id")
      .notNull()
      .references(() => lobbies.id, { onDelete: "cascade" }),
    /** A Better Auth user id (guests included); no foreign key so that lobbies do not depend on the auth tables. */
    userId: text("user_id").notNull(),
    name: text("name").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
    score: integer("score").notNull().default(0),
    rank: integer("rank"),
  },
  (table) => [primaryKey({ columns: [table.lobbyId, table.userId] }), index("lobby_players_user_idx").on(table.userId)],
);

/**
 * The final standing of every player in every finished match of a lobby: the
 * lasting record. Seats come and go (a player who leaves frees theirs); these
 * rows stay. Written from the match's outbox, possibly more than once after a
 * retry: (match, user) is unique and a second write changes nothing.
 */
export const matchResults = pgTable(
  "match_results",
  {
    matchId: uuid("match_id").notNull(),
    lobbyId: uuid("lobby_id")
      .notNull()
      .references(() => lobbies.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    name: text("name").notNull(),
    score: integer("score").notNull(),
    rank: integer("rank").notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.matchId, table.userId] }),
    index("match_results_lobby_idx").on(table.lobbyId),
    index("match_results_user_idx").on(table.userId),
  ],
);
