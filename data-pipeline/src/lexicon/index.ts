/**
 * The lexicon module's interface: monolingual lexicons, lemma frequency ranks and
 * the forms table for en, it, de, es, fr. See data-pipeline/README.md ("Lexicon").
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadFormCounts } from "./form-counts.js";
import { formsTable, type FormsTable } from "./forms-table.js";
import { LemmaFrequencies } from "./lemma-frequency.js";
import { loadLexicon } from "./load-lexicon.js";
import type { ContentPos, LexiconLanguage } from "./types.js";

export { Lexicon } from "./lexicon.js";
export { loadLexicon } from "./load-lexicon.js";
export { LemmaFrequencies } from "./lemma-frequency.js";
export { createLemmatizer, type Lemmatizer } from "./forms-lemmatizer.js";
export { LEXICON_SOURCES } from "./sources.js";
export type { FormsTable, FormsTableGroup } from "./forms-table.js";
export type * from "./types.js";

/** data-pipeline/.cache, where Debian packages and built lexicons are kept. */
export const DEFAULT_CACHE_DIRECTORY = join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), ".cache");

const frequencies = new Map<string, LemmaFrequencies>();

export function loadLemmaFrequencies(
  language: LexiconLanguage,
  cacheDirectory = DEFAULT_CACHE_DIRECTORY,
): LemmaFrequencies {
  const key = `${cacheDirectory}\u0000${language}`;
  let found = frequencies.get(key);
  if (found === undefined) {
    found = new LemmaFrequencies(loadLexicon(language, cacheDirectory), loadFormCounts(language));
    frequencies.set(key, found);
  }
  return found;
}

/** 1 = the most frequent content lemma of the language; undefined when never seen. */
export function lemmaRank(
  language: LexiconLanguage,
  lemma: string,
  pos: ContentPos,
  cacheDirectory = DEFAULT_CACHE_DIRECTORY,
): number | undefined {
  return loadLemmaFrequencies(language, cacheDirectory).rank(lemma, pos);
}

/** The lemma's frequency score (its forms' counts, shared forms split): what the rank orders. */
export function lemmaScore(
  language: LexiconLanguage,
  lemma: string,
  pos: ContentPos,
  cacheDirectory = DEFAULT_CACHE_DIRECTORY,
): number | undefined {
  return loadLemmaFrequencies(language, cacheDirectory).score(lemma, pos);
}

/** The forms table rows for these lemmas, grouped by licence (see forms-table.ts). */
export function writeFormsTable(
  language: LexiconLanguage,
  lemmas: readonly { lemma: string; pos: ContentPos }[],
  cacheDirectory = DEFAULT_CACHE_DIRECTORY,
): FormsTable {
  return formsTable(loadLexicon(language, cacheDirectory), lemmas);
}

/** Content-word readings of a word of running text, from the full lexicon. */
export function lemmatize(
  language: LexiconLanguage,
  form: string,
  cacheDirectory = DEFAULT_CACHE_DIRECTORY,
): { lemma: string; pos: ContentPos }[] {
  return loadLexicon(language, cacheDirectory).lemmasOfForm(form);
}
