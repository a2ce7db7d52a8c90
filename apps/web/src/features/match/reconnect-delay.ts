export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 10_000;
/** After a 4429 close the server wants a pause; waiting at least this long avoids a second refusal. */
export const RATE_LIMITED_RETRY_MS = 5_000;

/**
 * The pause before the next reconnect, with "decorrelated jitter": a random
 * time between the first pause and three times the previous one, capped. A
 * deploy closes every socket at the same moment; with fixed steps (1 s, 2 s,
 * 4 s…) every client would come back in the same second, again and again.
 * Random pauses spread them out while still backing off.
 *
 * `previousMs` is null for the first retry after a working connection;
 * `random` returns a number in [0, 1), like Math.random.
 */
export function reconnectDelay(previousMs: number | null, random: () => number, rateLimited = false): number {
  const ceiling = Math.min(MAX_RETRY_MS, 3 * (previousMs ?? FIRST_RETRY_MS));
  const delay = Math.round(FIRST_RETRY_MS + random() * (ceiling - FIRST_RETRY_MS));
  return rateLimited ? Math.max(delay, RATE_LIMITED_RETRY_MS) : delay;
}
