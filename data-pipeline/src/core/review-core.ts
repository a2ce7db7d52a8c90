import { join } from "node:path";
import { loadFormCounts } from "../lexicon/form-counts.js";
import { LANGUAGES, type Language } from "../vocabulary/term.js";
import { CORE_DIRECTORY, readCoreConcepts, type CoreConcept } from "./core-concepts.js";
import type { CoreWord } from "./core-word.js";
import { isPairConfirmed, loadEnglishPairs, PAIR_LANGUAGES } from "./english-pair-evidence.js";
import { obviousForms } from "./obvious-forms.js";

/**
 * `npm run core:review -w @lila/data-pipeline`: prints, per language, the shown core
 * words that the language's frequency list does not rank among its top 5,000 forms
 * (by the lemma and its obvious forms), and the en–X pairs no FreeDict dictionary
 * lists. Both lists are for a second look by a person, not verdicts.
 */

const TOP = 5_000;
const BANDS = [1_000, 3_000, 5_000] as const;
const CACHE_DIRECTORY = join(CORE_DIRECTORY, "..", ".cache");

/** Form → 1-based rank of its first occurrence, exact and lower-cased (German lists keep case). */
function rankTable(language: Language): Map<string, number> {
  const ranks = new Map<string, number>();
  [...loadFormCounts(language)]
    .sort((a, b) => b.count - a.count)
    .map((entry) => entry.form)
    .slice(0, language === "en" ? TOP * 2 : undefined)
    .forEach((form, index) => {
      for (const key of [form, form.toLowerCase()]) if (!ranks.has(key)) ranks.set(key, index + 1);
    });
  return ranks;
}

/**
 * The best rank among the word's obvious forms. A multiword text is ranked by its
 * rarest part of three letters or more (`salle de bains` by `bains`), as frequency
 * lists hold single words.
 */
function wordRank(
  word: CoreWord,
  concept: CoreConcept,
  language: Language,
  ranks: Map<string, number>,
): number | undefined {
  const rankOfForms = (text: string) => {
    const found = obviousForms(text, language, concept.pos)
      .flatMap((form) => [ranks.get(form), ranks.get(form.toLowerCase())])
      .filter((rank): rank is number => rank !== undefined);
    return found.length === 0 ? undefined : Math.min(...found);
  };
  const single = obviousForms(word.text, language, concept.pos)[0] ?? word.text;
  if (!/[\s]/u.test(single)) return rankOfForms(word.text);
  const parts = single.split(/[\s'’]+/u).filter((part) => part.length >= 3);
  const partRanks = parts.map((part) => rankOfForms(part));
  if (partRanks.length === 0 || partRanks.includes(undefined)) return undefined;
  return Math.max(...(partRanks as number[]));
}

function formatCell(words: readonly CoreWord[]): string {
  return words.map((word) => word.text).join("; ");
}

function reviewFrequency(concepts: readonly CoreConcept[]): string[] {
  const summary: string[] = [];
  for (const language of LANGUAGES) {
    const ranks = rankTable(language);
    const shown = concepts.map((concept) => {
      const word = concept.words[language][0] as CoreWord;
      const alternatives = concept.words[language].slice(1);
      const rank = wordRank(word, concept, language, ranks);
      const bestAlternative = Math.min(
        ...alternatives.map((alternative) => wordRank(alternative, concept, language, ranks) ?? Infinity),
      );
      return { concept, word, rank, bestAlternative };
    });
    const bands = BANDS.map((band) => shown.filter(({ rank }) => rank !== undefined && rank <= band).length);
    const low = shown.filter(({ rank }) => rank === undefined || rank > TOP);
    // The French list has lost every letter but é of the accented ones (no très, mère, garçon).
    const alphabet = new Set([...ranks.keys()].join(""));
    const unlisted = (text: string) =>
      [...text.toLowerCase()].filter((letter) => /\p{L}/u.test(letter) && !alphabet.has(letter));
    console.log(`\n## ${language}: shown words outside the top ${TOP.toLocaleString("en")} forms (${low.length})`);
    for (const { concept, word, rank, bestAlternative } of low) {
      const alternative = Number.isFinite(bestAlternative) ? `, an alternative ranks ${bestAlternative}` : "";
      const missing = unlisted(word.text);
      const note = missing.length > 0 ? `, the list has no word with ${[...new Set(missing)].join(" ")}` : "";
      console.log(
        `  ${word.text} (${rank ?? "unranked"}${alternative}${note}) · ${concept.concept} · en ${formatCell(concept.words.en)}`,
      );
    }
    const unrankable = shown.filter(({ word }) => unlisted(word.text).length > 0).length;
    const caveat = unrankable > 0 ? `; ${unrankable} cannot be ranked (letters the list lacks)` : "";
    const line = `${language}: ${shown.length} shown words; top 1,000: ${bands[0]}, top 3,000: ${bands[1]}, top 5,000: ${bands[2]}${caveat}`;
    summary.push(line);
  }
  return summary;
}

function reviewDictionaries(concepts: readonly CoreConcept[]): string[] {
  const summary: string[] = [];
  for (const language of PAIR_LANGUAGES) {
    const pairs = loadEnglishPairs(language, CACHE_DIRECTORY);
    const unconfirmed = concepts.filter((concept) => !isPairConfirmed(concept, language, pairs));
    console.log(`\n## en–${language}: pairs no FreeDict dictionary lists (${unconfirmed.length})`);
    for (const concept of unconfirmed) {
      console.log(
        `  ${concept.concept} (${concept.pos}): ${formatCell(concept.words.en)} → ${formatCell(concept.words[language])}`,
      );
    }
    summary.push(
      `en–${language}: ${concepts.length - unconfirmed.length} of ${concepts.length} pairs confirmed by FreeDict`,
    );
  }
  return summary;
}

const concepts = readCoreConcepts();
const frequencySummary = reviewFrequency(concepts);
const dictionarySummary = reviewDictionaries(concepts);
console.log(`\n## Summary (${concepts.length} concepts)\n${[...frequencySummary, ...dictionarySummary].join("\n")}`);
