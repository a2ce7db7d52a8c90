import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmptyTestDatabase, type TestDatabase } from "../../../tests/support/test-database.js";
import { MIGRATIONS_FOLDER, type Schema } from "./connection.js";
import { runMigrations } from "./migrate.js";
import { seedVocabulary } from "./seed/seeder.js";

/**
 * An existing installation upgrades to the concept vocabulary by migration and seed
 * with nothing lost: a database at the schema of 2026-11-29 (migrations 0000–0002)
 * holding that day's vocabulary (a sample of the shipped rows) and learners' accounts,
 * sessions, games and lobbies is migrated and seeded like a deploy does it.
 */
const BEFORE_CONCEPTS = new URL("../test/fixtures/before-concepts/terms.tsv", import.meta.url);

/** The migrations folder as it was before the concept vocabulary. */
function migrationsUpTo(lastTag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "lila-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

async function migrateTo(database: TestDatabase, folder: string): Promise<void> {
  if (database.driver === "pg") await migratePg(database.db as NodePgDatabase<Schema>, { migrationsFolder: folder });
  else await migratePglite(database.db as PgliteDatabase<Schema>, { migrationsFolder: folder });
}

async function insertTodaysData(database: TestDatabase): Promise<void> {
  const [, ...lines] = readFileSync(BEFORE_CONCEPTS, "utf8").trim().split("\n");
  const rows = lines.map((line) => line.split("\t"));
  await database.query(`INSERT INTO languages (code, name, native_name) VALUES
    ('en','English','English'), ('it','Italian','Italiano'), ('de','German','Deutsch'),
    ('es','Spanish','Español'), ('fr','French','Français')`);
  for (const source of new Set(rows.map((row) => row[0]))) {
    await database.query(
      `INSERT INTO vocabulary_sources (source, title, license, attribution) VALUES ($1, $1, 'GPL', 'x')`,
      [source],
    );
  }
  for (const [source, key, pos, language, text, gender, difficulty] of rows) {
    await database.query(`INSERT INTO terms (source, source_id, pos) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      source,
      key,
      pos,
    ]);
    await database.query(
      `INSERT INTO translations (term_id, language_code, text, gender, difficulty)
       SELECT id, $3, $4, NULLIF($5, '')::gender, $6 FROM terms WHERE source = $1 AND source_id = $2`,
      [source, key, language, text, gender, difficulty],
    );
  }
  await database.query(`INSERT INTO users (id, name, email, is_anonymous) VALUES
    ('u-ada', 'Ada', 'ada@example.test', false), ('u-guest', 'Guest', 'guest@example.test', true)`);
  await database.query(`INSERT INTO accounts (id, account_id, provider_id, user_id, password, updated_at)
    VALUES ('a-ada', 'u-ada', 'credential', 'u-ada', 'hash', now())`);
  await database.query(`INSERT INTO sessions (id, expires_at, token, updated_at, user_id)
    VALUES ('s-ada', now() + interval '7 days', 'token-ada', now(), 'u-ada')`);
  await database.query(`INSERT INTO games (id, user_id, source_language, target_language, pos, difficulty, rounds, answered, correct, finished_at)
    VALUES ('00000000-0000-4000-8000-000000000001', 'u-ada', 'en', 'it', 'noun', 'easy', 10, 10, 7, now()),
           ('00000000-0000-4000-8000-000000000002', 'u-guest', 'de', 'fr', 'verb', 'hard', 3, 1, 1, NULL)`);
  await database.query(`INSERT INTO lobbies (id, code, host_id, status, settings, max_players, matches_played, finished_at)
    VALUES ('00000000-0000-4000-8000-0000000000aa', 'ABC234', 'u-ada', 'finished',
            '{"sourceLanguage":"en","targetLanguage":"it","pos":"noun","difficulty":"easy","rounds":3}', 4, 1, now())`);
  await database.query(`INSERT INTO lobby_players (lobby_id, user_id, name, score, rank)
    VALUES ('00000000-0000-4000-8000-0000000000aa', 'u-ada', 'Ada', 240, 1),
           ('00000000-0000-4000-8000-0000000000aa', 'u-guest', 'Gus', 120, 2)`);
}

const USER_TABLES = ["users", "accounts", "sessions", "verifications", "games", "lobbies", "lobby_players"];

async function snapshotUserTables(database: TestDatabase): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of USER_TABLES) {
    snapshot[table] = await database.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
  }
  return snapshot;
}

describe("upgrading a database of 2026-11-29 to the concept vocabulary", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    await migrateTo(database, migrationsUpTo("0002_accounts"));
    await insertTodaysData(database);
  });
  afterAll(() => database.destroy());

  it("keeps every account, session, game and lobby, and retires the old terms instead of deleting them", async () => {
    const before = await snapshotUserTables(database);
    const [oldTerms] = await database.query<{ terms: number; words: number }>(
      "SELECT (SELECT count(*)::int FROM terms) AS terms, (SELECT count(*)::int FROM translations) AS words",
    );
    expect(oldTerms!.terms).toBeGreaterThan(100);

    await runMigrations(database);
    const report = await seedVocabulary(database);

    expect(await snapshotUserTables(database)).toEqual(before);
    expect(before.games).toHaveLength(2);
    expect(before.lobby_players).toHaveLength(2);
    expect(report.retired).toBe(oldTerms!.terms);
    const [after] = await database.query<{ old: number; oldLive: number; oldWords: number; live: number }>(
      `SELECT (SELECT count(*)::int FROM terms WHERE key LIKE '%/%') AS old,
              (SELECT count(*)::int FROM terms WHERE key LIKE '%/%' AND retired_at IS NULL) AS "oldLive",
              (SELECT count(*)::int FROM translations tr JOIN terms t ON t.id = tr.term_id WHERE t.key LIKE '%/%') AS "oldWords",
              (SELECT count(*)::int FROM terms WHERE retired_at IS NULL) AS live`,
    );
    expect(after).toMatchObject({ old: oldTerms!.terms, oldLive: 0, oldWords: oldTerms!.words });
    expect(after!.live).toBe(report.terms);
    // The upgraded database holds exactly what a fresh seed holds: running the seed again does nothing.
    expect((await seedVocabulary(database)).terms).toBe(0);
  });
});
