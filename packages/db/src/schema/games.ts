import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.js";
import { difficulty, languages, partOfSpeech } from "./vocabulary.js";

/**
 * A user's singleplayer games: what they played and how it went. The answer
 * key stays in the game-session store; this row is the lasting record, and it
 * follows a guest to the account they create.
 */
export const games = pgTable(
  "games",
  {
    /** The game session's id. */
    id: uuid("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sourceLanguage: text("source_language")
      .notNull()
      .references(() => languages.code),
    targetLanguage: text("target_language")
      .notNull()
      .references(() => languages.code),
    pos: partOfSpeech("pos").notNull(),
    difficulty: difficulty("difficulty").notNull(),
    rounds: integer("rounds").notNull(),
    answered: integer("answered").notNull().default(0),
    correct: integer("correct").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    index("games_user_created_idx").on(table.userId, table.createdAt),
    check("games_counts_check", sql`${table.correct} <= ${table.answered} AND ${table.answered} <= ${table.rounds}`),
  ],
);
