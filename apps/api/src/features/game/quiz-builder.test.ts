import type { TermWordRow } from "@lila/db";
import type { Difficulty, Gender, PartOfSpeech } from "@lila/shared";
import { describe, expect, it } from "vitest";
import { NotEnoughWordsError } from "../../lib/errors.js";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { buildQuiz } from "./quiz-builder.js";
import { indexLanguagePool, indexQuestionSet, type QuestionSet } from "./vocabulary-pools.js";
import { comparableWord } from "./word-comparison.js";

interface WordSpec {
  text: string;
  gender?: Gender;
  plural?: boolean;
  difficulty?: Difficulty;
  hint?: string;
  offensive?: boolean;
}

/** A term: its accepted words in the source and target languages (first = shown). */
interface TermSpec {
  id: string;
  source: (WordSpec | string)[];
  target: (WordSpec | string)[];
}

function rows(terms: TermSpec[], side: "source" | "target"): TermWordRow[] {
  return terms.flatMap((term) =>
    term[side].map((given, position) => {
      const word = typeof given === "string" ? { text: given } : given;
      return {
        termId: term.id,
        text: word.text,
        position,
        gender: word.gender ?? null,
        plural: word.plural ?? false,
        difficulty: word.difficulty ?? "easy",
        hint: word.hint ?? null,
        offensive: word.offensive ?? false,
      };
    }),
  );
}

function questionSet(
  terms: TermSpec[],
  languages: [string, string] = ["en", "it"],
  pos: PartOfSpeech = "noun",
): QuestionSet {
  return indexQuestionSet(
    indexLanguagePool(rows(terms, "source"), languages[0], pos),
    indexLanguagePool(rows(terms, "target"), languages[1], pos),
  );
}

const noOffensive = { includeOffensive: false };
const term = (id: string, source: TermSpec["source"], target: TermSpec["target"]): TermSpec => ({ id, source, target });

const animals = [
  term("dog", ["dog"], [{ text: "cane", gender: "m" }]),
  term("cat", ["cat"], [{ text: "gatto", gender: "m" }]),
  term("house", ["house"], [{ text: "casa", gender: "f" }]),
  term("water", ["water"], [{ text: "acqua", gender: "f" }]),
  term("bread", ["bread"], [{ text: "pane", gender: "m" }]),
  term("book", ["book"], [{ text: "libro", gender: "m" }]),
  term("school", ["school"], [{ text: "scuola", gender: "f" }]),
  term("friend", ["friend"], [{ text: "amico", gender: "m" }]),
  term("apple", ["apple"], [{ text: "mela", gender: "f" }]),
  term("door", ["door"], [{ text: "porta", gender: "f" }]),
];
const shown = new Map([
  ["cane", "il cane"],
  ["gatto", "il gatto"],
  ["casa", "la casa"],
  ["acqua", "l'acqua"],
  ["pane", "il pane"],
  ["libro", "il libro"],
  ["scuola", "la scuola"],
  ["amico", "l'amico"],
  ["mela", "la mela"],
  ["porta", "la porta"],
]);

