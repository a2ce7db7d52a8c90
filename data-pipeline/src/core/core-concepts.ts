import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LANGUAGES, PARTS_OF_SPEECH, type Language, type PartOfSpeech } from "../vocabulary/term.js";
import { hintRevealsWord, parseCoreCell, type CoreWord } from "./core-word.js";

/**
 * The hand-written core vocabulary (`data-pipeline/core/concepts.tsv`): one row per
 * sense, every language filled, the first word of a cell the one shown to learners.
 * The format is described in data-pipeline/core/README.md.
 */

export interface CoreConcept {
  /** Stable ASCII id: `house`, `spring-season`, `light-adj-weight`. */
  concept: string;
  pos: PartOfSpeech;
  words: Record<Language, CoreWord[]>;
}

export const CORE_DIRECTORY = fileURLToPath(new URL("../../core/", import.meta.url));
export const CORE_CONCEPTS_FILE = `${CORE_DIRECTORY}concepts.tsv`;

const HEADER = ["concept", "pos", ...LANGUAGES].join("\t");
const CONCEPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A problem in a data file, reported as `file:line: message`. */
export class CoreDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "CoreDataError";
  }
}

function isPartOfSpeech(value: string): value is PartOfSpeech {
  return (PARTS_OF_SPEECH as readonly string[]).includes(value);
}

function parseRow(fields: string[]): CoreConcept {
  if (fields.length !== HEADER.split("\t").length) {
    throw new Error(`expected ${HEADER.split("\t").length} tab-separated fields, found ${fields.length}`);
  }
  const [concept = "", pos = "", ...cells] = fields;
  if (!CONCEPT_ID.test(concept))
    throw new Error(`concept id "${concept}" must be lower-case ASCII words joined by "-"`);
  if (!isPartOfSpeech(pos)) throw new Error(`unknown part of speech "${pos}" (${PARTS_OF_SPEECH.join(", ")})`);
  const words = {} as Record<Language, CoreWord[]>;
  LANGUAGES.forEach((language, index) => {
    words[language] = parseCoreCell(cells[index] ?? "", language, pos);
  });
  for (const language of LANGUAGES) {
    for (const { text, hint } of words[language]) {
      if (hint === null) continue;
      if (hintRevealsWord(hint, text)) throw new Error(`hint "${hint}" contains its own word "${text}"`);
      for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
        const revealed = words[other].find((word) => hintRevealsWord(hint, word.text));
        if (revealed !== undefined) {
          throw new Error(`${language} hint "${hint}" of "${text}" gives away ${other} "${revealed.text}"`);
        }
      }
    }
  }
  return { concept, pos, words };
}

/**
 * A word shared by two rows of one language and part of speech is two senses of it:
 * a learner can only tell them apart by the hint, so both need one.
 */
function checkSharedWords(concepts: readonly CoreConcept[], lines: readonly number[], file: string): void {
  const firstSeen = new Map<string, { word: CoreWord; concept: string; line: number }>();
  concepts.forEach((concept, index) => {
    const line = lines[index] ?? 0;
    for (const language of LANGUAGES) {
      for (const word of concept.words[language]) {
        const key = `${language}|${concept.pos}|${word.text}`;
        const earlier = firstSeen.get(key);
        if (earlier === undefined) {
          firstSeen.set(key, { word, concept: concept.concept, line });
        } else if (earlier.word.hint === null || word.hint === null) {
          throw new CoreDataError(
            file,
            line,
            `${language} ${concept.pos} "${word.text}" is also in "${earlier.concept}" (line ${earlier.line}): both need a sense hint`,
          );
        }
      }
    }
  });
}

export function parseCoreConcepts(text: string, file: string): CoreConcept[] {
  if (text.includes("\r"))
    throw new CoreDataError(file, text.slice(0, text.indexOf("\r")).split("\n").length, "CR found: use LF line ends");
  if (!text.endsWith("\n"))
    throw new CoreDataError(file, text.split("\n").length, "the file must end with a line break");
  const lines = text.slice(0, -1).split("\n");
  if (lines[0] !== HEADER) throw new CoreDataError(file, 1, `header must be "${HEADER.replaceAll("\t", "<TAB>")}"`);
  const concepts: CoreConcept[] = [];
  const lineNumbers: number[] = [];
  const idLines = new Map<string, number>();
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    let concept: CoreConcept;
    try {
      concept = parseRow(line.split("\t"));
    } catch (error) {
      throw new CoreDataError(file, lineNumber, (error as Error).message);
    }
    const earlier = idLines.get(concept.concept);
    if (earlier !== undefined)
      throw new CoreDataError(file, lineNumber, `duplicate concept "${concept.concept}" (line ${earlier})`);
    idLines.set(concept.concept, lineNumber);
    concepts.push(concept);
    lineNumbers.push(lineNumber);
  });
  checkSharedWords(concepts, lineNumbers, file);
  return concepts;
}

export function readCoreConcepts(file: string = CORE_CONCEPTS_FILE): CoreConcept[] {
  return parseCoreConcepts(readFileSync(file, "utf8"), file);
}
