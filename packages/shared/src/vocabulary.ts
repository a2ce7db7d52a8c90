import { z } from "zod";

/** Parts of speech are game rules, not data: the quiz is built around these four. */
export const PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb"] as const;
export const PartOfSpeech = z.enum(PARTS_OF_SPEECH);
export type PartOfSpeech = z.infer<typeof PartOfSpeech>;

/**
 * Difficulty bands. The data has no CEFR levels; the bands are estimates
 * (see docs/DATA.md), named after the CEFR ranges they stand in for.
 */
export const DIFFICULTIES = ["easy", "intermediate", "hard"] as const;
export const Difficulty = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof Difficulty>;

/** Grammatical gender of a noun where the dictionary knows it. */
export const GENDERS = ["m", "f", "n"] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/**
 * A language is data (a row in the languages table), so its code is checked
 * for shape here and for existence against the database.
 */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, "must be a 2- or 3-letter lowercase ISO 639 code");
export type LanguageCode = z.infer<typeof LanguageCode>;

export const Language = z.object({
  code: LanguageCode,
  name: z.string(),
  nativeName: z.string(),
});
export type Language = z.infer<typeof Language>;
