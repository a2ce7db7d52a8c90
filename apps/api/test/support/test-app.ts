import type { Database } from "@lila/db";
import { composeServices, type Services } from "../../src/composition.js";
import { parseConfig } from "../../src/config/env.js";
import { createApp } from "../../src/http/app.js";
import { systemClock, type Clock } from "../../src/lib/clock.js";
import { createLogger, type Logger } from "../../src/lib/logger.js";
import { checkErrorResponses } from "./error-contract.js";
import { seededRandom } from "./seeded-random.js";

export interface TestAppOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  /** The system clock unless a test moves time itself (ManualClock). */
  clock?: Clock;
  random?: () => number;
  /** Silent unless a test reads what the app logs. */
  logger?: Logger;
  /** Replaces composed services (a failing readiness check, smaller socket limits). */
  replace?: (services: Services) => Partial<Services>;
}

/** The configuration of a test app: quiet logs, a known secret, and rate limits out of the way unless a test sets them. */
export function testConfig(env: Record<string, string> = {}) {
  return parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    GAME_RATE_LIMIT_PER_MINUTE: "100000",
    LOBBY_JOINS_PER_MINUTE_PER_USER: "100000",
    LOBBY_JOINS_PER_MINUTE_PER_ADDRESS: "100000",
    SOCKETS_PER_USER: "1000",
    SOCKETS_PER_ADDRESS: "100000",
    CORS_ORIGIN: "http://localhost:5173",
    BETTER_AUTH_SECRET: "test-secret-0123456789abcdef0123456789abcdef",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "100000",
    ...env,
  });
}

/**
 * The real app on a test database, built by the same composition root as the
 * server (in-memory state, accounts on the same database: sign in with
 * tests/support/auth-session.ts). Random draws are seeded unless a test passes
 * its own source.
 */
export async function createTestApp(db: Database, options: TestAppOptions = {}) {
  const config = testConfig(options.env);
  const composed = await composeServices({
    config,
    db,
    logger: options.logger ?? createLogger("silent"),
    clock: options.clock ?? systemClock,
    random: options.random ?? seededRandom(1),
  });
  const services: Services = { ...composed, ...options.replace?.(composed) };
  // Every error response is checked against the shared envelope (error-contract.ts).
  return { app: checkErrorResponses(createApp(services)), services, config };
}
