import { describe, expect, it } from "vitest";
import { germanReadings } from "./language-ranks.js";
import { difficultyOfRank, LemmaRanks, type LemmaReading } from "./lemma-ranks.js";

describe("LemmaRanks", () => {
  const readings: Record<string, LemmaReading[]> = {
    went: [{ lemma: "go", pos: "verb" }],
    houses: [
      { lemma: "house", pos: "noun" },
      { lemma: "house", pos: "verb" },
    ],
    goes: [{ lemma: "go", pos: "verb" }],
    blah: [{ lemma: "blah", pos: undefined }],
  };
  const ranks = new LemmaRanks(["went", "houses", "goes", "blah"], (form) => readings[form] ?? []);

  it("ranks a lemma by its most frequent form and numbers lemmas densely", () => {
    expect(ranks.rankOf("go", "verb")).toBe(1);
    expect(ranks.rankOf("house", "noun")).toBe(2);
    expect(ranks.rankOf("house", "verb")).toBe(2);
    expect(ranks.rankOf("blah", "adverb")).toBe(3);
  });

  it("falls back to the lemma in another part of speech and to lower case", () => {
    expect(ranks.rankOf("Go", "verb")).toBe(1);
    expect(ranks.rankOf("house", "adjective")).toBe(2);
    expect(ranks.rankOf("castle", "noun")).toBeUndefined();
  });
});

describe("difficultyOfRank", () => {
  it("maps rank bands to difficulties; unranked is hard", () => {
    expect(difficultyOfRank(1)).toBe("easy");
    expect(difficultyOfRank(1000)).toBe("easy");
    expect(difficultyOfRank(1001)).toBe("intermediate");
    expect(difficultyOfRank(3500)).toBe("intermediate");
    expect(difficultyOfRank(3501)).toBe("hard");
    expect(difficultyOfRank(undefined)).toBe("hard");
  });
});

describe("germanReadings", () => {
  const nouns = new Map([
    ["Hunde", "Hund"],
    ["Hund", "Hund"],
  ]);
  it("maps noun case forms to the noun", () => {
    expect(germanReadings("Hunde", nouns)).toEqual([{ lemma: "Hund", pos: "noun" }]);
  });
  it("guesses adjective and verb lemmas for lower-case forms", () => {
    expect(germanReadings("schnelle", nouns)).toEqual([
      { lemma: "schnelle", pos: undefined },
      { lemma: "schnell", pos: "adjective" },
    ]);
    expect(germanReadings("macht", nouns)).toContainEqual({ lemma: "machen", pos: "verb" });
  });
});
