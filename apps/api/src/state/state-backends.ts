import { MemoryStore, type Store } from "express-rate-limit";
import { RedisStore, type RedisReply } from "rate-limit-redis";
import type { BetterAuthRateLimitStorage } from "better-auth";
import type { Config } from "../config/env.js";
import { createRateLimitStore, createValkeyRateLimitStore } from "../features/auth/index.js";
import { MemoryGameStore, ValkeyGameStore, type GameStore } from "../features/game/index.js";
import type { ReadinessChecks } from "../features/health/index.js";
import { MemoryRoomStore, ValkeyRoomStore, type RoomStore } from "../features/match/index.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { MemoryConnectionCounter, ValkeyConnectionCounter, type ConnectionCounter } from "./connection-counter.js";
import { assertValkeyReachable, connectValkey, type ValkeyClient } from "../lib/valkey.js";

/** Rate-limit counters for one group of routes (express-rate-limit's store interface). */
export type RateLimitStoreFactory = (prefix: string) => Store;

/** Counters in this process: each group of routes has its own. */
export const memoryRateLimitStores: RateLimitStoreFactory = () => new MemoryStore();

/** Counters in Valkey, shared by every process: one key space per group of routes. */
export function valkeyRateLimitStores(client: ValkeyClient, keyPrefix: string): RateLimitStoreFactory {
  return (prefix) =>
    new RedisStore({
      prefix: `${keyPrefix}rate:${prefix}:`,
      sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
    });
}

/**
 * Everything that must outlive a request: in this process's memory, or in
 * Valkey for several processes. The HTTP app (games, rate limits) and the
 * match server (rooms) both build on it.
 */
export interface StateBackends {
  kind: "memory" | "valkey";
  games: GameStore;
  rooms: RoomStore;
  rateLimitStore: RateLimitStoreFactory;
  /** Open sockets per user and per address (memory, or leases in Valkey). */
  connections: ConnectionCounter;
  /** Better Auth's sign-in and sign-up counters. */
  authRateLimit: BetterAuthRateLimitStorage;
  /** How often a room checks that the processes holding its players are alive (null: one process). */
  presenceCheckMs: number | null;
  /** What /api/v1/ready must also see answer: Valkey, when state lives there. */
  readinessChecks: ReadinessChecks;
  close(): Promise<void>;
}

export async function createStateBackends(
  config: Pick<Config, "valkey">,
  logger: Logger,
  clock: Clock,
): Promise<StateBackends> {
  if (!config.valkey) {
    const games = new MemoryGameStore({ clock });
    const rooms = new MemoryRoomStore();
    return {
      kind: "memory",
      games,
      rooms,
      rateLimitStore: memoryRateLimitStores,
      connections: new MemoryConnectionCounter(),
      authRateLimit: createRateLimitStore(),
      presenceCheckMs: null,
      readinessChecks: {},
      async close() {
        await Promise.all([games.close(), rooms.close()]);
      },
    };
  }
  const { url, keyPrefix } = config.valkey;
  const client = connectValkey(url, logger, "lila-api", config.valkey);
  // Pub/sub needs a connection of its own: a subscribed connection can do nothing else.
  const subscriber = connectValkey(url, logger, "lila-api-subscriber", config.valkey);
  try {
    await Promise.all([assertValkeyReachable(client), assertValkeyReachable(subscriber)]);
  } catch (error) {
    client.disconnect();
    subscriber.disconnect();
    throw error;
  }
  const games = new ValkeyGameStore(client, keyPrefix);
  const rooms = new ValkeyRoomStore(client, subscriber, { keyPrefix, clock });
  await rooms.start();
  logger.info({ instanceId: rooms.instanceId }, "state shared through valkey");
  return {
    kind: "valkey",
    games,
    rooms,
    rateLimitStore: valkeyRateLimitStores(client, keyPrefix),
    connections: new ValkeyConnectionCounter(client, keyPrefix, clock),
    authRateLimit: createValkeyRateLimitStore(client, keyPrefix, createRateLimitStore(), (error) =>
      logger.warn({ err: error }, "valkey did not count a sign-in attempt; this process counts it"),
    ),
    presenceCheckMs: 2_000,
    readinessChecks: {
      valkey: async () => {
        await client.ping();
      },
    },
    async close() {
      await Promise.all([games.close(), rooms.close()]);
      await Promise.all([client.quit().catch(() => {}), subscriber.quit().catch(() => {})]);
    },
  };
}
