import { once } from "node:events";
import { Redis } from "ioredis";
import type { Logger } from "./logger.js";
import { withTimeout } from "./timeout.js";

export type ValkeyClient = Redis;

export interface ValkeyConnectionOptions {
  /** How long one connection attempt may take (a frozen host accepts and never answers). */
  connectTimeoutMs: number;
  /** How long one command may wait for its answer. */
  commandTimeoutMs: number;
}

/**
 * A connection to Valkey (or Redis 7). Every wait is bounded: a command fails
 * after `commandTimeoutMs` instead of hanging through a stall, and commands
 * sent while the connection is down fail at once (no offline queue) instead
 * of piling up: a player waiting for a move that never lands is worse off than
 * one told to try again (the routes answer 503). The connection itself keeps
 * reconnecting; errors are logged, not thrown at the event loop.
 */
export function connectValkey(
  url: string,
  logger: Logger,
  name: string,
  { connectTimeoutMs, commandTimeoutMs }: ValkeyConnectionOptions,
): ValkeyClient {
  const client = new Redis(url, {
    connectionName: name,
    connectTimeout: connectTimeoutMs,
    commandTimeout: commandTimeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
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

/** Waits until the connection is up and answers, or fails with a readable message. */
export async function assertValkeyReachable(client: ValkeyClient, timeoutMs = 5_000): Promise<void> {
  const message = `Valkey did not answer within ${timeoutMs} ms (VALKEY_URL)`;
  // Without an offline queue, a command sent before the connection is ready fails at once: wait for it first.
  if (client.status !== "ready") await withTimeout(once(client, "ready"), timeoutMs, message);
  await withTimeout(client.ping(), timeoutMs, message);
}
