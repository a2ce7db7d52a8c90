import { queryOptions, useQuery } from "@tanstack/react-query";
import { fetchCurrentUser, fetchProviders } from "./auth.api";

/**
 * Query keys of this feature, in one place, so invalidation cannot miss one.
 * Queries of other features that depend on who is calling put the user's id
 * in their key (see features/account), so a session change needs no sweep.
 */
export const authKeys = {
  all: ["auth"] as const,
  currentUser: () => [...authKeys.all, "current-user"] as const,
  providers: () => [...authKeys.all, "providers"] as const,
};

export const authQueries = {
  /** The signed-in user or guest; null without a session. */
  currentUser: () =>
    queryOptions({
      queryKey: authKeys.currentUser(),
      queryFn: fetchCurrentUser,
      staleTime: 60_000,
    }),
  providers: () =>
    queryOptions({
      queryKey: authKeys.providers(),
      queryFn: fetchProviders,
      staleTime: Infinity,
    }),
};

export function useCurrentUser() {
  return useQuery(authQueries.currentUser());
}

export function useAuthProviders() {
  return useQuery(authQueries.providers());
}
