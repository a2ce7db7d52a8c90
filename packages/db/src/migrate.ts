import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { MIGRATIONS_FOLDER, type DatabaseHandle, type Schema } from "./connection.js";

/** Any fixed number shared by every replica; it names "lila is migrating". */
export const MIGRATION_LOCK_KEY = 7_160_823;

/**
 * Applies the committed SQL migrations. Replicas that start together queue on
 * an advisory lock, so the migrations are applied once and the others see them done.
 */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, async (db) => {
    if (handle.driver === "pg") {
      await migratePg(db as NodePgDatabase<Schema>, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      await migratePglite(db as PgliteDatabase<Schema>, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  });
}
