import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDictdNumber, parseDictdIndex, readDictdArticles, readDictdMetadata } from "./dictd-reader.js";

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

describe("decodeDictdNumber", () => {
  it("reads base64 digits most significant first", () => {
    expect(decodeDictdNumber("A")).toBe(0);
    expect(decodeDictdNumber("/")).toBe(63);
    expect(decodeDictdNumber("BA")).toBe(64);
    expect(decodeDictdNumber("Gw")).toBe(6 * 64 + 48);
    expect(decodeDictdNumber("BABk8")).toBe(((1 * 64 + 0) * 64 + 1) * 64 * 64 + 36 * 64 + 60);
  });

  it("rejects characters outside the alphabet", () => {
    expect(() => decodeDictdNumber("A=")).toThrow(/invalid dictd number/);
  });
});

describe("parseDictdIndex", () => {
  it("splits headword, offset and length", () => {
    expect(parseDictdIndex("dog\tGw\tGe\nrun\tQ4\tB7\n")).toEqual([
      { headword: "dog", offset: 432, length: 414 },
      { headword: "run", offset: 1080, length: 123 },
    ]);
  });
});

describe("readDictdArticles on a dictionary cut from dict-freedict-eng-deu", () => {
  const index = readFileSync(fixture("freedict-eng-deu.index"), "utf8");
  const body = readFileSync(fixture("freedict-eng-deu.dict.dz"));

  it("slices each article from the decompressed body and skips the metadata", () => {
    const articles = readDictdArticles(index, body);
    expect(articles.map((article) => article.headword)).toEqual(["dog", "dog", "run", "yummy"]);
    const hund = articles.find((article) => article.text.includes("Hund"));
    expect(hund?.text.split("\n").slice(0, 2)).toEqual(["dog /dˈɒɡ/", "Hund <masc> [zool.]"]);
    for (const article of articles) expect(article.text.startsWith(`${article.headword} /`)).toBe(true);
  });

  it("reads the licence article under its dictfmt name", () => {
    expect(readDictdMetadata(index, body).get("00databaseinfo")).toContain("GNU General Public License");
  });

  it("returns an article shared by two index lines once", () => {
    const wikdictIndex = readFileSync(fixture("freedict-fra-ita.index"), "utf8");
    const articles = readDictdArticles(wikdictIndex, readFileSync(fixture("freedict-fra-ita.dict.dz")));
    expect(articles.filter((article) => article.text.startsWith("maison "))).toHaveLength(1);
  });
});
