import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listGamesOfUser, openDatabase, runMigrations, seedVocabulary, type DatabaseHandle } from "@lila/db";
import { startTestServer } from "../../apps/api/test/support/test-server.js";
import { signInGuest, signInWithEmail, signUpWithEmail, uniqueEmail, type SignedIn } from "../support/auth-session.js";
import { hasCommand, requireExternal } from "../support/external.js";

// Restore drill against a real PostgreSQL with the application's own data: a
// throw-away database migrated and seeded by the real code (packages/db), then
// played on by the real API over HTTP (an email account, a guest, a finished
// singleplayer game, a lobby with two players). scripts/backup.sh dumps it, the
// database is dropped, scripts/restore.sh brings it back, and every table must
// match row for row (count and md5 of its rows). Then the app works on the
// restored database: the account signs in again with its password, its game is
// there, and the migrations have nothing left to do.
// Needs a server where the URL's user may create databases (here: PostgreSQL 15
// on 127.0.0.1:5432, trust auth). The retention rule is in backup.test.ts.
const root = path.resolve(import.meta.dirname, "../..");
const adminUrl = process.env.LILA_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `lila_backup_test_${process.pid}`;
const dbUrl = adminUrl.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);

function psql(url: string, sql: string) {
  const result = spawnSync("psql", ["--no-psqlrc", "-X", "-v", "ON_ERROR_STOP=1", "-qAt", "--dbname", url, "-c", sql], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return result.stdout.trim();
}

function reachable(): boolean {
  if (!hasCommand("psql") || !hasCommand("pg_dump")) return false;
  return (
    spawnSync("psql", ["--no-psqlrc", "-X", "-qAt", "--dbname", adminUrl, "-c", "select 1"], {
      encoding: "utf8",
      timeout: 5_000,
    }).status === 0
  );
}

const available = requireExternal(
  `PostgreSQL at ${adminUrl.replace(/:[^:@/]*@/, ":***@")} with psql and pg_dump`,
  reachable(),
  "apt-get install postgresql; set LILA_PG_ADMIN_URL for another server",
);

/** Row count and an order-independent md5 of every table (the app's schema and drizzle's journal). */
function fingerprint(url: string): Record<string, string> {
  const tables = psql(
    url,
    "select format('%I.%I', schemaname, tablename) from pg_tables where schemaname not in ('pg_catalog','information_schema') order by 1",
  )
    .split("\n")
    .filter(Boolean);
  return Object.fromEntries(
    tables.map((t) => [
      t,
      psql(url, `select count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '-') from ${t} x`),
    ]),
  );
}

const rowCount = (print: string | undefined) => Number(print?.split(" ")[0] ?? NaN);

/** The API on `handle`, over real HTTP, for the duration of `work`. */
async function withApi<T>(handle: DatabaseHandle, work: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = await startTestServer(handle.db);
  try {
    return await work(server.baseUrl);
  } finally {
    await server.close();
  }
}

async function api<T>(baseUrl: string, pathname: string, body: unknown, player: SignedIn): Promise<T> {
  const response = await fetch(new URL(pathname, baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: player.cookie, Origin: new URL(baseUrl).origin },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data: T };
  if (!response.ok) throw new Error(`POST ${pathname} answered ${response.status}: ${JSON.stringify(json)}`);
  return json.data;
}

describe.skipIf(!available)("backup.sh / restore.sh round trip of the app's database on PostgreSQL", () => {
  const backupDir = mkdtempSync(path.join(tmpdir(), "lila-backup-db-"));
  const credentials = { email: uniqueEmail("backup"), password: "restore drill passphrase", name: "Backup Tester" };
  let userId: string;
  let correct = 0;

  beforeAll(async () => {
    psql(adminUrl, `drop database if exists ${dbName} with (force)`);
    psql(adminUrl, `create database ${dbName}`);
    const handle = await openDatabase({ databaseUrl: dbUrl, poolSize: 4 });
    try {
      await runMigrations(handle);
      await seedVocabulary(handle);
      await withApi(handle, async (baseUrl) => {
        const player = await signUpWithEmail(baseUrl, credentials);
        userId = player.userId;
        const guest = await signInGuest(baseUrl, "Restorer");

        // A finished 3-round singleplayer game of the account (stored in games).
        const game = await api<{ sessionId: string; questions: Array<{ questionId: string }> }>(
          baseUrl,
          "/api/v1/game/start",
          { source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", rounds: 3 },
          player,
        );
        for (const [index, question] of game.questions.entries()) {
          const answer = await api<{ isCorrect: boolean }>(
            baseUrl,
            "/api/v1/game/answer",
            { sessionId: game.sessionId, questionId: question.questionId, selectedOptionId: index % 4 },
            player,
          );
          if (answer.isCorrect) correct++;
        }

        // A lobby hosted by the account, joined by the guest.
        const lobby = await api<{ code: string }>(baseUrl, "/api/v1/lobbies", { nickname: "Host" }, player);
        await api(baseUrl, `/api/v1/lobbies/${lobby.code}/join`, { nickname: "Restorer" }, guest);
      });
    } finally {
      await handle.close();
    }
  }, 120_000);

  afterAll(() => {
    try {
      psql(adminUrl, `drop database if exists ${dbName} with (force)`);
    } finally {
      rmSync(backupDir, { recursive: true, force: true });
    }
  });

  it("restores every table of the played database with identical rows, and the app works on it", async () => {
    const before = fingerprint(dbUrl);
    // The app's tables, filled by the real migrations, seed and API (not a hand-made schema).
    for (const table of [
      "drizzle.__drizzle_migrations",
      "public.users",
      "public.sessions",
      "public.accounts",
      "public.games",
      "public.lobbies",
      "public.lobby_players",
    ]) {
      expect(rowCount(before[table]), `${table} has rows`).toBeGreaterThan(0);
    }
    expect(rowCount(before["public.users"])).toBe(2);
    expect(rowCount(before["public.games"])).toBe(1);
    expect(rowCount(before["public.lobby_players"])).toBe(2);
    const vocabularyRows = Object.entries(before)
      .filter(([table]) => !/users|sessions|accounts|verifications|games|lobb|drizzle/.test(table))
      .reduce((sum, [, print]) => sum + rowCount(print), 0);
    expect(vocabularyRows, "the seeded vocabulary").toBeGreaterThan(1000);

    const env = { PATH: process.env.PATH ?? "", HOME: backupDir, DATABASE_URL: dbUrl, BACKUP_DIR: backupDir };
    const backup = spawnSync("bash", [path.join(root, "scripts/backup.sh")], { encoding: "utf8", env });
    expect(backup.status, backup.stderr).toBe(0);
    const dumps = readdirSync(backupDir).filter((f) => /^lila-\d{8}T\d{6}Z\.sql\.gz$/.test(f));
    expect(dumps).toHaveLength(1);

    psql(adminUrl, `drop database ${dbName} with (force)`);
    expect(psql(adminUrl, `select count(*) from pg_database where datname = '${dbName}'`)).toBe("0");

    const restore = spawnSync(
      "bash",
      [path.join(root, "scripts/restore.sh"), "--yes", path.join(backupDir, dumps[0]!), dbName],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", HOME: backupDir, DATABASE_URL: adminUrl },
      },
    );
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stderr).toBe("");

    expect(fingerprint(dbUrl)).toEqual(before);

    // The application on the restored database: nothing left to migrate, the
    // account's game is there, and the account signs in with its password.
    const handle = await openDatabase({ databaseUrl: dbUrl, poolSize: 4 });
    try {
      await runMigrations(handle);
      const games = await listGamesOfUser(handle.db, userId);
      expect(games).toHaveLength(1);
      expect(games[0]).toMatchObject({ rounds: 3, answered: 3, correct });
      expect(games[0]!.finishedAt).not.toBeNull();
      await withApi(handle, async (baseUrl) => {
        const again = await signInWithEmail(baseUrl, credentials);
        expect(again.userId).toBe(userId);
      });
    } finally {
      await handle.close();
    }
    const after = fingerprint(dbUrl);
    expect(after["drizzle.__drizzle_migrations"]).toBe(before["drizzle.__drizzle_migrations"]);
    expect(after["public.games"]).toBe(before["public.games"]);
    // The sign-in added one session, and nothing else changed in the accounts.
    expect(rowCount(after["public.sessions"])).toBe(rowCount(before["public.sessions"]) + 1);
    expect(after["public.users"]).toBe(before["public.users"]);
  }, 120_000);

  /** A copy of the dump, changed by `edit` (on the SQL text), gzipped again. */
  function editedDump(edit: (sql: string) => string): string {
    const dump = readdirSync(backupDir).find((f) => /^lila-.*\.sql\.gz$/.test(f))!;
    const sql = gunzipSync(readFileSync(path.join(backupDir, dump))).toString("utf8");
    const file = path.join(backupDir, `edited-${Math.random().toString(36).slice(2)}.gz`);
    writeFileSync(file, gzipSync(edit(sql)));
    return file;
  }
  const restore = (file: string) =>
    spawnSync("bash", [path.join(root, "scripts/restore.sh"), "--yes", file], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: backupDir, DATABASE_URL: dbUrl },
    });
  const scratchDatabases = () =>
    psql(adminUrl, `select datname from pg_database where datname like '${dbName}\\_%' order by 1`);

  it("refuses a truncated dump (valid gzip, no completion marker) and leaves the database intact", () => {
    const before = fingerprint(dbUrl);
    const truncated = editedDump((sql) => sql.slice(0, Math.floor(sql.length / 2)));
    const result = restore(truncated);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("incomplete");
    expect(fingerprint(dbUrl)).toEqual(before);
    expect(scratchDatabases()).toBe("");
  });

  it("leaves the database intact when a complete-looking dump fails to load", () => {
    const before = fingerprint(dbUrl);
    // The marker is there, but a row half-way through cannot be loaded.
    const broken = editedDump((sql) => {
      const at = sql.indexOf("\n\\.\n", Math.floor(sql.length / 2));
      expect(at).toBeGreaterThan(0);
      return `${sql.slice(0, at)}\nnot\ta\tvalid\trow${sql.slice(at)}`;
    });
    const result = restore(broken);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("is unchanged");
    expect(fingerprint(dbUrl)).toEqual(before);
    expect(scratchDatabases()).toBe("");
  });

  it("restores over an existing database, replacing its contents", () => {
    const dump = readdirSync(backupDir).find((f) => f.endsWith(".sql.gz"))!;
    psql(dbUrl, "delete from lobby_players; create table junk (x int)");
    const restore = spawnSync("bash", [path.join(root, "scripts/restore.sh"), "--yes", path.join(backupDir, dump)], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: backupDir, DATABASE_URL: dbUrl },
    });
    expect(restore.status, restore.stderr).toBe(0);
    const after = fingerprint(dbUrl);
    expect(after["public.junk"]).toBeUndefined();
    expect(rowCount(after["public.lobby_players"])).toBe(2);
    expect(after["public.games"]).toMatch(/^1 /);
    expect(scratchDatabases()).toBe("");
  });
});
