/**
 * Sense hints sit next to a prompt ("spring (season)"), so a hint must never give a
 * word of its term away, in any language. The vocabulary pipeline refuses such hints and
 * the quality gate checks the shipped data with this same rule.
 */

/** Lower case without accents, so that `Frühling` and `fruhling` compare equal. */
export function foldForComparison(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Whether a hint gives a word away: it contains the word (a word of under four letters
 * only as a whole hint word: `Eis` is not in `Reise`), or, for each part of the word of
 * three letters or more, the part as a hint word (short parts) or its first four
 * letters anywhere (longer parts: `Frühling` → `fruh`).
 */
export function hintRevealsWord(hint: string, word: string): boolean {
  const foldedHint = foldForComparison(hint);
  const foldedWord = foldForComparison(word);
  const hintTokens = new Set(foldedHint.split(/[\s'’+,/-]+/u));
  if (foldedWord.length < 4 ? hintTokens.has(foldedWord) : foldedHint.includes(foldedWord)) return true;
  return foldedWord
    .split(/[\s'’-]+/u)
    .filter((part) => part.length >= 3)
    .some((part) => (part.length < 4 ? hintTokens.has(part) : foldedHint.includes(part.slice(0, 4))));
}
