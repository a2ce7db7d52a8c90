import { isVocabularyOutdated, openDatabase, runMigrations, seedVocabulary, type DatabaseHandle } from "@lila/db";
import type { Config } from "./config/env.js";
import type { Logger } from "./lib/logger.js";

/**
 * Opens the configured database and brings it up to date: migrations first, then the
 * vocabulary when the database holds none or another one than the shipped files (a new
 * release brings its words with it; user data is never touched).
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const handle = await openDatabase(config.database);
  try {
    logger.info({ driver: handle.driver }, "database opened");
    const started = Date.now();
    await runMigrations(handle);
    logger.info({ ms: Date.now() - started }, "migrations applied");
    if (config.seedOnStart && (await isVocabularyOutdated(handle, config.vocabularyDir))) {
      logger.info("the vocabulary files changed: seeding");
      const report = await seedVocabulary(handle, config.vocabularyDir);
      logger.info({ ...report, ms: Date.now() - started }, "vocabulary seeded");
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
