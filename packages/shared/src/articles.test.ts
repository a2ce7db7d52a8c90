import { describe, expect, it } from "vitest";
import { displayWord, hasStressedInitialA, withArticle } from "./articles.js";

describe("withArticle", () => {
  it.each([
    ["it", "cane", "m", false, "il cane"],
    ["it", "studente", "m", false, "lo studente"],
    ["it", "zaino", "m", false, "lo zaino"],
    ["it", "gnomo", "m", false, "lo gnomo"],
    ["it", "yogurt", "m", false, "lo yogurt"],
    ["it", "amico", "m", false, "l'amico"],
    ["it", "amica", "f", false, "l'amica"],
    ["it", "azione", "f", false, "l'azione"],
    ["it", "casa", "f", false, "la casa"],
    ["it", "soldi", "m", true, "i soldi"],
    ["it", "occhiali", "m", true, "gli occhiali"],
    ["it", "spaghetti", "m", true, "gli spaghetti"],
    ["it", "forbici", "f", true, "le forbici"],
    ["de", "Hund", "m", false, "der Hund"],
    ["de", "Katze", "f", false, "die Katze"],
    ["de", "Haus", "n", false, "das Haus"],
    ["de", "Leute", null, true, "die Leute"],
    ["fr", "chien", "m", false, "le chien"],
    ["fr", "maison", "f", false, "la maison"],
    ["fr", "arbre", "m", false, "l'arbre"],
    ["fr", "homme", "m", false, "l'homme"],
    ["fr", "héros", "m", false, "le héros"],
    ["fr", "haine", "f", false, "la haine"],
    ["fr", "gens", "m", true, "les gens"],
    ["fr", "bénéfice", "m", false, "le bénéfice"],
    ["es", "perro", "m", false, "el perro"],
    ["es", "casa", "f", false, "la casa"],
    ["es", "agua", "f", false, "el agua"],
    ["es", "alga", "f", false, "el alga"],
    ["es", "hacha", "f", false, "el hacha"],
    ["es", "águila", "f", false, "el águila"],
    ["es", "aula", "f", false, "el aula"],
    ["es", "amiga", "f", false, "la amiga"],
    ["es", "harina", "f", false, "la harina"],
    ["es", "almohada", "f", false, "la almohada"],
    ["es", "gafas", "f", true, "las gafas"],
    ["es", "aguas", "f", true, "las aguas"],
  ] as const)("%s %s (%s, plural %s) → %s", (language, word, gender, plural, expected) => {
    expect(withArticle(language, word, gender, plural)).toBe(expected);
  });

  it("leaves month names in Spanish, Italian and French, and German language names, without an article", () => {
    expect(withArticle("es", "octubre", "m")).toBe("octubre");
    expect(withArticle("it", "ottobre", "m")).toBe("ottobre");
    expect(withArticle("fr", "octobre", "m")).toBe("octobre");
    expect(withArticle("de", "Oktober", "m")).toBe("der Oktober");
    expect(withArticle("de", "Niederländisch", "n")).toBe("Niederländisch");
    expect(withArticle("de", "Tisch", "m")).toBe("der Tisch");
  });

  it("leaves words without a known gender, and English, unchanged", () => {
    expect(withArticle("it", "correre", null)).toBe("correre");
    expect(withArticle("en", "dog", "m")).toBe("dog");
  });
});

describe("hasStressedInitialA", () => {
  it.each([
    ["agua", true],
    ["alma", true],
    ["arma", true],
    ["ave", true],
    ["área", true],
    ["hambre", true],
    ["ansia", true],
    ["abeja", false],
    ["alergia", false],
    ["hacienda", false],
    ["a", false],
  ])("%s → %s", (word, expected) => {
    expect(hasStressedInitialA(word)).toBe(expected);
  });
});

describe("displayWord", () => {
  it("shows English verbs with to, nouns with their article, other words as they are", () => {
    expect(displayWord("en", { text: "say", pos: "verb", gender: null })).toBe("to say");
    expect(displayWord("en", { text: "house", pos: "noun", gender: null })).toBe("house");
    expect(displayWord("it", { text: "soldi", pos: "noun", gender: "m", plural: true })).toBe("i soldi");
    expect(displayWord("it", { text: "rosso", pos: "adjective", gender: null })).toBe("rosso");
    expect(displayWord("de", { text: "sagen", pos: "verb", gender: null })).toBe("sagen");
  });
});
