import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Term } from "./term.js";
import { deterministicGzip, GZIP_THRESHOLD_BYTES, serializeTerms, writeTermFile } from "./vocabulary-files.js";

const dog: Term = {
  key: "en:dog|de:Hund|noun",
  pos: "noun",
  rows: [
    { language: "de", text: "Hund", gender: "m", difficulty: "easy", gloss: "" },
    { language: "en", text: "dog", gender: "", difficulty: "easy", gloss: "" },
  ],
};
const cat: Term = { ...dog, key: "en:cat|de:Katze|noun", rows: [{ language: "en", text: "cat", gender: "", difficulty: "easy", gloss: "" }] };

describe("serializeTerms", () => {
  it("writes the documented header, sorts terms by key and rows by language order", () => {
    expect(serializeTerms([dog, cat]).split("\n")).toEqual([
      "term_key\tpos\tlanguage\ttext\tgender\tdifficulty\tgloss",
      "en:cat|de:Katze|noun\tnoun\ten\tcat\t\teasy\t",
      "en:dog|de:Hund|noun\tnoun\ten\tdog\t\teasy\t",
      "en:dog|de:Hund|noun\tnoun\tde\tHund\tm\teasy\t",
      "",
    ]);
  });

  it("refuses a tab inside a field", () => {
    expect(() => serializeTerms([{ ...cat, rows: [{ ...cat.rows[0]!, text: "c\tat" }] }])).toThrow(/tab or newline/);
  });
});

describe("deterministicGzip", () => {
  it("gives the same bytes every time, with no file name and a zero mtime", () => {
    const first = deterministicGzip("term_key\n");
    expect(deterministicGzip("term_key\n").equals(first)).toBe(true);
    expect(first.readUInt32LE(4)).toBe(0);
    expect(first[3]! & 0x08).toBe(0);
    expect(gunzipSync(first).toString("utf8")).toBe("term_key\n");
  });
});

describe("writeTermFile", () => {
  it("writes plain TSV when small and gzip when large, removing the other variant", () => {
    const folder = mkdtempSync(join(tmpdir(), "lila-vocabulary-"));
    writeFileSync(join(folder, "en-de.tsv.gz"), "stale");
    expect(writeTermFile(folder, "en-de", [dog])).toBe("en-de.tsv");
    expect(readdirSync(folder)).toEqual(["en-de.tsv"]);

    const many = Array.from({ length: Math.ceil(GZIP_THRESHOLD_BYTES / 60) + 10 }, (_, index) => ({
      ...dog,
      key: `en:dog${index}|de:Hund${index}|noun`,
    }));
    expect(writeTermFile(folder, "en-de", many)).toBe("en-de.tsv.gz");
    expect(readdirSync(folder)).toEqual(["en-de.tsv.gz"]);
    const text = gunzipSync(readFileSync(join(folder, "en-de.tsv.gz"))).toString("utf8");
    expect(text).toBe(serializeTerms(many));
  });
});
