import { randomUUID } from "node:crypto";
import type { AnswerBody, AnswerResponse, GameSessionResponse, GameSettings } from "@lila/shared";
import { ConflictError, NotFoundError } from "../../http/errors.js";
import type { CatalogService } from "../catalog/catalog.service.js";
import type { GameSessionStore } from "./game-session.store.js";
import { buildQuiz, type Random } from "./quiz-builder.js";
import type { VocabularyPools } from "./vocabulary-pools.js";

export interface GameServiceDeps {
  pools: VocabularyPools;
  sessions: GameSessionStore;
  catalog: CatalogService;
  random?: Random;
}

export function createGameService({ pools, sessions, catalog, random = Math.random }: GameServiceDeps) {
  return {
    /** Draws a whole game from the in-memory pools and keeps its answer key on the server. */
    async startGame(settings: GameSettings, ownerId: string | null): Promise<GameSessionResponse> {
      await catalog.assertLanguagesExist(settings.source_language, settings.target_language);
      const [questionPool, distractorPool] = await Promise.all([
        pools.questionPool(settings.source_language, settings.target_language, settings.pos),
        pools.distractorPool(settings.target_language, settings.pos),
      ]);
      const questions = buildQuiz(questionPool, distractorPool, settings.difficulty, settings.rounds, random);
      const sessionId = randomUUID();
      await sessions.create({
        sessionId,
        ownerId,
        questions: questions.map((q) => ({
          questionId: q.questionId,
          correctOptionId: q.correctOptionId,
          selectedOptionId: null,
        })),
      });
      return {
        sessionId,
        questions: questions.map(({ questionId, prompt, gloss, options }) => ({ questionId, prompt, gloss, options })),
      };
    },

    async answerQuestion(answer: AnswerBody, ownerId: string | null): Promise<AnswerResponse> {
      const outcome = await sessions.recordAnswer({ ...answer, ownerId });
      switch (outcome.status) {
        case "session_not_found":
          throw new NotFoundError("This game has expired or does not exist. Start a new game.");
        case "question_not_found":
          throw new NotFoundError("This question is not part of this game.");
        case "already_answered":
          throw new ConflictError("This question has already been answered.");
        case "recorded":
          return {
            questionId: answer.questionId,
            isCorrect: outcome.correctOptionId === answer.selectedOptionId,
            correctOptionId: outcome.correctOptionId,
            selectedOptionId: answer.selectedOptionId,
          };
      }
    },
  };
}

export type GameService = ReturnType<typeof createGameService>;
