/**
 * Builds vocabulary/ from the hand-written core (data-pipeline/core/) and the reviewed
 * concepts (data-pipeline/review/reviewed/), placing each word in the folder of the
 * dictionary that attests it (its source and license). See docs/DATA.md.
 *
 *   npm run build:vocabulary -w @lila/data-pipeline
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findLtPrint } from "./apertium/lttoolbox.js";
import { ConceptEvidence } from "./concepts/concept-evidence.js";
import { readReviewedConcepts } from "./concepts/reviewed-concepts.js";
import { unifyConcepts, type Concept } from "./concepts/vocabulary-concepts.js";
import { applySenseDecisions, readSenseDecisions } from "./concepts/sense-decisions.js";
import { readCoreConcepts } from "./core/core-concepts.js";
import type { CoreWord } from "./core/core-word.js";
import { readOffensiveWords } from "./core/offensive-words.js";
import { DICTIONARIES } from "./graph/dictionaries.js";
import { cachedTranslationGraph } from "./graph/graph-cache.js";
import { folderSpecs, writeSourceFolders } from "./source-folders.js";
import { fetchDebianPackage, type DebianPackage } from "./sources/debian-packages.js";
import { attestingFamilies, folderOfFamily, folderOfWord } from "./vocabulary/attestation.js";
import { termsFromConcepts } from "./vocabulary/concept-terms.js";
import { LANGUAGES, type Language, type Term } from "./vocabulary/term.js";
import { loadLexicon, writeFormsTable } from "./lexicon/index.js";
import { writeTextFile } from "./vocabulary/vocabulary-files.js";
import { isSingleWord } from "./graph/word-text.js";
import { compareText } from "./concepts/candidate-concepts.js";

const PIPELINE_DIRECTORY = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE_DIRECTORY = join(PIPELINE_DIRECTORY, ".cache");
const VOCABULARY_DIRECTORY = join(PIPELINE_DIRECTORY, "..", "vocabulary");

function main(): void {
  const packages = new Map<string, DebianPackage>();
  const packageOf = (name: string): DebianPackage => {
    let found = packages.get(name);
    if (found === undefined) {
      found = fetchDebianPackage(name, CACHE_DIRECTORY);
      packages.set(name, found);
    }
    return found;
  };

  console.log("reading the core and the reviewed concepts");
  const core = readCoreConcepts();
  const reviewed = readReviewedConcepts();
  const unified = unifyConcepts(core, reviewed.kept);
  const { duplicates } = unified;
  const concepts = applySenseDecisions(unified.concepts, readSenseDecisions());
  console.log(
    `${core.length} core, ${reviewed.kept.length} reviewed kept (${reviewed.dropped.length} dropped, ${duplicates.length} duplicates of earlier concepts)`,
  );
  const offensive = new Map<Language, Set<string>>(
    LANGUAGES.map((language) => [language, readOffensiveWords(language)]),
  );

  console.log("reading the dictionaries into one translation graph (cached)");
  const { graph } = cachedTranslationGraph(DICTIONARIES, packageOf, findLtPrint(CACHE_DIRECTORY), CACHE_DIRECTORY);
  const evidence = new ConceptEvidence(graph);
  const familiesByFolder = new Map<string, Set<string>>();
  const folderOf = (concept: Concept, language: Language, word: CoreWord): string => {
    const families = attestingFamilies(evidence, concept, language, word);
    const folder = folderOfWord(families);
    for (const family of families) {
      if (folderOfFamily(family) !== folder) continue;
      const used = familiesByFolder.get(folder) ?? new Set<string>();
      used.add(family);
      familiesByFolder.set(folder, used);
    }
    return folder;
  };
  const terms = termsFromConcepts(concepts, {
    folderOf,
    isOffensive: (language, text) => offensive.get(language)?.has(text) === true,
  });

  const readCopyright = (name: string): string =>
    readFileSync(join(packageOf(name).root, "usr/share/doc", name, "copyright"), "utf8");
  writeSourceFolders(
    VOCABULARY_DIRECTORY,
    terms,
    folderSpecs(readCopyright),
    (folder) => {
      const families = familiesByFolder.get(folder) ?? new Set<string>();
      const names = new Set(DICTIONARIES.filter((spec) => families.has(spec.family)).map((spec) => spec.package));
      return [...names].map(packageOf);
    },
    (pkg) => licenseOfPackage(readCopyright(pkg.name), pkg.name),
  );
  writeFormsTables(terms);
  writeBuildStatistics({
    core: core.length,
    reviewedKept: reviewed.kept.length,
    reviewedDropped: reviewed.dropped.length,
    duplicates: duplicates.length,
    terms: terms.length,
    pairs: pairEvidence(terms, evidence),
  });
  console.log(`wrote ${terms.length} terms to ${VOCABULARY_DIRECTORY}`);
}

/**
 * For each language, every inflected form of every single-word lemma of the vocabulary
 * (form → lemma, part of speech): shipped data that turns running text into lemmas and
 * that the quality gate checks parts of speech against. Each licence group goes to its
 * own folder; lila's own folder holds what editors added (data-pipeline/review/
 * lexicon-additions.tsv) and the bare lemmas the lexicons lack.
 */
