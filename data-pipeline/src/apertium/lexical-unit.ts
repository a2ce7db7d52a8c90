import { genderFromTags, partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender, PartOfSpeech } from "../vocabulary/term.js";
import { listAttPaths, parseAtt, type AttSection } from "./att-transducer.js";

/** `baño<n><m>` → lemma `baño`, tags `n`, `m`. */
export function parseLexicalUnit(text: string): { lemma: string; tags: string[] } {
  const tagStart = text.indexOf("<");
  if (tagStart < 0) return { lemma: text, tags: [] };
  const tags = [...text.slice(tagStart).matchAll(/<([^<>]+)>/g)].map((tag) => tag[1] ?? "");
  return { lemma: text.slice(0, tagStart), tags };
}

export interface BilingualEntry {
  pos: PartOfSpeech;
  source: string;
  target: string;
  targetGender: Gender;
  sourceGender: Gender;
}

/** The lexical section is the largest; the small ones hold numbers and other regex-like material. */
function lexicalSection(sections: AttSection[]): AttSection {
  const largest = [...sections].sort((a, b) => b.arcs.size - a.arcs.size)[0];
  if (largest === undefined) throw new Error("transducer has no sections");
  return largest;
}

/**
 * Lists the content-word entries of a bilingual transducer (`X-Y.autobil.bin` printed
 * by lt-print): both sides must carry the same part of speech. Multiwords with a
 * fixed part (`#`) are dropped here; spaces and other text rules are left to callers.
 */
export function readBilingualEntries(attText: string): BilingualEntry[] {
  const entries: BilingualEntry[] = [];
  for (const path of listAttPaths(lexicalSection(parseAtt(attText)))) {
    const source = parseLexicalUnit(path.input);
    const target = parseLexicalUnit(path.output);
    if (source.lemma.includes("#") || target.lemma.includes("#")) continue;
    const pos = partOfSpeechFromTags(source.tags.slice(0, 1));
    if (pos === undefined || partOfSpeechFromTags(target.tags.slice(0, 1)) !== pos) continue;
    // Tags after the part of speech that mark names or abbreviations.
    if ([...source.tags, ...target.tags].some((tag) => tag === "acr" || tag === "np" || tag === "abbr")) continue;
    entries.push({
      pos,
      source: source.lemma,
      target: target.lemma,
      sourceGender: pos === "noun" ? genderFromTags(source.tags.slice(1)) : "",
      targetGender: pos === "noun" ? genderFromTags(target.tags.slice(1)) : "",
    });
  }
  return entries;
}
