import type { CefrLevel, CoreWord } from "../core/core-word.js";
import type { Concept } from "../concepts/vocabulary-concepts.js";
import { LANGUAGES, type Difficulty, type Language, type PartOfSpeech, type Term } from "./term.js";

/** CEFR A1–A2 is easy, B1–B2 intermediate, C1–C2 hard (the bands the app offers). */
export function difficultyOfLevel(level: CefrLevel): Difficulty {
  if (level.startsWith("A")) return "easy";
  if (level.startsWith("B")) return "intermediate";
  return "hard";
}

export interface TermRules {
  /** The folder (source and license) of a word of a reviewed concept: the dictionary that attests it, else "lila". */
  folderOf: (concept: Concept, language: Language, word: CoreWord) => string;
  isOffensive: (language: Language, text: string, pos: PartOfSpeech) => boolean;
}

/**
 * Terms as the files hold them. Core words are lila's own writing (folder "lila") and
 * easy by definition; a reviewed word takes the editor's level (an alternative inherits
 * the level of the first word of its cell).
 */
export function termsFromConcepts(concepts: readonly Concept[], rules: TermRules): Term[] {
  return concepts.map((concept) => ({
    key: concept.key,
    pos: concept.pos,
    words: LANGUAGES.flatMap((language) => {
      const words = concept.words[language] ?? [];
      const cellLevel = words[0]?.level ?? null;
      return words.map((word, position) => {
        const level = word.level ?? cellLevel;
        return {
          language,
          position,
          text: word.text,
          gender: word.gender ?? "",
          plural: word.pluralOnly,
          difficulty: concept.origin === "core" || level === null ? "easy" : difficultyOfLevel(level),
          hint: word.hint ?? "",
          offensive: rules.isOffensive(language, word.text, concept.pos),
          folder: concept.origin === "core" ? "lila" : rules.folderOf(concept, language, word),
        };
      });
    }),
  }));
}
