import type { Options, Store } from "express-rate-limit";
import { RateLimitedError } from "../../lib/errors.js";

export interface JoinAttemptLimits {
  perUserPerMinute: number;
  perAddressPerMinute: number;
}

export interface JoinAttempts {
  /** Counts one attempt to join a lobby by code; throws rate_limited past either limit. */
  check(userId: string, address: string): Promise<void>;
}

/**
 * Lobby codes must not be guessable at speed: every attempt to join by code,
 * over HTTP or over any socket, counts against the player and against their
 * address, per minute, in the shared rate-limit counters (Valkey when
 * configured, so every API process counts together).
 */
export function createJoinAttempts(store: Store, limits: JoinAttemptLimits): JoinAttempts {
  // Store.init takes express-rate-limit's whole options object; the window is all a store reads.
  void store.init?.({ windowMs: 60_000 } as Options);
  return {
    async check(userId, address) {
      const [user, ip] = await Promise.all([store.increment(`user:${userId}`), store.increment(`ip:${address}`)]);
      if (user.totalHits > limits.perUserPerMinute || ip.totalHits > limits.perAddressPerMinute) {
        throw new RateLimitedError("Too many attempts to join a lobby. Wait a minute and try again.");
      }
    },
  };
}
