import type { GraphLanguage } from "./dictionaries.js";

/**
 * Dictionary headwords and translations carry material that is not part of the word:
 * Ding's object placeholders (`etw. absprengen`, `leapfrog sb./sth.`), Ergane's `to`
 * before English verbs, typographic hyphens. What is left is the word as a learner
 * writes it. Reflexive `sich` stays: `sich erinnern` is not `erinnern`.
 */
const LEADING_PLACEHOLDERS: Partial<Record<GraphLanguage, RegExp>> = {
  de: /^(?:(?:etw|jdn|jdm|jds)\.\s+)+/u,
  en: /^(?:to\s+)?(?:(?:sb|sth|sb\.\/sth)\.\s+)*/u,
};
const TRAILING_PLACEHOLDERS: Partial<Record<GraphLanguage, RegExp>> = {
  de: /(?:\s+(?:etw|jdn|jdm|jds)\.)+$/u,
  en: /(?:\s+(?:sb|sth|sb\.\/sth|one's|oneself)\.?)+$/u,
};

export function normaliseWord(language: GraphLanguage, text: string): string {
  let word = text
    .replace(/[\u2010\u2011]/gu, "-")
    .replace(/\u2019/gu, "'")
    .replace(/\s+/gu, " ")
    .trim();
  const leading = LEADING_PLACEHOLDERS[language];
  const trailing = TRAILING_PLACEHOLDERS[language];
  if (leading) word = word.replace(leading, "");
  if (trailing) word = word.replace(trailing, "");
  return word.trim();
}

/** One word (inner hyphens and apostrophes allowed), letters only: what a quiz can show. */
const SINGLE_WORD = /^\p{L}+(?:['-]\p{L}+)*$/u;

export function isSingleWord(text: string): boolean {
  return SINGLE_WORD.test(text);
}
