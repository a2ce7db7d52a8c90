import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PLAIN_WORD, type SourceAnalysis } from "./source-analysis.js";
import type { LexiconGender } from "./types.js";

const require = createRequire(import.meta.url);

export function npmPackageDirectory(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export function npmPackageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(npmPackageDirectory(name), "package.json"), "utf8")) as { version: string })
    .version;
}

export function readNpmJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(join(npmPackageDirectory(name), file), "utf8")) as T;
}

function letter(value: unknown): LexiconGender | null {
  if (value === "M") return "m";
  if (value === "F") return "f";
  if (value === "N") return "n";
  return null;
}

export interface MorphItNoun {
  G: string | null;
  P: string | null;
}

/** morph-it nouns (italian-words-dict): `{ "mano": { "G": "F", "P": "mani" } }`. */
export function morphItGenders(words: Record<string, MorphItNoun>): Map<string, LexiconGender> {
  const genders = new Map<string, LexiconGender>();
  for (const lemma of Object.keys(words).sort()) {
    const gender = letter(words[lemma]?.G);
    if (gender !== null) genders.set(lemma, gender);
  }
  return genders;
}

/**
 * morph-it nouns as (form, lemma) facts: singular and plural. They add only the
 * nouns the Italian analyser lacks (its noun list is about a third of morph-it's).
 */
export function morphItNounAnalyses(words: Record<string, MorphItNoun>): SourceAnalysis[] {
  const analyses: SourceAnalysis[] = [];
  for (const lemma of Object.keys(words).sort()) {
    const noun = words[lemma];
    if (noun === undefined || !PLAIN_WORD.test(lemma) || lemma !== lemma.toLowerCase()) continue;
    const gender = letter(noun.G);
    const base = { lemma, pos: "noun", gender, auxiliary: false, source: "morph-it" } as const;
    const plural = noun.P;
    if (plural === lemma) {
      analyses.push({ ...base, form: lemma, number: "sp" });
      continue;
    }
    analyses.push({ ...base, form: lemma, number: "sg" });
    if (plural !== null && PLAIN_WORD.test(plural)) analyses.push({ ...base, form: plural, number: "pl" });
  }
  return analyses;
}

/** Lefff noun genders (french-words-gender-lefff): `{ "maison": "F" }`. */
export function lefffGenders(words: Record<string, string>): Map<string, LexiconGender> {
  const genders = new Map<string, LexiconGender>();
  for (const lemma of Object.keys(words).sort()) {
    const gender = letter(words[lemma]);
    if (gender !== null) genders.set(lemma, gender);
  }
  return genders;
}
