import type { CoreWord } from "../core/core-word.js";
import type { ConceptEvidence } from "../concepts/concept-evidence.js";
import type { Concept } from "../concepts/vocabulary-concepts.js";
import { LANGUAGES, type Language } from "./term.js";

/** Folders of dictionary-attested words, in the order a word attested by several is placed. */
export const DICTIONARY_FOLDERS = ["freedict-ding", "freedict", "apertium", "wikdict"] as const;

export function folderOfFamily(family: string): (typeof DICTIONARY_FOLDERS)[number] {
  if (family === "ding") return "freedict-ding";
  if (family.startsWith("wikdict:")) return "wikdict";
  if (family.startsWith("apertium:")) return "apertium";
  return "freedict";
}

/** Dictionary families that list `word` with another word of the concept (same part of speech). */
export function attestingFamilies(
  evidence: ConceptEvidence,
  concept: Concept,
  language: Language,
  word: CoreWord,
): Set<string> {
  const families = new Set<string>();
  const neighbours = evidence.neighbours({ language, text: word.text }, concept.pos);
  for (const other of LANGUAGES) {
    if (other === language) continue;
    for (const otherWord of concept.words[other] ?? []) {
      const link = neighbours.get(`${other}\u0001${otherWord.text}`);
      if (link !== undefined) for (const family of link.families) families.add(family);
    }
  }
  return families;
}

/** The folder a reviewed word is written to: the first dictionary folder that attests it, else lila's own. */
export function folderOfWord(families: ReadonlySet<string>): string {
  const folders = new Set([...families].map(folderOfFamily));
  return DICTIONARY_FOLDERS.find((folder) => folders.has(folder)) ?? "lila";
}
