import type { PlayableCell } from "@lila/shared";
import { describe, expect, it } from "vitest";
import {
  canSwapLanguages,
  difficulties,
  normalizeSettings,
  partsOfSpeech,
  roundChoices,
  sourceLanguages,
  swapLanguages,
  targetLanguages,
} from "./settings-selection";

function cell(
  source: string,
  target: string,
  pos: PlayableCell["pos"],
  difficulty: PlayableCell["difficulty"],
  words: number,
): PlayableCell {
  return {
    source_language: source,
    target_language: target,
    pos,
    difficulty,
    words,
  };
}

const cells: PlayableCell[] = [
  cell("en", "it", "noun", "easy", 120),
  cell("en", "it", "noun", "hard", 6),
  cell("en", "it", "verb", "easy", 50),
  cell("it", "en", "noun", "easy", 120),
  cell("en", "de", "adjective", "intermediate", 30),
  cell("de", "fr", "noun", "easy", 2), // too few for any game
  cell("es", "es", "noun", "easy", 99), // same language: never offered
];

describe("available choices", () => {
  it("lists only languages and fields present in playable cells", () => {
    expect(sourceLanguages(cells)).toEqual(["en", "it"]);
    expect(targetLanguages(cells, "en")).toEqual(["it", "de"]);
    expect(partsOfSpeech(cells, "en", "it")).toEqual(["noun", "verb"]);
    expect(difficulties(cells, "en", "it", "noun")).toEqual(["easy", "hard"]);
  });

  it("offers 10 rounds only when the cell has at least 10 words", () => {
    expect(roundChoices(cells[0])).toEqual([3, 10]);
    expect(roundChoices(cells[1])).toEqual([3]);
    expect(roundChoices(undefined)).toEqual([]);
  });
});

describe("normalizeSettings", () => {
  it("keeps a valid choice unchanged", () => {
    const settings = {
      source_language: "en",
      target_language: "it",
      pos: "verb",
      difficulty: "easy",
      rounds: 3,
    } as const;
    expect(normalizeSettings(cells, settings)).toEqual(settings);
  });

  it("fills in defaults when nothing was chosen", () => {
    expect(normalizeSettings(cells, {})).toEqual({
      source_language: "en",
      target_language: "it",
      pos: "noun",
      difficulty: "easy",
      rounds: 10,
    });
  });

  it("replaces a field that became unavailable and re-checks the ones after it", () => {
    expect(
      normalizeSettings(cells, {
        source_language: "en",
        target_language: "de",
        pos: "noun",
        difficulty: "easy",
        rounds: 10,
      }),
    ).toEqual({
      source_language: "en",
      target_language: "de",
      pos: "adjective",
      difficulty: "intermediate",
      rounds: 10,
    });
  });

  it("drops to 3 rounds when the set is small", () => {
    expect(
      normalizeSettings(cells, {
        source_language: "en",
        target_language: "it",
        pos: "noun",
        difficulty: "hard",
        rounds: 10,
      })?.rounds,
    ).toBe(3);
  });

  it("never pairs a language with itself", () => {
    expect(normalizeSettings(cells, { source_language: "it", target_language: "it" })?.target_language).toBe("en");
  });

  it("returns null when nothing is playable", () => {
    expect(normalizeSettings([cell("de", "fr", "noun", "easy", 1)], {})).toBeNull();
  });
});

describe("swapLanguages", () => {
  it("swaps when the reverse pair exists", () => {
    const settings = {
      source_language: "en",
      target_language: "it",
      pos: "verb",
      difficulty: "easy",
      rounds: 10,
    } as const;
    expect(canSwapLanguages(cells, settings)).toBe(true);
    // it → en has no verbs: the part of speech falls back to one that exists.
    expect(swapLanguages(cells, settings)).toEqual({
      source_language: "it",
      target_language: "en",
      pos: "noun",
      difficulty: "easy",
      rounds: 10,
    });
  });

  it("leaves the settings alone when the reverse pair does not exist", () => {
    const settings = {
      source_language: "en",
      target_language: "de",
      pos: "adjective",
      difficulty: "intermediate",
      rounds: 10,
    } as const;
    expect(canSwapLanguages(cells, settings)).toBe(false);
    expect(swapLanguages(cells, settings)).toBe(settings);
  });
});
