import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../vocabulary/term.js";
import { CoreDataError, parseCoreConcepts, readCoreConcepts } from "./core-concepts.js";
import { hintRevealsWord } from "./core-word.js";
import { parseOffensiveWords, readOffensiveWords } from "./offensive-words.js";

const HEADER = "concept\tpos\ten\tit\tde\tes\tfr";

function tsv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n") + "\n";
}

function row(...fields: string[]): string {
  return fields.join("\t");
}

function problemOf(text: string): string {
  try {
    parseCoreConcepts(text, "fixture.tsv");
  } catch (error) {
    expect(error).toBeInstanceOf(CoreDataError);
    return (error as Error).message;
  }
  throw new Error("expected the fixture to be rejected");
}

describe("parseCoreConcepts", () => {
  it("reads words, genders, plurale tantum, hints and synonyms", () => {
    const [money, spring, begin] = parseCoreConcepts(
      tsv(
        row("money", "noun", "money", "soldi:m:pl; denaro:m", "Geld:n", "dinero:m", "argent:m{pour payer}"),
        row("spring-season", "noun", "spring{season}", "primavera:f", "Frühling:m", "primavera:f", "printemps:m"),
        row("begin", "verb", "begin; start", "cominciare; iniziare", "anfangen", "empezar; comenzar", "commencer"),
      ),
      "fixture.tsv",
    );
    expect(money?.words.it).toEqual([
      { text: "soldi", gender: "m", pluralOnly: true, hint: null, level: null },
      { text: "denaro", gender: "m", pluralOnly: false, hint: null, level: null },
    ]);
    expect(money?.words.fr[0]).toEqual({
      text: "argent",
      gender: "m",
      pluralOnly: false,
      hint: "pour payer",
      level: null,
    });
    expect(spring?.words.en[0]).toEqual({
      text: "spring",
      gender: null,
      pluralOnly: false,
      hint: "season",
      level: null,
    });
    expect(begin?.pos).toBe("verb");
    expect(begin?.words.es.map((word) => word.text)).toEqual(["empezar", "comenzar"]);
  });

  it("reads an editor's CEFR level after the marks and before the hint", () => {
    const [spring] = parseCoreConcepts(
      tsv(
        row(
          "spring-coil",
          "noun",
          "spring@B1{coil}",
          "molla:f@B2",
          "Feder:f@B1{Technik}",
          "muelle:m@B2",
          "ressort:m@B2",
        ),
      ),
      "fixture.tsv",
    );
    expect(spring?.words.en[0]).toEqual({ text: "spring", gender: null, pluralOnly: false, hint: "coil", level: "B1" });
    expect(spring?.words.de[0]).toEqual({
      text: "Feder",
      gender: "f",
      pluralOnly: false,
      hint: "Technik",
      level: "B1",
    });
    expect(() =>
      parseCoreConcepts(tsv(row("x", "noun", "spring@D1", "molla:f", "Feder:f", "muelle:m", "ressort:m")), "f.tsv"),
    ).toThrow(/unknown level @D1/);
  });

  it("takes German plural-only nouns without gender and multiword or elided words", () => {
    const [people, little] = parseCoreConcepts(
      tsv(
        row("people", "noun", "people:pl", "gente:f", "Leute:pl", "gente:f", "gens:m:pl"),
        row("a-little", "adverb", "a little", "un po'", "ein bisschen", "un poco", "un peu"),
      ),
      "fixture.tsv",
    );
    expect(people?.words.de[0]).toEqual({ text: "Leute", gender: null, pluralOnly: true, hint: null, level: null });
    expect(little?.words.it[0]?.text).toBe("un po'");
  });

  it("names file and line for a syntax error, an unknown pos and a missing cell", () => {
    const good = row("dog", "noun", "dog", "cane:m", "Hund:m", "perro:m", "chien:m");
    expect(problemOf(tsv(good, row("cat", "noun", "cat", "gatto:m", "Katze:f", "gato:m")))).toMatch(
      /^fixture\.tsv:3: expected 7 tab-separated fields, found 6/,
    );
    expect(problemOf(tsv(good, row("fast", "adj", "fast", "veloce", "schnell", "rápido", "rapide")))).toMatch(
      /^fixture\.tsv:3: unknown part of speech "adj"/,
    );
    expect(problemOf(tsv(row("cat", "noun", "cat", "", "Katze:f", "gato:m", "chat:m")))).toMatch(
      /^fixture\.tsv:2: empty it cell/,
    );
    expect(problemOf(tsv(row("cat", "noun", "cat", "gatto:x", "Katze:f", "gato:m", "chat:m")))).toMatch(
      /fixture\.tsv:2: cannot read the marks of it word "gatto:x"/,
    );
    expect(problemOf(tsv(row("Cat", "noun", "cat", "gatto:m", "Katze:f", "gato:m", "chat:m")))).toMatch(
      /concept id "Cat"/,
    );
  });

  it("rejects the wrong header, CR line ends and a missing final line break", () => {
    expect(problemOf("concept\tpos\ten\tde\tit\tes\tfr\n")).toMatch(/fixture\.tsv:1: header/);
    expect(
      problemOf(tsv(row("dog", "noun", "dog", "cane:m", "Hund:m", "perro:m", "chien:m")).replace("\n", "\r\n")),
    ).toMatch(/CR found/);
    expect(problemOf(HEADER)).toMatch(/must end with a line break/);
  });

  it("requires a gender on it/de/es/fr nouns and refuses one elsewhere", () => {
    expect(problemOf(tsv(row("dog", "noun", "dog", "cane", "Hund:m", "perro:m", "chien:m")))).toMatch(
      /it noun "cane" needs a gender/,
    );
    expect(problemOf(tsv(row("dog", "noun", "dog", "cane:m", "Hund", "perro:m", "chien:m")))).toMatch(
      /de noun "Hund" needs a gender/,
    );
    expect(problemOf(tsv(row("dog", "noun", "dog", "cane:m", "Hund:m", "perro:n", "chien:m")))).toMatch(
      /gender "n" is not a es gender/,
    );
    expect(problemOf(tsv(row("dog", "noun", "dog:m", "cane:m", "Hund:m", "perro:m", "chien:m")))).toMatch(
      /gender "m" is not a en gender/,
    );
    expect(problemOf(tsv(row("people", "noun", "people", "gente:f", "Leute:f:pl", "gente:f", "gens:m:pl")))).toMatch(
      /German plural-only noun "Leute" takes :pl alone/,
    );
    expect(problemOf(tsv(row("go", "verb", "go", "andare:m", "gehen", "ir", "aller")))).toMatch(
      /"andare" is a verb: no gender or :pl/,
    );
    expect(problemOf(tsv(row("dog", "noun", "dog", "cane:m", "hund:m", "perro:m", "chien:m")))).toMatch(
      /German noun "hund" must be capitalised/,
    );
  });

  it("rejects whitespace problems", () => {
    for (const cell of [
      " perro:m",
      "perro:m ",
      "perro:m;  can:m",
      "perro:m ;can:m",
      "perro:m;can:m",
      "perro  grande:m",
    ]) {
      expect(problemOf(tsv(row("dog", "noun", "dog", "cane:m", "Hund:m", cell, "chien:m")))).toMatch(/fixture\.tsv:2:/);
    }
    expect(problemOf(tsv(row("dog", "noun", "dog", "cane:m", "Hund:m", "perro:m{ animal}", "chien:m")))).toMatch(
      /without padding/,
    );
  });

  it("rejects duplicate concept ids and a word listed twice in one cell", () => {
    const dog = row("dog", "noun", "dog", "cane:m", "Hund:m", "perro:m", "chien:m");
    expect(problemOf(tsv(dog, dog))).toMatch(/fixture\.tsv:3: duplicate concept "dog" \(line 2\)/);
    expect(problemOf(tsv(row("dog", "noun", "dog; dog", "cane:m", "Hund:m", "perro:m", "chien:m")))).toMatch(
      /"dog" is listed twice in the en cell/,
    );
  });

  it("lets a word serve two senses of one part of speech only with a hint in both rows", () => {
    const station = row("station", "noun", "station", "stazione:f", "Bahnhof:m", "estación:f{de tren}", "gare:f");
    const season = (hint: string) =>
      row("season", "noun", "season", "stagione:f", "Jahreszeit:f", `estación:f${hint}`, "saison:f");
    expect(parseCoreConcepts(tsv(station, season("{del año}")), "fixture.tsv")).toHaveLength(2);
    expect(problemOf(tsv(station, season("")))).toMatch(
      /fixture\.tsv:3: es noun "estación" is also in "station" \(line 2\): both need a sense hint/,
    );
    const lightNoun = row("light", "noun", "light", "luce:f", "Licht:n", "luz:f", "lumière:f");
    const lightAdjective = row("light-weight", "adjective", "light", "leggero", "leicht", "ligero", "léger");
    expect(parseCoreConcepts(tsv(lightNoun, lightAdjective), "fixture.tsv")).toHaveLength(2);
  });

  it("rejects a hint that gives away a word of the row or repeats its own word", () => {
    expect(
      problemOf(
        tsv(row("spring", "noun", "spring{primavera}", "primavera:f", "Frühling:m", "primavera:f", "printemps:m")),
      ),
    ).toMatch(/en hint "primavera" of "spring" gives away it "primavera"/);
    expect(
      problemOf(
        tsv(row("spring", "noun", "spring{early printing}", "primavera:f", "Frühling:m", "primavera:f", "printemps:m")),
      ),
    ).toMatch(/gives away fr "printemps"/);
    expect(problemOf(tsv(row("live", "verb", "live{be alive}", "vivere", "leben", "vivir", "vivre")))).toMatch(
      /hint "be alive" contains its own word "live"/,
    );
  });
});

