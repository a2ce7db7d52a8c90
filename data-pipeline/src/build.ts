/**
 * Builds vocabulary/freedict-ding, vocabulary/apertium and vocabulary/wikdict from
 * Debian dictionary packages and npm frequency lists. See docs/DATA.md.
 *
 *   npm run build:vocabulary -w @lila/data-pipeline
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { alwaysCapitalisedWords, lemmaPartsOfSpeech, nounGendersFromAnalyser } from "./apertium/analyser-lookups.js";
import { readBilingualEntries } from "./apertium/lexical-unit.js";
import { findLtPrint, printTransducer } from "./apertium/lttoolbox.js";
import { readFreedictPackage } from "./dictd/freedict-dictionary.js";
import { buildLanguageRanks } from "./frequency/language-ranks.js";
import { loadGermanNouns, loadItalianNounGenders } from "./frequency/noun-genders.js";
import { chainedCandidates, englishSpanishCandidates, erganeConfirmations } from "./pairs/apertium-pairs.js";
import { dingCandidates } from "./pairs/ding-pairs.js";
import { selectOneToOne, type CandidatePair, type CandidateSet, type RankLookup } from "./pairs/select-pairs.js";
import { wikdictCandidates, wikdictGraph, type WikdictDirection } from "./pairs/wikdict-pairs.js";
import { writeSourceFolders, type BuiltFile } from "./source-folders.js";
import { fetchDebianPackage, type DebianPackage } from "./sources/debian-packages.js";
import { genderFromTags, partOfSpeechFromTags } from "./vocabulary/part-of-speech.js";
import type { Gender, Language, WordPair } from "./vocabulary/term.js";
import { termsFromPairs } from "./vocabulary/terms-from-pairs.js";

const DATA_PIPELINE_DIRECTORY = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE_DIRECTORY = join(DATA_PIPELINE_DIRECTORY, ".cache");
const VOCABULARY_DIRECTORY = join(DATA_PIPELINE_DIRECTORY, "..", "vocabulary");

const PACKAGE_NAMES = [
  "dict-freedict-eng-deu",
  "dict-freedict-deu-eng",
  "apertium-eng-spa",
  "apertium-spa-ita",
  "apertium-fr-es",
  "dict-freedict-eng-ita",
  "dict-freedict-ita-eng",
  "dict-freedict-eng-fra",
  "dict-freedict-fra-eng",
  "dict-freedict-fra-ita",
  "dict-freedict-ita-spa",
  "dict-freedict-fra-spa",
  "dict-freedict-fra-deu",
  "dict-freedict-deu-fra",
  "dict-freedict-deu-spa",
] as const;
type PackageName = (typeof PACKAGE_NAMES)[number];

const WIKDICT_DIRECTIONS: readonly (readonly [PackageName, Language, Language])[] = [
  ["dict-freedict-fra-ita", "fr", "it"],
  ["dict-freedict-ita-spa", "it", "es"],
  ["dict-freedict-fra-spa", "fr", "es"],
  ["dict-freedict-fra-deu", "fr", "de"],
  ["dict-freedict-deu-fra", "de", "fr"],
  ["dict-freedict-deu-spa", "de", "es"],
];

/**
 * One output file per language pair, with the dictionaries that back it and whether a
 * first-sense translation needs no second confirmation (see wikdictCandidates).
 */
const WIKDICT_FILES: readonly (readonly [string, readonly [Language, Language], readonly PackageName[], boolean])[] = [
  ["it-fr", ["it", "fr"], ["dict-freedict-fra-ita"], true],
  ["it-es", ["it", "es"], ["dict-freedict-ita-spa"], true],
  ["es-fr", ["es", "fr"], ["dict-freedict-fra-spa"], false],
  ["de-fr", ["de", "fr"], ["dict-freedict-fra-deu", "dict-freedict-deu-fra"], false],
  ["de-es", ["de", "es"], ["dict-freedict-deu-spa"], false],
];

