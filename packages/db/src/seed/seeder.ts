import type { DatabaseHandle } from "../connection.js";
import {
  DEFAULT_VOCABULARY_DIR,
  listSources,
  readLanguages,
  readTermRows,
  type SourceManifest,
  type TermRow,
} from "./vocabulary-files.js";

export interface SeedReport {
  languages: number;
  terms: number;
  translations: number;
  glosses: number;
}

/** Rows per statement: large enough to be fast, small enough to keep parameters and memory modest. */
const CHUNK_SIZE = 5_000;
const SEED_LOCK_KEY = 7_160_824;

/**
 * Loads vocabulary/ into the database. Every insert is keyed (languages by code,
 * terms by (source, source_id), translations and glosses by (term, language))
 * and skips rows that exist, so re-running adds nothing, a new source or language
 * only adds rows, user tables are never touched, and a run killed half-way is
 * finished by running it again.
 */
export async function seedVocabulary(
  handle: DatabaseHandle,
  vocabularyDir: string = DEFAULT_VOCABULARY_DIR,
): Promise<SeedReport> {
  const report: SeedReport = { languages: 0, terms: 0, translations: 0, glosses: 0 };
  const languages = await readLanguages(vocabularyDir);
  const sources = await listSources(vocabularyDir);

  await handle.withAdvisoryLock(SEED_LOCK_KEY, async () => {
    report.languages = await insertCount(
      handle,
      `INSERT INTO languages (code, name, native_name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (code) DO NOTHING RETURNING 1`,
      [languages.map((l) => l.code), languages.map((l) => l.name), languages.map((l) => l.native_name)],
    );
    for (const { manifest, files } of sources) {
      await upsertSource(handle, manifest);
      for (const file of files) {
        const rows = await readTermRows(file);
        for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
          const chunk = rows.slice(start, start + CHUNK_SIZE);
          report.terms += await insertTerms(handle, manifest.source, chunk);
          report.translations += await insertTranslations(handle, manifest.source, chunk);
          report.glosses += await insertGlosses(handle, manifest.source, chunk);
        }
      }
    }
    // Fresh bulk loads leave the planner without statistics; gather them now rather than wait for autovacuum.
    if (report.terms + report.translations > 0) await handle.query("ANALYZE languages, terms, translations, glosses");
  });
  return report;
}

export async function isVocabularyEmpty(handle: DatabaseHandle): Promise<boolean> {
  const rows = await handle.query("SELECT 1 FROM translations LIMIT 1");
  return rows.length === 0;
}

async function insertCount(handle: DatabaseHandle, text: string, params: unknown[]): Promise<number> {
  return (await handle.query(text, params)).length;
}

async function upsertSource(handle: DatabaseHandle, manifest: SourceManifest): Promise<void> {
  await handle.query(
    `INSERT INTO vocabulary_sources (source, title, license, attribution, url) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (source) DO UPDATE SET title = excluded.title, license = excluded.license,
       attribution = excluded.attribution, url = excluded.url`,
    [manifest.source, manifest.title, manifest.license, manifest.attribution, manifest.url],
  );
}

async function insertTerms(handle: DatabaseHandle, source: string, rows: TermRow[]): Promise<number> {
  const termPos = new Map<string, string>();
  for (const row of rows) {
    const known = termPos.get(row.term_key);
    if (known && known !== row.pos) throw new Error(`term ${source}/${row.term_key} has two parts of speech`);
    termPos.set(row.term_key, row.pos);
  }
  return insertCount(
    handle,
    `INSERT INTO terms (source, source_id, pos)
     SELECT $1, key, pos FROM unnest($2::text[], $3::text[]::part_of_speech[]) AS u(key, pos)
     ON CONFLICT (source, source_id) DO NOTHING RETURNING 1`,
    [source, [...termPos.keys()], [...termPos.values()]],
  );
}

async function insertTranslations(handle: DatabaseHandle, source: string, rows: TermRow[]): Promise<number> {
  return insertCount(
    handle,
    `INSERT INTO translations (term_id, language_code, text, gender, difficulty)
     SELECT t.id, u.language, u.text, u.gender, u.difficulty
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]::gender[], $6::text[]::difficulty[])
       AS u(key, language, text, gender, difficulty)
     JOIN terms t ON t.source = $1 AND t.source_id = u.key
     ON CONFLICT (term_id, language_code) DO NOTHING RETURNING 1`,
    [
      source,
      rows.map((r) => r.term_key),
      rows.map((r) => r.language),
      rows.map((r) => r.text),
      rows.map((r) => r.gender),
      rows.map((r) => r.difficulty),
    ],
  );
}

async function insertGlosses(handle: DatabaseHandle, source: string, rows: TermRow[]): Promise<number> {
  const withGloss = rows.filter((row) => row.gloss !== null);
  if (withGloss.length === 0) return 0;
  return insertCount(
    handle,
    `INSERT INTO glosses (term_id, language_code, text)
     SELECT t.id, u.language, u.text
     FROM unnest($2::text[], $3::text[], $4::text[]) AS u(key, language, text)
     JOIN terms t ON t.source = $1 AND t.source_id = u.key
     ON CONFLICT (term_id, language_code) DO NOTHING RETURNING 1`,
    [source, withGloss.map((r) => r.term_key), withGloss.map((r) => r.language), withGloss.map((r) => r.gloss)],
  );
}
