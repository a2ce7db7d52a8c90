/**
 * Proposes concepts for review: cliques of mutually confirmed translations across the
 * five languages, anchored on English words in frequency order. The reviewed result
 * is committed under data-pipeline/review/ (see data-pipeline/review/README.md); this
 * script only writes proposals into data-pipeline/review/candidates/ (not committed).
 *
 *   npm run candidates -w @lila/data-pipeline -- [--anchors 15000] [--batch 250]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findLtPrint } from "./apertium/lttoolbox.js";
import { conceptsForAnchor, type CandidateConcept } from "./concepts/candidate-concepts.js";
import { ConceptEvidence } from "./concepts/concept-evidence.js";
import { mergeAcrossAnchors } from "./concepts/merge-concepts.js";
import { DICTIONARIES, MAIN_LANGUAGES } from "./graph/dictionaries.js";
import { cachedTranslationGraph } from "./graph/graph-cache.js";
import { nodeKey } from "./graph/translation-graph.js";
import { fetchDebianPackage, type DebianPackage } from "./sources/debian-packages.js";
import { isPlayableText } from "./vocabulary/playable-text.js";
import { loadLemmaFrequencies, loadLexicon } from "./lexicon/index.js";
import type { Lexicon } from "./lexicon/index.js";
import { existsSync, readFileSync } from "node:fs";
import type { Gender, Language, PARTS_OF_SPEECH } from "./vocabulary/term.js";

const PIPELINE_DIRECTORY = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE_DIRECTORY = join(PIPELINE_DIRECTORY, ".cache");
const OUTPUT_DIRECTORY = join(PIPELINE_DIRECTORY, "review", "candidates");

const { values } = parseArgs({
  options: { anchors: { type: "string", default: "15000" }, batch: { type: "string", default: "250" } },
});

const packages = new Map<string, DebianPackage>();
const packageOf = (name: string): DebianPackage => {
  let found = packages.get(name);
  if (found === undefined) {
    found = fetchDebianPackage(name, CACHE_DIRECTORY);
    packages.set(name, found);
  }
  return found;
};

console.log("reading the dictionaries into one translation graph");
const started = Date.now();
const { graph, facts } = cachedTranslationGraph(DICTIONARIES, packageOf, findLtPrint(CACHE_DIRECTORY), CACHE_DIRECTORY);
console.log(
  `graph: ${graph.size.nodes} words, ${graph.size.edges} links (${Math.round((Date.now() - started) / 1000)} s)`,
);

// Proposals hold lemmas of the right part of speech only (the dictionaries' tags are sparse).
const lexicons = new Map<Language, Lexicon>(
  MAIN_LANGUAGES.map((language) => [language, loadLexicon(language, CACHE_DIRECTORY)]),
);
const knows = (language: Language, text: string, pos: (typeof PARTS_OF_SPEECH)[number]): boolean =>
  isPlayableText(text, language, pos) && lexicons.get(language)?.has(text, pos) === true;
// Hand-written lists of vulgar and offensive words (data-pipeline/core/offensive.<lang>.txt).
const offensive = new Set<string>();
for (const language of MAIN_LANGUAGES) {
  const file = join(PIPELINE_DIRECTORY, "core", `offensive.${language}.txt`);
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const word = line.replace(/#.*/, "").trim();
    if (word !== "") offensive.add(`${language}:${word}`);
  }
}

const evidence = new ConceptEvidence(graph);
const rules = {
  knows: (language: Language, text: string, pos: (typeof PARTS_OF_SPEECH)[number]) =>
    knows(language, text, pos) && !offensive.has(`${language}:${text}`),
  minSeedRoutes: 3,
  minJoinRoutes: 4,
  maxSenses: 3,
};
// English content lemmas by falling frequency, each in its own part of speech.
const anchors = loadLemmaFrequencies("en", CACHE_DIRECTORY).all().slice(0, Number(values.anchors));
const found: CandidateConcept[] = [];
anchors.forEach((anchor, index) => {
  found.push(...conceptsForAnchor(evidence, anchor.lemma, anchor.pos, rules));
  if (index % 1000 === 999) {
    evidence.clear();
    console.log(`${index + 1} anchors, ${found.length} concepts`);
  }
});
const merged = mergeAcrossAnchors(found);
console.log(`${merged.length} concepts after merging English synonyms`);

