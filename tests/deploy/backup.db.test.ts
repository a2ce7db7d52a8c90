import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasCommand, requireExternal } from "../support/external.js";

// Round trip against a real PostgreSQL: make a throw-away database with data,
// back it up with scripts/backup.sh, drop it, restore it with scripts/restore.sh,
// compare row counts and an md5 of every table. Needs a server where the URL's
// user may create databases (here: PostgreSQL 15 on 127.0.0.1:5432, trust auth).
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

/** Row count and an order-independent md5 of every user table. */
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

describe.skipIf(!available)("backup.sh / restore.sh round trip on PostgreSQL", () => {
  const backupDir = mkdtempSync(path.join(tmpdir(), "lila-backup-db-"));

  beforeAll(() => {
    psql(adminUrl, `drop database if exists ${dbName} with (force)`);
    psql(adminUrl, `create database ${dbName}`);
    psql(
      dbUrl,
      `create schema drizzle;
       create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint);
       insert into drizzle.__drizzle_migrations (hash, created_at) values ('0000_init', 1), ('0001_more', 2);
       create table users (id uuid primary key default gen_random_uuid(), name text not null, created_at timestamptz not null default now());
       insert into users (name) select 'user ' || g from generate_series(1, 250) g;
       create table words (id bigserial primary key, lang char(2) not null, lemma text not null, meta jsonb, unique (lang, lemma));
       insert into words (lang, lemma, meta) select case when g % 2 = 0 then 'de' else 'it' end, 'wört ' || g || E' \\'quote\\' ', jsonb_build_object('rank', g) from generate_series(1, 1000) g;
       create table scores (user_id uuid references users(id) on delete cascade, points int not null);
       insert into scores select id, length(name) from users;
       create index words_lemma_idx on words (lemma);`,
    );
  });

  afterAll(() => {
    try {
      psql(adminUrl, `drop database if exists ${dbName} with (force)`);
    } finally {
      rmSync(backupDir, { recursive: true, force: true });
    }
  });

  it("restores every table with identical rows", () => {
    const before = fingerprint(dbUrl);
    expect(Object.keys(before).sort()).toEqual([
      "drizzle.__drizzle_migrations",
      "public.scores",
      "public.users",
      "public.words",
    ]);
    expect(before["public.words"]).toMatch(/^1000 /);

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
    // Sequences continue after the restored rows, constraints are back.
    expect(psql(dbUrl, "insert into words (lang, lemma) values ('de', 'neu') returning id")).toBe("1001");
    expect(() => psql(dbUrl, "insert into words (lang, lemma) values ('de', 'neu')")).toThrow(/duplicate key/);
  });

  it("restores over an existing database, replacing its contents", () => {
    const dump = readdirSync(backupDir).find((f) => f.endsWith(".sql.gz"))!;
    const expected = fingerprint(dbUrl);
    psql(dbUrl, "delete from scores; create table junk (x int)");
    const restore = spawnSync("bash", [path.join(root, "scripts/restore.sh"), "--yes", path.join(backupDir, dump)], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: backupDir, DATABASE_URL: dbUrl },
    });
    expect(restore.status, restore.stderr).toBe(0);
    const after = fingerprint(dbUrl);
    expect(after["public.junk"]).toBeUndefined();
    expect(after["public.scores"]).toBe(expected["public.scores"]);
  });
});
