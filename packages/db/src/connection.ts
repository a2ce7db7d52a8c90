import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// PGlite is type-only here and loaded on demand: it is an optional dependency that
// the production API image leaves out (about 27 MB it never uses with DATABASE_URL).
import type * as PgliteModule from "@electric-sql/pglite";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { lockDataDirectory } from "./pglite-lock.js";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
/** The Drizzle database, whichever driver is underneath. Model functions take it first. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** Plain parameterised SQL, for bulk work that the query builder makes slow. */
export type RawQuery = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

export interface DatabaseHandle {
  db: Database;
  driver: "pg" | "pglite";
  query: RawQuery;
  /** Runs `work` while holding a PostgreSQL session-level advisory lock. */
  withAdvisoryLock<T>(key: number, work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Bounds on every wait toward PostgreSQL, so that a stalled server fails
 * requests instead of hanging them: `connectMs` for a new connection and for a
 * request queued while the pool is busy, `statementMs` for the server to run
 * a statement (statement_timeout), `queryMs` for an answer to arrive at all
 * (a stalled network: the server cannot time that out), `idleMs` before an
 * unused connection is closed. Unset: no bound (migrations, seeding, scripts).
 */
export interface PostgresTimeouts {
  connectMs: number;
  statementMs?: number;
  queryMs?: number;
  idleMs?: number;
}

export type DatabaseOptions =
  { databaseUrl: string; poolSize?: number; timeouts?: PostgresTimeouts } | { dataDir: string } | { pglite: PGlite };

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.timeouts);
  if ("pglite" in options) return wrapPglite(options.pglite, async () => {});
  return openPgliteDirectory(options.dataDir);
}

function openPostgres(databaseUrl: string, poolSize: number, timeouts?: PostgresTimeouts): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    keepAlive: true,
    ...(timeouts && {
      connectionTimeoutMillis: timeouts.connectMs,
      idleTimeoutMillis: timeouts.idleMs ?? 30_000,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.queryMs,
    }),
  });
  // An idle client that loses its server must not take the process down.
  pool.on("error", () => {});
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    driver: "pg",
    query: async (text, params) => (await pool.query(text, params)).rows as never[],
    async withAdvisoryLock(key, work) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [key]);
        try {
          return await work(drizzlePg({ client, schema }));
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [key]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The embedded database's module, or a clear error where it is not installed. */
async function loadPglite(): Promise<typeof PgliteModule> {
  try {
    return await import("@electric-sql/pglite");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new Error(
      "The embedded database (PGlite) is not installed here (the production image leaves it out): set DATABASE_URL",
    );
  }
}

async function openPgliteDirectory(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await loadPglite();
  const directory = path.resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const release = await lockDataDirectory(directory);
  try {
    const client = await PGlite.create({ dataDir: directory });
    return await wrapPglite(client, release);
  } catch (error) {
    await release();
    throw error;
  }
}

async function wrapPglite(client: PGlite, release: () => Promise<void>): Promise<DatabaseHandle> {
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  const db = drizzlePglite({ client, schema });
  // PGlite is a single session, and a session may take its own advisory lock
  // twice; so callers in this process queue here instead.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    db,
    driver: "pglite",
    query: async (text, params) => (await client.query(text, params)).rows as never[],
    withAdvisoryLock(_key, work) {
      const run = queue.then(() => work(db));
      queue = run.catch(() => {});
      return run;
    },
    async close() {
      await client.close();
      await release();
    },
  };
}
