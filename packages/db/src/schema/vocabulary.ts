import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
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

/** A language-neutral sense with its part of speech; (source, source_id) makes seeding idempotent. */
export const terms = pgTable(
  "terms",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    source: text("source").notNull(),
    sourceId: text("source_id").notNull(),
    pos: partOfSpeech("pos").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("terms_source_source_id_unique").on(table.source, table.sourceId),
    index("terms_pos_idx").on(table.pos),
  ],
);

/** A term in one language, with the difficulty of that word for a learner of the language. */
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
    gender: gender("gender"),
    difficulty: difficulty("difficulty").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.termId, table.languageCode] }),
    index("translations_language_idx").on(table.languageCode, table.difficulty),
  ],
);

/** A short definition of a term in one language; it never contains the word it defines. */
export const glosses = pgTable(
  "glosses",
  {
    termId: uuid("term_id")
      .notNull()
      .references(() => terms.id, { onDelete: "cascade" }),
    languageCode: text("language_code")
      .notNull()
      .references(() => languages.code),
    text: text("text").notNull(),
  },
  (table) => [primaryKey({ columns: [table.termId, table.languageCode] })],
);
