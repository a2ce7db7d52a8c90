import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CoreWord } from "../core/core-word.js";
import { LANGUAGES, type Language } from "../vocabulary/term.js";
import type { Concept } from "./vocabulary-concepts.js";

/**
 * An editor's decision about a word that belongs to several terms
 * (data-pipeline/review/senses.tsv): a sense hint for it in one term, "=" (no hint
 * needed: the senses are the same to a learner), DROP (the term duplicates another or is
 * wrong) or REMOVE (the word does not belong in this term).
 */
export type SenseDecision =
  { kind: "hint"; hint: string } | { kind: "same" } | { kind: "drop-term" } | { kind: "remove-word" };

export interface SenseDecisionRow {
  language: Language;
  pos: string;
  text: string;
  termKey: string;
  decision: SenseDecision;
}

export const SENSES_FILE = fileURLToPath(new URL("../../review/senses.tsv", import.meta.url));
const HEADER = "word\tterm_key\tdecision";

export function parseSenseDecisions(text: string, file: string): SenseDecisionRow[] {
  const lines = text.replace(/\n$/, "").split("\n");
  if (lines[0] !== HEADER) throw new Error(`${file}:1: header must be "${HEADER.replaceAll("\t", "<TAB>")}"`);
  return lines.slice(1).map((line, index) => {
    const [word = "", termKey = "", decision = ""] = line.split("\t");
    const [language = "", pos = "", ...rest] = word.split(":");
    if (
      !(LANGUAGES as readonly string[]).includes(language) ||
      rest.length === 0 ||
      termKey === "" ||
      decision === ""
    ) {
      throw new Error(`${file}:${index + 2}: expected language:pos:word, a term key and a decision`);
    }
    return {
      language: language as Language,
      pos,
      text: rest.join(":"),
      termKey,
      decision:
        decision === "="
          ? { kind: "same" }
          : decision === "DROP"
            ? { kind: "drop-term" }
            : decision === "REMOVE"
              ? { kind: "remove-word" }
              : { kind: "hint", hint: decision },
    };
  });
}

export function readSenseDecisions(file: string = SENSES_FILE): SenseDecisionRow[] {
  return existsSync(file) ? parseSenseDecisions(readFileSync(file, "utf8"), file) : [];
}

/**
 * Applies the decisions: hints are set on the word, removed words leave their term (the
 * next word becomes the shown one), dropped terms leave the vocabulary. A decision about a
 * term or word that no longer exists is an error, so the file cannot rot unnoticed.
 */
export function applySenseDecisions(concepts: readonly Concept[], rows: readonly SenseDecisionRow[]): Concept[] {
  const byKey = new Map(concepts.map((concept) => [concept.key, concept]));
  const dropped = new Set<string>();
  const edited = new Map<string, Partial<Record<Language, CoreWord[]>>>();
  const wordsOf = (concept: Concept) => {
    let words = edited.get(concept.key);
    if (words === undefined) {
      words = Object.fromEntries(
        LANGUAGES.filter((language) => concept.words[language] !== undefined).map((language) => [
          language,
          (concept.words[language] ?? []).map((word) => ({ ...word })),
        ]),
      );
      edited.set(concept.key, words);
    }
    return words;
  };
  for (const row of rows) {
    const concept = byKey.get(row.termKey);
    if (concept === undefined || concept.pos !== row.pos) {
      throw new Error(`review/senses.tsv: no ${row.pos} term ${row.termKey} (for ${row.language} "${row.text}")`);
    }
    if (row.decision.kind === "drop-term") {
      dropped.add(row.termKey);
      continue;
    }
    const words = wordsOf(concept);
    const cell = words[row.language] ?? [];
    const index = cell.findIndex((word) => word.text === row.text);
    if (index < 0) throw new Error(`review/senses.tsv: ${row.termKey} has no ${row.language} word "${row.text}"`);
    if (row.decision.kind === "remove-word") {
      const [removed] = cell.splice(index, 1);
      // The next word becomes the shown one; it inherited its level from the removed one.
      const next = cell[0];
      if (index === 0 && next !== undefined && next.level === null) next.level = removed?.level ?? null;
    } else if (row.decision.kind === "hint") (cell[index] as CoreWord).hint = row.decision.hint;
    words[row.language] = cell;
  }
  return (
    concepts
      .filter((concept) => !dropped.has(concept.key))
      .map((concept) => {
        const words = edited.get(concept.key);
        if (words === undefined) return concept;
        const kept = Object.fromEntries(Object.entries(words).filter(([, cell]) => cell.length > 0));
        return { ...concept, words: kept };
      })
      // A term needs two languages to be asked at all.
      .filter((concept) => Object.keys(concept.words).length >= 2)
  );
}
