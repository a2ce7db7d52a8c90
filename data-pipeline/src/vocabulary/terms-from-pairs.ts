import { difficultyOfRank } from "../frequency/lemma-ranks.js";
import type { RankLookup } from "../pairs/select-pairs.js";
import { termKey, type Term, type WordPair } from "./term.js";

/** One term per pair; each row's difficulty comes from that language's lemma rank. */
export function termsFromPairs(pairs: readonly WordPair[], rankOf: RankLookup): Term[] {
  return pairs.map((pair) => ({
    key: termKey(pair),
    pos: pair.pos,
    rows: [pair.left, pair.right].map((side) => ({
      language: side.language,
      text: side.text,
      gender: pair.pos === "noun" ? side.gender : "",
      difficulty: difficultyOfRank(rankOf(side.language, side.text, pair.pos)),
      gloss: "",
    })),
  }));
}
