import { z } from "zod";
import { Difficulty, Language, LanguageCode, PartOfSpeech } from "./vocabulary.js";

/**
 * One playable combination of the settings screen: a game with these
 * settings has enough words (MIN_WORDS_PER_CELL) to be drawn.
 */
export const PlayableCell = z.object({
  source_language: LanguageCode,
  target_language: LanguageCode,
  pos: PartOfSpeech,
  difficulty: Difficulty,
  words: z.number().int().nonnegative(),
});
export type PlayableCell = z.infer<typeof PlayableCell>;

export const CatalogResponse = z.object({
  languages: z.array(Language),
  cells: z.array(PlayableCell),
});
export type CatalogResponse = z.infer<typeof CatalogResponse>;

/** Where a set of words comes from, for the "About the words" page. */
export const VocabularySource = z.object({
  source: z.string(),
  title: z.string(),
  license: z.string(),
  attribution: z.string(),
  url: z.string().nullable(),
  terms: z.number().int().nonnegative(),
});
export type VocabularySource = z.infer<typeof VocabularySource>;

export const VocabularySourcesResponse = z.object({ sources: z.array(VocabularySource) });
export type VocabularySourcesResponse = z.infer<typeof VocabularySourcesResponse>;
