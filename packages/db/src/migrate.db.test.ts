import { readdirSync } from "node:fs";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { openEmptyTestDatabase, type TestDatabase } from "../../../tests/support/test-database.js";
import { MIGRATIONS_FOLDER, openDatabase, type DatabaseHandle } from "./connection.js";
import { runMigrations } from "./migrate.js";

/*
 * Replicas starting together race to migrate. The race can only happen on a
 * PostgreSQL server (npm run test:pg, and CI): PGlite is one connection in one
 * process, so there the same test could not fail and runs as a plain migration.
 */
const onPostgres = inject("testDatabase").kind === "pg";

let database: TestDatabase & { url?: string };
let second: DatabaseHandle | undefined;
beforeAll(async () => {
  database = await openEmptyTestDatabase();
  // The second replica: a connection pool of its own.
  if (onPostgres) second = await openDatabase({ databaseUrl: database.url!, poolSize: 2 });
});
afterAll(async () => {
  await second?.close();
  await database.destroy();
});

async function expectEveryMigrationOnce(): Promise<void> {
  const files = readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith(".sql"));
  const applied = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
  expect(applied[0]!.n).toBe(files.length);
  const tables = await database.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining(["languages", "terms", "translations", "vocabulary_state"]),
  );
}

it.runIf(onPostgres)("applies every migration once when two replicas start together (postgresql)", async () => {
  await Promise.all([runMigrations(database), runMigrations(second!), runMigrations(database)]);
  await expectEveryMigrationOnce();
});

it.runIf(!onPostgres)(
  "applies every migration to an empty database, and nothing the second time (pglite)",
  async () => {
    await runMigrations(database);
    await runMigrations(database);
    await expectEveryMigrationOnce();
  },
);
