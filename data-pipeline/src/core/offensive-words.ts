import { readFileSync } from "node:fs";
import type { Language } from "../vocabulary/term.js";
import { CORE_DIRECTORY, CoreDataError } from "./core-concepts.js";

/**
 * `core/offensive.<lang>.txt`: vulgar, offensive or slur lemmas, one a line, `#`
 * starts a comment line. A learner meets them only after opting in; the pipeline
 * uses the lists to mark dictionary-derived words.
 */

const LEMMA = /^\p{L}+(?:['’ -]\p{L}+)*$/u;

export function offensiveWordsFile(language: Language): string {
  return `${CORE_DIRECTORY}offensive.${language}.txt`;
}

export function parseOffensiveWords(text: string, file: string): Set<string> {
  if (text.includes("\r")) throw new CoreDataError(file, 1, "CR found: use LF line ends");
  const words = new Set<string>();
  const seenOn = new Map<string, number>();
  text.split("\n").forEach((line, index) => {
    const lineNumber = index + 1;
    if (line === "" || line.startsWith("#")) return;
    if (!LEMMA.test(line)) {
      throw new CoreDataError(file, lineNumber, `"${line}" is not one lemma (letters; no padding, no inline comment)`);
    }
    const earlier = seenOn.get(line);
    if (earlier !== undefined) throw new CoreDataError(file, lineNumber, `"${line}" is already on line ${earlier}`);
    seenOn.set(line, lineNumber);
    words.add(line);
  });
  return words;
}

export function readOffensiveWords(language: Language, file: string = offensiveWordsFile(language)): Set<string> {
  return parseOffensiveWords(readFileSync(file, "utf8"), file);
}
