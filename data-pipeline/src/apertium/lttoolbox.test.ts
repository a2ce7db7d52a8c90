import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLtProcUnit } from "./lttoolbox.js";

// fixtures/lt-proc-eng.txt: `lt-proc eng-spa.automorf.bin` over five words.
const lines = readFileSync(new URL("../../fixtures/lt-proc-eng.txt", import.meta.url), "utf8")
  .trim()
  .split("\n");

describe("parseLtProcUnit", () => {
  it("reads the surface form and every analysis", () => {
    expect(parseLtProcUnit(lines[0] ?? "")).toEqual({
      surface: "houses",
      analyses: [
        { lemma: "house", tags: ["n", "pl"] },
        { lemma: "house", tags: ["vblex", "pri", "p3", "sg"] },
      ],
    });
    expect(parseLtProcUnit(lines[1] ?? "")?.analyses).toEqual([{ lemma: "run", tags: ["vblex", "past"] }]);
  });

  it("gives unknown words no analysis", () => {
    expect(parseLtProcUnit(lines[4] ?? "")).toEqual({ surface: "maison", analyses: [] });
  });
});
