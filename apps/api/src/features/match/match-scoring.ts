import type { FinalStanding } from "@lila/shared";

/** The most a fast correct answer adds with the speed bonus on. */
export const MAX_SPEED_BONUS = 2;

/**
 * Points for one answer. A correct answer is worth 1. With the speed bonus,
 * it earns up to 2 more: floor(3 × timeLeft / roundDuration), capped at 2, so
 * an answer in the first third of the round scores 3, in the second third 2,
 * in the last third 1. A wrong answer or no answer scores 0.
 */
export function pointsFor(input: {
  isCorrect: boolean;
  speedBonus: boolean;
  answeredAt: number;
  roundStartedAt: number;
  deadline: number;
}): number {
  if (!input.isCorrect) return 0;
  if (!input.speedBonus) return 1;
  const duration = Math.max(1, input.deadline - input.roundStartedAt);
  const timeLeft = Math.min(duration, Math.max(0, input.deadline - input.answeredAt));
  return 1 + Math.min(MAX_SPEED_BONUS, Math.floor((3 * timeLeft) / duration));
}

/**
 * Final ranking, best first. Equal scores share a rank (1, 1, 3) and every
 * player with the best score is a winner.
 */
export function rankPlayers(players: Array<{ userId: string; name: string; score: number }>): {
  standings: FinalStanding[];
  winnerIds: string[];
} {
  const sorted = players
    .map((player, order) => ({ ...player, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const standings = sorted.map(({ userId, name, score }) => ({
    userId,
    name,
    score,
    rank: 1 + sorted.filter((other) => other.score > score).length,
  }));
  const best = standings[0]?.score;
  return {
    standings,
    winnerIds: standings.filter((standing) => standing.score === best).map((standing) => standing.userId),
  };
}
