/** What the server keeps of a singleplayer game: the answer key and what was answered. */
export interface StoredQuestion {
  questionId: string;
  correctOptionId: number;
  selectedOptionId: number | null;
}

export interface StoredGame {
  gameId: string;
  /** The user or guest who started it; null for an anonymous caller. */
  ownerId: string | null;
  questions: StoredQuestion[];
}

export interface AnswerInput {
  gameId: string;
  questionId: string;
  selectedOptionId: number;
  ownerId: string | null;
}

export type AnswerOutcome =
  | { status: "recorded"; correctOptionId: number }
  | { status: "game_not_found" }
  | { status: "question_not_found" }
  | { status: "already_answered" };

/**
 * Where singleplayer games (their answer keys) live between requests.
 * Recording an answer is one atomic step (check, then write), so two
 * concurrent answers to one question cannot both count. A game expires after
 * an idle period. Two implementations, one contract (game.store.contract.ts):
 * memory (one process) and Valkey (several).
 */
export interface GameStore {
  create(game: StoredGame): Promise<void>;
  recordAnswer(input: AnswerInput): Promise<AnswerOutcome>;
  close(): Promise<void>;
}

/**
 * The answer rule of the memory store. The Valkey store runs the same rule as
 * a Lua script; the contract suite runs one table of cases against both.
 */
export function applyAnswer(game: StoredGame | undefined, input: Omit<AnswerInput, "gameId">): AnswerOutcome {
  // Another owner's game answers exactly like a missing one: its existence is not leaked.
  if (!game || game.ownerId !== input.ownerId) return { status: "game_not_found" };
  const question = game.questions.find((q) => q.questionId === input.questionId);
  if (!question) return { status: "question_not_found" };
  if (question.selectedOptionId !== null) return { status: "already_answered" };
  question.selectedOptionId = input.selectedOptionId;
  return { status: "recorded", correctOptionId: question.correctOptionId };
}
