import { openDatabase, runMigrations, seedVocabulary } from "@lila/db";
import { setupDatabaseOptions } from "./database.js";
import { runMain } from "./main.js";

/** `npm run db:seed`: load vocabulary/ again; rows that exist are kept, new ones added. */
await runMain(async (config, logger) => {
  const handle = await openDatabase(setupDatabaseOptions(config.database));
  try {
    await runMigrations(handle);
    const started = Date.now();
    const report = await seedVocabulary(handle, config.vocabularyDir);
    logger.info({ ...report, ms: Date.now() - started }, "vocabulary seeded (counts are rows added)");
  } finally {
    await handle.close();
  }
});
