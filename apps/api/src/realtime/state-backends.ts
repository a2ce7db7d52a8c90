import type { Store } from "express-rate-limit";
import { RedisStore, type RedisReply } from "rate-limit-redis";
import type { Config } from "../config/env.js";
import type { GameSessionStore } from "../features/game/game-session.store.js";
import { MemoryGameSessionStore } from "../features/game/memory-game-session.store.js";
import { ValkeyGameSessionStore } from "../features/game/valkey-game-session.store.js";
import { MemoryRoomStore } from "../features/lobby/memory-room-store.js";
import type { RoomStore } from "../features/lobby/room-store.js";
import { ValkeyRoomStore } from "../features/lobby/valkey-room-store.js";
import type { ReadinessChecks } from "../features/health/health.router.js";
import type { Logger } from "../lib/logger.js";
import { assertValkeyReachable, connectValkey } from "../lib/valkey.js";

/** Everything that must outlive a request: in this process's memory, or in Valkey for several processes. */
export interface StateBackends {
  kind: "memory" | "valkey";
  sessions: GameSessionStore;
  rooms: RoomStore;
  /** express-rate-limit counters; undefined means its default memory store. */
  rateLimitStore: ((prefix: string) => Store) | undefined;
  /** How often a room checks that the processes holding its players are alive (null: one process). */
  presenceCheckMs: number | null;
  /** What /api/v1/ready must also see answer: Valkey, when state lives there. */
  readinessChecks: ReadinessChecks;
  close(): Promise<void>;
}

export async function createStateBackends(config: Pick<Config, "valkey">, logger: Logger): Promise<StateBackends> {
  if (!config.valkey) {
    const sessions = new MemoryGameSessionStore();
    const rooms = new MemoryRoomStore();
    return {
      kind: "memory",
      sessions,
      rooms,
      rateLimitStore: undefined,
      presenceCheckMs: null,
      readinessChecks: {},
      async close() {
        await Promise.all([sessions.close(), rooms.close()]);
      },
    };
  }
  const { url, keyPrefix } = config.valkey;
  const client = connectValkey(url, logger, "lila-api");
  // Pub/sub needs a connection of its own: a subscribed connection can do nothing else.
  const subscriber = connectValkey(url, logger, "lila-api-subscriber");
  try {
    await Promise.all([assertValkeyReachable(client), assertValkeyReachable(subscriber)]);
  } catch (error) {
    client.disconnect();
    subscriber.disconnect();
    throw error;
  }
  const sessions = new ValkeyGameSessionStore(client, keyPrefix);
  const rooms = new ValkeyRoomStore(client, subscriber, { keyPrefix });
  await rooms.start();
  logger.info({ instanceId: rooms.instanceId }, "state shared through valkey");
  return {
    kind: "valkey",
    sessions,
    rooms,
    rateLimitStore: (prefix) =>
      new RedisStore({
        prefix: `${keyPrefix}rate:${prefix}:`,
        sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
      }),
    presenceCheckMs: 2_000,
    readinessChecks: {
      valkey: async () => {
        await client.ping();
      },
    },
    async close() {
      await Promise.all([sessions.close(), rooms.close()]);
      await Promise.all([client.quit().catch(() => {}), subscriber.quit().catch(() => {})]);
    },
  };
}
