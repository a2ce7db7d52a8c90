import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "@lila/db";
// The shape of what the global setup provides (its ProvidedContext declaration).
import type {} from "./db-global-setup.js";
import { adminQuery, withDatabase } from "./postgres-admin.js";

export interface TestDatabase extends DatabaseHandle {
  /** "pglite" or "postgresql", for test names. */
  label: string;
  /** Closes the connection and throws the copy away. */
  destroy(): Promise<void>;
}

/** A private, migrated and seeded database for one test file. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const setup = inject("testDatabase");
  if (setup.kind === "pg") {
    const name = `lila_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(setup.serverUrl, `CREATE DATABASE ${name} TEMPLATE ${setup.template}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(setup.serverUrl, name), poolSize: 4 });
    return {
      ...handle,
      label: "postgresql",
      async destroy() {
        await handle.close();
        await adminQuery(setup.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const snapshot = new Blob([readFileSync(setup.snapshotFile)]);
  const client = await PGlite.create({ loadDataDir: snapshot });
  const handle = await openDatabase({ pglite: client });
  return { ...handle, label: "pglite", destroy: () => handle.close() };
}

/** An empty database (not migrated), for tests of the migration runner itself. */
export async function openEmptyTestDatabase(): Promise<TestDatabase & { url?: string }> {
  const setup = inject("testDatabase");
  if (setup.kind === "pg") {
    const name = `lila_empty_${randomBytes(6).toString("hex")}`;
    await adminQuery(setup.serverUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(setup.serverUrl, name);
    const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
    return {
      ...handle,
      url,
      label: "postgresql",
      async destroy() {
        await handle.close();
        await adminQuery(setup.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const handle = await openDatabase({ pglite: await PGlite.create() });
  return { ...handle, label: "pglite", destroy: () => handle.close() };
}
