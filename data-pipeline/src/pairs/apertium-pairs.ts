import type { BilingualEntry } from "../apertium/lexical-unit.js";
import type { FreedictDictionary } from "../dictd/freedict-dictionary.js";
import { partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender, Language } from "../vocabulary/term.js";
import { adjectivesOfAdverb } from "./adverb-derivation.js";
import type { CandidatePair, CandidateSet } from "./select-pairs.js";

/** EN↔ES straight from the eng-spa bilingual dictionary. */
export function englishSpanishCandidates(englishSpanish: readonly BilingualEntry[]): CandidateSet {
  const candidates = englishSpanish.map((entry): CandidatePair => ({
    pos: entry.pos,
    left: { language: "en", text: entry.source, gender: "" },
    right: { language: "es", text: entry.target, gender: entry.targetGender },
    confirmations: 1,
    order: 0,
  }));
  return { candidates, listedPairs: candidates.length };
}

/**
 * English pairs the FreeDict (Ergane) dictionaries list, in either direction, as
 * `english\tother`. Ergane has no part of speech except on fra-eng headwords; when a
 * headword has one it is kept so a pair can be rejected for a POS mismatch.
 */
export function erganeConfirmations(
  englishOther: FreedictDictionary,
  otherEnglish: FreedictDictionary,
): Map<string, Set<string>> {
  const confirmed = new Map<string, Set<string>>();
  const add = (english: string, other: string, pos: string): void => {
    const key = `${english.toLowerCase()}\t${other.toLowerCase()}`;
    let kinds = confirmed.get(key);
    if (kinds === undefined) {
      kinds = new Set();
      confirmed.set(key, kinds);
    }
    kinds.add(pos);
  };
  for (const article of englishOther.articles) {
    for (const translation of article.translations) add(article.headword, translation.text, "*");
  }
  for (const article of otherEnglish.articles) {
    const pos = partOfSpeechFromTags(article.headwordTags) ?? "*";
    for (const translation of article.translations) add(translation.text, article.headword, pos);
  }
  return confirmed;
}

function isConfirmed(confirmations: Map<string, Set<string>>, english: string, other: string, pos: string): boolean {
  const kinds = confirmations.get(`${english.toLowerCase()}\t${other.toLowerCase()}`);
  return kinds !== undefined && (kinds.has("*") || kinds.has(pos));
}

/** `quickly = rapidamente` is confirmed when the dictionary pairs `quick` with `rapido`. */
function isAdverbConfirmedByAdjectives(
  confirmations: Map<string, Set<string>>,
  englishAdverb: string,
  otherAdverb: string,
  otherLanguage: Language,
): boolean {
  const otherAdjectives = adjectivesOfAdverb(otherAdverb, otherLanguage);
  return adjectivesOfAdverb(englishAdverb, "en").some((english) =>
    otherAdjectives.some((other) => isConfirmed(confirmations, english, other, "adjective")),
  );
}

/**
 * EN→ES→X through Spanish, joined on the Spanish lemma and part of speech, kept only
 * where a second dictionary (Ergane) lists the English–X pair: unconfirmed chains are
 * wrong about one time in five (`want → querer → amare`). Ergane lists few adverbs,
 * so a regular adverb pair also counts as confirmed when Ergane lists the adjectives
 * it derives from (`quickly = rapidamente` through `quick = rapido`).
 */
export function chainedCandidates(
  englishSpanish: readonly BilingualEntry[],
  spanishOther: readonly BilingualEntry[],
  otherLanguage: Language,
  confirmations: Map<string, Set<string>>,
  fallbackGender: (lemma: string) => Gender,
): CandidateSet {
  const bySpanish = new Map<string, BilingualEntry[]>();
  for (const entry of spanishOther) {
    const key = `${entry.pos}\t${entry.source}`;
    const list = bySpanish.get(key) ?? [];
    list.push(entry);
    bySpanish.set(key, list);
  }
  const candidates = new Map<string, CandidatePair>();
  const chained = new Set<string>();
  for (const english of englishSpanish) {
    for (const other of bySpanish.get(`${english.pos}\t${english.target}`) ?? []) {
      chained.add(`${english.pos}\t${english.source}\t${other.target}`);
      const direct = isConfirmed(confirmations, english.source, other.target, english.pos);
      const throughAdjective =
        !direct &&
        english.pos === "adverb" &&
        isAdverbConfirmedByAdjectives(confirmations, english.source, other.target, otherLanguage);
      if (!direct && !throughAdjective) continue;
      const key = `${english.pos}\t${english.source}\t${other.target}`;
      if (candidates.has(key)) continue;
      const gender = english.pos === "noun" ? other.targetGender || fallbackGender(other.target) : "";
      candidates.set(key, {
        pos: english.pos,
        left: { language: "en", text: english.source, gender: "" },
        right: { language: otherLanguage, text: other.target, gender },
        confirmations: 1,
        // A pair the second dictionary lists itself beats one confirmed through adjectives.
        order: direct ? 0 : 1,
      });
    }
  }
  return { candidates: [...candidates.values()], listedPairs: chained.size };
}
