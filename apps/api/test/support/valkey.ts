import { randomUUID } from "node:crypto";
import pg from "pg";
import { Redis } from "ioredis";
import { requireExternal } from "../../../../tests/support/external.js";
import { withTimeout } from "../../src/lib/timeout.js";

export const valkeyTestUrl = process.env.VALKEY_URL ?? "redis://127.0.0.1:6379";
export const postgresTestUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await withTimeout(check(), 2_000, "no answer");
    return true;
  } catch {
    return false;
  }
}

/** True when Valkey/Redis answers; otherwise a visible skip notice (or a failure under CI=true). */
export async function requireValkey(): Promise<boolean> {
  const client = new Redis(valkeyTestUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => {});
  const ok = await reachable(async () => {
    await client.connect();
    await client.ping();
  });
  client.disconnect();
  return requireExternal(
    `Valkey/Redis at ${valkeyTestUrl}`,
    ok,
    "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ''",
  );
}

/** True when a PostgreSQL server answers (several API processes cannot share PGlite). */
export async function requirePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresTestUrl });
  client.on("error", () => {});
  const ok = await reachable(async () => {
    await client.connect();
    await client.query("SELECT 1");
  });
  await client.end().catch(() => {});
  return requireExternal(`PostgreSQL at ${postgresTestUrl}`, ok, "set TEST_DATABASE_URL or start the local cluster");
}

/** A key prefix of its own for one test run, and a way to delete every key under it. */
export function uniqueKeyPrefix(): string {
  return `lila-test:${randomUUID()}:`;
}

export async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
    cursor = next;
    if (keys.length > 0) await client.del(...keys);
  } while (cursor !== "0");
}

export function connectTestValkey(): Redis {
  return new Redis(valkeyTestUrl, { maxRetriesPerRequest: 3 });
}

/**
 * Lets `ms` of idle time pass for every key under `prefix` without waiting:
 * each expiry moves `ms` closer (a key whose time is up is deleted), as if the
 * server's clock had moved on. The keys' own expiry logic is what is tested.
 */
export async function elapseKeyTime(client: Redis, prefix: string, ms: number): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
    cursor = next;
    for (const key of keys) {
      const left = await client.pttl(key);
      if (left < 0) continue;
      if (left - ms <= 0) await client.del(key);
      else await client.pexpire(key, left - ms);
    }
  } while (cursor !== "0");
}
