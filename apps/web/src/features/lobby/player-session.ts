import type { CurrentUser } from "@lila/shared";
import { ApiError } from "../../lib/api-client";
import { announceSessionChange, AuthError, fetchCurrentUser, signInAsGuest } from "../auth";

/**
 * Lobbies need a session cookie. A visitor without one becomes a guest here,
 * named after the nickname they typed, so the other players see that name.
 * Unlike singleplayer, failing to get a session stops us: the server refuses
 * lobbies without one.
 */
export async function ensurePlayerSession(nickname: string): Promise<CurrentUser> {
  const existing = await fetchCurrentUser();
  if (existing) return existing;
  try {
    await signInAsGuest(nickname.trim() || undefined);
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error.status === 0 ? "network_error" : error.status === 429 ? "rate_limited" : "unauthorized";
      throw new ApiError(error.status, code, error.message);
    }
    throw error;
  }
  announceSessionChange();
  const created = await fetchCurrentUser();
  if (!created) throw new ApiError(401, "unauthorized", "The server did not start a guest session");
  return created;
}
