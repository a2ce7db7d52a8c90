import { and, desc, eq, sql } from "drizzle-orm";
import type { Difficulty, PartOfSpeech } from "@lila/shared";
import type { Database } from "../connection.js";
import { games } from "../schema/index.js";

export interface NewGameRecord {
  id: string;
  userId: string;
  sourceLanguage: string;
  targetLanguage: string;
  pos: PartOfSpeech;
  difficulty: Difficulty;
  rounds: number;
}

export interface GameRecord extends NewGameRecord {
  answered: number;
  correct: number;
  createdAt: Date;
  finishedAt: Date | null;
}

export async function insertGame(db: Database, game: NewGameRecord): Promise<void> {
  await db.insert(games).values(game);
}

/**
 * Counts one answer of a user's game; the last answer finishes it. The owner is
 * part of the condition, so an answer never lands on another user's record.
 */
export async function recordGameAnswer(
  db: Database,
  input: { gameId: string; userId: string; isCorrect: boolean },
): Promise<void> {
  await db
    .update(games)
    .set({
      answered: sql`${games.answered} + 1`,
      correct: sql`${games.correct} + ${input.isCorrect ? 1 : 0}`,
      finishedAt: sql`CASE WHEN ${games.answered} + 1 >= ${games.rounds} THEN now() ELSE NULL END`,
    })
    .where(and(eq(games.id, input.gameId), eq(games.userId, input.userId), sql`${games.answered} < ${games.rounds}`));
}

/** A user's games, newest first. */
export async function listGamesOfUser(db: Database, userId: string, limit = 50): Promise<GameRecord[]> {
  return db
    .select({
      id: games.id,
      userId: games.userId,
      sourceLanguage: games.sourceLanguage,
      targetLanguage: games.targetLanguage,
      pos: games.pos,
      difficulty: games.difficulty,
      rounds: games.rounds,
      answered: games.answered,
      correct: games.correct,
      createdAt: games.createdAt,
      finishedAt: games.finishedAt,
    })
    .from(games)
    .where(eq(games.userId, userId))
    .orderBy(desc(games.createdAt), desc(games.id))
    .limit(limit);
}

/** Gives every game of one user to another (a guest becoming an account). Returns how many moved. */
export async function transferGames(db: Database, fromUserId: string, toUserId: string): Promise<number> {
  const moved = await db
    .update(games)
    .set({ userId: toUserId })
    .where(eq(games.userId, fromUserId))
    .returning({ id: games.id });
  return moved.length;
}
