import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseTsv } from "./vocabulary-files.js";

const Row = z.object({ code: z.string(), name: z.string() });

describe("parseTsv", () => {
  it("reads the same rows from LF and CRLF line endings (a Windows checkout)", () => {
    const lf = "code\tname\nit\tItalian\nde\tGerman\n";
    const rows = [
      { code: "it", name: "Italian" },
      { code: "de", name: "German" },
    ];
    expect(parseTsv("languages.tsv", lf, Row)).toEqual(rows);
    expect(parseTsv("languages.tsv", lf.replace(/\n/g, "\r\n"), Row)).toEqual(rows);
  });

  it("names the file and line of a bad row, counting CRLF lines alike", () => {
    const text = "code\tname\r\nit\tItalian\r\n\tnameless\r\n";
    const Strict = z.object({ code: z.string().min(2), name: z.string() });
    expect(() => parseTsv("languages.tsv", text, Strict)).toThrow(/^languages\.tsv:3: code:/);
  });
});
