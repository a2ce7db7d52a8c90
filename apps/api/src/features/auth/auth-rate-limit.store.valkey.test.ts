import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestValkey, deleteKeys, requireValkey, uniqueKeyPrefix } from "../../../test/support/valkey.js";
import { createValkeyRateLimitStore } from "./auth-rate-limit.store.js";

/*
 * Better Auth's sign-in limit with Valkey: every API process counts in the
 * same window, so two processes do not allow twice the password guesses.
 */
const available = await requireValkey();
const prefix = uniqueKeyPrefix();
const clients: Redis[] = [];

afterAll(async () => {
  if (clients.length === 0) return;
  await deleteKeys(clients[0]!, prefix);
  for (const client of clients) client.disconnect();
});

function processStore() {
  const client = connectTestValkey();
  clients.push(client);
  return createValkeyRateLimitStore(client, prefix);
}

describe.skipIf(!available)("the Valkey sign-in rate limit", () => {
  it("counts attempts from every process in one window per key, and says how long to wait", async () => {
    const [first, second] = [processStore(), processStore()];
    const rule = { window: 60, max: 3 };
    const key = `203.0.113.7|/sign-in/email|${Math.random()}`;
    const allowed = [];
    for (let attempt = 0; attempt < 4; attempt++)
      allowed.push((await (attempt % 2 ? second : first).consume(key, rule)).allowed);
    expect(allowed).toEqual([true, true, true, false]);
    const refused = await first.consume(key, rule);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(60);
    expect((await second.consume(`${key}-another-client`, rule)).allowed).toBe(true);
  });

  it("falls back to this process's own counters while Valkey does not answer", async () => {
    const client = connectTestValkey();
    clients.push(client);
    const store = createValkeyRateLimitStore(client, prefix);
    client.disconnect();
    const rule = { window: 60, max: 1 };
    expect((await store.consume("fallback", rule)).allowed).toBe(true);
    expect((await store.consume("fallback", rule)).allowed).toBe(false);
  });
});
