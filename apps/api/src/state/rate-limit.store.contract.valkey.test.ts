import { randomUUID } from "node:crypto";
import type { Options, Store } from "express-rate-limit";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestValkey, deleteKeys, requireValkey, uniqueKeyPrefix } from "../../test/support/valkey.js";
import { memoryRateLimitStores, valkeyRateLimitStores, type RateLimitStoreFactory } from "./state-backends.js";

/*
 * The counters behind the game and lobby rate limits, in memory (one process)
 * and in Valkey (shared): one contract for both. The Valkey half skips with a
 * notice when 127.0.0.1:6379 does not answer, and fails under CI=true.
 */
const valkeyAvailable = await requireValkey();
const prefix = uniqueKeyPrefix();
const clients: Redis[] = [];
const stores: Store[] = [];
const WINDOW_MS = 60_000;

const implementations: Array<{ name: string; available: boolean; factory: () => RateLimitStoreFactory }> = [
  { name: "memory", available: true, factory: () => memoryRateLimitStores },
  {
    name: "valkey",
    available: valkeyAvailable,
    factory() {
      const client = connectTestValkey();
      clients.push(client);
      return valkeyRateLimitStores(client, prefix);
    },
  },
];

afterAll(async () => {
  for (const store of stores) await store.shutdown?.();
  if (clients.length === 0) return;
  await deleteKeys(clients[0]!, prefix);
  for (const client of clients) client.disconnect();
});

/** A store for one group of routes, initialised as express-rate-limit does. */
function open(factory: RateLimitStoreFactory, group: string): Store {
  const store = factory(group);
  void store.init?.({ windowMs: WINDOW_MS } as Options);
  stores.push(store);
  return store;
}

describe.each(implementations)("rate-limit store contract: $name", ({ name, available, factory }) => {
  describe.skipIf(!available)(name, () => {
    it("counts a client's hits in a window that ends within the window length", async () => {
      const store = open(factory(), `group-${randomUUID()}`);
      const before = Date.now();
      const hits = [];
      for (let hit = 0; hit < 3; hit++) hits.push((await store.increment("client-a")).totalHits);
      expect(hits).toEqual([1, 2, 3]);
      const { resetTime } = await store.increment("client-a");
      expect(resetTime!.getTime()).toBeGreaterThan(before);
      expect(resetTime!.getTime()).toBeLessThanOrEqual(Date.now() + WINDOW_MS);
    });

    it("counts clients apart, and groups of routes apart", async () => {
      const group = `group-${randomUUID()}`;
      const games = open(factory(), group);
      const lobbies = open(factory(), `other-${group}`);
      await games.increment("client-a");
      await games.increment("client-a");
      expect((await games.increment("client-b")).totalHits).toBe(1);
      expect((await lobbies.increment("client-a")).totalHits).toBe(1);
    });

    it("takes a hit back, and forgets a client on reset", async () => {
      const store = open(factory(), `group-${randomUUID()}`);
      await store.increment("client-a");
      await store.increment("client-a");
      await store.decrement("client-a");
      expect((await store.increment("client-a")).totalHits).toBe(2);
      await store.resetKey("client-a");
      expect((await store.increment("client-a")).totalHits).toBe(1);
    });
  });
});
