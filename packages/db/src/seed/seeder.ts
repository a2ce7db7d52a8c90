import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
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
  /** Terms added. */
  terms: number;
  /** Terms the vocabulary no longer holds, kept but retired from games. */
  retired: number;
  /** Words added, changed (position, gender, level, hint…) and removed. */
  translations: number;
  updated: number;
  removed: number;
}

/** Rows per statement: large enough to be fast, small enough to keep parameters and memory modest. */
const CHUNK_SIZE = 5_000;
const SEED_LOCK_KEY = 7_160_824;

const EMPTY_REPORT: SeedReport = { languages: 0, terms: 0, retired: 0, translations: 0, updated: 0, removed: 0 };

/**
 * Makes the database hold exactly the vocabulary in `vocabularyDir`: new terms and words
 * are added, changed words updated, words a term no longer has removed, and terms the
 * vocabulary no longer holds retired (kept, so that whatever refers to them stays valid,
 * but never drawn for a game). User tables are never touched. The digest of the files is
 * stored, so running it again over the same files does nothing; a run killed half-way is
 * finished by running it again.
 */
export async function seedVocabulary(
  handle: DatabaseHandle,
  vocabularyDir: string = DEFAULT_VOCABULARY_DIR,
): Promise<SeedReport> {
  return handle.withAdvisoryLock(SEED_LOCK_KEY, async () => {
    const digest = await vocabularyDigest(vocabularyDir);
    if ((await storedDigest(handle)) === digest) return { ...EMPTY_REPORT };
    const report = { ...EMPTY_REPORT };
    const languages = await readLanguages(vocabularyDir);
    report.languages = await count(
      handle,
      `INSERT INTO languages (code, name, native_name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, native_name = excluded.native_name
         WHERE (languages.name, languages.native_name) IS DISTINCT FROM (excluded.name, excluded.native_name)
       RETURNING (xmax = 0) AS inserted`,
      [languages.map((l) => l.code), languages.map((l) => l.name), languages.map((l) => l.native_name)],
      (row) => row.inserted === true,
    );
    const rows: (TermRow & { source: string })[] = [];
    for (const { manifest, files } of await listSources(vocabularyDir)) {
      await upsertSource(handle, manifest);
      for (const file of files) {
        for (const row of await readTermRows(file)) rows.push({ ...row, source: manifest.source });
      }
    }
    const termIds = await syncTerms(handle, rows, report);
    await syncTranslations(handle, rows, termIds, report);
    await handle.query(
      `INSERT INTO vocabulary_state (id, digest, seeded_at) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET digest = excluded.digest, seeded_at = excluded.seeded_at`,
      [digest],
    );
    // Bulk changes leave the planner without statistics; gather them now rather than wait for autovacuum.
    await handle.query("ANALYZE languages, terms, translations");
    return report;
  });
}

/** Whether the database holds another vocabulary than `vocabularyDir` (or none). */
export async function isVocabularyOutdated(
  handle: DatabaseHandle,
  vocabularyDir: string = DEFAULT_VOCABULARY_DIR,
): Promise<boolean> {
  return (await storedDigest(handle)) !== (await vocabularyDigest(vocabularyDir));
}

