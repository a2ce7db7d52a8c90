import type { CurrentUser } from "@lila/shared";
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { ApiError } from "../../lib/api-client";
import { AuthError, signInAsGuest, signInWithEmail, signOut, signUpWithEmail } from "./auth.api";
import { authQueries } from "./auth.queries";

/**
 * The session lives in the query cache: the current-user query is the one
 * place that says who is playing. Whatever starts or ends a session asks the
 * server again here, and every component reading useCurrentUser() follows.
 */
export function refreshCurrentUser(queryClient: QueryClient): Promise<CurrentUser | null> {
  return queryClient.fetchQuery({ ...authQueries.currentUser(), staleTime: 0 });
}

/** Lobbies and game history speak ApiError; Better Auth's refusals are translated once, here. */
function asApiError(error: unknown): unknown {
  if (!(error instanceof AuthError)) return error;
  const code = error.status === 0 ? "network_error" : error.status === 429 ? "rate_limited" : "unauthorized";
  return new ApiError(error.status, code, error.message);
}

/**
 * The current user, after making a visitor without a session a guest (named
 * `guestName` when given), so a game or a lobby seat is theirs and can follow
 * them into a real account later. Rejects with an ApiError when no session
 * could be had.
 */
export async function ensureSession(queryClient: QueryClient, guestName?: string): Promise<CurrentUser> {
  const known = await queryClient.fetchQuery(authQueries.currentUser());
  if (known) return known;
  try {
    await signInAsGuest(guestName?.trim() || undefined);
  } catch (error) {
    throw asApiError(error);
  }
  const created = await refreshCurrentUser(queryClient);
  if (!created) throw new ApiError(401, "unauthorized", "The server did not start a guest session");
  return created;
}

export function useEnsureSession(): (guestName?: string) => Promise<CurrentUser> {
  const queryClient = useQueryClient();
  return useCallback((guestName?: string) => ensureSession(queryClient, guestName), [queryClient]);
}

export interface Credentials {
  email: string;
  password: string;
  name: string;
}

/** Signs in (or creates the account, then signs in) with email and password. */
export function useEmailSignIn(mode: "sign-in" | "sign-up") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      mode === "sign-up" ? signUpWithEmail(credentials) : signInWithEmail(credentials),
    // Signed in either way; if asking who we are fails now, the header catches up on its next fetch.
    onSuccess: () => refreshCurrentUser(queryClient).catch(() => null),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Even a failed sign-out may have ended the session: ask the server who we are now.
    onSettled: () => refreshCurrentUser(queryClient),
  });
}
