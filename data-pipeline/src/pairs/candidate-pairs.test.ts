import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BilingualEntry } from "../apertium/lexical-unit.js";
import { readDictdArticles } from "../dictd/dictd-reader.js";
import { parseFreedictArticle } from "../dictd/freedict-article.js";
import type { FreedictDictionary } from "../dictd/freedict-dictionary.js";
import { chainedCandidates, erganeConfirmations } from "./apertium-pairs.js";
import { dingCandidates } from "./ding-pairs.js";
import { wikdictCandidates, wikdictGraph } from "./wikdict-pairs.js";

function dictionary(name: string): FreedictDictionary {
  const index = readFileSync(new URL(`../../fixtures/${name}.index`, import.meta.url), "utf8");
  const body = readFileSync(new URL(`../../fixtures/${name}.dict.dz`, import.meta.url));
  return { articles: readDictdArticles(index, body).map((article) => parseFreedictArticle(article.text)), info: "" };
}

function textDictionary(...articles: string[]): FreedictDictionary {
  return { articles: articles.map(parseFreedictArticle), info: "" };
}

describe("dingCandidates", () => {
  it("keeps pairs both directions list, with the German gender", () => {
    const { candidates, listedPairs } = dingCandidates(
      dictionary("freedict-eng-deu"),
      dictionary("freedict-deu-eng"),
      () => "",
    );
    expect(listedPairs).toBeGreaterThan(candidates.length);
    expect(candidates.map((c) => `${c.pos}:${c.left.text}=${c.right.text}:${c.right.gender}:${c.penalty}`)).toEqual([
      "noun:dog=Hund:m:0",
    ]);
  });

  it("penalises a pair whose sense is marked technical", () => {
    const englishGerman = textDictionary("dog /dˈɒɡ/\nBock <masc>, Auflagebock <masc> [techn.]\n");
    const germanEnglish = textDictionary("Bock /bɔk/ <masc, n, sg>\ndog <n>, trestle <n> [techn.]\n");
    const [bock] = dingCandidates(englishGerman, germanEnglish, () => "").candidates;
    expect(bock?.penalty).toBe(1);
  });
});

describe("chainedCandidates", () => {
  const englishSpanish: BilingualEntry[] = [
    { pos: "noun", source: "dog", target: "perro", sourceGender: "", targetGender: "m" },
    { pos: "verb", source: "want", target: "querer", sourceGender: "", targetGender: "" },
  ];
  const spanishItalian: BilingualEntry[] = [
    { pos: "noun", source: "perro", target: "cane", sourceGender: "m", targetGender: "m" },
    { pos: "verb", source: "querer", target: "amare", sourceGender: "", targetGender: "" },
    { pos: "adjective", source: "perro", target: "canino", sourceGender: "", targetGender: "" },
  ];
  const confirmations = erganeConfirmations(
    textDictionary("dog /dˈɒɡ/\ncane\n", "want /wˈɒnt/\nvolere\n"),
    textDictionary("cane /kˈane/\ndog\n"),
  );

  it("joins on the Spanish lemma and POS and ships only confirmed pairs", () => {
    const { candidates, listedPairs } = chainedCandidates(
      englishSpanish,
      spanishItalian,
      "it",
      confirmations,
      () => "",
    );
    expect(listedPairs).toBe(2);
    expect(candidates.map((c) => `${c.left.text}=${c.right.text}:${c.right.gender}`)).toEqual(["dog=cane:m"]);
  });
});

describe("wikdictCandidates", () => {
  const fraIta = { dictionary: dictionary("freedict-fra-ita"), from: "fr", to: "it" } as const;

  it("takes POS and gender from the headword and keeps first-sense translations", () => {
    const { candidates } = wikdictCandidates(["it", "fr"], [fraIta], wikdictGraph([fraIta]), () => "", true);
    const found = candidates
      .map((c) => `${c.pos}:${c.left.text}(${c.left.gender})=${c.right.text}(${c.right.gender})`)
      .sort();
    expect(found).toContain("noun:casa()=maison(f)");
    expect(found).toContain("adjective:grande()=grand()");
    expect(found).toContain("adjective:gran()=grand()");
    // grosso and alto translate later senses only and nothing else backs them.
    expect(found.some((text) => text.includes("grosso") || text.includes("alto"))).toBe(false);
  });

  it("keeps a later-sense pair that a third language confirms", () => {
    const itaSpa = { dictionary: textDictionary("grosso /ˈɡrɔsso/ <adj>\ngrande\n"), from: "it", to: "es" } as const;
    const fraSpa = { dictionary: textDictionary("grand /ɡʁɑ̃/ <adj>\ngrande\n"), from: "fr", to: "es" } as const;
    const graph = wikdictGraph([fraIta, itaSpa, fraSpa]);
    const strict = wikdictCandidates(["it", "fr"], [fraIta], graph, () => "", false).candidates;
    expect(strict.map((c) => `${c.left.text}=${c.right.text}`).sort()).toEqual(["grosso=grand"]);
    expect(strict.find((c) => c.left.text === "grosso")?.confirmations).toBe(2);
  });
});
