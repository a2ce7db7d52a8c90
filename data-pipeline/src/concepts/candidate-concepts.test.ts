import { describe, expect, it } from "vitest";
import { TranslationGraph, type WordNode } from "../graph/translation-graph.js";
import type { GraphLanguage } from "../graph/dictionaries.js";
import { conceptsForAnchor } from "./candidate-concepts.js";
import { ConceptEvidence } from "./concept-evidence.js";

const node = (id: string): WordNode => {
  const [language, text] = id.split(":") as [GraphLanguage, string];
  return { language, text };
};

/** Links every pair of words of a clique, each through the given dictionary families. */
function link(graph: TranslationGraph, words: string[], families: string[]): void {
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      for (const family of families) {
        graph.add(node(words[i]!), node(words[j]!), { family, pos: "noun", rank: 0, marked: false });
      }
    }
  }
}

const rules = { knows: () => true, minSeedRoutes: 3, minJoinRoutes: 4, maxSenses: 3 };
const texts = (concept: { words: Map<string, { text: string }[]> }) =>
  Object.fromEntries([...concept.words].map(([language, words]) => [language, words.map((w) => w.text)]));

describe("conceptsForAnchor", () => {
  it("keeps the senses of a word apart: each is a clique of words that translate each other", () => {
    const graph = new TranslationGraph();
    link(graph, ["en:spring", "de:Frühling", "it:primavera", "es:primavera", "fr:printemps", "sv:vår"], ["a", "b"]);
    link(graph, ["en:spring", "de:Quelle", "it:fonte", "es:fuente", "fr:source", "sv:källa"], ["a", "b"]);
    const concepts = conceptsForAnchor(new ConceptEvidence(graph), "spring", "noun", rules);
    expect(concepts).toHaveLength(2);
    expect(concepts.map(texts)).toEqual(
      expect.arrayContaining([
        { en: ["spring"], it: ["fonte"], de: ["Quelle"], es: ["fuente"], fr: ["source"] },
        { en: ["spring"], it: ["primavera"], de: ["Frühling"], es: ["primavera"], fr: ["printemps"] },
      ]),
    );
  });

  it("never builds a concept on a chain that only one route supports (want → querer → amare)", () => {
    const graph = new TranslationGraph();
    graph.add(node("en:want"), node("es:querer"), { family: "a", pos: "noun", rank: 0, marked: false });
    graph.add(node("es:querer"), node("it:amare"), { family: "b", pos: "noun", rank: 0, marked: false });
    expect(conceptsForAnchor(new ConceptEvidence(graph), "want", "noun", rules)).toEqual([]);
  });

  it("merges the cliques found through synonyms into one concept with alternatives", () => {
    const graph = new TranslationGraph();
    link(graph, ["en:spring", "de:Frühling", "it:primavera", "es:primavera", "fr:printemps"], ["a", "b"]);
    link(graph, ["en:spring", "de:Frühjahr", "it:primavera", "es:primavera", "fr:printemps"], ["a", "b"]);
    const [season] = conceptsForAnchor(new ConceptEvidence(graph), "spring", "noun", rules);
    expect(texts(season!).de).toEqual(["Frühjahr", "Frühling"]);
  });
});
