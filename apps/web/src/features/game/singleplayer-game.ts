import type { AnswerResponse, GameSessionResponse, GameSettings, Question } from "@lila/shared";

/**
 * A running singleplayer game as the client sees it. The answer key stays on
 * the server; we only learn the correct option after answering.
 */
export interface AnswerRecord {
  /** Null when the server refused the answer (already answered elsewhere). */
  selectedOptionId: number | null;
  correctOptionId: number | null;
  isCorrect: boolean;
}

export interface SingleplayerGame {
  sessionId: string;
  settings: GameSettings;
  questions: Question[];
  currentIndex: number;
  answers: Record<string, AnswerRecord>;
  finished: boolean;
}

export interface BreakdownRow {
  questionId: string;
  prompt: string;
  yourAnswer: string | null;
  correctAnswer: string | null;
  isCorrect: boolean;
}

export function startSingleplayerGame(session: GameSessionResponse, settings: GameSettings): SingleplayerGame {
  return {
    sessionId: session.sessionId,
    settings,
    questions: session.questions,
    currentIndex: 0,
    answers: {},
    finished: false,
  };
}

export function currentQuestion(game: SingleplayerGame): Question | undefined {
  return game.questions[game.currentIndex];
}

export function answerFor(game: SingleplayerGame, questionId: string): AnswerRecord | undefined {
  return game.answers[questionId];
}

export function isLastQuestion(game: SingleplayerGame): boolean {
  return game.currentIndex >= game.questions.length - 1;
}

function withAnswer(game: SingleplayerGame, questionId: string, record: AnswerRecord): SingleplayerGame {
  const known = game.questions.some((question) => question.questionId === questionId);
  if (!known || game.answers[questionId]) return game;
  return { ...game, answers: { ...game.answers, [questionId]: record } };
}

export function recordAnswer(game: SingleplayerGame, response: AnswerResponse): SingleplayerGame {
  return withAnswer(game, response.questionId, {
    selectedOptionId: response.selectedOptionId,
    correctOptionId: response.correctOptionId,
    isCorrect: response.isCorrect,
  });
}

/** The server already holds an answer for this question (e.g. from another tab): count it as missed. */
export function recordRefusedAnswer(game: SingleplayerGame, questionId: string): SingleplayerGame {
  return withAnswer(game, questionId, {
    selectedOptionId: null,
    correctOptionId: null,
    isCorrect: false,
  });
}

/** Moves on only once the current question is answered; past the last one the game is finished. */
export function goToNextQuestion(game: SingleplayerGame): SingleplayerGame {
  const question = currentQuestion(game);
  if (!question || !game.answers[question.questionId] || game.finished) return game;
  if (isLastQuestion(game)) return { ...game, finished: true };
  return { ...game, currentIndex: game.currentIndex + 1 };
}

export function optionText(question: Question, optionId: number | null): string | null {
  if (optionId === null) return null;
  return question.options.find((option) => option.optionId === optionId)?.text ?? null;
}

export function scoreOf(game: SingleplayerGame): { correct: number; total: number } {
  const correct = game.questions.filter((question) => game.answers[question.questionId]?.isCorrect).length;
  return { correct, total: game.questions.length };
}

export function breakdownOf(game: SingleplayerGame): BreakdownRow[] {
  return game.questions.map((question) => {
    const answer = game.answers[question.questionId];
    return {
      questionId: question.questionId,
      prompt: question.prompt,
      yourAnswer: optionText(question, answer?.selectedOptionId ?? null),
      correctAnswer: optionText(question, answer?.correctOptionId ?? null),
      isCorrect: answer?.isCorrect ?? false,
    };
  });
}
