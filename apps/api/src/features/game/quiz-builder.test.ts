import type { DistractorPoolRow, QuestionPoolRow } from "@lila/db";
import { describe, expect, it } from "vitest";
import { NotEnoughWordsError } from "../../lib/errors.js";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { buildQuiz } from "./quiz-builder.js";
import { indexDistractorPool, indexQuestionPool } from "./vocabulary-pools.js";
import { comparableWord } from "./word-comparison.js";

function questionRow(prompt: string, answer: string, extra: Partial<QuestionPoolRow> = {}): QuestionPoolRow {
  return { termId: `${prompt}-${answer}`, prompt, answer, gender: null, difficulty: "easy", gloss: null, ...extra };
}

function distractorRow(text: string, extra: Partial<DistractorPoolRow> = {}): DistractorPoolRow {
  return { text, gender: null, difficulty: "easy", ...extra };
}

const answersOf = (rows: QuestionPoolRow[]) =>
  rows.map((row) => distractorRow(row.answer, { gender: row.gender, difficulty: row.difficulty }));

describe("buildQuiz", () => {
  const animals = [
    questionRow("dog", "cane", { gender: "m" }),
    questionRow("cat", "gatto", { gender: "m" }),
    questionRow("house", "casa", { gender: "f" }),
    questionRow("water", "acqua", { gender: "f" }),
    questionRow("bread", "pane", { gender: "m" }),
    questionRow("book", "libro", { gender: "m" }),
    questionRow("school", "scuola", { gender: "f" }),
    questionRow("friend", "amico", { gender: "m" }),
    questionRow("apple", "mela", { gender: "f" }),
    questionRow("door", "porta", { gender: "f" }),
  ];

  it("makes four distinct options with the answer once, numbered 0-3 after shuffling", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const quiz = buildQuiz(
        indexQuestionPool(animals),
        indexDistractorPool(answersOf(animals)),
        "easy",
        3,
        seededRandom(seed),
      );
      expect(quiz).toHaveLength(3);
      for (const question of quiz) {
        const row = animals.find((r) => r.prompt === question.prompt)!;
        expect(question.options.map((o) => o.optionId)).toEqual([0, 1, 2, 3]);
        expect(new Set(question.options.map((o) => comparableWord(o.text))).size).toBe(4);
        expect(question.options.filter((o) => o.text === row.answer)).toHaveLength(1);
        expect(question.options[question.correctOptionId]!.text).toBe(row.answer);
      }
    }
  });

  it("puts the answer in every position over many games", () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 50; seed++) {
      const quiz = buildQuiz(
        indexQuestionPool(animals),
        indexDistractorPool(answersOf(animals)),
        "easy",
        3,
        seededRandom(seed),
      );
      quiz.forEach((question) => positions.add(question.correctOptionId));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it("prefers distractors of the answer's gender", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const quiz = buildQuiz(
        indexQuestionPool(animals),
        indexDistractorPool(answersOf(animals)),
        "easy",
        3,
        seededRandom(seed),
      );
      for (const question of quiz) {
        const gender = animals.find((r) => r.prompt === question.prompt)!.gender;
        for (const option of question.options)
          expect(animals.find((r) => r.answer === option.text)!.gender).toBe(gender);
      }
    }
  });

  it("never offers another valid translation of the prompt, nor the answer with other case or accents", () => {
    const rows = [
      questionRow("car", "auto", { termId: "t1" }),
      questionRow("car", "macchina", { termId: "t2" }),
      questionRow("sun", "sole"),
      questionRow("moon", "luna"),
    ];
    const distractors = [
      ...answersOf(rows),
      distractorRow("Auto"),
      distractorRow("àuto"),
      distractorRow("mare"),
      distractorRow("cielo"),
      distractorRow("stella"),
    ];
    for (let seed = 1; seed <= 200; seed++) {
      const quiz = buildQuiz(indexQuestionPool(rows), indexDistractorPool(distractors), "easy", 3, seededRandom(seed));
      const car = quiz.find((q) => q.prompt === "car");
      if (!car) continue;
      const texts = car.options.map((o) => comparableWord(o.text));
      expect(texts.filter((t) => t === "auto" || t === "macchina")).toHaveLength(1);
    }
  });

  it("draws distractors from the nearest difficulty band when its own runs dry", () => {
    const rows = [questionRow("one", "uno"), questionRow("two", "due"), questionRow("three", "tre")];
    const distractors = [
      ...answersOf(rows),
      distractorRow("quattro", { difficulty: "intermediate" }),
      distractorRow("raro", { difficulty: "hard" }),
    ];
    const quiz = buildQuiz(indexQuestionPool(rows), indexDistractorPool(distractors), "easy", 3, seededRandom(3));
    for (const question of quiz) {
      // three easy words besides the answer are not enough: the intermediate one fills in before the hard one
      expect(question.options.map((o) => o.text)).toContain("quattro");
      expect(question.options.map((o) => o.text)).not.toContain("raro");
    }
  });

  it("drops a gloss that contains the answer", () => {
    const rows = [
      questionRow("pizza", "pizza", { gloss: "a pizza from Naples" }),
      questionRow("dog", "cane", { gloss: "a domestic animal that barks" }),
    ];
    const distractors = [...answersOf(rows), distractorRow("gatto"), distractorRow("topo"), distractorRow("lupo")];
    const quiz = buildQuiz(indexQuestionPool(rows), indexDistractorPool(distractors), "easy", 2, seededRandom(1));
    expect(quiz.find((q) => q.prompt === "pizza")!.gloss).toBeNull();
    expect(quiz.find((q) => q.prompt === "dog")!.gloss).toBe("a domestic animal that barks");
  });

  it("refuses with NotEnoughWordsError rather than make a short game", () => {
    expect(() =>
      buildQuiz(indexQuestionPool(animals), indexDistractorPool(answersOf(animals)), "hard", 3, seededRandom(1)),
    ).toThrow(NotEnoughWordsError);
    expect(() =>
      buildQuiz(indexQuestionPool(animals), indexDistractorPool(answersOf(animals)), "easy", 11, seededRandom(1)),
    ).toThrow(/only 10 words/);
  });

  it("refuses when there are not three distinct distractors", () => {
    const rows = [questionRow("a", "x"), questionRow("b", "y"), questionRow("c", "z")];
    expect(() =>
      buildQuiz(indexQuestionPool(rows), indexDistractorPool(answersOf(rows)), "easy", 3, seededRandom(1)),
    ).toThrow(NotEnoughWordsError);
  });

  it("shows nouns with their article on both sides where the gender is known", () => {
    const rows = [
      questionRow("Hund", "cane", { promptGender: "m", gender: "m" }),
      questionRow("Katze", "gatto", { promptGender: "f", gender: "m" }),
      questionRow("Haus", "studente", { promptGender: "n", gender: "m" }),
      questionRow("Frau", "amico", { promptGender: "f", gender: "m" }),
    ];
    const pool = indexQuestionPool(rows, { sourceLanguage: "de", targetLanguage: "it" });
    const quiz = buildQuiz(pool, indexDistractorPool(answersOf(rows), "it"), "easy", 3, seededRandom(7));
    const displayed = new Map([
      ["der Hund", "il cane"],
      ["die Katze", "il gatto"],
      ["das Haus", "lo studente"],
      ["die Frau", "l'amico"],
    ]);
    for (const question of quiz) {
      expect(displayed.has(question.prompt)).toBe(true);
      expect(question.options[question.correctOptionId]!.text).toBe(displayed.get(question.prompt));
      for (const option of question.options) expect([...displayed.values()]).toContain(option.text);
    }
  });
});
