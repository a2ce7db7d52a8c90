import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../tests/support/test-database.js";
import { writeVocabularyFixture } from "../../test/support/vocabulary-fixture.js";
import { insertGame } from "../models/game-history.model.js";
import { users } from "../schema/auth.js";
import { seedVocabulary } from "./seeder.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.destroy());

async function countRows() {
  const [row] = await database.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM languages) AS languages, (SELECT count(*) FROM terms) AS terms,
            (SELECT count(*) FROM translations) AS translations, (SELECT count(*) FROM glosses) AS glosses,
            (SELECT md5(string_agg(id::text || source || source_id, ',' ORDER BY id)) FROM terms) AS checksum`,
  );
  return row;
}

describe("seedVocabulary", () => {
  it("adds nothing when run again over the shipped vocabulary", async () => {
    const before = await countRows();
    expect(Number(before!.translations)).toBeGreaterThan(0);
    const report = await seedVocabulary(database);
    expect(report).toEqual({ languages: 0, terms: 0, translations: 0, glosses: 0 });
    expect(await countRows()).toEqual(before);
    // Re-reading and re-checking ~50,000 rows takes a while on PGlite under a loaded machine.
  }, 180_000);

  it("adds a new language and its source without touching existing rows or users' data", async () => {
    // A learner with a game in their history, as the app writes them.
    const userId = `user-${crypto.randomUUID()}`;
    await database.db.insert(users).values({ id: userId, name: "Ada", email: `${userId}@example.test` });
    await insertGame(database.db, {
      id: crypto.randomUUID(),
      userId,
      sourceLanguage: "en",
      targetLanguage: "it",
      pos: "noun",
      difficulty: "easy",
      rounds: 3,
    });
    const userData = async () =>
      database.query(
        `SELECT u.id, u.name, u.email, u.updated_at, g.id AS game, g.answered, g.correct, g.created_at
         FROM users u JOIN games g ON g.user_id = u.id WHERE u.id = $1`,
        [userId],
      );
    const userDataBefore = await userData();
    const before = await countRows();
    const fixture = writeVocabularyFixture({
      source: "fixture-portuguese",
      languages: [{ code: "pt", name: "Portuguese", nativeName: "Português" }],
      terms: [
        { key: "noun-dog", pos: "noun", words: { en: { text: "dog" }, pt: { text: "cão", gender: "m" } } },
        { key: "noun-house", pos: "noun", words: { en: { text: "house" }, pt: { text: "casa", gender: "f" } } },
      ],
    });
    expect(await seedVocabulary(database, fixture)).toEqual({ languages: 1, terms: 2, translations: 4, glosses: 0 });
    const after = await countRows();
    expect(Number(after!.terms)).toBe(Number(before!.terms) + 2);
    const kept = await database.query(`SELECT count(*)::int AS n FROM terms WHERE source <> 'fixture-portuguese'`);
    expect(kept[0]).toEqual({ n: Number(before!.terms) });
    // and again: idempotent for the new source too
    expect(await seedVocabulary(database, fixture)).toEqual({ languages: 0, terms: 0, translations: 0, glosses: 0 });
    expect(await userData()).toEqual(userDataBefore);
    expect(userDataBefore).toHaveLength(1);
  });

  it("finishes a seed that was interrupted half-way", async () => {
    const fixture = writeVocabularyFixture({
      source: "fixture-interrupted",
      languages: [],
      terms: [
        { key: "verb-run", pos: "verb", words: { en: { text: "run" }, it: { text: "correre" } } },
        { key: "verb-swim", pos: "verb", words: { en: { text: "swim" }, it: { text: "nuotare" } } },
      ],
    });
    // Simulate a run killed after the terms were inserted but before their translations.
    await database.query(
      `INSERT INTO vocabulary_sources (source, title, license, attribution) VALUES ('fixture-interrupted', 'x', 'x', 'x')`,
    );
    await database.query(
      `INSERT INTO terms (source, source_id, pos) VALUES ('fixture-interrupted', 'verb-run', 'verb')`,
    );
    const report = await seedVocabulary(database, fixture);
    expect(report).toEqual({ languages: 0, terms: 1, translations: 4, glosses: 0 });
  });

  it("refuses a malformed row with its file and line", async () => {
    const fixture = writeVocabularyFixture({
      source: "fixture-broken",
      languages: [],
      terms: [{ key: "x", pos: "noun", words: { en: { text: "x", difficulty: "impossible" as "hard" } } }],
    });
    await expect(seedVocabulary(database, fixture)).rejects.toThrow(/terms\.tsv:2: difficulty/);
  });
});
