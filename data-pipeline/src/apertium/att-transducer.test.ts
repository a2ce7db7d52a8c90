import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listAttPaths, parseAtt } from "./att-transducer.js";
import { parseLexicalUnit, readBilingualEntries } from "./lexical-unit.js";

// fixtures/apertium-mini.att: fixtures/apertium-mini.dix compiled with lt-comp and
// printed with lt-print, plus a second, cyclic section like the numeral sections of
// the real bilingual transducers.
const att = readFileSync(new URL("../../fixtures/apertium-mini.att", import.meta.url), "utf8");

describe("parseAtt", () => {
  it("splits sections at -- and reads arcs and final states", () => {
    const sections = parseAtt(att);
    expect(sections).toHaveLength(2);
    const [lexical, numerals] = sections;
    expect(lexical?.finals).toEqual(new Set([34]));
    expect(lexical?.arcs.get(0)?.map((arc) => `${arc.input}:${arc.output}`)).toEqual([
      "d:p",
      "h:c",
      "m:m",
      "q:r",
      "L:L",
      "r:r",
      "t:d",
    ]);
    expect(numerals?.finals).toEqual(new Set([2]));
  });

  it("reads ε as the empty symbol and keeps a literal space", () => {
    const [lexical] = parseAtt(att);
    expect(lexical?.arcs.get(22)).toEqual([{ to: 29, input: "", output: "o" }]);
    expect(lexical?.arcs.get(35)).toEqual([{ to: 40, input: " ", output: "g" }]);
  });
});

describe("listAttPaths", () => {
  it("lists every lemma pair of the dictionary", () => {
    const [lexical] = parseAtt(att);
    const paths = lexical === undefined ? [] : listAttPaths(lexical);
    expect(paths.map((path) => `${path.input} → ${path.output}`).sort()).toEqual([
      "London<np> → Londres<np>",
      "dog<n> → perro<n><m>",
      "house<n> → casa<n><f>",
      "mix<vblex> → mezclar<vblex><pron>",
      "quickly<adv> → rápidamente<adv>",
      "red<adj> → rojo<adj>",
      "take# off<vblex> → despegar<vblex>",
    ]);
  });

  it("ends on cycles by skipping self-loops", () => {
    const numerals = parseAtt(att)[1];
    expect(numerals === undefined ? [] : listAttPaths(numerals)).toEqual([{ input: "I<num>", output: "I<num>" }]);
  });
});

describe("readBilingualEntries", () => {
  it("keeps content words of the largest section with POS and gender, and drops names and multiwords", () => {
    expect(readBilingualEntries(att)).toEqual(
      expect.arrayContaining([
        { pos: "noun", source: "dog", target: "perro", sourceGender: "", targetGender: "m" },
        { pos: "noun", source: "house", target: "casa", sourceGender: "", targetGender: "f" },
        { pos: "verb", source: "mix", target: "mezclar", sourceGender: "", targetGender: "" },
        { pos: "adverb", source: "quickly", target: "rápidamente", sourceGender: "", targetGender: "" },
        { pos: "adjective", source: "red", target: "rojo", sourceGender: "", targetGender: "" },
      ]),
    );
    expect(readBilingualEntries(att)).toHaveLength(5);
  });

  it("parses a lexical unit into lemma and tags", () => {
    expect(parseLexicalUnit("baño<n><m>")).toEqual({ lemma: "baño", tags: ["n", "m"] });
    expect(parseLexicalUnit("avoir# envie de<vblex>")).toEqual({ lemma: "avoir# envie de", tags: ["vblex"] });
  });
});
