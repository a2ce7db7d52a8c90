import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { Difficulty, Gender, LanguageCode, PartOfSpeech } from "@lila/shared";

/** vocabulary/ at the repository root; VOCABULARY_DIR points elsewhere (a container, a test fixture). */
export const DEFAULT_VOCABULARY_DIR = fileURLToPath(new URL("../../../../vocabulary", import.meta.url));

export const SourceManifest = z.object({
  source: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  license: z.string().min(1),
  attribution: z.string().min(1),
  url: z.string().nullable().default(null),
});
export type SourceManifest = z.infer<typeof SourceManifest>;

const emptyAsNull = (value: string) => (value === "" ? null : value);
const flag = z.enum(["", "1"]).transform((value) => value === "1");

/**
 * One accepted word of a term in one language (vocabulary/README.md). A term's rows may
 * sit in several source folders: each word lives in the folder of the source (and
 * license) it comes from, and the term key joins them.
 */
const TermRow = z.object({
  term_key: z.string().min(1),
  pos: PartOfSpeech,
  language: LanguageCode,
  position: z.coerce.number().int().min(0).max(99),
  text: z.string().min(1),
  gender: z.union([Gender, z.literal("").transform(() => null)]),
  plural: flag,
  difficulty: Difficulty,
  hint: z.string().transform(emptyAsNull),
  offensive: flag,
});
export type TermRow = z.infer<typeof TermRow>;

const LanguageRow = z.object({ code: LanguageCode, name: z.string().min(1), native_name: z.string().min(1) });
export type LanguageRow = z.infer<typeof LanguageRow>;

export interface VocabularySourceFiles {
  manifest: SourceManifest;
  folder: string;
  /** The folder's terms*.tsv[.gz] files. */
  files: string[];
}

export async function readLanguages(vocabularyDir: string): Promise<LanguageRow[]> {
  const file = path.join(vocabularyDir, "languages.tsv");
  return parseTsv(file, await readFile(file, "utf8"), LanguageRow);
}

/** Every source folder (one with a manifest.json), in a stable order. */
export async function listSources(vocabularyDir: string): Promise<VocabularySourceFiles[]> {
  const entries = await readdir(vocabularyDir, { withFileTypes: true });
  const sources: VocabularySourceFiles[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(vocabularyDir, entry.name);
    const names = await readdir(folder);
    if (!names.includes("manifest.json")) continue;
    const manifest = SourceManifest.parse(JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8")));
    // terms*.tsv hold words; forms.<lang>.tsv.gz (inflected forms → lemma) are read by other code.
    const files = names
      .filter((name) => name.startsWith("terms") && (name.endsWith(".tsv") || name.endsWith(".tsv.gz")))
      .sort()
      .map((name) => path.join(folder, name));
    sources.push({ manifest, folder, files });
  }
  return sources;
}

export async function readTermRows(file: string): Promise<TermRow[]> {
  return parseTsv(file, await readText(file), TermRow);
}

/** A vocabulary file as text, gunzipped where it ends in .gz. */
export async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  return file.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
}

/**
 * Parses a TSV with a header line; a bad row fails with its file and line
 * number. Lines may end in CRLF (a Windows checkout without .gitattributes).
 */
export function parseTsv<T>(file: string, text: string, schema: z.ZodType<T>): T[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  const rows: T[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const fields = line.split("\t");
    const record = Object.fromEntries(header.map((name, column) => [name, fields[column] ?? ""]));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const problem = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new Error(`${file}:${index + 1}: ${problem}`);
    }
    rows.push(parsed.data);
  }
  return rows;
}