/** A digest over every file the seeder reads, in a fixed order. */
export async function vocabularyDigest(vocabularyDir: string): Promise<string> {
  const hash = createHash("sha256");
  const files = [path.join(vocabularyDir, "languages.tsv")];
  for (const { folder, files: termFiles } of await listSources(vocabularyDir)) {
    files.push(path.join(folder, "manifest.json"), ...termFiles);
  }
  for (const file of files) {
    hash
      .update(path.relative(vocabularyDir, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}

async function storedDigest(handle: DatabaseHandle): Promise<string | undefined> {
  const [row] = await handle.query<{ digest: string }>("SELECT digest FROM vocabulary_state WHERE id = 1");
  return row?.digest;
}

async function count(
  handle: DatabaseHandle,
  text: string,
  params: unknown[],
  predicate: (row: Record<string, unknown>) => boolean = () => true,
): Promise<number> {
  return (await handle.query(text, params)).filter(predicate).length;
}

async function upsertSource(handle: DatabaseHandle, manifest: SourceManifest): Promise<void> {
  await handle.query(
    `INSERT INTO vocabulary_sources (source, title, license, attribution, url) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (source) DO UPDATE SET title = excluded.title, license = excluded.license,
       attribution = excluded.attribution, url = excluded.url`,
    [manifest.source, manifest.title, manifest.license, manifest.attribution, manifest.url],
  );
}

/** Adds new terms, brings back retired ones the files hold again, retires the others; returns ids by key. */
async function syncTerms(handle: DatabaseHandle, rows: TermRow[], report: SeedReport): Promise<Map<string, string>> {
  const posOf = new Map<string, string>();
  for (const row of rows) {
    const known = posOf.get(row.term_key);
    if (known !== undefined && known !== row.pos) throw new Error(`term ${row.term_key} has two parts of speech`);
    posOf.set(row.term_key, row.pos);
  }
  const keys = [...posOf.keys()];
  const ids = new Map<string, string>();
  for (let start = 0; start < keys.length; start += CHUNK_SIZE) {
    const chunk = keys.slice(start, start + CHUNK_SIZE);
    report.terms += await count(
      handle,
      `INSERT INTO terms (key, pos)
       SELECT * FROM unnest($1::text[], $2::text[]::part_of_speech[])
       ON CONFLICT (key) DO UPDATE SET retired_at = NULL WHERE terms.retired_at IS NOT NULL
       RETURNING (xmax = 0) AS inserted`,
      [chunk, chunk.map((key) => posOf.get(key))],
      (row) => row.inserted === true,
    );
    const found = await handle.query<{ id: string; key: string; pos: string }>(
      "SELECT id, key, pos FROM terms WHERE key = ANY($1::text[])",
      [chunk],
    );
    for (const term of found) {
      // A key names one sense for good; a part of speech that changes is another sense and needs another key.
      if (term.pos !== posOf.get(term.key)) {
        throw new Error(`term ${term.key} is a ${term.pos} in the database and a ${posOf.get(term.key)} in the files`);
      }
      ids.set(term.key, term.id);
    }
  }
  report.retired = await count(
    handle,
    "UPDATE terms SET retired_at = now() WHERE retired_at IS NULL AND NOT (key = ANY($1::text[])) RETURNING 1",
    [keys],
  );
  return ids;
}

async function syncTranslations(
  handle: DatabaseHandle,
  rows: (TermRow & { source: string })[],
  termIds: Map<string, string>,
  report: SeedReport,
): Promise<void> {
  const termIdOf = (row: TermRow) => termIds.get(row.term_key) as string;
  report.removed = await count(
    handle,
    `DELETE FROM translations tr
     WHERE tr.term_id = ANY($1::uuid[])
       AND NOT EXISTS (
         SELECT 1 FROM unnest($2::uuid[], $3::text[], $4::text[]) AS kept(term_id, language_code, text)
         WHERE kept.term_id = tr.term_id AND kept.language_code = tr.language_code AND kept.text = tr.text)
     RETURNING 1`,
    [[...termIds.values()], rows.map(termIdOf), rows.map((r) => r.language), rows.map((r) => r.text)],
  );
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const chunk = rows.slice(start, start + CHUNK_SIZE);
    const changed = await handle.query<{ inserted: boolean }>(
      `INSERT INTO translations (term_id, language_code, text, position, gender, plural, difficulty, hint, offensive, source)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::text[]::gender[], $6::boolean[],
                            $7::text[]::difficulty[], $8::text[], $9::boolean[], $10::text[])
       ON CONFLICT (term_id, language_code, text) DO UPDATE SET
         position = excluded.position, gender = excluded.gender, plural = excluded.plural,
         difficulty = excluded.difficulty, hint = excluded.hint, offensive = excluded.offensive, source = excluded.source
       WHERE (translations.position, translations.gender, translations.plural, translations.difficulty,
              translations.hint, translations.offensive, translations.source)
         IS DISTINCT FROM (excluded.position, excluded.gender, excluded.plural, excluded.difficulty,
              excluded.hint, excluded.offensive, excluded.source)
       RETURNING (xmax = 0) AS inserted`,
      [
        chunk.map(termIdOf),
        chunk.map((r) => r.language),
        chunk.map((r) => r.text),
        chunk.map((r) => r.position),
        chunk.map((r) => r.gender),
        chunk.map((r) => r.plural),
        chunk.map((r) => r.difficulty),
        chunk.map((r) => r.hint),
        chunk.map((r) => r.offensive),
        chunk.map((r) => r.source),
      ],
    );
    report.translations += changed.filter((row) => row.inserted).length;
    report.updated += changed.filter((row) => !row.inserted).length;
  }
}
