import type { FreedictDictionary } from "../dictd/freedict-dictionary.js";
import { genderFromTags, partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender } from "../vocabulary/term.js";
import type { CandidatePair, CandidateSet } from "./select-pairs.js";

/**
 * Ding labels that mark a sense a learner should not meet first: register and
 * regional variants, figurative use, and technical domains (`dog → Bock [techn.]`).
 * Everyday domains (zool., bot., cook., sport …) and Am./Br. stay unmarked.
 */
const DISFAVOURED_DOMAINS = new Set([
  "techn.",
  "fin.",
  "econ.",
  "chem.",
  "comp.",
  "adm.",
  "min.",
  "jur.",
  "electr.",
  "constr.",
  "mil.",
  "auto",
  "geol.",
  "textil.",
  "hist.",
  "agr.",
  "phys.",
  "math.",
  "envir.",
  "naut.",
  "ling.",
  "aviat.",
  "telco.",
  "mach.",
  "transp.",
  "biochem.",
  "pharm.",
  "print",
  "arch.",
  "phil.",
  "meteo.",
  "med.",
  "ornith.",
]);
const DISFAVOURED_REGISTERS = new Set([
  "ugs.",
  "coll.",
  "slang",
  "vulg.",
  "pej.",
  "humor.",
  "geh.",
  "formal",
  "poet.",
  "lit.",
  "veraltet",
  "selten",
  "übtr.",
  "fig.",
  "stud.",
  "Ös.",
  "Schw.",
  "Süddt.",
  "Norddt.",
  "Mitteldt.",
  "Bayr.",
  "Dt.",
]);

/** Listing a pair in more articles than this adds no further weight. */
const MAX_CONFIRMATIONS = 3;

function isDisfavoured(labels: readonly string[]): boolean {
  return labels.some((label) => DISFAVOURED_DOMAINS.has(label) || DISFAVOURED_REGISTERS.has(label));
}

/** A domain label after the last item marks the whole sense (`Bock, Auflagebock [techn.]`); a register label only its item. */
function isDisfavouredSense(labels: readonly string[]): boolean {
  return labels.some((label) => DISFAVOURED_DOMAINS.has(label));
}

interface Evidence {
  articles: number;
  bestPosition: number;
  gender: Gender;
  disfavouredOnly: boolean;
}

/**
 * EN↔DE candidates from Ding: a pair counts only when both directions list it
 * (eng-deu: English headword → German translation; deu-eng: German headword →
 * English translation) with the same part of speech. The German side's tags give
 * the part of speech in eng-deu (`Hund <masc>`), the headword tags in deu-eng.
 *
 * Ding has one article per sense and many rare senses (`dog → Klampe`): senses
 * marked as technical, regional or slang are penalised, a pair listed in more
 * articles weighs more (up to three), and a translation listed first in its article
 * is preferred.
 */
export function dingCandidates(
  englishGerman: FreedictDictionary,
  germanEnglish: FreedictDictionary,
  germanNounGender: (lemma: string) => Gender,
): CandidateSet {
  const forward = new Map<string, Evidence>();
  for (const article of englishGerman.articles) {
    const headPos = partOfSpeechFromTags(article.headwordTags);
    const senseDisfavoured = isDisfavouredSense(article.translations.at(-1)?.labels ?? []);
    for (const translation of article.translations) {
      const pos = partOfSpeechFromTags(translation.tags);
      if (pos === undefined || (headPos !== undefined && headPos !== pos)) continue;
      const key = `${pos}\t${article.headword}\t${translation.text}`;
      const evidence = forward.get(key) ?? {
        articles: 0,
        bestPosition: translation.position,
        gender: "",
        disfavouredOnly: true,
      };
      evidence.articles += 1;
      evidence.disfavouredOnly &&= senseDisfavoured || isDisfavoured(translation.labels);
      evidence.bestPosition = Math.min(evidence.bestPosition, translation.position);
      if (pos === "noun" && evidence.gender === "") evidence.gender = genderFromTags(translation.tags);
      forward.set(key, evidence);
    }
  }
  const candidates = new Map<string, CandidatePair>();
  for (const article of germanEnglish.articles) {
    const pos = partOfSpeechFromTags(article.headwordTags);
    if (pos === undefined) continue;
    const senseDisfavoured = isDisfavouredSense(article.translations.at(-1)?.labels ?? []);
    for (const translation of article.translations) {
      const disfavoured = senseDisfavoured || isDisfavoured(translation.labels);
      const translationPos = partOfSpeechFromTags(translation.tags);
      if (translationPos !== undefined && translationPos !== pos) continue;
      const key = `${pos}\t${translation.text}\t${article.headword}`;
      const evidence = forward.get(key);
      if (evidence === undefined) continue;
      const existing = candidates.get(key);
      if (existing !== undefined) {
        existing.listings = (existing.listings ?? 0) + 1;
        existing.confirmations = Math.min(MAX_CONFIRMATIONS, existing.confirmations + 1);
        existing.order = Math.min(existing.order, translation.position);
        if (!disfavoured) existing.penalty = 0;
        continue;
      }
      const gender =
        pos === "noun"
          ? genderFromTags(article.headwordTags) || evidence.gender || germanNounGender(article.headword)
          : "";
      candidates.set(key, {
        pos,
        left: { language: "en", text: translation.text, gender: "" },
        right: { language: "de", text: article.headword, gender },
        confirmations: Math.min(MAX_CONFIRMATIONS, evidence.articles + 1),
        listings: evidence.articles + 1,
        order: Math.min(evidence.bestPosition, translation.position),
        penalty: evidence.disfavouredOnly && disfavoured ? 1 : 0,
      });
    }
  }
  return { candidates: [...candidates.values()], listedPairs: forward.size };
}
