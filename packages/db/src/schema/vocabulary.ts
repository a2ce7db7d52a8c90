import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { DIFFICULTIES, GENDERS, PARTS_OF_SPEECH } from "@lila/shared";

export const partOfSpeech = pgEnum("part_of_speech", PARTS_OF_SPEECH);
export const difficulty = pgEnum("difficulty", DIFFICULTIES);
export const gender = pgEnum("gender", GENDERS);

/** Adding a language is inserting a row here, not changing a CHECK list. */
export const languages = pgTable("languages", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  nativeName: text("native_name").notNull(),
});

/** Where terms come from: one row per vocabulary/<source>/ folder, for attribution. */
export const vocabularySources = pgTable("vocabulary_sources", {
  source: text("source").primaryKey(),
  title: text("title").notNull(),
  license: text("license").notNull(),
  attribution: text("attribution").notNull(),
  url: text("url"),
});

/**
 * A language-neutral sense with its part of speech (a concept: "spring, the season").
 * `key` is the vocabulary's own id for it (`core:spring-season`, `n:spring:fonte`) and
 * never changes, so whatever refers to a term survives a rebuild of the vocabulary. A
 * term the vocabulary no longer holds is retired, not deleted.
 */
export const terms = pgTable(
  "terms",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    key: text("key").notNull(),
    pos: partOfSpeech("pos").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("terms_key_unique").on(table.key), index("terms_pos_idx").on(table.pos)],
);

/**
 * An accepted word for a term in one language. A term has one or more per language:
 * position 0 is the word the quiz shows, the others count as right too and are never
 * offered as wrong options. Each word has its own gender, number, difficulty and, where
 * it has other common senses, a hint shown next to it as a prompt ("spring (season)").
 */
export const translations = pgTable(
  "translations",
  {
    termId: uuid("term_id")
      .notNull()
      .references(() => terms.id, { onDelete: "cascade" }),
    languageCode: text("language_code")
      .notNull()
      .references(() => languages.code),
    text: text("text").notNull(),
    position: smallint("position").notNull().default(0),
    gender: gender("gender"),
    /** Plurale tantum: shown with the plural article (i soldi, die Leute). */
    plural: boolean("plural").notNull().default(false),
    difficulty: difficulty("difficulty").notNull(),
    hint: text("hint"),
    /** Vulgar or offensive: left out of games unless the learner allows such words. */
    offensive: boolean("offensive").notNull().default(false),
    /** The vocabulary_sources row (license folder) this word comes from. */
    source: text("source").references(() => vocabularySources.source),
  },
  (table) => [
    primaryKey({ columns: [table.termId, table.languageCode, table.text] }),
    index("translations_language_idx").on(table.languageCode, table.difficulty),
    check("translations_position_check", sql`${table.position} >= 0`),
  ],
);

/** Which vocabulary the database holds: the digest of the files last seeded. */
export const vocabularyState = pgTable(
  "vocabulary_state",
  {
    id: smallint("id").primaryKey().default(1),
    digest: text("digest").notNull(),
    seededAt: timestamp("seeded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("vocabulary_state_single_row", sql`${table.id} = 1`)],
);
