import { describe, expect, it } from "vitest";
import { genderFromTags, partOfSpeechFromTags } from "./part-of-speech.js";
import { isPlayableText, isSameText } from "./playable-text.js";
import { termKey } from "./term.js";

describe("partOfSpeechFromTags", () => {
  it("maps FreeDict and Apertium tags", () => {
    expect(partOfSpeechFromTags(["masc"])).toBe("noun");
    expect(partOfSpeechFromTags(["n", "fem"])).toBe("noun");
    expect(partOfSpeechFromTags(["v", "trans"])).toBe("verb");
    expect(partOfSpeechFromTags(["vblex"])).toBe("verb");
    expect(partOfSpeechFromTags(["adj"])).toBe("adjective");
    expect(partOfSpeechFromTags(["adj", "masc"])).toBe("adjective");
    expect(partOfSpeechFromTags(["adv"])).toBe("adverb");
  });

  it("rejects names, plurals-only, reflexives, function words and mixed tags", () => {
    for (const tags of [["np"], ["pn", "fem"], ["pl"], ["v", "refl"], ["prep"], ["v", "adv"], []]) {
      expect(partOfSpeechFromTags(tags)).toBeUndefined();
    }
  });

  it("reads a single gender", () => {
    expect(genderFromTags(["n", "masc"])).toBe("m");
    expect(genderFromTags(["f"])).toBe("f");
    expect(genderFromTags(["neut", "n", "sg"])).toBe("n");
    expect(genderFromTags(["masc", "fem"])).toBe("");
    expect(genderFromTags(["mf"])).toBe("");
  });
});

describe("isPlayableText", () => {
  it("accepts single words with inner hyphens or apostrophes", () => {
    expect(isPlayableText("dog", "en", "noun")).toBe(true);
    expect(isPlayableText("aujourd'hui", "fr", "adverb")).toBe(true);
    expect(isPlayableText("e-mail", "en", "noun")).toBe(true);
    expect(isPlayableText("Hund", "de", "noun")).toBe(true);
  });

  it("rejects multiword, digits, abbreviations, names, bad case and long strings", () => {
    expect(isPlayableText("ice cream", "en", "noun")).toBe(false);
    expect(isPlayableText("mp3", "en", "noun")).toBe(false);
    expect(isPlayableText("ADP", "en", "noun")).toBe(false);
    expect(isPlayableText("London", "en", "noun")).toBe(false);
    expect(isPlayableText("hund", "de", "noun")).toBe(false);
    expect(isPlayableText("Schnell", "de", "adjective")).toBe(false);
    expect(isPlayableText("a", "en", "noun")).toBe(false);
    expect(isPlayableText("Donaudampfschifffahrtsgesellschaft", "de", "noun")).toBe(false);
    expect(isPlayableText("etw.", "de", "verb")).toBe(false);
  });

  it("compares texts without case", () => {
    expect(isSameText("courage", "Courage")).toBe(true);
    expect(isSameText("dog", "Hund")).toBe(false);
  });
});

describe("termKey", () => {
  it("derives the key from the content, English first, whatever the pair's order", () => {
    const dog = { language: "en", text: "dog", gender: "" } as const;
    const hund = { language: "de", text: "Hund", gender: "m" } as const;
    expect(termKey({ pos: "noun", left: dog, right: hund })).toBe("en:dog|de:Hund|noun");
    expect(termKey({ pos: "noun", left: hund, right: dog })).toBe("en:dog|de:Hund|noun");
  });
});
