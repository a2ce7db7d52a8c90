import type { CoreConcept } from "../core/core-concepts.js";
import type { CoreWord } from "../core/core-word.js";
import { LANGUAGES, type Language, type PartOfSpeech } from "../vocabulary/term.js";
import type { ReviewedConcept } from "./reviewed-concepts.js";

/** A concept as the vocabulary ships it: hand-written core, or a reviewed proposal. */
export interface Concept {
  /** The term key: `core:<concept>` or the reviewed proposal's id. */
  key: string;
  origin: "core" | "reviewed";
  pos: PartOfSpeech;
  words: Partial<Record<Language, CoreWord[]>>;
}

export interface UnifiedConcepts {
  concepts: Concept[];
  /** Reviewed concepts left out because an earlier concept already holds the same sense. */
  duplicates: { key: string; of: string }[];
}

/** Languages in which two concepts share a word (any position). */
function sharedLanguages(a: Concept, b: Concept): number {
  let shared = 0;
  for (const language of LANGUAGES) {
    const left = new Set((a.words[language] ?? []).map((word) => word.text));
    if ((b.words[language] ?? []).some((word) => left.has(word.text))) shared += 1;
  }
  return shared;
}

/**
 * The core first, then the reviewed concepts in file order. A reviewed concept that
 * shares words with an earlier concept of its part of speech in three or more languages
 * is the same sense found again (big/large both reach groß/grande/grand): it is left
 * out, the earlier one stands.
 */
export function unifyConcepts(core: readonly CoreConcept[], reviewed: readonly ReviewedConcept[]): UnifiedConcepts {
  const concepts: Concept[] = core.map((concept) => ({
    key: `core:${concept.concept}`,
    origin: "core",
    pos: concept.pos,
    words: concept.words,
  }));
  const byWord = new Map<string, Concept[]>();
  const index = (concept: Concept): void => {
    for (const language of LANGUAGES) {
      for (const word of concept.words[language] ?? []) {
        const key = `${concept.pos}|${language}|${word.text}`;
        byWord.set(key, [...(byWord.get(key) ?? []), concept]);
      }
    }
  };
  concepts.forEach(index);
  const duplicates: UnifiedConcepts["duplicates"] = [];
  for (const proposal of reviewed) {
    const concept: Concept = { key: proposal.id, origin: "reviewed", pos: proposal.pos, words: proposal.words };
    const neighbours = new Set<Concept>();
    for (const language of LANGUAGES) {
      for (const word of concept.words[language] ?? []) {
        for (const other of byWord.get(`${concept.pos}|${language}|${word.text}`) ?? []) neighbours.add(other);
      }
    }
    const same = [...neighbours].find((other) => sharedLanguages(other, concept) >= 3);
    if (same !== undefined) {
      duplicates.push({ key: concept.key, of: same.key });
      continue;
    }
    concepts.push(concept);
    index(concept);
  }
  return { concepts, duplicates };
}
