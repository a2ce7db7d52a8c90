import { analyseWords } from "../apertium/lttoolbox.js";
import { genderFromTags, partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender, Language, PartOfSpeech } from "../vocabulary/term.js";

/**
 * What the Apertium analysers know of words as lemmas: their parts of speech and, for
 * nouns, their gender. Used to keep proposals to real lemmas of the right part of
 * speech (the dictionaries' tags are sparse: Ergane gives none).
 */
export interface LemmaFacts {
  kinds: Set<PartOfSpeech>;
  gender: Gender;
}

export function lemmaFactsFromAnalyser(analyserPath: string, words: readonly string[]): Map<string, LemmaFacts> {
  const analyses = analyseWords(analyserPath, words, { dictionaryCase: true });
  const result = new Map<string, LemmaFacts>();
  for (const word of words) {
    const kinds = new Set<PartOfSpeech>();
    const genders = new Set<Gender>();
    for (const analysis of analyses.get(word) ?? []) {
      const pos = partOfSpeechFromTags(analysis.tags.slice(0, 1));
      if (pos === undefined) continue;
      // A feminine person noun is analysed as a form of the masculine (chica → chico<n><f><sg>),
      // but it is a word of its own for a learner: its singular reading counts.
      const singularNoun = pos === "noun" && analysis.tags.includes("sg");
      if (analysis.lemma !== word && !singularNoun) continue;
      kinds.add(pos);
      if (pos === "noun") genders.add(genderFromTags(analysis.tags.slice(1)));
    }
    if (kinds.size === 0) continue;
    const [gender = ""] = [...genders].filter((value) => value !== "");
    result.set(word, { kinds, gender: genders.size === 1 ? gender : "" });
  }
  return result;
}

export type LemmaLookup = (language: Language, text: string) => LemmaFacts | undefined;
