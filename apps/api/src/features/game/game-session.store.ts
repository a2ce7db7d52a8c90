/** What the server keeps of a singleplayer game: the answer key and what was answered. */
export interface StoredQuestion {
  questionId: string;
  correctOptionId: number;
  selectedOptionId: number | null;
}

export interface GameSession {
  sessionId: string;
  /** The user or guest who started it; null for an anonymous caller. */
  ownerId: string | null;
  questions: StoredQuestion[];
}

export type AnswerOutcome =
  | { status: "recorded"; correctOptionId: number }
  | { status: "session_not_found" }
  | { status: "question_not_found" }
  | { status: "already_answered" };

/**
 * Where answer keys live between requests. Recording an answer is one atomic
 * step (check, then write), so two concurrent answers to one question cannot
 * both count. Sessions expire after an idle period.
 */
export interface GameSessionStore {
  create(session: GameSession): Promise<void>;
  recordAnswer(input: {
    sessionId: string;
    questionId: string;
    selectedOptionId: number;
    ownerId: string | null;
  }): Promise<AnswerOutcome>;
  close(): Promise<void>;
}

/** Shared by every store so that they decide alike. */
export function applyAnswer(
  session: GameSession | undefined,
  input: { questionId: string; selectedOptionId: number; ownerId: string | null },
): AnswerOutcome {
  // Another owner's session answers exactly like a missing one: its existence is not leaked.
  if (!session || session.ownerId !== input.ownerId) return { status: "session_not_found" };
  const question = session.questions.find((q) => q.questionId === input.questionId);
  if (!question) return { status: "question_not_found" };
  if (question.selectedOptionId !== null) return { status: "already_answered" };
  question.selectedOptionId = input.selectedOptionId;
  return { status: "recorded", correctOptionId: question.correctOptionId };
}