// Concepts the hand-written core already holds need no review: same part of speech, a
// shared English word and a shared word in another language.
const coreWords = new Map<string, Set<string>[]>();
const coreFile = process.env.CORE_CONCEPTS ?? join(PIPELINE_DIRECTORY, "core", "concepts.tsv");
if (existsSync(coreFile)) {
  const [, ...lines] = readFileSync(coreFile, "utf8").split("\n");
  for (const line of lines) {
    const [, pos, ...cells] = line.split("\t");
    if (pos === undefined || cells.length < MAIN_LANGUAGES.length) continue;
    const words = cells.map(
      (cell, index) =>
        new Set(cell.split("; ").map((word) => `${MAIN_LANGUAGES[index]}:${word.replace(/[:{].*$/u, "").trim()}`)),
    );
    for (const english of words[0] ?? [])
      coreWords.set(`${pos}|${english}`, [
        ...(coreWords.get(`${pos}|${english}`) ?? []),
        new Set(words.slice(1).flatMap((set) => [...set])),
      ]);
  }
}
const isCoreDuplicate = (concept: CandidateConcept): boolean =>
  (concept.words.get("en") ?? []).some((english) =>
    (coreWords.get(`${concept.pos}|en:${english.text}`) ?? []).some((others) =>
      [...concept.words].some(
        ([language, words]) => language !== "en" && words.some((word) => others.has(`${language}:${word.text}`)),
      ),
    ),
  );
const concepts = merged.filter((concept) => !isCoreDuplicate(concept));
console.log(`${concepts.length} concepts left after removing the ${merged.length - concepts.length} the core holds`);

/** A readable id, fixed once a reviewer writes it: `n:spring:primavera`. */
const usedIds = new Set<string>();
const idOf = (concept: CandidateConcept): string => {
  const english = concept.words.get("en")?.[0]?.text ?? "";
  const other =
    MAIN_LANGUAGES.filter((language) => language !== "en")
      .map((language) => concept.words.get(language)?.[0]?.text)
      .find((text) => text !== undefined) ?? "";
  const base = `${concept.pos.charAt(0)}:${english}:${other}`;
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}:${suffix}`;
  usedIds.add(id);
  return id;
};

const genderOf = (language: Language, text: string): Gender => {
  const known = lexicons.get(language)?.gender(text);
  if (known) return known;
  const votes = facts.genders.get(nodeKey({ language, text }));
  if (votes === undefined) return "";
  const sorted = [...votes].sort((a, b) => b[1] - a[1]);
  return sorted[0]?.[0] ?? "";
};

rmSync(OUTPUT_DIRECTORY, { recursive: true, force: true });
mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
const batchSize = Number(values.batch);
const header = ["id", "pos", ...MAIN_LANGUAGES, "cohesion"].join("\t");
for (let start = 0; start < concepts.length; start += batchSize) {
  const rows = concepts.slice(start, start + batchSize).map((concept, offset) => {
    const cells = MAIN_LANGUAGES.map((language) =>
      (concept.words.get(language) ?? [])
        .map((word) => {
          const gender = concept.pos === "noun" && language !== "en" ? genderOf(language, word.text) : "";
          return `${word.text}${gender ? `:${gender}` : ""}`;
        })
        .join("; "),
    );
    void offset;
    return [idOf(concept), concept.pos, ...cells, concept.cohesion.toFixed(1)].join("\t");
  });
  const file = join(OUTPUT_DIRECTORY, `batch-${String(start / batchSize + 1).padStart(3, "0")}.tsv`);
  writeFileSync(file, `${header}\n${rows.join("\n")}\n`);
}
console.log(`wrote ${Math.ceil(concepts.length / batchSize)} batches to ${OUTPUT_DIRECTORY}`);
