import type { Language, PartOfSpeech } from "./term.js";

/**
 * Whether a lemma makes a fair quiz item: one word (hyphens and apostrophes allowed),
 * letters only, no digits, not an abbreviation, not a proper noun, not too long.
 * Only German capitalises common nouns; elsewhere a capital marks a name.
 */
const WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;
const MAX_LENGTH = 24;

export function isPlayableText(text: string, language: Language, pos: PartOfSpeech): boolean {
  if (text.length < 2 || text.length > MAX_LENGTH) return false;
  if (!WORD.test(text)) return false;
  const rest = text.slice(1);
  if (rest !== rest.toLowerCase()) return false;
  const first = text.charAt(0);
  const capitalised = first !== first.toLowerCase();
  if (language === "de") return pos === "noun" ? capitalised : !capitalised;
  return !capitalised;
}

/** Identical spellings make a quiz item that answers itself. */
export function isSameText(left: string, right: string): boolean {
  return left.toLocaleLowerCase("und") === right.toLocaleLowerCase("und");
}
