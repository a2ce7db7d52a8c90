import { join } from "node:path";
import { readBilingualEntries } from "../apertium/lexical-unit.js";
import { printTransducer } from "../apertium/lttoolbox.js";
import { readFreedictPackage } from "../dictd/freedict-dictionary.js";
import type { DebianPackage } from "../sources/debian-packages.js";
import { genderFromTags, partOfSpeechFromTags } from "../vocabulary/part-of-speech.js";
import type { Gender, PartOfSpeech } from "../vocabulary/term.js";
import { isMarked, isOffensiveLabel } from "./dictionary-labels.js";
import type { DictionarySpec } from "./dictionaries.js";
import { TranslationGraph, nodeKey, type WordNode } from "./translation-graph.js";
import { normaliseWord } from "./word-text.js";

/** Facts about single words that dictionaries state on the way: noun genders and offensive labels. */
export interface WordFacts {
  /** Votes per word (nodeKey) and gender. */
  genders: Map<string, Map<Gender, number>>;
  /** Words (nodeKey) some dictionary labels vulgar or pejorative. */
  offensive: Set<string>;
}

export interface LoadedGraph {
  graph: TranslationGraph;
  facts: WordFacts;
  /** Pairs listed per dictionary package, for docs/DATA.md. */
  listed: Map<string, number>;
}

/** Ranks a translation: its sense of the headword first (0 = first sense), then its place in the sense. */
function rankOf(sense: number, position: number): number {
  return Math.min(sense, 20) * 10 + Math.min(position, 9);
}

export function loadTranslationGraph(
  dictionaries: readonly DictionarySpec[],
  packageOf: (name: string) => DebianPackage,
  ltPrint: string,
): LoadedGraph {
  const graph = new TranslationGraph();
  const facts: WordFacts = { genders: new Map(), offensive: new Set() };
  const listed = new Map<string, number>();
  const voteGender = (node: WordNode, gender: Gender): void => {
    if (gender === "") return;
    const key = nodeKey(node);
    const votes = facts.genders.get(key) ?? new Map<Gender, number>();
    votes.set(gender, (votes.get(gender) ?? 0) + 1);
    facts.genders.set(key, votes);
  };
  for (const spec of dictionaries) {
    const root = packageOf(spec.package).root;
    const count =
      spec.kind === "freedict"
        ? addFreedict(graph, spec, readFreedictPackage(packageOf(spec.package)), voteGender, facts.offensive)
        : addApertium(
            graph,
            spec,
            printTransducer(ltPrint, join(root, "usr/share/apertium", spec.file ?? "")),
            voteGender,
          );
    listed.set(`${spec.package}${spec.file ? `:${spec.file}` : ""}`, count);
  }
  return { graph, facts, listed };
}

function addFreedict(
  graph: TranslationGraph,
  spec: DictionarySpec,
  dictionary: ReturnType<typeof readFreedictPackage>,
  voteGender: (node: WordNode, gender: Gender) => void,
  offensive: Set<string>,
): number {
  // Ding writes each sense as an article of its own: the n-th article of a headword is its n-th sense.
  const sensesSeen = new Map<string, number>();
  let count = 0;
  for (const article of dictionary.articles) {
    const headText = normaliseWord(spec.from, article.headword);
    if (headText === "") continue;
    const senseOffset = sensesSeen.get(headText) ?? 0;
    sensesSeen.set(headText, senseOffset + 1);
    const headPos = partOfSpeechFromTags(article.headwordTags);
    const head: WordNode = { language: spec.from, text: headText };
    if (headPos === "noun") voteGender(head, genderFromTags(article.headwordTags));
    const lastLabels = article.translations.at(-1)?.labels ?? [];
    for (const translation of article.translations) {
      const translationPos = partOfSpeechFromTags(translation.tags);
      if (headPos !== undefined && translationPos !== undefined && headPos !== translationPos) continue;
      const pos: PartOfSpeech | undefined = headPos ?? translationPos;
      const text = normaliseWord(spec.to, translation.text);
      if (text === "") continue;
      const other: WordNode = { language: spec.to, text };
      if (pos === "noun") voteGender(other, genderFromTags(translation.tags));
      const labels = [...translation.labels, ...lastLabels];
      if (isOffensiveLabel(labels)) offensive.add(nodeKey(other));
      graph.add(head, other, {
        family: spec.family,
        pos,
        rank: rankOf(senseOffset + translation.sense, translation.position),
        marked: isMarked(labels),
      });
      count += 1;
    }
  }
  return count;
}

function addApertium(
  graph: TranslationGraph,
  spec: DictionarySpec,
  attText: string,
  voteGender: (node: WordNode, gender: Gender) => void,
): number {
  const entries = readBilingualEntries(attText);
  for (const entry of entries) {
    const source: WordNode = { language: spec.from, text: normaliseWord(spec.from, entry.source) };
    const target: WordNode = { language: spec.to, text: normaliseWord(spec.to, entry.target) };
    if (source.text === "" || target.text === "") continue;
    if (entry.pos === "noun") {
      voteGender(source, entry.sourceGender);
      voteGender(target, entry.targetGender);
    }
    graph.add(source, target, { family: spec.family, pos: entry.pos, rank: 0, marked: false });
  }
  return entries.length;
}
