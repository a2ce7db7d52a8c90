import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-client";

/** Retry only what a retry can fix: no connection, rate limits aside, or a server fault. */
export function isRetryableError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isRetryableError(error),
      },
      mutations: { retry: false },
    },
  });
}
