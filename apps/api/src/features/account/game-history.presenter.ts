import type { GameRecord } from "@lila/db";
import type { GameHistoryResponse } from "@lila/shared";

export function presentGameHistory(records: GameRecord[]): GameHistoryResponse {
  return {
    games: records.map((record) => ({
      gameId: record.id,
      source_language: record.sourceLanguage,
      target_language: record.targetLanguage,
      pos: record.pos,
      difficulty: record.difficulty,
      rounds: record.rounds,
      answered: record.answered,
      correct: record.correct,
      startedAt: record.createdAt.toISOString(),
      finishedAt: record.finishedAt ? record.finishedAt.toISOString() : null,
    })),
  };
}
