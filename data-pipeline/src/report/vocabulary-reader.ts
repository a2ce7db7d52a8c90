import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface ReportRow {
  language: string;
  text: string;
  gender: string;
  difficulty: string;
}

export interface ReportTerm {
  source: string;
  key: string;
  pos: string;
  rows: ReportRow[];
}

export interface ReportSource {
  source: string;
  manifest: {
    title: string;
    license: string;
    packages?: { name: string; version: string; license: string }[];
    pairs?: Record<string, { listed: number; confirmed: number; shipped: number }>;
  };
  terms: ReportTerm[];
}

/** Parses a vocabulary TSV (header line, then one row per term and language) into terms. */
export function parseTermTsv(source: string, text: string): ReportTerm[] {
  const [headerLine = "", ...lines] = text.split("\n");
  const header = headerLine.split("\t");
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${source}: no column ${name}`);
    return index;
  };
  const [keyColumn, posColumn, languageColumn, textColumn, genderColumn, difficultyColumn] = [
    "term_key",
    "pos",
    "language",
    "text",
    "gender",
    "difficulty",
  ].map(column) as [number, number, number, number, number, number];
  const terms = new Map<string, ReportTerm>();
  for (const line of lines) {
    if (line === "") continue;
    const fields = line.split("\t");
    const key = fields[keyColumn] ?? "";
    let term = terms.get(key);
    if (term === undefined) {
      term = { source, key, pos: fields[posColumn] ?? "", rows: [] };
      terms.set(key, term);
    }
    term.rows.push({
      language: fields[languageColumn] ?? "",
      text: fields[textColumn] ?? "",
      gender: fields[genderColumn] ?? "",
      difficulty: fields[difficultyColumn] ?? "",
    });
  }
  return [...terms.values()];
}

/** Every source folder of vocabulary/ (one with a manifest.json), sorted by name. */
export function readVocabulary(vocabularyDirectory: string): ReportSource[] {
  const sources: ReportSource[] = [];
  for (const entry of readdirSync(vocabularyDirectory, { withFileTypes: true })
    .filter((dirent) => dirent.isDirectory())
    .map((dirent) => dirent.name)
    .sort()) {
    const folder = join(vocabularyDirectory, entry);
    if (!existsSync(join(folder, "manifest.json"))) continue;
    const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as ReportSource["manifest"];
    const terms: ReportTerm[] = [];
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith(".tsv") && !file.endsWith(".tsv.gz")) continue;
      const bytes = readFileSync(join(folder, file));
      const text = file.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
      terms.push(...parseTermTsv(entry, text));
    }
    sources.push({ source: entry, manifest, terms });
  }
  return sources;
}
