/** The vocabulary model written to `vocabulary/<source>/*.tsv` (see vocabulary/README.md). */

export const LANGUAGES = ["en", "it", "de", "es", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

export const PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export type Gender = "m" | "f" | "n" | "";
export type Difficulty = "easy" | "intermediate" | "hard";

export interface TermRow {
  language: Language;
  text: string;
  gender: Gender;
  difficulty: Difficulty;
  gloss: string;
}

export interface Term {
  key: string;
  pos: PartOfSpeech;
  rows: TermRow[];
}

/** A translation pair before difficulty is attached. */
export interface WordPair {
  pos: PartOfSpeech;
  left: { language: Language; text: string; gender: Gender };
  right: { language: Language; text: string; gender: Gender };
}

/** `en:dog|de:Hund|noun`: derived from content so it is stable across runs. */
export function termKey(pair: WordPair): string {
  const sides = [pair.left, pair.right].sort(
    (a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language),
  );
  return `${sides.map((side) => `${side.language}:${side.text}`).join("|")}|${pair.pos}`;
}
