import { describe, expect, it } from "vitest";
import { directionCounts, pairName, playableDifficulties, sampleTerms, termsForDirection } from "./coverage.js";
import { parseTermTsv } from "./vocabulary-reader.js";

const tsv = [
  "term_key\tpos\tlanguage\ttext\tgender\tdifficulty\tgloss",
  "en:dog|de:Hund|noun\tnoun\ten\tdog\t\teasy\t",
  "en:dog|de:Hund|noun\tnoun\tde\tHund\tm\tintermediate\t",
  "en:run|es:correr|verb\tverb\ten\trun\t\teasy\t",
  "en:run|es:correr|verb\tverb\tes\tcorrer\t\thard\t",
  "",
].join("\n");

describe("coverage", () => {
  const terms = parseTermTsv("test", tsv);

  it("groups rows into terms", () => {
    expect(terms.map((term) => [term.key, term.rows.length])).toEqual([
      ["en:dog|de:Hund|noun", 2],
      ["en:run|es:correr|verb", 2],
    ]);
  });

  it("counts a direction by the target row's difficulty", () => {
    const enDe = termsForDirection(terms, "en", "de");
    expect(enDe).toHaveLength(1);
    expect(directionCounts(enDe, "de").noun).toEqual({ easy: 0, intermediate: 1, hard: 0 });
    expect(directionCounts(enDe, "en").noun).toEqual({ easy: 1, intermediate: 0, hard: 0 });
  });

  it("names pairs in languages.tsv order and judges playable cells", () => {
    expect(pairName("de", "en")).toBe("en-de");
    expect(pairName("fr", "it")).toBe("it-fr");
    expect(playableDifficulties({ easy: 10, intermediate: 9, hard: 30 })).toBe(2);
  });

  it("samples the same terms for the same seed, whatever the input order", () => {
    const many = Array.from({ length: 100 }, (_, index) => ({ key: `k${index}` }));
    const first = sampleTerms(many, 20, "en-de");
    expect(first).toHaveLength(20);
    expect(new Set(first.map((term) => term.key)).size).toBe(20);
    expect(sampleTerms([...many].reverse(), 20, "en-de")).toEqual(first);
    expect(sampleTerms(many, 20, "en-it")).not.toEqual(first);
  });
});
