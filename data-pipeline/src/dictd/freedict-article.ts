/**
 * Parses the text of one FreeDict article (dictd body) into headword, headword tags
 * and translations. The FreeDict editions differ in layout:
 *
 * - Ding (eng-deu, deu-eng): `dog /dˈɒɡ/` then one translation line
 *   `Hund <masc> [zool.]`, then indented notes, examples and cross references.
 * - Ergane (eng-ita, fra-eng, …): `maison /mɛzɔ̃/ <n, fem>` then `house`, or numbered
 *   sense lines `1. fast, quickly`.
 * - WikDict (fra-ita, deu-spa, …): `grand /ɡʁɑ̃/ <adj>` then `1. grande, gran` with a
 *   definition in the headword's language on the next line; an article with one
 *   translated sense writes `casa 2.` (the next sense's number trails the line).
 *
 * The second line and every line starting with a sense number hold translations;
 * everything else (definitions, notes, examples, synonyms) is skipped.
 */

export interface FreedictTranslation {
  text: string;
  tags: string[];
  /** 0 for the first translated sense of the article, 1 for the next, … */
  sense: number;
  /** Place within its sense's translation line (0 = listed first). */
  position: number;
  /** Usage or domain labels written in square brackets: `ugs.`, `techn.`, `zool.` … */
  labels: string[];
}

export interface FreedictArticle {
  headword: string;
  headwordTags: string[];
  translations: FreedictTranslation[];
}

const SENSE_LINE = /^\s*\d+\.\s+(\S.*)$/;
const TRAILING_SENSE_NUMBER = /\s+\d+\.\s*$/;

/** Splits `a <n, masc>, b (x, y), c` on commas that are not inside brackets. */
export function splitTopLevel(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of line) {
    if (char === "<" || char === "(" || char === "[" || char === "{") depth += 1;
    if (char === ">" || char === ")" || char === "]" || char === "}") depth = Math.max(0, depth - 1);
    if ((char === "," || char === ";") && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/** `<v, intr>` → `["v", "intr"]`; collects every angle-bracket group of the text. */
export function extractTags(text: string): string[] {
  const tags: string[] = [];
  for (const match of text.matchAll(/<([^<>]*)>/g)) {
    for (const tag of (match[1] ?? "").split(/[,\s]+/)) if (tag !== "") tags.push(tag);
  }
  return tags;
}

/** `Laufmasche <fem> [textil.] [Am.]` → `["textil.", "Am."]`. */
export function extractLabels(text: string): string[] {
  return [...text.matchAll(/\[([^\]]*)\]/g)].map((match) => (match[1] ?? "").trim()).filter((label) => label !== "");
}

/** Removes tags, IPA (`/…/`), usage labels (`[ugs.]`), parentheses and cross references. */
export function cleanText(text: string): string {
  return text
    .replace(/<[^<>]*>/g, " ")
    .replace(/\/[^/]*\//g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Ding writes a shared tag once after a group (`lecker, prima <adj>`,
 * `befassen, behandeln <v, trans>`): an untagged item takes the tags of the next
 * tagged item on the line.
 */
function parseTranslationLine(line: string, sense: number): FreedictTranslation[] {
  const items = splitTopLevel(line.replace(TRAILING_SENSE_NUMBER, ""))
    .map((item) => ({ text: cleanText(item), tags: extractTags(item), labels: extractLabels(item) }))
    .filter((translation) => translation.text !== "");
  let nextTags: string[] = [];
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item === undefined) continue;
    if (item.tags.length > 0) nextTags = item.tags;
    else item.tags = nextTags;
  }
  return items.map((translation, position) => ({ ...translation, sense, position }));
}

export function parseFreedictArticle(text: string): FreedictArticle {
  const lines = text.split("\n");
  const headLine = lines[0] ?? "";
  const translations: FreedictTranslation[] = [];
  let sense = 0;
  lines.slice(1).forEach((line, index) => {
    const senseLine = SENSE_LINE.exec(line);
    if (senseLine?.[1] !== undefined) {
      const found = parseTranslationLine(senseLine[1], sense);
      if (found.length > 0) sense += 1;
      translations.push(...found);
    } else if (index === 0 && line.trim() !== "") {
      const found = parseTranslationLine(line, sense);
      if (found.length > 0) sense += 1;
      translations.push(...found);
    }
  });
  return { headword: cleanText(headLine), headwordTags: extractTags(headLine), translations };
}
