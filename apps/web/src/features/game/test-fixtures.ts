import type { AnswerResponse, GameSessionResponse, GameSettings, Question } from "@lila/shared";

/** Builders for the singleplayer tests: valid contract shapes, the right answer always option 0. */
export const SETTINGS: GameSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 3,
};

export const SESSION_ID = "00000000-0000-4000-8000-000000000000";

export function questionId(index: number): string {
  return `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`;
}

const PROMPTS = ["dog", "cat", "house"];

export function question(index: number): Question {
  return {
    questionId: questionId(index),
    prompt: PROMPTS[index] ?? `word ${index}`,
    gloss: null,
    options: ["cane", "gatto", "casa", "libro"].map((text, optionId) => ({ optionId, text })),
  };
}

export function gameSession(rounds = 3, sessionId = SESSION_ID): GameSessionResponse {
  return { sessionId, questions: Array.from({ length: rounds }, (_, index) => question(index)) };
}

export function verdict(index: number, selectedOptionId: number): AnswerResponse {
  return { questionId: questionId(index), selectedOptionId, correctOptionId: 0, isCorrect: selectedOptionId === 0 };
}
