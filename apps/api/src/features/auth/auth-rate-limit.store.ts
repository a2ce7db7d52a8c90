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

const FIXED_WINDOW = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if count == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/** The part of an ioredis client this store uses. */
interface ScriptClient {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
}

interface WindowCommands {
  lilaAuthWindow(key: string, windowMs: string): Promise<[number, number]>;
}

/**
 * The same fixed windows in Valkey, shared by every API process: two processes
 * no longer allow twice the password guesses. Valkey not answering is not a
 * reason to refuse every sign-in, nor to drop the limit: this process's own
 * counters stand in until it answers again.
 */
export function createValkeyRateLimitStore(
  client: ScriptClient,
  keyPrefix: string,
  fallback: BetterAuthRateLimitStorage = createRateLimitStore(),
  onFallback: (error: unknown) => void = () => {},
): BetterAuthRateLimitStorage {
  if (!("lilaAuthWindow" in client)) client.defineCommand("lilaAuthWindow", { numberOfKeys: 1, lua: FIXED_WINDOW });
  const commands = client as unknown as WindowCommands;
  return {
    async consume(key, rule) {
      try {
        const [count, ttlMs] = await commands.lilaAuthWindow(
          `${keyPrefix}auth-rate:${key}`,
          String(rule.window * 1000),
        );
        if (count <= rule.max) return { allowed: true, retryAfter: null };
        return { allowed: false, retryAfter: Math.max(1, Math.ceil(ttlMs / 1000)) };
      } catch (error) {
        onFallback(error);
        return fallback.consume(key, rule);
      }
    },
  };
}
