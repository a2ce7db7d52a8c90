import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmptyTestDatabase, openTestDatabase, type TestDatabase } from "../../../../tests/support/test-database.js";
import { writeVocabularyFixture, type FixtureTerm } from "../../test/support/vocabulary-fixture.js";
import { runMigrations } from "../migrate.js";
import { insertGame } from "../models/game-history.model.js";
import { users } from "../schema/auth.js";
import { seedVocabulary, type SeedReport } from "./seeder.js";
import { DEFAULT_VOCABULARY_DIR } from "./vocabulary-files.js";

const NOTHING: SeedReport = { languages: 0, terms: 0, retired: 0, translations: 0, updated: 0, removed: 0 };

async function countRows(database: TestDatabase) {
  const [row] = await database.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM languages) AS languages, (SELECT count(*) FROM terms) AS terms,
            (SELECT count(*) FROM terms WHERE retired_at IS NOT NULL) AS retired,
            (SELECT count(*) FROM translations) AS translations,
            (SELECT md5(string_agg(t.id::text || t.key || tr.language_code || tr.text || tr.position, ','
                                   ORDER BY t.key, tr.language_code, tr.position))
             FROM terms t JOIN translations tr ON tr.term_id = t.id) AS checksum`,
  );
  return row;
}

describe("seedVocabulary over the shipped vocabulary", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.destroy());

  it("changes nothing when run again", async () => {
    const before = await countRows(database);
    expect(Number(before!.translations)).toBeGreaterThan(0);
    expect(await seedVocabulary(database)).toEqual(NOTHING);
    expect(await countRows(database)).toEqual(before);
  });

  it("adds a language as rows of existing terms, without touching users' data", async () => {
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
    const userData = () =>
      database.query(
        `SELECT u.id, u.name, u.email, u.updated_at, g.id AS game, g.answered, g.correct, g.created_at
         FROM users u JOIN games g ON g.user_id = u.id WHERE u.id = $1`,
        [userId],
      );
    const userDataBefore = await userData();
    const before = await countRows(database);
    const [house] = await database.query<{ id: string }>("SELECT id FROM terms WHERE key = 'core:house'");
    expect(house).toBeDefined();
    const withPortuguese = writeVocabularyFixture({
      base: DEFAULT_VOCABULARY_DIR,
      source: "fixture-portuguese",
      languages: [{ code: "pt", name: "Portuguese", nativeName: "Português" }],
      terms: [
        { key: "core:house", pos: "noun", words: { pt: { text: "casa", gender: "f" } } },
        { key: "core:dog", pos: "noun", words: { pt: { text: "cão", gender: "m" } } },
      ],
    });
    expect(await seedVocabulary(database, withPortuguese)).toEqual({ ...NOTHING, languages: 1, translations: 2 });
    const after = await countRows(database);
    expect(after!.terms).toBe(before!.terms);
    expect(Number(after!.translations)).toBe(Number(before!.translations) + 2);
    const portuguese = await database.query(
      `SELECT t.id, tr.text FROM translations tr JOIN terms t ON t.id = tr.term_id WHERE tr.language_code = 'pt' AND t.key = 'core:house'`,
    );
    expect(portuguese).toEqual([{ id: house!.id, text: "casa" }]);
    expect(await seedVocabulary(database, withPortuguese)).toEqual(NOTHING);
    expect(await userData()).toEqual(userDataBefore);
    expect(userDataBefore).toHaveLength(1);
  });
});

describe("seedVocabulary on its own fixtures", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openEmptyTestDatabase();
    await runMigrations(database);
  });
  afterAll(() => database.destroy());

  const languages = [
    { code: "en", name: "English", nativeName: "English" },
    { code: "it", name: "Italian", nativeName: "Italiano" },
  ];
  const money: FixtureTerm = {
    key: "t:money",
    pos: "noun",
    words: { en: { text: "money" }, it: { text: "soldi", gender: "m" } },
  };
  const run: FixtureTerm = { key: "t:run", pos: "verb", words: { en: { text: "run" }, it: { text: "correre" } } };

  it("updates changed words, removes dropped ones, retires terms the files no longer hold and brings them back", async () => {
    const first = writeVocabularyFixture({ source: "fixture", languages, terms: [money, run] });
    expect(await seedVocabulary(database, first)).toEqual({ ...NOTHING, languages: 2, terms: 2, translations: 4 });
    const second = writeVocabularyFixture({
      source: "fixture",
      languages,
      terms: [
        {
          ...money,
          words: {
            en: { text: "money" },
            it: [
              { text: "soldi", gender: "m", plural: true },
              { text: "denaro", gender: "m" },
            ],
          },
        },
        { key: "t:swim", pos: "verb", words: { en: { text: "swim" }, it: { text: "nuotare" } } },
      ],
    });
    expect(await seedVocabulary(database, second)).toEqual({
      ...NOTHING,
      terms: 1,
      retired: 1,
      translations: 3,
      updated: 1,
    });
    const words = await database.query(
      `SELECT t.key, t.retired_at IS NOT NULL AS retired, tr.text, tr.position, tr.plural
       FROM terms t JOIN translations tr ON tr.term_id = t.id WHERE tr.language_code = 'it' ORDER BY t.key, tr.position`,
    );
    expect(words).toEqual([
      { key: "t:money", retired: false, text: "soldi", position: 0, plural: true },
      { key: "t:money", retired: false, text: "denaro", position: 1, plural: false },
      { key: "t:run", retired: true, text: "correre", position: 0, plural: false },
      { key: "t:swim", retired: false, text: "nuotare", position: 0, plural: false },
    ]);
    const third = writeVocabularyFixture({ source: "fixture", languages, terms: [money, run] });
    expect(await seedVocabulary(database, third)).toEqual({ ...NOTHING, retired: 1, updated: 1, removed: 1 });
    const [runTerm] = await database.query<{ retired: boolean }>(
      "SELECT retired_at IS NOT NULL AS retired FROM terms WHERE key = 't:run'",
    );
    expect(runTerm).toEqual({ retired: false });
  });

  it("finishes a seed that was interrupted half-way", async () => {
    const fixture = writeVocabularyFixture({ source: "fixture", languages, terms: [money, run] });
    // A run killed after the terms were written but before their words and the digest.
    await database.query("DELETE FROM vocabulary_state");
    await database.query("DELETE FROM translations WHERE term_id = (SELECT id FROM terms WHERE key = 't:run')");
    const report = await seedVocabulary(database, fixture);
    expect(report.translations).toBe(2);
    expect(await seedVocabulary(database, fixture)).toEqual(NOTHING);
  });

  it("refuses a key whose part of speech changed, and a malformed row with its file and line", async () => {
    const changed = writeVocabularyFixture({
      source: "fixture",
      languages,
      terms: [{ ...run, pos: "noun" }],
    });
    await expect(seedVocabulary(database, changed)).rejects.toThrow(/t:run is a verb in the database and a noun/);
    const broken = writeVocabularyFixture({
      source: "fixture-broken",
      languages,
      terms: [{ key: "x", pos: "noun", words: { en: { text: "x", difficulty: "impossible" as "hard" } } }],
    });
    await expect(seedVocabulary(database, broken)).rejects.toThrow(/terms\.tsv:2: difficulty/);
  });
});
