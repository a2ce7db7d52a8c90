import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants } from "node:zlib";
import { compareText } from "../concepts/candidate-concepts.js";
import { LANGUAGES, type Term, type TermWord } from "./term.js";

export const TSV_HEADER = [
  "term_key",
  "pos",
  "language",
  "position",
  "text",
  "gender",
  "plural",
  "difficulty",
  "hint",
  "offensive",
] as const;

/** Files above this size are written gzipped. */
export const GZIP_THRESHOLD_BYTES = 1_000_000;

function assertField(value: string): string {
  if (/[\t\n\r]/.test(value)) throw new Error(`field contains a tab or newline: ${JSON.stringify(value)}`);
  return value;
}

function compareWords(a: TermWord, b: TermWord): number {
  return LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language) || a.position - b.position;
}

/** The rows of `folder`: terms by key, then languages.tsv order, then position. Same terms, same bytes. */
export function serializeTerms(terms: readonly Term[], folder: string): string {
  const lines: string[] = [TSV_HEADER.join("\t")];
  for (const term of [...terms].sort((a, b) => compareText(a.key, b.key))) {
    for (const word of [...term.words].sort(compareWords)) {
      if (word.folder !== folder) continue;
      lines.push(
        [
          term.key,
          term.pos,
          word.language,
          String(word.position),
          word.text,
          word.gender,
          word.plural ? "1" : "",
          word.difficulty,
          word.hint,
          word.offensive ? "1" : "",
        ]
          .map(assertField)
          .join("\t"),
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
export function writeTextFile(folder: string, name: string, text: string): string {
  mkdirSync(folder, { recursive: true });
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
