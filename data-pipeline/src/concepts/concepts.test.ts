import { describe, expect, it } from "vitest";
import type { CoreConcept } from "../core/core-concepts.js";
import type { CoreWord } from "../core/core-word.js";
import { termsFromConcepts } from "../vocabulary/concept-terms.js";
import { parseReviewedConcepts } from "./reviewed-concepts.js";
import { applySenseDecisions, parseSenseDecisions } from "./sense-decisions.js";
import { unifyConcepts, type Concept } from "./vocabulary-concepts.js";

const word = (text: string, extra: Partial<CoreWord> = {}): CoreWord => ({
  text,
  gender: null,
  pluralOnly: false,
  hint: null,
  level: null,
  ...extra,
});

const HEADER = "id\tverdict\tpos\ten\tit\tde\tes\tfr";

describe("parseReviewedConcepts", () => {
  it("reads kept concepts with levels and hints, and counts dropped proposals", () => {
    const parsed = parseReviewedConcepts(
      [
        HEADER,
        "n:spring:molla\tok\tnoun\tspring@B1{coil}\tmolla:f@B2\tFeder:f@B1\t\tressort:m@B2",
        "a:on:fort\tdrop\tadverb\t\t\t\t\t",
        "",
      ].join("\n"),
      "batch.tsv",
    );
    expect(parsed.dropped).toEqual(["a:on:fort"]);
    expect(parsed.kept).toHaveLength(1);
    expect(parsed.kept[0]!.words.es).toBeUndefined();
    expect(parsed.kept[0]!.words.en![0]).toMatchObject({ text: "spring", hint: "coil", level: "B1" });
  });

  it.each([
    [
      "a kept concept without a level on its first word",
      "n:x\tok\tnoun\tdog\tcane:m@A1\tHund:m@A1\t\t",
      /needs a level/,
    ],
    ["a noun without gender", "n:x\tok\tnoun\tdog@A1\tcane@A1\tHund:m@A1\t\t", /needs a gender/],
    ["fewer than three languages", "n:x\tok\tnoun\tdog@A1\tcane:m@A1\t\t\t", /three languages/],
    ["a hint that gives a word of its row away", "n:x\tok\tnoun\tdog@A1{cane}\tcane:m@A1\tHund:m@A1\t\t", /gives away/],
    ["an unknown verdict", "n:x\tmaybe\tnoun\tdog@A1\tcane:m@A1\tHund:m@A1\t\t", /verdict/],
  ])("refuses %s, naming the file and line", (_, line, message) => {
    expect(() => parseReviewedConcepts(`${HEADER}\n${line}\n`, "batch.tsv")).toThrow(message);
    expect(() => parseReviewedConcepts(`${HEADER}\n${line}\n`, "batch.tsv")).toThrow(/batch\.tsv:2/);
  });
});

const core: CoreConcept[] = [
  {
    concept: "big",
    pos: "adjective",
    words: {
      en: [word("big")],
      it: [word("grande")],
      de: [word("groß")],
      es: [word("grande")],
      fr: [word("grand")],
    },
  },
];

describe("unifyConcepts", () => {
  it("keeps a reviewed concept apart from the core, but leaves out one that repeats a sense in three languages", () => {
    const large = {
      id: "a:large:grande",
      pos: "adjective" as const,
      words: {
        en: [word("large", { level: "A2" })],
        it: [word("grande", { level: "A1" })],
        de: [word("groß", { level: "A1" })],
        fr: [word("grand", { level: "A1" })],
      },
    };
    const wide = {
      id: "a:wide:largo",
      pos: "adjective" as const,
      words: {
        en: [word("wide", { level: "A2" })],
        it: [word("largo", { level: "A2" })],
        de: [word("breit", { level: "A2" })],
        fr: [word("large", { level: "A2" })],
      },
    };
    const { concepts, duplicates } = unifyConcepts(core, [large, wide]);
    expect(concepts.map((concept) => concept.key)).toEqual(["core:big", "a:wide:largo"]);
    expect(duplicates).toEqual([{ key: "a:large:grande", of: "core:big" }]);
  });
});

describe("applySenseDecisions", () => {
  const concepts: Concept[] = [
    {
      key: "n:truck:camion",
      origin: "reviewed",
      pos: "noun",
      words: {
        en: [word("truck", { level: "A2" })],
        de: [word("Laster", { gender: "m", level: "B1" }), word("Lastwagen", { gender: "m" })],
        it: [word("camion", { gender: "m", level: "A2" })],
      },
    },
    {
      key: "n:vice:vizio",
      origin: "reviewed",
      pos: "noun",
      words: {
        en: [word("vice", { level: "B2" })],
        de: [word("Laster", { gender: "n", level: "B2" })],
        it: [word("vizio", { gender: "m", level: "B2" })],
      },
    },
    {
      key: "n:lorry:camion",
      origin: "reviewed",
      pos: "noun",
      words: { en: [word("lorry", { level: "B1" })], de: [word("Lkw", { gender: "m", level: "B1" })] },
    },
  ];
  const decisions = parseSenseDecisions(
    [
      "word\tterm_key\tdecision",
      "de:noun:Laster\tn:truck:camion\tREMOVE",
      "de:noun:Laster\tn:vice:vizio\tschlechte Gewohnheit",
      "de:noun:Lkw\tn:lorry:camion\tDROP",
      "",
    ].join("\n"),
    "senses.tsv",
  );

  it("sets hints, removes words (the next one shown, with the removed one's level) and drops terms", () => {
    const applied = applySenseDecisions(concepts, decisions);
    expect(applied.map((concept) => concept.key)).toEqual(["n:truck:camion", "n:vice:vizio"]);
    expect(applied[0]!.words.de).toEqual([word("Lastwagen", { gender: "m", level: "B1" })]);
    expect(applied[1]!.words.de![0]!.hint).toBe("schlechte Gewohnheit");
    expect(concepts[1]!.words.de![0]!.hint).toBeNull();
  });

  it("refuses a decision about a term or word that does not exist", () => {
    const stale = parseSenseDecisions("word\tterm_key\tdecision\nde:noun:Laster\tn:gone\t=\n", "senses.tsv");
    expect(() => applySenseDecisions(concepts, stale)).toThrow(/no noun term n:gone/);
  });
});

describe("termsFromConcepts", () => {
  it("makes core words easy and lila's own, reviewed words take the editor's band and the attesting folder", () => {
    const [big, truck] = termsFromConcepts(
      [
        { key: "core:big", origin: "core", pos: "adjective", words: { en: [word("big")], it: [word("grande")] } },
        {
          key: "n:truck:camion",
          origin: "reviewed",
          pos: "noun",
          words: {
            en: [word("truck", { level: "B1" }), word("lorry")],
            it: [word("camion", { gender: "m", level: "C1" })],
          },
        },
      ],
      { folderOf: (_, language) => (language === "en" ? "freedict-ding" : "lila"), isOffensive: () => false },
    );
    expect(big!.words.map((w) => [w.text, w.difficulty, w.folder])).toEqual([
      ["big", "easy", "lila"],
      ["grande", "easy", "lila"],
    ]);
    expect(truck!.words.map((w) => [w.text, w.position, w.difficulty, w.folder, w.gender])).toEqual([
      ["truck", 0, "intermediate", "freedict-ding", ""],
      ["lorry", 1, "intermediate", "freedict-ding", ""],
      ["camion", 0, "hard", "lila", "m"],
    ]);
  });
});
