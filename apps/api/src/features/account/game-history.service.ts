import { insertGame, listGamesOfUser, recordGameAnswer, transferGames, type Database } from "@lila/db";
import type { GameHistoryResponse, GameSettings } from "@lila/shared";
import type { Logger } from "../../lib/logger.js";
import { presentGameHistory } from "./game-history.presenter.js";

/** A user's lasting record of singleplayer games: written by the game service, read by the account page. */
export function createGameHistoryService(db: Database, logger: Logger) {
  return {
    async gameStarted(game: { gameId: string; ownerId: string; settings: GameSettings }): Promise<void> {
      await insertGame(db, {
        id: game.gameId,
        userId: game.ownerId,
        sourceLanguage: game.settings.source_language,
        targetLanguage: game.settings.target_language,
        pos: game.settings.pos,
        difficulty: game.settings.difficulty,
        rounds: game.settings.rounds,
      });
    },

    /** Best effort: the answer is already judged, a failed history write must not turn it into an error. */
    async questionAnswered(answer: { gameId: string; ownerId: string; isCorrect: boolean }): Promise<void> {
      try {
        await recordGameAnswer(db, { gameId: answer.gameId, userId: answer.ownerId, isCorrect: answer.isCorrect });
      } catch (error) {
        logger.error({ err: error, gameId: answer.gameId }, "could not record an answer in the game history");
      }
    },

    async listGames(userId: string): Promise<GameHistoryResponse> {
      return presentGameHistory(await listGamesOfUser(db, userId));
    },

    /** A guest became an account: their games move with them, in one transaction. */
    async transferToAccount(guestId: string, accountId: string): Promise<number> {
      return db.transaction((tx) => transferGames(tx, guestId, accountId));
    },
  };
}

export type GameHistoryService = ReturnType<typeof createGameHistoryService>;