describe("hintRevealsWord", () => {
  it("compares without case and accents, by stem for long words and by whole word for short ones", () => {
    expect(hintRevealsWord("season of fruhling", "Frühling")).toBe(true);
    expect(hintRevealsWord("frühe Jahreszeit", "Frühling")).toBe(true);
    expect(hintRevealsWord("the travel", "Eis")).toBe(false);
    expect(hintRevealsWord("Reise", "Eis")).toBe(false);
    expect(hintRevealsWord("kein Eis", "Eis")).toBe(true);
    expect(hintRevealsWord("de bain", "salle de bains")).toBe(true);
    expect(hintRevealsWord("de tren", "salle de bains")).toBe(false);
  });
});

describe("parseOffensiveWords", () => {
  it("reads one lemma a line, skipping comments and blank lines", () => {
    expect([...parseOffensiveWords("# vulgar\nfoo\n\nBar-baz\n", "offensive.xx.txt")]).toEqual(["foo", "Bar-baz"]);
  });

  it("names file and line for padding, inline comments and repeats", () => {
    expect(() => parseOffensiveWords("foo \n", "offensive.xx.txt")).toThrow(
      /^offensive\.xx\.txt:1: "foo " is not one lemma/,
    );
    expect(() => parseOffensiveWords("foo # bad\n", "offensive.xx.txt")).toThrow(/offensive\.xx\.txt:1:/);
    expect(() => parseOffensiveWords("foo\nfoo\n", "offensive.xx.txt")).toThrow(
      /^offensive\.xx\.txt:2: "foo" is already on line 1/,
    );
  });
});

