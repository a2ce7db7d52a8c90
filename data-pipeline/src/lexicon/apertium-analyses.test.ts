import { describe, expect, it } from "vitest";
import { analysesFromAnalyser, readTags } from "./apertium-analyses.js";
import { fixtureText } from "./fixture-lexicons.js";

describe("readTags", () => {
  it("takes the part of speech from the first tag, gender and number from the rest", () => {
    expect(readTags(["n", "f", "pl"])).toEqual({ pos: "noun", gender: "f", number: "pl", auxiliary: false });
    expect(readTags(["n", "mf", "sg"])).toMatchObject({ gender: "mf", number: "sg" });
    expect(readTags(["n", "m", "sp"])).toMatchObject({ number: "sp" });
    expect(readTags(["vbser", "pri", "p3", "sg"])).toMatchObject({ pos: "verb", auxiliary: true });
    expect(readTags(["vbmod", "inf"])).toMatchObject({ pos: "verb", auxiliary: false });
    expect(readTags(["preadv"])).toMatchObject({ pos: "adverb" });
  });

  it("maps closed classes to function classes and drops names and acronyms", () => {
    expect(readTags(["pr"])?.pos).toBe("preposition");
    expect(readTags(["prn", "tn", "m", "sg"])?.pos).toBe("pronoun");
    expect(readTags(["det", "def", "sp"])?.pos).toBe("determiner");
    expect(readTags(["ij"])?.pos).toBe("interjection");
    expect(readTags(["np", "loc"])).toBeUndefined();
    expect(readTags(["n", "acr", "m", "sg"])).toBeUndefined();
    expect(readTags(["sent"])).toBeUndefined();
  });
});

describe("analysesFromAnalyser", () => {
  const analyses = analysesFromAnalyser(fixtureText("analyser-spa.att"), "apertium-eng-spa");
  const forms = (lemma: string) =>
    analyses.filter((analysis) => analysis.lemma === lemma).map((analysis) => `${analysis.form}:${analysis.pos}`);

  it("lists every form of a lemma with its reading", () => {
    expect(forms("chico").sort()).toEqual(["chica:noun", "chicas:noun", "chico:noun", "chicos:noun"]);
    expect(analyses).toContainEqual({
      form: "gafas",
      lemma: "gafas",
      pos: "noun",
      gender: "f",
      number: "pl",
      auxiliary: false,
      source: "apertium-eng-spa",
    });
    expect(forms("para")).toEqual(["para:preposition"]);
  });

  it("drops clitic chains, multiwords, names, acronyms and abbreviations", () => {
    const all = analyses.map((analysis) => analysis.form);
    expect(all).not.toContain("dámelo");
    expect(all).not.toContain("a menudo");
    expect(all).not.toContain("Madrid");
    expect(all).not.toContain("CDC");
    expect(all).not.toContain("Dr.");
  });

  it("counts a pronominal verb under its plain infinitive", () => {
    expect(forms("abalanzar").sort()).toEqual(["abalanzar:verb", "abalanzó:verb"]);
    expect(forms("abalanzarse")).toEqual([]);
  });
});
