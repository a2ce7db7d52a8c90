import type { LexiconGender, ReadingPos, SourceId } from "./types.js";

/**
 * One (form, lemma) fact from a source, before entries are built: what an analyser
 * path (`chicas : chico<n><f><pl>`) or an inflection table cell says.
 */
export interface SourceAnalysis {
  form: string;
  lemma: string;
  pos: ReadingPos;
  /** `mf`: the source marks the noun as either gender (Apertium `<mf>`). */
  gender: LexiconGender | "mf" | null;
  /** `sp`: the same form for both numbers (Apertium `<sp>`, `<ND>`). */
  number: "sg" | "pl" | "sp" | null;
  /** A verb reading tagged as auxiliary (`<vbser>`, `<vbhaver>`, `<vaux>`). */
  auxiliary: boolean;
  source: SourceId;
}

/** A plain word: letters with inner hyphens or apostrophes (`grand-mère`, `aujourd'hui`). */
export const PLAIN_WORD = /^\p{L}+(?:[-'’]\p{L}+)*$/u;

/** `LED`, `CO`: two capitals mark an acronym, not a lemma a learner studies. */
export function looksLikeAcronym(word: string): boolean {
  return (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}
