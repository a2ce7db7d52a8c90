import { describe, expect, it } from "vitest";
import { fixtureLexicon, fixtureText } from "./fixture-lexicons.js";
import { lefffGenders, morphItGenders, morphItNounAnalyses, type MorphItNoun } from "./gender-lists.js";
import { buildLexiconData } from "./lexicon-builder.js";
import { Lexicon } from "./lexicon.js";
import type { SourceAnalysis } from "./source-analysis.js";

describe("Lexicon from an Apertium analyser (Spanish)", () => {
  const spanish = fixtureLexicon("es");

  it("gives a feminine person noun its own entry (la chica, not la chico)", () => {
    expect(spanish.entry("chico", "noun")).toMatchObject({ gender: "m", forms: ["chico", "chicos"], feminineOf: null });
    expect(spanish.entry("chica", "noun")).toMatchObject({
      gender: "f",
      forms: ["chica", "chicas"],
      feminineOf: "chico",
    });
    expect(spanish.feminineOf("chico")).toBe("chica");
  });

  it("marks plural-only nouns, common-gender nouns and sense-dependent genders", () => {
    expect(spanish.isPluralOnly("gafas")).toBe(true);
    expect(spanish.gender("gafas")).toBe("f");
    expect(spanish.isPluralOnly("agua")).toBe(false);
    expect(spanish.entry("estudiante", "noun")).toMatchObject({
      gender: null,
      genders: ["f", "m"],
      commonGender: true,
    });
    expect(spanish.entry("capital", "noun")).toMatchObject({ gender: null, genders: ["f", "m"], commonGender: false });
  });

  it("keeps auxiliaries as verbs and closed classes out of the entries", () => {
    expect(spanish.entry("ser", "verb")).toMatchObject({ auxiliary: true });
    expect(spanish.entries("para").map((entry) => entry.pos)).toEqual([]);
    expect(spanish.readings("para")).toContainEqual({ lemma: "para", pos: "preposition" });
  });

  it("maps forms to content lemmas case-insensitively", () => {
    expect(spanish.lemmasOfForm("Nada")).toEqual([
      { lemma: "nada", pos: "adverb" },
      { lemma: "nadar", pos: "verb" },
    ]);
    expect(spanish.formsOf("nadar", "verb")).toEqual(["nada", "nadando", "nadar", "nado", "nadó"]);
    expect(spanish.has("acordarse", "verb")).toBe(true);
    expect(spanish.has("perro", "noun")).toBe(false);
  });
});

describe("Lexicon (Italian)", () => {
  const italian = fixtureLexicon("it");

  it("knows the plural-only nouns of the analyser", () => {
    expect(italian.isPluralOnly("soldi")).toBe(true);
    expect(italian.isPluralOnly("occhiali")).toBe(true);
    expect(italian.isPluralOnly("occhiale")).toBe(false);
    expect(italian.gender("soldi")).toBe("m");
  });
});

describe("gender lists", () => {
  const lists = JSON.parse(fixtureText("gender-lists.json")) as {
    morphIt: Record<string, MorphItNoun>;
    lefff: Record<string, string>;
  };
  const noun = (lemma: string, gender: SourceAnalysis["gender"]): SourceAnalysis => ({
    form: lemma,
    lemma,
    pos: "noun",
    gender,
    number: "sg",
    auxiliary: false,
    source: "apertium-fr-es",
  });

  it("reads morph-it and Lefff", () => {
    expect(morphItGenders(lists.morphIt).get("mano")).toBe("f");
    expect(morphItNounAnalyses(lists.morphIt).filter((item) => item.lemma === "mano")).toMatchObject([
      { form: "mano", number: "sg", gender: "f", source: "morph-it" },
      { form: "mani", number: "pl", gender: "f", source: "morph-it" },
    ]);
    expect(lefffGenders(lists.lefff).get("maison")).toBe("f");
  });

  it("fills missing genders, and on a conflict keeps the side the policy names and records it", () => {
    const genders = lefffGenders(lists.lefff);
    const data = buildLexiconData(
      "fr",
      [noun("bénéfice", "f"), noun("lutin", "m"), noun("maison", null), noun("méthode", "f")],
      [{ source: "lefff", genders, onConflict: "keep-list" }],
    );
    const lexicon = new Lexicon(data);
    expect(lexicon.entry("bénéfice", "noun")).toMatchObject({ gender: "m", genderSource: "lefff" });
    expect(lexicon.entry("maison", "noun")).toMatchObject({ gender: "f", genderSource: "lefff" });
    expect(lexicon.entry("méthode", "noun")).toMatchObject({ gender: "f", genderSource: null });
    expect(lexicon.conflicts.map((conflict) => conflict.lemma)).toEqual(["bénéfice", "lutin"]);

    const primaryWins = buildLexiconData(
      "fr",
      [noun("bénéfice", "f")],
      [{ source: "lefff", genders, onConflict: "keep-primary" }],
    );
    expect(primaryWins.entries[0]?.gender).toBe("f");
    expect(primaryWins.conflicts).toHaveLength(1);
  });
});
