import { genderFromTags, partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender, PartOfSpeech } from "../vocabulary/term.js";
import { analyseWords } from "./lttoolbox.js";

/**
 * Noun genders from a monolingual analyser: the bilingual dictionaries often leave
 * the gender out when it matches the other language (`perro<n><m>` ⇄ `chien<n>`),
 * the analyser knows it (`chien<n><m><sg>`). A lemma with two genders gets none.
 */
export function nounGendersFromAnalyser(analyserPath: string, lemmas: readonly string[]): Map<string, Gender> {
  const analyses = analyseWords(analyserPath, lemmas);
  const genders = new Map<string, Gender>();
  for (const lemma of lemmas) {
    const found = new Set<Gender>();
    for (const analysis of analyses.get(lemma) ?? []) {
      if (analysis.lemma !== lemma || analysis.tags[0] !== "n") continue;
      found.add(genderFromTags(analysis.tags.slice(1)));
    }
    const [gender] = [...found];
    if (found.size === 1 && gender !== undefined && gender !== "") genders.set(lemma, gender);
  }
  return genders;
}

/**
 * English words the analyser knows only capitalised (`Portuguese`, `Monday`): the
 * bilingual dictionary writes them in lower case, a learner should see the capital.
 */
export function alwaysCapitalisedWords(analyserPath: string, words: readonly string[]): Set<string> {
  const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  const lower = analyseWords(analyserPath, words);
  const upper = analyseWords(analyserPath, words.map(capitalise));
  const result = new Set<string>();
  for (const word of words) {
    if ((lower.get(word) ?? []).length === 0 && (upper.get(capitalise(word)) ?? []).length > 0) result.add(word);
  }
  return result;
}

/** The parts of speech an analyser gives each word as a lemma (`run` → noun, verb). */
export function lemmaPartsOfSpeech(analyserPath: string, words: readonly string[]): Map<string, Set<PartOfSpeech>> {
  const analyses = analyseWords(analyserPath, words, { dictionaryCase: true });
  const result = new Map<string, Set<PartOfSpeech>>();
  for (const word of words) {
    const kinds = new Set<PartOfSpeech>();
    for (const analysis of analyses.get(word) ?? []) {
      if (analysis.lemma.toLowerCase() !== word.toLowerCase()) continue;
      const pos = partOfSpeechFromTags(analysis.tags.slice(0, 1));
      if (pos !== undefined) kinds.add(pos);
    }
    result.set(word, kinds);
  }
  return result;
}
