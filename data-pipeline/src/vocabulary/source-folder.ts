import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PARTS_OF_SPEECH, type Term } from "./term.js";
import { writeTermFile } from "./vocabulary-files.js";

export interface PackageCredit {
  name: string;
  version: string;
  license: string;
}

export interface SourceFolder {
  source: string;
  title: string;
  license: string;
  attribution: string;
  packages: PackageCredit[];
  /** Term files by name (`en-de`), each holding one language pair. */
  files: Map<string, { terms: Term[]; listedPairs: number; confirmedPairs: number }>;
  licenseText: string;
  notice: string;
}

function countTerms(terms: readonly Term[]): Record<string, number> {
  const counts: Record<string, number> = { terms: terms.length };
  for (const pos of PARTS_OF_SPEECH) counts[pos] = terms.filter((term) => term.pos === pos).length;
  return counts;
}

/** Writes `vocabulary/<source>/`: term files, manifest.json, LICENSE, NOTICE; stale term files are removed. */
export function writeSourceFolder(vocabularyDirectory: string, folder: SourceFolder): void {
  const directory = join(vocabularyDirectory, folder.source);
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(directory)) {
    if (name.endsWith(".tsv") || name.endsWith(".tsv.gz")) rmSync(join(directory, name));
  }
  const counts: Record<string, Record<string, number>> = {};
  const pairs: Record<string, Record<string, number>> = {};
  for (const name of [...folder.files.keys()].sort()) {
    const file = folder.files.get(name);
    if (file === undefined) continue;
    writeTermFile(directory, name, file.terms);
    counts[name] = countTerms(file.terms);
    pairs[name] = { listed: file.listedPairs, confirmed: file.confirmedPairs, shipped: file.terms.length };
  }
  const manifest = {
    source: folder.source,
    title: folder.title,
    license: folder.license,
    attribution: folder.attribution,
    url: null,
    packages: [...folder.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    counts,
    pairs,
  };
  writeFileSync(join(directory, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(directory, "LICENSE"), folder.licenseText);
  writeFileSync(join(directory, "NOTICE"), folder.notice);
}
