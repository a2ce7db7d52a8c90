import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchCurrentUser, fetchProviders, signInAsGuest } from "./auth.api";

export const currentUserQueryKey = ["auth", "me"] as const;

/** The signed-in user or guest; null without a session. */
export function useCurrentUser() {
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: fetchCurrentUser,
    staleTime: 60_000,
  });
}

export function useAuthProviders() {
  return useQuery({
    queryKey: ["auth", "providers"],
    queryFn: fetchProviders,
    staleTime: Infinity,
  });
}

const SESSION_CHANGED = "lila:session-changed";
let sessionKnown = false;

/** After a sign-in, sign-up or sign-out: every query that depends on who is calling refetches. */
export function announceSessionChange(): void {
  sessionKnown = false;
  window.dispatchEvent(new Event(SESSION_CHANGED));
}

/** Mounted once (in the header): turns announcements into refetches. */
export function useSessionChangeRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries();
    window.addEventListener(SESSION_CHANGED, refresh);
    return () => window.removeEventListener(SESSION_CHANGED, refresh);
  }, [queryClient]);
}

/**
 * Before a visitor's first game: a guest account if they have no session, so
 * the game is theirs and can follow them into a real account later. A failure
 * here does not block playing; the game is then simply not recorded.
 */
export async function ensureSession(): Promise<void> {
  if (sessionKnown) return;
  try {
    if (!(await fetchCurrentUser())) {
      await signInAsGuest();
      announceSessionChange();
    }
    sessionKnown = true;
  } catch {
    // Play on without a session.
  }
}
