import type { Gender, PartOfSpeech } from "./term.js";

/**
 * Maps the tag vocabularies of FreeDict (`masc`, `v`, `adj`, `n, fem`) and Apertium
 * (`n`, `vblex`, `m`, `nt`) to lila's part of speech and noun gender. Tags that mark
 * anything else (proper nouns, abbreviations, plurals-only forms, prepositions …)
 * make the word unusable, so the result is `undefined`.
 */

const NOUN_TAGS = new Set(["n", "masc", "fem", "neut", "m", "f", "nt", "mf"]);
const VERB_TAGS = new Set(["v", "vt", "vi", "vblex", "trans", "intr"]);
const EXCLUDING_TAGS = new Set([
  "np",
  "pn",
  "acr",
  "abbr",
  "abbreviation",
  "pl",
  "num",
  "numeral",
  "prep",
  "preposition",
  "conj",
  "pron",
  "prn",
  "det",
  "int",
  "interjection",
  "suffix",
  "prefix",
  "refl",
  "vbser",
  "vbhaver",
  "vbmod",
  "vaux",
]);

export function partOfSpeechFromTags(tags: readonly string[]): PartOfSpeech | undefined {
  if (tags.some((tag) => EXCLUDING_TAGS.has(tag))) return undefined;
  const kinds = new Set<PartOfSpeech>();
  for (const tag of tags) {
    if (NOUN_TAGS.has(tag)) kinds.add("noun");
    else if (VERB_TAGS.has(tag)) kinds.add("verb");
    else if (tag === "adj") kinds.add("adjective");
    else if (tag === "adv") kinds.add("adverb");
  }
  // "adj, masc" (WikDict) is an adjective with a gender note, not a noun.
  if (kinds.has("adjective")) return kinds.size === 1 || (kinds.size === 2 && kinds.has("noun")) ? "adjective" : undefined;
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

export function genderFromTags(tags: readonly string[]): Gender {
  const genders = new Set<Gender>();
  for (const tag of tags) {
    if (tag === "masc" || tag === "m") genders.add("m");
    if (tag === "fem" || tag === "f") genders.add("f");
    if (tag === "neut" || tag === "nt") genders.add("n");
  }
  return genders.size === 1 ? ([...genders][0] ?? "") : "";
}
