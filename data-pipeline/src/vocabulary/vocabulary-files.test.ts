import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Term, TermWord } from "./term.js";
import { deterministicGzip, GZIP_THRESHOLD_BYTES, serializeTerms, writeTextFile } from "./vocabulary-files.js";

const word = (overrides: Partial<TermWord>): TermWord => ({
  language: "en",
  position: 0,
  text: "",
  gender: "",
  plural: false,
  difficulty: "easy",
  hint: "",
  offensive: false,
  folder: "lila",
  ...overrides,
});

const spring: Term = {
  key: "core:spring-season",
  pos: "noun",
  words: [
    word({ language: "de", text: "Frühjahr", gender: "n", position: 1 }),
    word({ language: "de", text: "Frühling", gender: "m" }),
    word({ language: "en", text: "spring", hint: "season" }),
    word({ language: "it", text: "primavera", gender: "f", folder: "wikdict" }),
  ],
};
const money: Term = {
  key: "core:money",
  pos: "noun",
  words: [word({ language: "it", text: "soldi", gender: "m", plural: true })],
};

describe("serializeTerms", () => {
  it("writes the documented header and one folder's rows: terms by key, languages in order, then position", () => {
    expect(serializeTerms([spring, money], "lila").split("\n")).toEqual([
      "term_key\tpos\tlanguage\tposition\ttext\tgender\tplural\tdifficulty\thint\toffensive",
      "core:money\tnoun\tit\t0\tsoldi\tm\t1\teasy\t\t",
      "core:spring-season\tnoun\ten\t0\tspring\t\t\teasy\tseason\t",
      "core:spring-season\tnoun\tde\t0\tFrühling\tm\t\teasy\t\t",
      "core:spring-season\tnoun\tde\t1\tFrühjahr\tn\t\teasy\t\t",
      "",
    ]);
    expect(serializeTerms([spring], "wikdict")).toContain("core:spring-season\tnoun\tit\t0\tprimavera\tf");
  });

  it("refuses a tab inside a field", () => {
    expect(() => serializeTerms([{ ...money, words: [word({ text: "a\tb" })] }], "lila")).toThrow(/tab or newline/);
  });
});

describe("writeTextFile", () => {
  it("gzips large files with equal bytes for equal text, and removes the other variant", () => {
    const folder = mkdtempSync(join(tmpdir(), "lila-vocabulary-files-"));
    const small = "term_key\n";
    expect(writeTextFile(folder, "terms", small)).toBe("terms.tsv");
    const large = "x".repeat(GZIP_THRESHOLD_BYTES + 1);
    expect(writeTextFile(folder, "terms", large)).toBe("terms.tsv.gz");
    expect(readdirSync(folder)).toEqual(["terms.tsv.gz"]);
    expect(gunzipSync(readFileSync(join(folder, "terms.tsv.gz"))).toString("utf8")).toBe(large);
    expect(deterministicGzip(large).equals(deterministicGzip(large))).toBe(true);
  });
});
