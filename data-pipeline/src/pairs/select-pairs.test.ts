import { describe, expect, it } from "vitest";
import type { Language } from "../vocabulary/term.js";
import { selectOneToOne, type CandidatePair } from "./select-pairs.js";

function pair(en: string, de: string, extra: Partial<CandidatePair> = {}): CandidatePair {
  return {
    pos: "noun",
    left: { language: "en", text: en, gender: "" },
    right: { language: "de", text: de, gender: "m" },
    confirmations: 2,
    order: 0,
    ...extra,
  };
}

const ranks: Record<string, number> = {
  dog: 10,
  hound: 900,
  Hund: 20,
  Bock: 400,
  flesh: 800,
  meat: 300,
  Fleisch: 200,
  Aas: 3000,
};
const rankOf = (_language: Language, text: string) => ranks[text];

const texts = (pairs: ReturnType<typeof selectOneToOne>) => pairs.map((p) => `${p.left.text}=${p.right.text}`).sort();

describe("selectOneToOne", () => {
  it("keeps a word's best translation, preferring penalty-free, confirmed, first-listed, frequent pairs", () => {
    expect(
      texts(selectOneToOne([pair("dog", "Bock", { penalty: 1, confirmations: 3 }), pair("dog", "Hund")], rankOf)),
    ).toEqual(["dog=Hund"]);
    expect(
      texts(selectOneToOne([pair("dog", "Bock", { order: 1 }), pair("dog", "Hund", { order: 0 })], rankOf)),
    ).toEqual(["dog=Hund"]);
    expect(texts(selectOneToOne([pair("dog", "Hund"), pair("hound", "Hund")], rankOf))).toEqual(["dog=Hund"]);
  });

  it("keeps only mutual best choices, so a word's second choice is dropped", () => {
    // meat=Fleisch is the best for both; flesh's best (Fleisch) is taken, so flesh=Aas is not shipped.
    const chosen = selectOneToOne([pair("meat", "Fleisch"), pair("flesh", "Fleisch"), pair("flesh", "Aas")], rankOf);
    expect(texts(chosen)).toEqual(["meat=Fleisch"]);
  });

  it("drops unplayable and identical pairs", () => {
    expect(
      selectOneToOne([pair("ice cream", "Eis"), pair("hotel", "Hotel"), pair("ADP", "Adenosindiphosphat")], rankOf),
    ).toEqual([]);
  });

  it("does not depend on the input order", () => {
    const candidates = [pair("dog", "Hund"), pair("dog", "Bock"), pair("hound", "Hund"), pair("meat", "Fleisch")];
    expect(selectOneToOne([...candidates].reverse(), rankOf)).toEqual(selectOneToOne(candidates, rankOf));
  });
});
