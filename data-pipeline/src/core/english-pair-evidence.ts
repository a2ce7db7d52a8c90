import { readFreedictPackage } from "../dictd/freedict-dictionary.js";
import { fetchDebianPackage } from "../sources/debian-packages.js";
import type { Language } from "../vocabulary/term.js";
import type { CoreConcept } from "./core-concepts.js";

/**
 * Which en–X pairs of the core a Debian dictionary lists: FreeDict in both directions
 * (Ding for German, Ergane for Italian, Spanish and French). Evidence for a review,
 * not a gate: Ergane holds only 3k–9k entries, so silence is no verdict.
 */

export type PairLanguage = Exclude<Language, "en">;
export const PAIR_LANGUAGES: readonly PairLanguage[] = ["it", "de", "es", "fr"];

const FREEDICT_CODES: Record<PairLanguage, string> = { it: "ita", de: "deu", es: "spa", fr: "fra" };

const LEADING_FUNCTION_WORDS =
  /^(?:(?:to|the|a|an|il|lo|la|i|gli|le|les|der|die|das|el|los|las|un|une|uno|una|sich|se)\s+|[ls]['’])/u;

/** `to Go ` → `go`, `la casa` → `casa`, `sich erinnern` → `erinnern`: what both sides are compared on. */
export function comparableText(text: string): string {
  let current = text.toLowerCase().replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== current;) {
    previous = current;
    current = current.replace(LEADING_FUNCTION_WORDS, "");
  }
  return current;
}

function pairKey(english: string, other: string): string {
  return `${comparableText(english)}\t${comparableText(other)}`;
}

/** Every en–X pair one of the two FreeDict directions lists, as comparable keys. */
export function loadEnglishPairs(language: PairLanguage, cacheDirectory: string): Set<string> {
  const code = FREEDICT_CODES[language];
  const pairs = new Set<string>();
  const toOther = readFreedictPackage(fetchDebianPackage(`dict-freedict-eng-${code}`, cacheDirectory));
  for (const article of toOther.articles) {
    for (const translation of article.translations) pairs.add(pairKey(article.headword, translation.text));
  }
  const toEnglish = readFreedictPackage(fetchDebianPackage(`dict-freedict-${code}-eng`, cacheDirectory));
  for (const article of toEnglish.articles) {
    for (const translation of article.translations) pairs.add(pairKey(translation.text, article.headword));
  }
  return pairs;
}

/** A concept's en–X pair is confirmed when any accepted English word pairs with any accepted X word. */
export function isPairConfirmed(concept: CoreConcept, language: PairLanguage, pairs: ReadonlySet<string>): boolean {
  return concept.words.en.some((english) =>
    concept.words[language].some((other) => pairs.has(pairKey(english.text, other.text))),
  );
}
