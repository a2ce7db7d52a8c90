export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 10_000;
/** After a 4429 close the server wants a pause; waiting at least this long avoids a second refusal. */
export const RATE_LIMITED_RETRY_MS = 5_000;

/** 1 s, 2 s, 4 s, 8 s, then 10 s for every further attempt (attempt counts from 0). */
export function reconnectDelay(attempt: number, rateLimited = false): number {
  const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(attempt, 10)));
  return rateLimited ? Math.max(backoff, RATE_LIMITED_RETRY_MS) : backoff;
}