describe("the shipped core files", () => {
  const concepts = readCoreConcepts();

  it("hold at least 650 concepts and 600 distinct words per language", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(650);
    for (const language of LANGUAGES) {
      const distinct = new Set(concepts.flatMap((concept) => concept.words[language].map((word) => word.text)));
      expect(distinct.size, language).toBeGreaterThanOrEqual(600);
    }
  });

  it("keep the part-of-speech mix of a beginner's list", () => {
    const share = (pos: string) => concepts.filter((concept) => concept.pos === pos).length / concepts.length;
    expect(share("noun")).toBeGreaterThanOrEqual(0.4);
    expect(share("noun")).toBeLessThanOrEqual(0.55);
    expect(share("verb")).toBeGreaterThanOrEqual(0.2);
    expect(share("adjective")).toBeGreaterThanOrEqual(0.15);
    expect(share("adverb")).toBeGreaterThanOrEqual(0.06);
  });

  it("give every noun of it/de/es/fr its gender (German plurale tantum: :pl) and no other word one", () => {
    for (const concept of concepts) {
      for (const language of LANGUAGES) {
        for (const word of concept.words[language]) {
          const where = `${concept.concept} ${language} ${word.text}`;
          if (concept.pos !== "noun" || language === "en") expect(word.gender, where).toBeNull();
          else if (!(language === "de" && word.pluralOnly)) expect(word.gender, where).not.toBeNull();
        }
      }
    }
  });

  it("never hint with a word of another language of the row", () => {
    for (const concept of concepts) {
      for (const language of LANGUAGES) {
        for (const { hint, text } of concept.words[language]) {
          if (hint === null) continue;
          expect(hintRevealsWord(hint, text), `${concept.concept}: ${text} {${hint}}`).toBe(false);
          for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
            for (const word of concept.words[other]) {
              expect(hintRevealsWord(hint, word.text), `${concept.concept}: {${hint}} vs ${word.text}`).toBe(false);
            }
          }
        }
      }
    }
  });

  it.each(LANGUAGES.map((language) => [language] as [Language]))(
    "hold 50 to 200 offensive lemmas for %s, none of them a core word",
    (language) => {
      const offensive = readOffensiveWords(language);
      expect(offensive.size).toBeGreaterThanOrEqual(50);
      expect(offensive.size).toBeLessThanOrEqual(200);
      const core = concepts.flatMap((concept) => concept.words[language].map((word) => word.text));
      expect(core.filter((word) => offensive.has(word))).toEqual([]);
    },
  );
});
