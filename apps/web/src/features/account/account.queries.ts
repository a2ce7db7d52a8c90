import { GameHistoryResponse } from "@lila/shared";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";

export function fetchGameHistory(): Promise<GameHistoryResponse> {
  return apiRequest({ path: "/api/v1/me/games", schema: GameHistoryResponse });
}

/**
 * Keyed by the user: after signing out or in as someone else, the old
 * player's games are another query, never shown to the new one and never
 * refetched without their session.
 */
export const accountKeys = {
  all: ["account"] as const,
  games: (userId: string) => [...accountKeys.all, userId, "games"] as const,
};

export const accountQueries = {
  games: (userId: string) =>
    queryOptions({
      queryKey: accountKeys.games(userId),
      queryFn: fetchGameHistory,
      // A game just played must show at once.
      staleTime: 0,
    }),
};

/** The games of `userId`; idle until there is a user. */
export function useGameHistory(userId: string | undefined) {
  return useQuery({ ...accountQueries.games(userId ?? ""), enabled: userId !== undefined });
}
