import { describe, expect, it } from "vitest";
import { fixtureLexicon } from "./fixture-lexicons.js";
import { createLemmatizer } from "./forms-lemmatizer.js";
import { formsTable } from "./forms-table.js";

describe("formsTable", () => {
  it("writes sorted form/lemma/pos rows for the requested lemmas only, grouped by licence", () => {
    const table = formsTable(fixtureLexicon("es"), [
      { lemma: "nadar", pos: "verb" },
      { lemma: "chica", pos: "noun" },
      { lemma: "perro", pos: "noun" },
    ]);
    expect(table.groups).toHaveLength(1);
    expect(table.groups[0]).toMatchObject({
      licenceGroup: "apertium",
      licence: "GPL-2",
      sources: ["apertium-eng-spa"],
    });
    expect(table.groups[0]?.rows).toEqual([
      "chica\tchica\tnoun",
      "chicas\tchica\tnoun",
      "nada\tnadar\tverb",
      "nadando\tnadar\tverb",
      "nadar\tnadar\tverb",
      "nado\tnadar\tverb",
      "nadó\tnadar\tverb",
    ]);
    expect(table.missing).toEqual([{ lemma: "perro", pos: "noun" }]);
  });

  it("keeps german-pos-dict rows apart from Ding's", () => {
    const table = formsTable(fixtureLexicon("de"), [
      { lemma: "hier", pos: "adverb" },
      { lemma: "Haus", pos: "noun" },
    ]);
    expect(table.groups.map((group) => [group.licenceGroup, group.licence, group.rows.length])).toEqual([
      ["freedict-ding", "GPL-3+", 1],
      ["german-pos-dict", "CC-BY-SA-4.0", 5],
    ]);
  });
});

describe("createLemmatizer (reads the shipped table)", () => {
  it("matches lower case, except German, where a capitalised word also reads as lower case", () => {
    const spanish = createLemmatizer("es", ["nada\tnadar\tverb", "nadó\tnadar\tverb", "nada\tnada\tadverb"]);
    expect(spanish("Nada")).toEqual([
      { lemma: "nada", pos: "adverb" },
      { lemma: "nadar", pos: "verb" },
    ]);
    const german = createLemmatizer("de", ["Essen\tEssen\tnoun", "essen\tessen\tverb", "aß\tessen\tverb"]);
    expect(german("essen")).toEqual([{ lemma: "essen", pos: "verb" }]);
    expect(german("Essen")).toEqual([
      { lemma: "Essen", pos: "noun" },
      { lemma: "essen", pos: "verb" },
    ]);
    expect(german("Haus")).toEqual([]);
  });
});
