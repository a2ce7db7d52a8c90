import { readdirSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openEmptyTestDatabase, type TestDatabase } from "../../../tests/support/test-database.js";
import { MIGRATIONS_FOLDER, openDatabase, type DatabaseHandle } from "./connection.js";
import { runMigrations } from "./migrate.js";

let database: TestDatabase & { url?: string };
let second: DatabaseHandle;
beforeAll(async () => {
  database = await openEmptyTestDatabase();
  // Two replicas: on PostgreSQL a second connection pool; on PGlite the same instance.
  second = database.url ? await openDatabase({ databaseUrl: database.url, poolSize: 2 }) : database;
});
afterAll(async () => {
  if (second !== database) await second.close();
  await database.destroy();
});

it("applies every migration once when two replicas start together", async () => {
  await Promise.all([runMigrations(database), runMigrations(second), runMigrations(database)]);
  const files = readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith(".sql"));
  const applied = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
  expect(applied[0]!.n).toBe(files.length);
  const tables = await database.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining(["languages", "terms", "translations", "glosses"]),
  );
});
