import { describe, expect, it } from "vitest";
import { withArticle } from "./articles.js";

describe("withArticle", () => {
  it.each([
    ["it", "cane", "m", "il cane"],
    ["it", "studente", "m", "lo studente"],
    ["it", "zaino", "m", "lo zaino"],
    ["it", "gnomo", "m", "lo gnomo"],
    ["it", "amico", "m", "l'amico"],
    ["it", "amica", "f", "l'amica"],
    ["it", "casa", "f", "la casa"],
    ["de", "Hund", "m", "der Hund"],
    ["de", "Katze", "f", "die Katze"],
    ["de", "Haus", "n", "das Haus"],
    ["fr", "chien", "m", "le chien"],
    ["fr", "maison", "f", "la maison"],
    ["fr", "arbre", "m", "l'arbre"],
    ["fr", "homme", "m", "l'homme"],
    ["fr", "héros", "m", "le héros"],
    ["fr", "haine", "f", "la haine"],
    ["es", "perro", "m", "el perro"],
    ["es", "casa", "f", "la casa"],
    ["es", "agua", "f", "el agua"],
  ] as const)("%s %s (%s) → %s", (language, word, gender, expected) => {
    expect(withArticle(language, word, gender)).toBe(expected);
  });

  it("leaves words without a known gender, and English, unchanged", () => {
    expect(withArticle("it", "correre", null)).toBe("correre");
    expect(withArticle("en", "dog", "m")).toBe("dog");
  });
});
