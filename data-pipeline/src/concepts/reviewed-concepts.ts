import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hintRevealsWord, parseCoreCell, type CoreWord } from "../core/core-word.js";
import { LANGUAGES, PARTS_OF_SPEECH, type Language, type PartOfSpeech } from "../vocabulary/term.js";

/**
 * Concepts an editor reviewed (data-pipeline/review/reviewed/*.tsv, format in
 * data-pipeline/review/README.md): the proposal's id, the verdict, and the final words.
 */
export interface ReviewedConcept {
  id: string;
  pos: PartOfSpeech;
  words: Partial<Record<Language, CoreWord[]>>;
}

export interface ReviewedFiles {
  kept: ReviewedConcept[];
  /** Ids of the proposals the editors dropped. */
  dropped: string[];
}

export const REVIEWED_DIRECTORY = fileURLToPath(new URL("../../review/reviewed/", import.meta.url));
const HEADER = ["id", "verdict", "pos", ...LANGUAGES].join("\t");
const MIN_LANGUAGES = 3;

export function parseReviewedConcepts(text: string, file: string): ReviewedFiles {
  const lines = text.replace(/\n$/, "").split("\n");
  if (lines[0] !== HEADER) throw new Error(`${file}:1: header must be "${HEADER.replaceAll("\t", "<TAB>")}"`);
  const result: ReviewedFiles = { kept: [], dropped: [] };
  lines.slice(1).forEach((line, index) => {
    const where = `${file}:${index + 2}`;
    const fields = line.split("\t");
    if (fields.length !== HEADER.split("\t").length)
      throw new Error(`${where}: expected 8 fields, found ${fields.length}`);
    const [id = "", verdict = "", pos = "", ...cells] = fields;
    if (id === "") throw new Error(`${where}: empty id`);
    if (verdict === "drop") {
      result.dropped.push(id);
      return;
    }
    if (verdict !== "ok") throw new Error(`${where}: verdict must be ok or drop, not "${verdict}"`);
    if (!(PARTS_OF_SPEECH as readonly string[]).includes(pos))
      throw new Error(`${where}: unknown part of speech "${pos}"`);
    const words: Partial<Record<Language, CoreWord[]>> = {};
    try {
      LANGUAGES.forEach((language, column) => {
        const parsed = parseCoreCell(cells[column] ?? "", language, pos as PartOfSpeech, { allowEmpty: true });
        if (parsed.length === 0) return;
        if (parsed[0]?.level === null) throw new Error(`the first ${language} word "${parsed[0].text}" needs a level`);
        words[language] = parsed;
      });
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    if (words.en === undefined) throw new Error(`${where}: a kept concept needs its English word`);
    if (Object.keys(words).length < MIN_LANGUAGES) throw new Error(`${where}: a kept concept needs three languages`);
    for (const [language, list] of Object.entries(words) as [Language, CoreWord[]][]) {
      for (const word of list) {
        if (word.hint === null) continue;
        const revealed = Object.values(words)
          .flat()
          .find((other) => hintRevealsWord(word.hint as string, other.text));
        if (revealed !== undefined) {
          throw new Error(`${where}: ${language} hint "${word.hint}" gives away "${revealed.text}"`);
        }
      }
    }
    result.kept.push({ id, pos: pos as PartOfSpeech, words });
  });
  return result;
}

/** Every reviewed file, in name order; an id may appear only once across them. */
export function readReviewedConcepts(directory: string = REVIEWED_DIRECTORY): ReviewedFiles {
  const result: ReviewedFiles = { kept: [], dropped: [] };
  const seen = new Map<string, string>();
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".tsv"))
    .sort();
  for (const name of files) {
    const file = join(directory, name);
    const parsed = parseReviewedConcepts(readFileSync(file, "utf8"), file);
    for (const id of [...parsed.kept.map((concept) => concept.id), ...parsed.dropped]) {
      const earlier = seen.get(id);
      if (earlier !== undefined) throw new Error(`${file}: id ${id} was reviewed already in ${earlier}`);
      seen.set(id, file);
    }
    result.kept.push(...parsed.kept);
    result.dropped.push(...parsed.dropped);
  }
  return result;
}
