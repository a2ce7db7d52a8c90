/** The vocabulary model written to `vocabulary/<source>/terms.tsv` (see vocabulary/README.md). */

export const LANGUAGES = ["en", "it", "de", "es", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

export const PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export type Gender = "m" | "f" | "n" | "";
export type Difficulty = "easy" | "intermediate" | "hard";

/** One accepted word of a term in one language. */
export interface TermWord {
  language: Language;
  /** 0 for the word the quiz shows; the others are accepted too. */
  position: number;
  text: string;
  gender: Gender;
  /** Plurale tantum. */
  plural: boolean;
  difficulty: Difficulty;
  hint: string;
  offensive: boolean;
  /** The vocabulary/<folder>/ (source and license) this word is written to. */
  folder: string;
}

/** One sense with its part of speech and its words in several languages. */
export interface Term {
  key: string;
  pos: PartOfSpeech;
  words: TermWord[];
}
