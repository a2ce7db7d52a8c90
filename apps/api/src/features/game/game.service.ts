import { randomUUID } from "node:crypto";
import type { AnswerBody, AnswerResponse, GameSessionResponse, GameSettings } from "@lila/shared";
import { ConflictError, NotFoundError } from "../../http/errors.js";
import type { CatalogService } from "../catalog/catalog.service.js";
import type { GameSessionStore } from "./game-session.store.js";
import { buildQuiz, type BuiltQuestion, type Random } from "./quiz-builder.js";
import type { VocabularyPools } from "./vocabulary-pools.js";

export interface GameServiceDeps {
  pools: VocabularyPools;
  sessions: GameSessionStore;
  catalog: CatalogService;
  random?: Random;
  /** Another way to draw a game's questions (the benchmark's naive strategy); defaults to drawQuestions. */
  drawQuiz?: (settings: GameSettings) => Promise<BuiltQuestion[]>;
  /** Where a signed-in player's (or guest's) games are kept for their account page. */
  history?: GameHistoryRecorder;
}

/** The lasting record of a player's games (features/account); only games with an owner are recorded. */
export interface GameHistoryRecorder {
  gameStarted(game: { gameId: string; ownerId: string; settings: GameSettings }): Promise<void>;
  questionAnswered(answer: { gameId: string; ownerId: string; isCorrect: boolean }): Promise<void>;
}

/**
 * Draws the questions of one game with their answer keys: the same generator
 * for a singleplayer game and a multiplayer match.
 */
export async function drawQuestions(
  { pools, catalog, random = Math.random }: Pick<GameServiceDeps, "pools" | "catalog" | "random">,
  settings: GameSettings,
): Promise<BuiltQuestion[]> {
  await catalog.assertLanguagesExist(settings.source_language, settings.target_language);
  const [questionPool, distractorPool] = await Promise.all([
    pools.questionPool(settings.source_language, settings.target_language, settings.pos),
    pools.distractorPool(settings.target_language, settings.pos),
  ]);
  return buildQuiz(questionPool, distractorPool, settings.difficulty, settings.rounds, random);
}

export function createGameService({
  pools,
  sessions,
  catalog,
  random = Math.random,
  drawQuiz,
  history,
}: GameServiceDeps) {
  return {
    /** Draws a whole game from the in-memory pools and keeps its answer key on the server. */
    async startGame(settings: GameSettings, ownerId: string | null): Promise<GameSessionResponse> {
      const questions = drawQuiz ? await drawQuiz(settings) : await drawQuestions({ pools, catalog, random }, settings);
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
      if (history && ownerId) await history.gameStarted({ gameId: sessionId, ownerId, settings });
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
        case "recorded": {
          const isCorrect = outcome.correctOptionId === answer.selectedOptionId;
          if (history && ownerId) await history.questionAnswered({ gameId: answer.sessionId, ownerId, isCorrect });
          return {
            questionId: answer.questionId,
            isCorrect,
            correctOptionId: outcome.correctOptionId,
            selectedOptionId: answer.selectedOptionId,
          };
        }
      }
    },
  };
}

export type GameService = ReturnType<typeof createGameService>;
