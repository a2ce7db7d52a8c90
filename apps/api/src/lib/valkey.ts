import { Redis } from "ioredis";
import type { Logger } from "./logger.js";
import { withTimeout } from "./timeout.js";

export type ValkeyClient = Redis;

/**
 * A connection to Valkey (or Redis 7). Commands queue while it reconnects, so
 * a short outage delays the game rather than failing it; errors are logged,
 * not thrown at the event loop.
 */
export function connectValkey(url: string, logger: Logger, name: string): ValkeyClient {
  const client = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: 20,
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let lastReport = 0;
  client.on("error", (error: Error) => {
    // A restart of Valkey fires an error per retry: one line every 5 s is enough.
    if (Date.now() - lastReport < 5_000) return;
    lastReport = Date.now();
    logger.warn({ err: error, connection: name }, "valkey connection error");
  });
  return client;
}

/** Waits until the connection is up, or fails with a readable message. */
export async function assertValkeyReachable(client: ValkeyClient, timeoutMs = 5_000): Promise<void> {
  await withTimeout(client.ping(), timeoutMs, `Valkey did not answer within ${timeoutMs} ms (VALKEY_URL)`);
}
