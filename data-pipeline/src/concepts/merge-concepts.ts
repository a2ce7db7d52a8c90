import type { Language } from "../vocabulary/term.js";
import { compareText, type CandidateConcept, type CandidateWord } from "./candidate-concepts.js";

/**
 * English synonyms find the same concept from two anchors (big and large both reach
 * groß/grande/grand/grande): concepts of one part of speech whose first words agree
 * in three or more other languages are one concept with several English words.
 */
export function mergeAcrossAnchors(concepts: readonly CandidateConcept[]): CandidateConcept[] {
  const merged: CandidateConcept[] = [];
  const bySignature = new Map<string, CandidateConcept[]>();
  for (const concept of concepts) {
    const firsts = [...concept.words.entries()]
      .filter(([language]) => language !== "en")
      .map(([language, words]) => `${language}:${words[0]?.text ?? ""}`);
    let target: CandidateConcept | undefined;
    for (const first of firsts) {
      for (const other of bySignature.get(`${concept.pos}|${first}`) ?? []) {
        if (agreeingLanguages(other, concept) >= 3) target = other;
      }
      if (target) break;
    }
    if (target === undefined) {
      merged.push(concept);
      for (const first of firsts) {
        const key = `${concept.pos}|${first}`;
        bySignature.set(key, [...(bySignature.get(key) ?? []), concept]);
      }
      continue;
    }
    for (const [language, words] of concept.words) {
      target.words.set(language, unionWords(target.words.get(language) ?? [], words));
    }
    target.cohesion = Math.max(target.cohesion, concept.cohesion);
  }
  return merged;
}

function agreeingLanguages(a: CandidateConcept, b: CandidateConcept): number {
  let agreeing = 0;
  for (const [language, words] of a.words) {
    if (language === "en") continue;
    if (b.words.get(language)?.[0]?.text === words[0]?.text) agreeing += 1;
  }
  return agreeing;
}

/** Keeps the first list's order and appends what the second adds. */
function unionWords(first: CandidateWord[], second: CandidateWord[]): CandidateWord[] {
  const result = first.map((word) => ({ ...word }));
  for (const word of second) {
    const existing = result.find((other) => other.text === word.text);
    if (existing) existing.support += word.support;
    else result.push({ ...word });
  }
  return result;
}

export function languagesOf(concept: CandidateConcept): Language[] {
  return [...concept.words.keys()].sort(compareText);
}
