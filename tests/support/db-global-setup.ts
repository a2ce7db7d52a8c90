import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase, runMigrations, seedVocabulary } from "@lila/db";
import { adminQuery, withDatabase } from "./postgres-admin.js";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "pglite"; snapshotFile: string } | { kind: "pg"; serverUrl: string; template: string };
  }
}

/**
 * Migrates and seeds one database for the whole run; each test file then
 * starts from a copy of it (tests/support/test-database.ts), which is much
 * cheaper than migrating and seeding per file.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `lila_template_${randomBytes(4).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(serverUrl, template) });
    await runMigrations(handle);
    await seedVocabulary(handle);
    await handle.close();
    project.provide("testDatabase", { kind: "pg", serverUrl, template });
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }

  const client = await PGlite.create();
  const handle = await openDatabase({ pglite: client });
  await runMigrations(handle);
  await seedVocabulary(handle);
  const dump = await client.dumpDataDir("gzip");
  const folder = mkdtempSync(path.join(tmpdir(), "lila-test-"));
  const snapshotFile = path.join(folder, "snapshot.tar.gz");
  writeFileSync(snapshotFile, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide("testDatabase", { kind: "pglite", snapshotFile });
  return () => rmSync(folder, { recursive: true, force: true });
}
