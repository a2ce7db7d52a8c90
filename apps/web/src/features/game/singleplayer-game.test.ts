import type { GameSessionResponse, GameSettings } from "@lila/shared";
import { describe, expect, it } from "vitest";
import {
  breakdownOf,
  currentQuestion,
  goToNextQuestion,
  recordAnswer,
  recordRefusedAnswer,
  scoreOf,
  startSingleplayerGame,
} from "./singleplayer-game";

const settings: GameSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 3,
};

function question(id: string, prompt: string, options: string[]) {
  return {
    questionId: id,
    prompt,
    gloss: null,
    options: options.map((text, optionId) => ({ optionId, text })),
  };
}

const session: GameSessionResponse = {
  sessionId: "00000000-0000-4000-8000-000000000000",
  questions: [
    question("00000000-0000-4000-8000-000000000001", "dog", ["cane", "gatto", "casa", "libro"]),
    question("00000000-0000-4000-8000-000000000002", "cat", ["cane", "gatto", "casa", "libro"]),
  ],
};
const [first, second] = session.questions.map((q) => q.questionId) as [string, string];

describe("singleplayer game", () => {
  it("does not move on before the current question is answered", () => {
    const game = startSingleplayerGame(session, settings);
    expect(goToNextQuestion(game)).toBe(game);
    expect(currentQuestion(game)?.prompt).toBe("dog");
  });

  it("keeps the first answer to a question", () => {
    let game = startSingleplayerGame(session, settings);
    game = recordAnswer(game, {
      questionId: first,
      isCorrect: true,
      correctOptionId: 0,
      selectedOptionId: 0,
    });
    game = recordAnswer(game, {
      questionId: first,
      isCorrect: false,
      correctOptionId: 0,
      selectedOptionId: 2,
    });
    expect(game.answers[first]?.isCorrect).toBe(true);
  });

  it("finishes after the last question and scores with a breakdown", () => {
    let game = startSingleplayerGame(session, settings);
    game = goToNextQuestion(
      recordAnswer(game, {
        questionId: first,
        isCorrect: true,
        correctOptionId: 0,
        selectedOptionId: 0,
      }),
    );
    expect(currentQuestion(game)?.prompt).toBe("cat");
    game = goToNextQuestion(
      recordAnswer(game, {
        questionId: second,
        isCorrect: false,
        correctOptionId: 1,
        selectedOptionId: 3,
      }),
    );
    expect(game.finished).toBe(true);
    expect(scoreOf(game)).toEqual({ correct: 1, total: 2 });
    expect(breakdownOf(game)).toEqual([
      {
        questionId: first,
        prompt: "dog",
        yourAnswer: "cane",
        correctAnswer: "cane",
        isCorrect: true,
      },
      {
        questionId: second,
        prompt: "cat",
        yourAnswer: "libro",
        correctAnswer: "gatto",
        isCorrect: false,
      },
    ]);
  });

  it("counts a refused answer as missed and lets the game go on", () => {
    let game = recordRefusedAnswer(startSingleplayerGame(session, settings), first);
    game = goToNextQuestion(game);
    expect(currentQuestion(game)?.prompt).toBe("cat");
    expect(breakdownOf(game)[0]).toMatchObject({
      yourAnswer: null,
      correctAnswer: null,
      isCorrect: false,
    });
  });

  it("ignores answers to unknown questions", () => {
    const game = startSingleplayerGame(session, settings);
    expect(
      recordAnswer(game, {
        questionId: "00000000-0000-4000-8000-0000000000ff",
        isCorrect: true,
        correctOptionId: 0,
        selectedOptionId: 0,
      }),
    ).toBe(game);
  });
});
