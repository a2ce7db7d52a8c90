import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDictdArticles } from "./dictd-reader.js";
import { cleanText, extractTags, parseFreedictArticle, splitTopLevel } from "./freedict-article.js";

function articles(name: string) {
  const index = readFileSync(new URL(`../../fixtures/${name}.index`, import.meta.url), "utf8");
  const body = readFileSync(new URL(`../../fixtures/${name}.dict.dz`, import.meta.url));
  return readDictdArticles(index, body).map((article) => parseFreedictArticle(article.text));
}

describe("text helpers", () => {
  it("splits on commas outside brackets", () => {
    expect(splitTopLevel("Hund <masc, n>, Köter (ugs., abw.), Töle")).toEqual([
      "Hund <masc, n>",
      "Köter (ugs., abw.)",
      "Töle",
    ]);
  });
  it("collects tags and cleans labels, IPA and parentheses", () => {
    expect(extractTags("auswaschen <v, refl> <x>")).toEqual(["v", "refl", "x"]);
    expect(cleanText(" [Am.] Laufmasche <fem> [textil.]")).toBe("Laufmasche");
    expect(cleanText("maison /mɛzɔ̃/ <n, fem>")).toBe("maison");
  });
});

describe("Ding articles", () => {
  it("reads the German translation with its gender tag (eng-deu)", () => {
    const hund = articles("freedict-eng-deu").find((article) => article.translations.some((t) => t.text === "Hund"));
    expect(hund?.headword).toBe("dog");
    expect(hund?.translations).toEqual([{ text: "Hund", tags: ["masc"], sense: 0, position: 0, labels: ["zool."] }]);
  });

  it("gives untagged items the tags written after the group, and ignores notes and examples", () => {
    const yummy = articles("freedict-eng-deu").find((article) => article.headword === "yummy");
    expect(yummy?.translations.map((t) => [t.text, t.tags.join(",")])).toEqual([
      ["lecker", "adj"],
      ["prima", "adj"],
    ]);
  });

  it("reads headword tags and tagged English translations (deu-eng)", () => {
    const gross = articles("freedict-deu-eng").find((article) => article.headword === "groß");
    expect(gross?.headwordTags).toEqual(["adj"]);
    expect(gross?.translations.map((t) => t.text)).toEqual(["big"]);
    const hund = articles("freedict-deu-eng").find((article) => article.headword === "Hund");
    expect(hund?.headwordTags).toEqual(["masc", "n", "sg"]);
    expect(hund?.translations.map((t) => [t.text, t.labels])).toEqual([
      ["dog", ["zool."]],
      ["dawg", []],
    ]);
  });
});

describe("WikDict and Ergane articles", () => {
  it("numbers WikDict senses and drops the definitions between them", () => {
    const grand = articles("freedict-fra-ita").find((article) => article.headword === "grand");
    expect(grand?.headwordTags).toEqual(["adj"]);
    expect(grand?.translations.map((t) => `${t.sense}:${t.text}`)).toEqual([
      "0:grande",
      "0:gran",
      "1:grande",
      "1:grosso",
      "2:grande",
      "2:alto",
      "3:gran",
      "3:grande",
    ]);
  });

  it("strips the trailing sense number of a one-sense WikDict article", () => {
    const maison = articles("freedict-fra-ita").find((article) => article.headword === "maison");
    expect(maison?.headwordTags).toEqual(["n", "fem"]);
    expect(maison?.translations.map((t) => t.text)).toEqual(["casa"]);
  });

  it("reads numbered Ergane senses (fra-eng)", () => {
    const rapidement = articles("freedict-fra-eng").find((article) => article.headword === "rapidement");
    expect(rapidement?.headwordTags).toEqual(["adv"]);
    expect(rapidement?.translations.map((t) => `${t.sense}:${t.text}`)).toEqual([
      "0:fast",
      "0:quickly",
      "0:swiftly",
      "1:shallowly",
    ]);
  });
});
