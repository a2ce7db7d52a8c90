import { describe, expect, it } from "vitest";
import type { BilingualEntry } from "../apertium/lexical-unit.js";
import { parseFreedictArticle } from "../dictd/freedict-article.js";
import { adjectivesOfAdverb } from "./adverb-derivation.js";
import { chainedCandidates, erganeConfirmations } from "./apertium-pairs.js";

describe("adjectivesOfAdverb", () => {
  it("undoes the regular adverb suffixes", () => {
    expect(adjectivesOfAdverb("quickly", "en")).toContain("quick");
    expect(adjectivesOfAdverb("happily", "en")).toContain("happy");
    expect(adjectivesOfAdverb("simply", "en")).toContain("simple");
    expect(adjectivesOfAdverb("basically", "en")).toContain("basic");
    expect(adjectivesOfAdverb("rapidamente", "it")).toContain("rapido");
    expect(adjectivesOfAdverb("facilmente", "it")).toContain("facile");
    expect(adjectivesOfAdverb("heureusement", "fr")).toContain("heureux");
    expect(adjectivesOfAdverb("évidemment", "fr")).toContain("évident");
    expect(adjectivesOfAdverb("lentement", "fr")).toContain("lent");
  });

  it("gives nothing for words without the suffix", () => {
    expect(adjectivesOfAdverb("often", "en")).toEqual([]);
    expect(adjectivesOfAdverb("spesso", "it")).toEqual([]);
  });
});

describe("chainedCandidates with adverbs", () => {
  const englishSpanish: BilingualEntry[] = [
    { pos: "adverb", source: "quickly", target: "rápidamente", sourceGender: "", targetGender: "" },
    { pos: "adverb", source: "slowly", target: "lentamente", sourceGender: "", targetGender: "" },
  ];
  const spanishItalian: BilingualEntry[] = [
    { pos: "adverb", source: "rápidamente", target: "rapidamente", sourceGender: "", targetGender: "" },
    { pos: "adverb", source: "lentamente", target: "lentamente", sourceGender: "", targetGender: "" },
  ];

  it("confirms an adverb pair through its adjective pair, ranked after direct confirmations", () => {
    const confirmations = erganeConfirmations(
      { articles: [parseFreedictArticle("quick /kwˈɪk/\nrapido, veloce\n")], info: "" },
      { articles: [], info: "" },
    );
    const { candidates } = chainedCandidates(englishSpanish, spanishItalian, "it", confirmations, () => "");
    expect(candidates.map((c) => [c.left.text, c.right.text, c.order])).toEqual([["quickly", "rapidamente", 1]]);
  });
});
