import {
  isVocabularyOutdated,
  openDatabase,
  runMigrations,
  seedVocabulary,
  waitForPostgres,
  type DatabaseHandle,
  type DatabaseOptions,
} from "@lila/db";
import type { Config } from "./config/env.js";
import type { Logger } from "./lib/logger.js";

/** The connection that serves requests: every wait bounded (config.database.timeouts). */
export function servingDatabaseOptions(database: Config["database"]): DatabaseOptions {
  return "databaseUrl" in database ? { databaseUrl: database.databaseUrl, timeouts: database.timeouts } : database;
}

/** Migrations and seeding: connecting is bounded, a long statement is not (a first seed takes a while). */
export function setupDatabaseOptions(database: Config["database"]): DatabaseOptions {
  return "databaseUrl" in database
    ? { databaseUrl: database.databaseUrl, timeouts: { connectMs: database.timeouts.connectMs } }
    : database;
}

/**
 * Opens the configured database and brings it up to date: migrations first, then the
 * vocabulary when the database holds none or another one than the shipped files (a new
 * release brings its words with it; user data is never touched). PostgreSQL is waited
 * for first, with a line in the log for every failed attempt and a clear error once
 * DATABASE_STARTUP_TIMEOUT_MS has passed.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const database = config.database;
  if (!("databaseUrl" in database)) {
    // PGlite: one handle for everything (one session, behind a lock file).
    const handle = await openDatabase(database);
    try {
      await bringUpToDate(handle, config, logger);
      return handle;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  await waitForPostgres(database.databaseUrl, {
    totalMs: database.startupTimeoutMs,
    attemptMs: database.timeouts.connectMs,
    onRetry: ({ attempt, elapsedMs, reason }) =>
      logger.warn({ attempt, elapsedMs, reason, giveUpAfterMs: database.startupTimeoutMs }, "waiting for PostgreSQL"),
  });
  const setup = await openDatabase(setupDatabaseOptions(database));
  try {
    await bringUpToDate(setup, config, logger);
  } finally {
    await setup.close();
  }
  return openDatabase(servingDatabaseOptions(database));
}

async function bringUpToDate(handle: DatabaseHandle, config: Config, logger: Logger): Promise<void> {
  logger.info({ driver: handle.driver }, "database opened");
  const started = Date.now();
  await runMigrations(handle);
  logger.info({ ms: Date.now() - started }, "migrations applied");
  if (config.seedOnStart && (await isVocabularyOutdated(handle, config.vocabularyDir))) {
    logger.info("the vocabulary files changed: seeding");
    const report = await seedVocabulary(handle, config.vocabularyDir);
    logger.info({ ...report, ms: Date.now() - started }, "vocabulary seeded");
  }
}
