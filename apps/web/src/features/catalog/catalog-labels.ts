import type { Difficulty, Language, LanguageCode, PartOfSpeech } from "@lila/shared";

export const PART_OF_SPEECH_LABELS: Record<PartOfSpeech, string> = {
  noun: "Nouns",
  verb: "Verbs",
  adjective: "Adjectives",
  adverb: "Adverbs",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: "Easy",
  intermediate: "Intermediate",
  hard: "Hard",
};

export function languageName(languages: readonly Language[], code: LanguageCode): string {
  return languages.find((language) => language.code === code)?.name ?? code.toUpperCase();
}
