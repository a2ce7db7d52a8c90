import { GameHistoryResponse } from "@lila/shared";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";

export function fetchGameHistory(): Promise<GameHistoryResponse> {
  return apiRequest({ path: "/api/v1/me/games", schema: GameHistoryResponse });
}

export function useGameHistory(enabled: boolean) {
  return useQuery({
    queryKey: ["account", "games"],
    queryFn: fetchGameHistory,
    enabled,
    staleTime: 0,
  });
}
