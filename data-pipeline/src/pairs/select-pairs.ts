import type { Language, PartOfSpeech, WordPair } from "../vocabulary/term.js";
import { isPlayableText, isSameText } from "../vocabulary/playable-text.js";

/** A pair with the evidence used to prefer it over its rivals. */
export interface CandidatePair extends WordPair {
  /** How many dictionaries (or directions) list the pair; more is better. */
  confirmations: number;
  /** Position of the translation in its article (0 = listed first); lower is better. */
  order: number;
  /** Weighs before everything else, e.g. a domain or slang label; lower is better. */
  penalty?: number;
  /** How many articles list the pair (Ding); a filter may use it, the ordering does not. */
  listings?: number;
}

/** Candidates after a source's confirmation rule, and how many pairs its dictionaries listed before it. */
export interface CandidateSet {
  candidates: CandidatePair[];
  listedPairs: number;
}

export type RankLookup = (language: Language, text: string, pos: PartOfSpeech) => number | undefined;

const UNRANKED = 1_000_000;

function sideKey(side: WordPair["left"], pos: PartOfSpeech): string {
  return `${side.language}:${side.text}|${pos}`;
}

/**
 * Keeps playable pairs and, per word and part of speech, only one translation on each
 * side (a one-to-one choice): a quiz item then has a single right answer.
 * Better means: no penalty, confirmed by more sources, listed earlier, more frequent
 * words; ties break on the text so the choice never depends on input order.
 * A pair is kept only when it is the best choice of both of its words ("mutual
 * best"): a word's second choices are where the odd senses hide (`flesh → Aas`).
 */
export function selectOneToOne(candidates: readonly CandidatePair[], rankOf: RankLookup): WordPair[] {
  const scored = candidates
    .filter(
      (pair) =>
        isPlayableText(pair.left.text, pair.left.language, pair.pos) &&
        isPlayableText(pair.right.text, pair.right.language, pair.pos) &&
        !isSameText(pair.left.text, pair.right.text),
    )
    .map((pair) => {
      const leftRank = rankOf(pair.left.language, pair.left.text, pair.pos) ?? UNRANKED;
      const rightRank = rankOf(pair.right.language, pair.right.text, pair.pos) ?? UNRANKED;
      return { pair, worstRank: Math.max(leftRank, rightRank), rankSum: leftRank + rightRank };
    })
    .sort(
      (a, b) =>
        (a.pair.penalty ?? 0) - (b.pair.penalty ?? 0) ||
        b.pair.confirmations - a.pair.confirmations ||
        a.pair.order - b.pair.order ||
        a.worstRank - b.worstRank ||
        a.rankSum - b.rankSum ||
        compareText(
          `${a.pair.pos}|${a.pair.left.text}|${a.pair.right.text}`,
          `${b.pair.pos}|${b.pair.left.text}|${b.pair.right.text}`,
        ),
    );
  const bestOf = new Map<string, CandidatePair>();
  for (const { pair } of scored) {
    for (const key of [sideKey(pair.left, pair.pos), sideKey(pair.right, pair.pos)]) {
      if (!bestOf.has(key)) bestOf.set(key, pair);
    }
  }
  return scored
    .map(({ pair }) => pair)
    .filter(
      (pair) => bestOf.get(sideKey(pair.left, pair.pos)) === pair && bestOf.get(sideKey(pair.right, pair.pos)) === pair,
    )
    .map((pair) => ({ pos: pair.pos, left: pair.left, right: pair.right }));
}

/** Code-point order: independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