function writeFormsTables(terms: readonly Term[]): void {
  const additions = readLexiconAdditions();
  for (const language of LANGUAGES) {
    const lexicon = loadLexicon(language, CACHE_DIRECTORY);
    const lemmas = new Map<string, { lemma: string; pos: Term["pos"] }>();
    for (const term of terms) {
      for (const word of term.words) {
        if (word.language !== language || !isSingleWord(word.text)) continue;
        lemmas.set(`${word.text}|${term.pos}`, { lemma: word.text, pos: term.pos });
        // Every part of speech the lexicon knows the word in: text is ambiguous (run, the noun
        // and the verb), and the quality gate checks a word's part of speech against them.
        for (const entry of lexicon.entries(word.text)) {
          lemmas.set(`${word.text}|${entry.pos}`, { lemma: word.text, pos: entry.pos });
        }
      }
    }
    const table = writeFormsTable(language, [...lemmas.values()]);
    const own = new Set<string>();
    for (const { lemma, pos } of table.missing) own.add(`${lemma}\t${lemma}\t${pos}`);
    for (const addition of additions.filter((row) => row.language === language)) {
      own.add(`${addition.lemma}\t${addition.lemma}\t${addition.pos}`);
    }
    const groups = [...table.groups.filter((group) => group.licenceGroup !== "none")];
    let rows = 0;
    for (const group of groups) {
      writeTextFile(join(VOCABULARY_DIRECTORY, group.licenceGroup), `forms.${language}`, formsText(group.rows));
      rows += group.rows.length;
    }
    writeTextFile(join(VOCABULARY_DIRECTORY, "lila"), `forms.${language}`, formsText([...own].sort(compareText)));
    console.log(`${language}: ${rows} forms from the lexicons, ${own.size} of lila's own`);
  }
}

function formsText(rows: readonly string[]): string {
  return `form\tlemma\tpos\n${rows.map((row) => `${row}\n`).join("")}`;
}

const LEXICON_ADDITIONS = join(PIPELINE_DIRECTORY, "review", "lexicon-additions.tsv");
const BUILD_STATISTICS = join(PIPELINE_DIRECTORY, "review", "build-statistics.json");

interface PairEvidence {
  /** Terms holding both languages. */
  terms: number;
  /** Their shown words are listed as translations by at least one dictionary. */
  listed: number;
  /** … by two or more independent routes (families or pivot languages). */
  confirmed: number;
}

/** How the dictionaries back the shipped pairs of shown words, per language pair (for docs/DATA.md). */
function pairEvidence(terms: readonly Term[], evidence: ConceptEvidence): Record<string, PairEvidence> {
  const result: Record<string, PairEvidence> = {};
  for (let i = 0; i < LANGUAGES.length; i++) {
    for (let j = i + 1; j < LANGUAGES.length; j++) {
      const [a, b] = [LANGUAGES[i] as Language, LANGUAGES[j] as Language];
      const counts: PairEvidence = { terms: 0, listed: 0, confirmed: 0 };
      for (const term of terms) {
        const left = term.words.find((word) => word.language === a && word.position === 0);
        const right = term.words.find((word) => word.language === b && word.position === 0);
        if (left === undefined || right === undefined) continue;
        counts.terms += 1;
        const link = evidence.link({ language: a, text: left.text }, { language: b, text: right.text }, term.pos);
        if (link.direct.size > 0) counts.listed += 1;
        if (link.direct.size + link.pivots.size >= 2) counts.confirmed += 1;
      }
      result[`${a}-${b}`] = counts;
    }
  }
  return result;
}

function writeBuildStatistics(statistics: object): void {
  writeFileSync(BUILD_STATISTICS, `${JSON.stringify(statistics, null, 2)}\n`);
}

/** Parts of speech an editor confirmed for words the lexicons know only otherwise (it coreano, adjective). */
function readLexiconAdditions(): { language: Language; lemma: string; pos: Term["pos"] }[] {
  if (!existsSync(LEXICON_ADDITIONS)) return [];
  const [, ...lines] = readFileSync(LEXICON_ADDITIONS, "utf8").split("\n");
  return lines
    .filter((line) => line !== "")
    .map((line) => {
      const [language, lemma, pos] = line.split("\t") as [Language, string, Term["pos"]];
      return { language, lemma, pos };
    });
}

/** The license of the package's own data: the `Files:` stanza naming its dictionary, else the first that is not debian/*. */
function licenseOfPackage(copyright: string, name: string): string {
  const stanzas = copyright.split(/\n\s*\n/);
  const pair = name.replace(/^dict-freedict-/, "");
  const own =
    stanzas.find((stanza) => stanza.includes(`Files: ${pair}/`)) ??
    stanzas.find((stanza) => /^Files: (?!debian)/m.test(stanza));
  return /^License: (.+)$/m.exec(own ?? "")?.[1] ?? "see copyright";
}

main();
