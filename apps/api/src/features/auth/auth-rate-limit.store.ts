import type { BetterAuthRateLimitStorage } from "better-auth";

/**
 * Better Auth's built-in memory store is one Map per process, shared by every
 * auth instance; this one belongs to its instance, so an app built with small
 * limits (a test) does not share counters with another. Fixed windows: a key
 * may make `max` requests, then waits until its window ends.
 */
export function createRateLimitStore(now: () => number = Date.now): BetterAuthRateLimitStorage {
  const windows = new Map<string, { startedAt: number; count: number }>();
  let lastSweep = now();
  return {
    async consume(key, rule) {
      const at = now();
      const windowMs = rule.window * 1000;
      if (at - lastSweep > windowMs) {
        for (const [k, entry] of windows) if (at - entry.startedAt >= windowMs) windows.delete(k);
        lastSweep = at;
      }
      const entry = windows.get(key);
      if (!entry || at - entry.startedAt >= windowMs) {
        windows.set(key, { startedAt: at, count: 1 });
        return { allowed: true, retryAfter: null };
      }
      if (entry.count >= rule.max) {
        return { allowed: false, retryAfter: Math.max(1, Math.ceil((entry.startedAt + windowMs - at) / 1000)) };
      }
      entry.count += 1;
      return { allowed: true, retryAfter: null };
    },
  };
}