describe("buildQuiz", () => {
  it("makes four distinct options with the answer once, numbered 0-3 after shuffling, and keeps the term", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const quiz = buildQuiz(questionSet(animals), "easy", 3, noOffensive, seededRandom(seed));
      expect(quiz).toHaveLength(3);
      for (const question of quiz) {
        const asked = animals.find((t) => t.source[0] === question.prompt)!;
        const answer = shown.get((asked.target[0] as WordSpec).text)!;
        expect(question.termId).toBe(asked.id);
        expect(question.options.map((o) => o.optionId)).toEqual([0, 1, 2, 3]);
        expect(new Set(question.options.map((o) => comparableWord(o.text))).size).toBe(4);
        expect(question.options.filter((o) => o.text === answer)).toHaveLength(1);
        expect(question.options[question.correctOptionId]!.text).toBe(answer);
      }
    }
  });

  it("puts the answer in every position over many games", () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 50; seed++) {
      buildQuiz(questionSet(animals), "easy", 3, noOffensive, seededRandom(seed)).forEach((q) =>
        positions.add(q.correctOptionId),
      );
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it("offers wrong options of the answer's gender first", () => {
    const genderOf = new Map(
      animals.map((t) => {
        const word = t.target[0] as WordSpec;
        return [shown.get(word.text)!, word.gender];
      }),
    );
    for (let seed = 1; seed <= 100; seed++) {
      for (const question of buildQuiz(questionSet(animals), "easy", 3, noOffensive, seededRandom(seed))) {
        const gender = genderOf.get(question.options[question.correctOptionId]!.text);
        for (const option of question.options) expect(genderOf.get(option.text)).toBe(gender);
      }
    }
  });

  it("never offers an accepted translation of the prompt in any sense, a synonym of the answer, or the answer with other accents", () => {
    const terms = [
      // spring: two senses; each sense's words are right for "spring".
      term("season", [{ text: "spring", hint: "season" }], [{ text: "primavera", gender: "f" }]),
      term(
        "water",
        [{ text: "spring", hint: "water" }, "source"],
        [
          { text: "fonte", gender: "f" },
          { text: "sorgente", gender: "f" },
        ],
      ),
      // a synonym of the answer "fonte" in another term
      term(
        "origin",
        ["origin"],
        [
          { text: "origine", gender: "f" },
          { text: "fonte", gender: "f" },
        ],
      ),
      term("moon", ["moon"], [{ text: "luna", gender: "f" }]),
      term("sea", ["sea"], [{ text: "Fónte", gender: "f" }]),
      term("star", ["star"], [{ text: "stella", gender: "f" }]),
      term("sun", ["sun"], [{ text: "stagione", gender: "f" }]),
      term("sky", ["sky"], [{ text: "pioggia", gender: "f" }]),
    ];
    let seen = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const quiz = buildQuiz(questionSet(terms), "easy", 3, noOffensive, seededRandom(seed));
      for (const question of quiz.filter((q) => q.prompt === "spring")) {
        seen += 1;
        const texts = question.options.map((o) => comparableWord(o.text.replace(/^(la |l')/, "")));
        const answer = texts[question.correctOptionId];
        // Every sense of the prompt is right; so is whatever shares a term with the answer (origine ~ fonte).
        const right =
          answer === "primavera" ? ["primavera", "fonte", "sorgente"] : ["primavera", "fonte", "sorgente", "origine"];
        expect(texts.filter((t) => right.includes(t))).toEqual([answer]);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("never offers the answer's own verb in its reflexive form (levantar / levantarse)", () => {
    const terms = [
      term("raise", ["raise"], ["levantar"]),
      term("get up", ["get up"], ["levantarse"]),
      term("eat", ["eat"], ["comer"]),
      term("sleep", ["sleep"], ["dormir"]),
      term("run", ["run"], ["correr"]),
    ];
    for (let seed = 1; seed <= 100; seed++) {
      for (const question of buildQuiz(
        questionSet(terms, ["en", "es"], "verb"),
        "easy",
        3,
        noOffensive,
        seededRandom(seed),
      )) {
        const texts = question.options.map((o) => o.text);
        expect(texts.includes("levantar") && texts.includes("levantarse")).toBe(false);
      }
    }
  });

  it("presents wrong options like the answer: all with an article or none", () => {
    const terms = [
      term("people", ["people"], [{ text: "Leute", plural: true }]),
      term("dog", ["dog"], [{ text: "Hund", gender: "m" }]),
      term("cat", ["cat"], [{ text: "Katze", gender: "f" }]),
      term("house", ["house"], [{ text: "Haus", gender: "n" }]),
      // a bare word among the nouns (no article): never a wrong option for an answer with one
      term("bare", [], [{ text: "ohne" }]),
    ];
    for (let seed = 1; seed <= 100; seed++) {
      const quiz = buildQuiz(questionSet(terms, ["en", "de"]), "easy", 3, noOffensive, seededRandom(seed));
      for (const question of quiz) {
        expect(question.options.every((o) => /^(der|die|das) /.test(o.text))).toBe(
          /^(der|die|das) /.test(question.options[question.correctOptionId]!.text),
        );
        expect(question.options.map((o) => o.text)).not.toContain("ohne");
      }
    }
  });

  it("leaves vulgar words out unless the learner allows them", () => {
    const terms = [...animals, term("rude", ["rude"], [{ text: "stronzo", gender: "m", offensive: true }])];
    for (let seed = 1; seed <= 100; seed++) {
      for (const question of buildQuiz(questionSet(terms), "easy", 10, noOffensive, seededRandom(seed))) {
        expect(question.options.map((o) => o.text)).not.toContain("lo stronzo");
        expect(question.prompt).not.toBe("rude");
      }
    }
    const allowed = buildQuiz(questionSet(terms), "easy", 10, { includeOffensive: true }, seededRandom(1));
    expect(allowed.flatMap((q) => [q.prompt, ...q.options.map((o) => o.text)]).join()).toContain("stronzo");
  });

  it("shows English verbs with to and takes the prompt's sense hint as its gloss, unless it names the answer", () => {
    const terms = [
      term("say", [{ text: "say" }], ["dire"]),
      term("go", [{ text: "go" }], ["andare"]),
      term("eat", [{ text: "eat", hint: "a meal" }], ["mangiare"]),
      term("run", [{ text: "run", hint: "correre fast" }], ["correre"]),
      term("see", ["see"], ["vedere"]),
    ];
    const quiz = buildQuiz(questionSet(terms, ["en", "it"], "verb"), "easy", 4, noOffensive, seededRandom(2));
    const byPrompt = new Map(quiz.map((q) => [q.prompt, q]));
    expect([...byPrompt.keys()].every((prompt) => prompt.startsWith("to "))).toBe(true);
    if (byPrompt.has("to eat")) expect(byPrompt.get("to eat")!.gloss).toBe("a meal");
    if (byPrompt.has("to run")) expect(byPrompt.get("to run")!.gloss).toBeNull();
    const reverse = buildQuiz(
      questionSet(
        terms.map((t) => ({ ...t, source: t.target, target: t.source })),
        ["it", "en"],
        "verb",
      ),
      "easy",
      3,
      noOffensive,
      seededRandom(3),
    );
    for (const question of reverse) for (const option of question.options) expect(option.text).toMatch(/^to /);
  });

  it("draws wrong options from the nearest difficulty band when its own runs dry", () => {
    const terms = [
      term("one", ["one"], ["uno"]),
      term("two", ["two"], ["due"]),
      term("three", ["three"], ["tre"]),
      term("four", ["four"], [{ text: "quattro", difficulty: "intermediate" }]),
      term("rare", ["rare"], [{ text: "raro", difficulty: "hard" }]),
    ];
    const quiz = buildQuiz(questionSet(terms, ["en", "it"], "adjective"), "easy", 3, noOffensive, seededRandom(3));
    for (const question of quiz) {
      expect(question.options.map((o) => o.text)).toContain("quattro");
      expect(question.options.map((o) => o.text)).not.toContain("raro");
    }
  });

  it("refuses with NotEnoughWordsError rather than make a short game or a question without three wrong options", () => {
    expect(() => buildQuiz(questionSet(animals), "hard", 3, noOffensive, seededRandom(1))).toThrow(NotEnoughWordsError);
    expect(() => buildQuiz(questionSet(animals), "easy", 11, noOffensive, seededRandom(1))).toThrow(/only 10 words/);
    const three = [term("a", ["a"], ["x"]), term("b", ["b"], ["y"]), term("c", ["c"], ["z"])];
    expect(() => buildQuiz(questionSet(three), "easy", 3, noOffensive, seededRandom(1))).toThrow(NotEnoughWordsError);
  });
});
