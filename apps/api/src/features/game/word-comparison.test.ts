import { describe, expect, it } from "vitest";
import { comparableWord, degreeBases, lemmaFamily } from "./word-comparison.js";

describe("comparableWord", () => {
  it("folds case and accents", () => {
    expect(comparableWord("Été")).toBe(comparableWord("ete"));
  });
});

describe("lemmaFamily", () => {
  it.each([
    ["es", "levantarse", "levantar"],
    ["es", "vestirse", "vestir"],
    ["it", "alzarsi", "alzare"],
    ["it", "vestirsi", "vestire"],
    ["it", "porsi", "porsi"],
    ["it", "tradursi", "tradurre"],
    ["fr", "se laver", "laver"],
    ["fr", "s'asseoir", "asseoir"],
    ["de", "sich waschen", "waschen"],
    ["en", "wash", "wash"],
  ])("%s %s belongs with %s", (language, reflexive, base) => {
    expect(lemmaFamily(language, reflexive)).toBe(lemmaFamily(language, base));
  });

  it("keeps different words apart", () => {
    expect(lemmaFamily("es", "base")).not.toBe(lemmaFamily("es", "bar"));
    expect(lemmaFamily("it", "forse")).toBe("forse");
  });
});

describe("degreeBases", () => {
  it("finds the base a comparative or superlative may come from", () => {
    expect(degreeBases("en", "later")).toContain("late");
    expect(degreeBases("en", "bigger")).toContain("big");
    expect(degreeBases("en", "easiest")).toContain("easy");
    expect(degreeBases("it", "piccolissimo")).toContain("piccolo");
    expect(degreeBases("es", "grandísimo")).toContain("grande");
    expect(degreeBases("en", "late")).toEqual([]);
  });
});
