import { displayWord } from "@lila/shared";
import type { ShippedTerm } from "./shipped-terms.js";

/** The seed of the published sample (docs/DATA.md): the day it was first drawn. */
export const SAMPLE_SEED = 20_261_129;

/** The pairs of languages a sample is drawn over, in languages.tsv order. */
export const SAMPLE_PAIRS = ["en-it", "en-de", "en-es", "en-fr", "it-de", "it-es", "it-fr", "de-es", "de-fr", "es-fr"];

export interface SampledPair {
  n: number;
  pair: string;
  key: string;
  pos: string;
  /** The shown words with their articles and sense hints, as a learner meets them. */
  left: { text: string; shown: string; difficulty: string };
  right: { text: string; shown: string; difficulty: string };
}

/** mulberry32: a small, fixed pseudo-random sequence, so that anyone can draw the same sample again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Draws `perPair` distinct terms for each language pair, uniformly among the terms that
 * hold both languages, and returns their shown words: the pairs a learner meets.
 */
export function drawSample(terms: readonly ShippedTerm[], seed: number, perPair: number): SampledPair[] {
  const random = seededRandom(seed);
  const sample: SampledPair[] = [];
  for (const pair of SAMPLE_PAIRS) {
    const [a = "", b = ""] = pair.split("-");
    const eligible = terms.filter((term) => term.words.has(a) && term.words.has(b));
    const picked = new Set<number>();
    while (picked.size < Math.min(perPair, eligible.length)) picked.add(Math.floor(random() * eligible.length));
    for (const index of [...picked].sort((x, y) => x - y)) {
      const term = eligible[index]!;
      const side = (language: string) => {
        const word = term.words.get(language)![0]!;
        return {
          text: word.text,
          shown:
            displayWord(language, { text: word.text, pos: term.pos, gender: word.gender, plural: word.plural }) +
            (word.hint ? ` (${word.hint})` : ""),
          difficulty: word.difficulty,
        };
      };
      sample.push({ n: sample.length + 1, pair, key: term.key, pos: term.pos, left: side(a), right: side(b) });
    }
  }
  return sample;
}
