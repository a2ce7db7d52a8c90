import type { Database } from "@lila/db";
import { parseConfig } from "../../src/config/env.js";
import { MemoryGameSessionStore } from "../../src/features/game/memory-game-session.store.js";
import type { GameSessionStore } from "../../src/features/game/game-session.store.js";
import { createApp } from "../../src/http/app.js";
import { createAuthentication } from "../../src/features/auth/authentication.js";
import { createLogger } from "../../src/lib/logger.js";
import type { ReadinessChecks } from "../../src/features/health/health.router.js";

export interface TestAppOptions {
  env?: Record<string, string>;
  sessions?: GameSessionStore;
  readinessChecks?: ReadinessChecks;
}

/** The real app, wired to a test database, with quiet logs and a generous rate limit unless a test sets one. */
export function createTestApp(db: Database, options: TestAppOptions = {}) {
  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    GAME_RATE_LIMIT_PER_MINUTE: "100000",
    CORS_ORIGIN: "http://localhost:5173",
    BETTER_AUTH_SECRET: "test-secret-0123456789abcdef0123456789abcdef",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "100000",
    ...options.env,
  });
  const sessions = options.sessions ?? new MemoryGameSessionStore();
  const logger = createLogger("silent");
  // Accounts on the same database: sign in with tests/support/auth-session.ts.
  const authentication = createAuthentication({ config, db, logger });
  const app = createApp({
    config,
    db,
    logger,
    sessions,
    authentication,
    identify: authentication.identify,
    ...(options.readinessChecks ? { readinessChecks: options.readinessChecks } : {}),
  });
  return { app, sessions, config, authentication };
}