function main(): void {
  const packages = new Map<string, DebianPackage>();
  for (const name of PACKAGE_NAMES) packages.set(name, fetchDebianPackage(name, CACHE_DIRECTORY));
  const pkg = (name: PackageName): DebianPackage => {
    const found = packages.get(name);
    if (found === undefined) throw new Error(`package ${name} not fetched`);
    return found;
  };
  const apertiumFile = (name: PackageName, file: string): string =>
    join(pkg(name).root, "usr/share/apertium", name, file);
  const analysers = {
    en: apertiumFile("apertium-eng-spa", "eng-spa.automorf.bin"),
    es: apertiumFile("apertium-eng-spa", "spa-eng.automorf.bin"),
    it: apertiumFile("apertium-spa-ita", "ita-spa.automorf.bin"),
    fr: apertiumFile("apertium-fr-es", "fr-es.automorf.bin"),
  };

  console.log("ranking lemmas");
  const germanNouns = loadGermanNouns();
  const italianGenders = loadItalianNounGenders();
  const rankOf = buildLanguageRanks(analysers, germanNouns.lemmaOfForm);
  const packageGender = (language: Language, lemma: string): Gender => {
    if (language === "de") return germanNouns.genders.get(lemma) ?? "";
    if (language === "it") return italianGenders.get(lemma) ?? "";
    return "";
  };
  // Rare words make poor quiz items, and most rare dictionary pairs are rare senses.
  const bothRanked = (pair: WordPair): boolean =>
    rankOf(pair.left.language, pair.left.text, pair.pos) !== undefined &&
    rankOf(pair.right.language, pair.right.text, pair.pos) !== undefined;
  const englishRanked = (pair: WordPair): boolean => rankOf("en", pair.left.text, pair.pos) !== undefined;

  console.log("reading FreeDict Ding (EN-DE)");
  const ding = dingCandidates(
    readFreedictPackage(pkg("dict-freedict-eng-deu")),
    readFreedictPackage(pkg("dict-freedict-deu-eng")),
    (lemma) => packageGender("de", lemma),
  );
  // Ding's English side has no part of speech of its own: the English analyser must
  // know the word as a lemma of the German side's part of speech (`basset` is no verb).
  const englishKinds = lemmaPartsOfSpeech(
    analysers.en,
    [...new Set(ding.candidates.map((pair) => pair.left.text))].filter((word) => /^\p{L}+$/u.test(word)).sort(),
  );
  const englishKnows = (pair: WordPair): boolean => englishKinds.get(pair.left.text)?.has(pair.pos) === true;
  // German ranks cover only ~10,000 forms: an unranked German word is kept when Ding
  // lists it first, unlabelled, in several articles for a ranked English word.
  const englishGerman = choose(
    ding,
    (pair) =>
      englishKnows(pair) &&
      (bothRanked(pair) ||
        (englishRanked(pair) && (pair.penalty ?? 0) === 0 && pair.order === 0 && (pair.listings ?? 0) >= 3)),
    rankOf,
  );

  console.log("expanding Apertium bilingual dictionaries");
  const ltPrint = findLtPrint(CACHE_DIRECTORY);
  const bilingual = (name: PackageName, file: string) =>
    readBilingualEntries(printTransducer(ltPrint, apertiumFile(name, file)));
  const engSpa = bilingual("apertium-eng-spa", "eng-spa.autobil.bin");
  const englishSpanish = choose(englishSpanishCandidates(engSpa), englishRanked, rankOf);
  const englishItalian = choose(
    chainedCandidates(
      engSpa,
      bilingual("apertium-spa-ita", "spa-ita.autobil.bin"),
      "it",
      erganeConfirmations(
        readFreedictPackage(pkg("dict-freedict-eng-ita")),
        readFreedictPackage(pkg("dict-freedict-ita-eng")),
      ),
      (lemma) => packageGender("it", lemma),
    ),
    () => true,
    rankOf,
  );
  const englishFrench = choose(
    chainedCandidates(
      engSpa,
      bilingual("apertium-fr-es", "es-fr.autobil.bin"),
      "fr",
      erganeConfirmations(
        readFreedictPackage(pkg("dict-freedict-eng-fra")),
        readFreedictPackage(pkg("dict-freedict-fra-eng")),
      ),
      () => "",
    ),
    () => true,
    rankOf,
  );

  console.log("looking up genders and capitals with the Apertium analysers");
  const analyserGenders = new Map<Language, Map<string, Gender>>();
  for (const [language, built] of [
    ["es", englishSpanish],
    ["it", englishItalian],
    ["fr", englishFrench],
  ] as const) {
    const nouns = built.pairs.filter((pair) => pair.pos === "noun").map((pair) => pair.right.text);
    analyserGenders.set(language, nounGendersFromAnalyser(analysers[language], nouns));
  }
  const englishWords = [englishGerman, englishSpanish, englishItalian, englishFrench].flatMap((built) =>
    built.pairs.map((pair) => pair.left.text),
  );
  const capitalised = alwaysCapitalisedWords(analysers.en, [...new Set(englishWords)].sort());
  const refine = (pair: WordPair): WordPair => {
    const { left, right } = pair;
    const gender =
      pair.pos === "noun" && right.gender === ""
        ? (analyserGenders.get(right.language)?.get(right.text) ?? "")
        : right.gender;
    const english = capitalised.has(left.text) ? left.text.charAt(0).toUpperCase() + left.text.slice(1) : left.text;
    return { pos: pair.pos, left: { ...left, text: english }, right: { ...right, gender } };
  };

  console.log("reading WikDict (pairs without English)");
  const wikdictDirections = new Map<PackageName, WikdictDirection>(
    WIKDICT_DIRECTIONS.map(([name, from, to]) => [name, { dictionary: readFreedictPackage(pkg(name)), from, to }]),
  );
  const graph = wikdictGraph([...wikdictDirections.values()]);
  // WikDict's own headword genders first (fr, de, it), then the npm noun lists.
  const wikdictGenders = new Map<string, Gender>();
  for (const { dictionary, from } of wikdictDirections.values()) {
    for (const article of dictionary.articles) {
      if (partOfSpeechFromTags(article.headwordTags) !== "noun") continue;
      const gender = genderFromTags(article.headwordTags);
      const key = `${from}:${article.headword}`;
      if (gender !== "" && !wikdictGenders.has(key)) wikdictGenders.set(key, gender);
    }
  }
  const wikdictGender = (language: Language, lemma: string): Gender =>
    wikdictGenders.get(`${language}:${lemma}`) ?? packageGender(language, lemma);
  const wikdictFiles = new Map<string, BuiltFile>();
  for (const [file, languages, names, acceptFirstSense] of WIKDICT_FILES) {
    const directions = names.map((name) => {
      const direction = wikdictDirections.get(name);
      if (direction === undefined) throw new Error(`no WikDict direction ${name}`);
      return direction;
    });
    const built = choose(
      wikdictCandidates(languages, directions, graph, wikdictGender, acceptFirstSense),
      bothRanked,
      rankOf,
    );
    wikdictFiles.set(
      file,
      toFile(built, (pair) => pair, rankOf),
    );
  }

  writeSourceFolders(VOCABULARY_DIRECTORY, {
    packages,
    ding: new Map([["en-de", toFile(englishGerman, refine, rankOf)]]),
    apertium: new Map([
      ["en-es", toFile(englishSpanish, refine, rankOf)],
      ["en-it", toFile(englishItalian, refine, rankOf)],
      ["en-fr", toFile(englishFrench, refine, rankOf)],
    ]),
    wikdict: wikdictFiles,
    readCopyright: (name) =>
      readFileSync(join(pkg(name as PackageName).root, "usr/share/doc", name, "copyright"), "utf8"),
  });
  console.log("done");
}

interface ChosenPairs {
  pairs: WordPair[];
  listedPairs: number;
  confirmedPairs: number;
}

function choose(set: CandidateSet, keep: (pair: CandidatePair) => boolean, rankOf: RankLookup): ChosenPairs {
  return {
    pairs: selectOneToOne(set.candidates.filter(keep), rankOf),
    listedPairs: set.listedPairs,
    confirmedPairs: set.candidates.length,
  };
}

function toFile(chosen: ChosenPairs, refine: (pair: WordPair) => WordPair, rankOf: RankLookup): BuiltFile {
  return {
    terms: termsFromPairs(chosen.pairs.map(refine), rankOf),
    listedPairs: chosen.listedPairs,
    confirmedPairs: chosen.confirmedPairs,
  };
}

main();
