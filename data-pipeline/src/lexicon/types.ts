/**
 * The monolingual lexicon's model. Kept free of pipeline code (no fs, no child
 * processes) so the shipped forms table can be read with the same types elsewhere.
 */

export type LexiconLanguage = "en" | "it" | "de" | "es" | "fr";

/** Content words: the parts of speech a vocabulary term can have. */
export type ContentPos = "noun" | "verb" | "adjective" | "adverb";

/**
 * Closed classes. They never become vocabulary, but a frequency list counts their
 * forms, so they stay in the lexicon to take their share of look-alike forms
 * (`para` the preposition, not `parar`).
 */
export type FunctionClass = "determiner" | "pronoun" | "preposition" | "conjunction" | "numeral" | "interjection";

export type ReadingPos = ContentPos | FunctionClass;

export type LexiconGender = "m" | "f" | "n";

/** Where a fact came from; each has its own licence (see LEXICON_SOURCES). */
export type SourceId =
  | "apertium-eng-spa"
  | "apertium-spa-ita"
  | "apertium-fr-es"
  | "german-pos-dict"
  | "freedict-ding"
  | "morph-it"
  | "lefff"
  | "lila-function-words";

export interface LexiconEntry {
  lemma: string;
  pos: ContentPos;
  /** The noun's gender when the sources agree on one; null otherwise (see `genders`). */
  gender: LexiconGender | null;
  /** Every gender a source gives (two for `el/la capital`; both for a common-gender noun). */
  genders: LexiconGender[];
  /** Either article by the person meant: `el/la estudiante` (Apertium `<mf>`). */
  commonGender: boolean;
  /** Only plural forms exist: it soldi, fr gens, es gafas, de Leute. */
  pluralOnly: boolean;
  /** Distinct surface forms, the lemma's own among them when a source lists it; sorted by code point. */
  forms: string[];
  /** Source of the entry and its forms. */
  source: SourceId;
  /** Source of `gender` when it is not `source` (a monolingual gender list). */
  genderSource: SourceId | null;
  /**
   * For a feminine noun that the analyser lists under its masculine (`chica` →
   * `chico<n><f>`): that masculine lemma. The feminine gets its own entry.
   */
  feminineOf: string | null;
  /** A verb that also serves as auxiliary (essere, avere, haben, be …). */
  auxiliary: boolean;
}

/** One reading of a surface form. */
export interface Reading {
  lemma: string;
  pos: ReadingPos;
}

/** A gender two sources disagree on, and the one kept. */
export interface GenderConflict {
  lemma: string;
  kept: LexiconGender | null;
  keptSource: SourceId;
  other: LexiconGender;
  otherSource: SourceId;
}

export const CONTENT_POS: readonly ContentPos[] = ["noun", "verb", "adjective", "adverb"];

export function isContentPos(pos: ReadingPos): pos is ContentPos {
  return (CONTENT_POS as readonly string[]).includes(pos);
}

/** Orders strings by UTF-16 code units: the same everywhere, whatever the locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
