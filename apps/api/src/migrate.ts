import { openDatabase, runMigrations } from "@lila/db";
import { setupDatabaseOptions } from "./database.js";
import { runMain } from "./main.js";

/** `npm run db:migrate`: apply the committed migrations and exit (the server also does this at start). */
await runMain(async (config, logger) => {
  const handle = await openDatabase(setupDatabaseOptions(config.database));
  try {
    await runMigrations(handle);
    logger.info({ driver: handle.driver }, "migrations applied");
  } finally {
    await handle.close();
  }
});
