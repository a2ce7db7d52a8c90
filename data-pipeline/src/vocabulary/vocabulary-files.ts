import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants } from "node:zlib";
import { compareText } from "../pairs/select-pairs.js";
import { LANGUAGES, type Term } from "./term.js";

export const TSV_HEADER = ["term_key", "pos", "language", "text", "gender", "difficulty", "gloss"] as const;

/** Files above this size are written gzipped. */
export const GZIP_THRESHOLD_BYTES = 1_000_000;

function assertField(value: string): string {
  if (/[\t\n\r]/.test(value)) throw new Error(`field contains a tab or newline: ${JSON.stringify(value)}`);
  return value;
}

/** Terms sorted by key, rows in languages.tsv order: the same terms always give the same bytes. */
export function serializeTerms(terms: readonly Term[]): string {
  const lines = [TSV_HEADER.join("\t")];
  for (const term of [...terms].sort((a, b) => compareText(a.key, b.key))) {
    const rows = [...term.rows].sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
    for (const row of rows) {
      lines.push(
        [term.key, term.pos, row.language, row.text, row.gender, row.difficulty, row.gloss].map(assertField).join("\t"),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * gzip with fixed options. Node's gzip header carries no file name and a zero mtime,
 * so equal input gives equal bytes (for the same zlib build).
 */
export function deterministicGzip(text: string): Buffer {
  return gzipSync(Buffer.from(text, "utf8"), { level: 9, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY });
}

/** Writes `<name>.tsv`, or `<name>.tsv.gz` when large, removing the other variant. Returns the file name. */
export function writeTermFile(folder: string, name: string, terms: readonly Term[]): string {
  mkdirSync(folder, { recursive: true });
  const text = serializeTerms(terms);
  const plainPath = join(folder, `${name}.tsv`);
  const gzipPath = `${plainPath}.gz`;
  if (Buffer.byteLength(text, "utf8") > GZIP_THRESHOLD_BYTES) {
    rmSync(plainPath, { force: true });
    writeFileSync(gzipPath, deterministicGzip(text));
    return `${name}.tsv.gz`;
  }
  rmSync(gzipPath, { force: true });
  writeFileSync(plainPath, text);
  return `${name}.tsv`;
}
