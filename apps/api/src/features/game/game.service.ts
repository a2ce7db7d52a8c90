import { randomUUID } from "node:crypto";
import type { AnswerBody, AnswerResponse, GameSessionResponse, GameSettings } from "@lila/shared";
import { ConflictError, NotFoundError } from "../../lib/errors.js";
import type { GameStore } from "./game.store.js";
import type { QuestionDrawer } from "./question-drawer.js";

/** The lasting record of a player's games (features/account); only games with an owner are recorded. */
export interface GameHistoryRecorder {
  gameStarted(game: { gameId: string; ownerId: string; settings: GameSettings }): Promise<void>;
  questionAnswered(answer: { gameId: string; ownerId: string; isCorrect: boolean }): Promise<void>;
}

export interface GameServiceDeps {
  drawQuestions: QuestionDrawer;
  store: GameStore;
  /** Where a signed-in player's (or guest's) games are kept for their account page. */
  history: GameHistoryRecorder;
}

/**
 * Singleplayer games. The wire calls a game's id `sessionId` (PRODUCT.md §6);
 * inside the API it is a game.
 */
export function createGameService({ drawQuestions, store, history }: GameServiceDeps) {
  return {
    /** Draws a whole game and keeps its answer key on the server. */
    async startGame(settings: GameSettings, ownerId: string | null): Promise<GameSessionResponse> {
      const questions = await drawQuestions(settings);
      const gameId = randomUUID();
      await store.create({
        gameId,
        ownerId,
        questions: questions.map((q) => ({
          questionId: q.questionId,
          correctOptionId: q.correctOptionId,
          selectedOptionId: null,
        })),
      });
      if (ownerId) await history.gameStarted({ gameId, ownerId, settings });
      return {
        sessionId: gameId,
        questions: questions.map(({ questionId, prompt, gloss, options }) => ({ questionId, prompt, gloss, options })),
      };
    },

    async answerQuestion(answer: AnswerBody, ownerId: string | null): Promise<AnswerResponse> {
      const gameId = answer.sessionId;
      const outcome = await store.recordAnswer({
        gameId,
        questionId: answer.questionId,
        selectedOptionId: answer.selectedOptionId,
        ownerId,
      });
      switch (outcome.status) {
        case "game_not_found":
          throw new NotFoundError("This game has expired or does not exist. Start a new game.");
        case "question_not_found":
          throw new NotFoundError("This question is not part of this game.");
        case "already_answered":
          throw new ConflictError("This question has already been answered.");
        case "recorded": {
          const isCorrect = outcome.correctOptionId === answer.selectedOptionId;
          if (ownerId) await history.questionAnswered({ gameId, ownerId, isCorrect });
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
