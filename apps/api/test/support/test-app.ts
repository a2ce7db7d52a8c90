import type { Database } from "@lila/db";
import { parseConfig } from "../../src/config/env.js";
import { MemoryGameSessionStore } from "../../src/features/game/memory-game-session.store.js";
import type { GameSessionStore } from "../../src/features/game/game-session.store.js";
import { createApp } from "../../src/http/app.js";
import { createLogger } from "../../src/lib/logger.js";

export interface TestAppOptions {
  env?: Record<string, string>;
  sessions?: GameSessionStore;
}

/** The real app, wired to a test database, with quiet logs and a generous rate limit unless a test sets one. */
export function createTestApp(db: Database, options: TestAppOptions = {}) {
  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    GAME_RATE_LIMIT_PER_MINUTE: "100000",
    CORS_ORIGIN: "http://localhost:5173",
    ...options.env,
  });
  const sessions = options.sessions ?? new MemoryGameSessionStore();
  const app = createApp({ config, db, logger: createLogger("silent"), sessions });
  return { app, sessions, config };
}
