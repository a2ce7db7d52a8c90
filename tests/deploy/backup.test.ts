import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { requireCommand } from "../support/external.js";

// Backup scripts without PostgreSQL: retention, offsite copy (a stub `aws`),
// the workstation sync (rsync between two local directories) and the cron line.
// The dump/restore round trip against a real server is backup.db.test.ts.
const root = path.resolve(import.meta.dirname, "../..");
const backupSh = path.join(root, "scripts/backup.sh");
const syncSh = path.join(root, "scripts/sync-backups.sh");

const scratches: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lila-backup-"));
  scratches.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A clean environment: nothing from the developer's shell (DATABASE_URL, BACKUP_*) leaks in. */
function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync("bash", [script, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: env.HOME ?? tmpdir(), ...env },
  });
}

/** A file that looks like a finished dump of the given UTC day. */
function dumpName(day: number, hour = 3) {
  const d = new Date(Date.UTC(2026, 0, 1, hour, 0, 0) + day * 86_400_000);
  return `lila-${d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}.sql.gz`;
}
function fakeDump(dir: string, name: string) {
  writeFileSync(path.join(dir, name), gzipSync("-- PostgreSQL database dump complete\n"));
}
/** The name of a dump taken `hoursAgo` hours before now. */
function dumpNameAgo(hoursAgo: number) {
  const d = new Date(Math.floor(Date.now() / 1000) * 1000 - hoursAgo * 3_600_000);
  return `lila-${d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}.sql.gz`;
}
const datedDumps = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^lila-\d{8}T\d{6}Z\.sql\.gz$/.test(f))
    .sort();

describe("backup.sh retention", () => {
  it("keeps exactly the 7 newest dumps", () => {
    const dir = scratch();
    // 12 days, shuffled creation order so neither mtime nor creation order can fake it.
    const days = [5, 0, 11, 3, 8, 1, 10, 6, 2, 9, 4, 7];
    for (const day of days) fakeDump(dir, dumpName(day));
    writeFileSync(path.join(dir, "notes.txt"), "not a dump\n");
    writeFileSync(path.join(dir, "lila-manual-before-upgrade.sql.gz"), "kept: not a dated dump\n");

    const result = run(backupSh, ["--prune-only"], { BACKUP_DIR: dir });
    expect(result.status, result.stderr).toBe(0);

    const left = readdirSync(dir)
      .filter((f) => /^lila-\d{8}T\d{6}Z\.sql\.gz$/.test(f))
      .sort();
    expect(left).toEqual([5, 6, 7, 8, 9, 10, 11].map((d) => dumpName(d)));
    expect(existsSync(path.join(dir, "notes.txt"))).toBe(true);
    expect(existsSync(path.join(dir, "lila-manual-before-upgrade.sql.gz"))).toBe(true);
    expect(result.stdout.match(/pruned /g)).toHaveLength(5);
  });

  it("honours BACKUP_KEEP and leaves fewer dumps alone", () => {
    const dir = scratch();
    for (let day = 0; day < 4; day++) fakeDump(dir, dumpName(day));
    expect(run(backupSh, ["--prune-only"], { BACKUP_DIR: dir, BACKUP_KEEP: "7" }).status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith(".sql.gz"))).toHaveLength(4);
    expect(run(backupSh, ["--prune-only"], { BACKUP_DIR: dir, BACKUP_KEEP: "2" }).status).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".sql.gz"))
        .sort(),
    ).toEqual([dumpName(2), dumpName(3)]);
  });

  it("keeps a week by age however many runs there were, and the newest 7 by count", () => {
    const dir = scratch();
    // Seven manual runs this morning, one daily dump for each of the last 6 days, and
    // five dumps from 8 to 12 days ago.
    const today = [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6].map(dumpNameAgo);
    const week = [24, 48, 72, 96, 120, 144].map((h) => dumpNameAgo(h + 3));
    const old = [8, 9, 10, 11, 12].map((d) => dumpNameAgo(d * 24 + 3));
    for (const name of [...today, ...week, ...old]) fakeDump(dir, name);

    const result = run(backupSh, ["--prune-only"], { BACKUP_DIR: dir });
    expect(result.status, result.stderr).toBe(0);
    // The whole week stays (13 dumps); the older ones go, being beyond the newest 7 too.
    expect(datedDumps(dir)).toEqual([...today, ...week].sort());
  });

  it("keeps the newest BACKUP_KEEP dumps even when all are older than BACKUP_KEEP_DAYS", () => {
    const dir = scratch();
    const names = [30, 31, 32, 33, 34, 35].map((d) => dumpNameAgo(d * 24));
    for (const name of names) fakeDump(dir, name);
    const result = run(backupSh, ["--prune-only"], { BACKUP_DIR: dir, BACKUP_KEEP: "2", BACKUP_KEEP_DAYS: "7" });
    expect(result.status, result.stderr).toBe(0);
    expect(datedDumps(dir)).toEqual([names[1]!, names[0]!].sort());
  });

  it("honours BACKUP_KEEP_DAYS", () => {
    const dir = scratch();
    const names = [1, 2, 3, 4, 5].map((d) => dumpNameAgo(d * 24 - 1));
    for (const name of names) fakeDump(dir, name);
    const result = run(backupSh, ["--prune-only"], { BACKUP_DIR: dir, BACKUP_KEEP: "1", BACKUP_KEEP_DAYS: "3" });
    expect(result.status, result.stderr).toBe(0);
    expect(datedDumps(dir)).toEqual(names.slice(0, 3).sort());
  });

  it("rejects a nonsensical BACKUP_KEEP_DAYS", () => {
    for (const days of ["0", "-1", "week"]) {
      const dir = scratch();
      fakeDump(dir, dumpName(0));
      const result = run(backupSh, ["--prune-only"], { BACKUP_DIR: dir, BACKUP_KEEP_DAYS: days });
      expect(result.status, days).not.toBe(0);
      expect(result.stderr).toContain("BACKUP_KEEP_DAYS");
      expect(readdirSync(dir)).toContain(dumpName(0));
    }
  });

  it("rejects a nonsensical BACKUP_KEEP", () => {
    for (const keep of ["0", "-1", "seven", ""]) {
      const dir = scratch();
      fakeDump(dir, dumpName(0));
      const result = run(backupSh, ["--prune-only"], { BACKUP_DIR: dir, BACKUP_KEEP: keep });
      if (keep === "") {
        expect(result.status, "empty = default 7").toBe(0);
      } else {
        expect(result.status, keep).not.toBe(0);
      }
      expect(readdirSync(dir)).toContain(dumpName(0));
    }
  });

  it("reads BACKUP_* settings from BACKUP_ENV_FILE without executing it; the environment wins", () => {
    const dir = scratch();
    for (let day = 0; day < 5; day++) fakeDump(dir, dumpName(day));
    const envFile = path.join(scratch(), ".env");
    const marker = path.join(dir, "pwned");
    writeFileSync(
      envFile,
      `POSTGRES_PASSWORD=$(touch ${marker})\nBACKUP_DIR="${dir}"\nBACKUP_KEEP=3\nBACKUP_S3_BUCKET=\n`,
    );
    let result = run(backupSh, ["--prune-only"], { BACKUP_ENV_FILE: envFile });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith(".sql.gz"))).toHaveLength(3);
    expect(existsSync(marker)).toBe(false);
    result = run(backupSh, ["--prune-only"], { BACKUP_ENV_FILE: envFile, BACKUP_KEEP: "1" });
    expect(result.status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith(".sql.gz"))).toEqual([dumpName(4)]);
  });

  it("reads .env lines with inline comments, quotes and export as docker compose does", () => {
    const dir = scratch();
    for (let day = 0; day < 5; day++) fakeDump(dir, dumpName(day));
    const envFile = path.join(scratch(), ".env");
    writeFileSync(
      envFile,
      [
        "# production settings",
        `BACKUP_DIR=${dir}             # where the dumps go`,
        "export BACKUP_KEEP=2 # two",
        'BACKUP_KEEP_DAYS="1" # one day',
        "BACKUP_S3_BUCKET=               # empty = no offsite copy",
        "",
      ].join("\n"),
    );
    const result = run(backupSh, ["--prune-only"], { BACKUP_ENV_FILE: envFile });
    expect(result.status, result.stderr).toBe(0);
    expect(datedDumps(dir)).toEqual([dumpName(3), dumpName(4)]);
  });

  it("fails clearly without a database to dump", () => {
    const result = run(backupSh, [], { BACKUP_DIR: scratch() });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("set DATABASE_URL or BACKUP_COMPOSE_FILE");
  });
});

describe("backup.sh dump and offsite copy (stub pg_dump and aws)", () => {
  function stubs(options: { awsFails?: boolean; dumpIncomplete?: boolean } = {}) {
    const bin = scratch();
    const log = path.join(bin, "calls.log");
    writeFileSync(
      path.join(bin, "pg_dump"),
      `#!/bin/sh\necho "pg_dump $*" >> "${log}"\necho "CREATE TABLE t (id int);"\n${options.dumpIncomplete ? "" : 'echo "-- PostgreSQL database dump complete"\n'}`,
    );
    writeFileSync(
      path.join(bin, "aws"),
      `#!/bin/sh\necho "aws $* key=$AWS_ACCESS_KEY_ID secret=$AWS_SECRET_ACCESS_KEY region=$AWS_DEFAULT_REGION" >> "${log}"\n${options.awsFails ? "exit 1\n" : ""}`,
    );
    chmodSync(path.join(bin, "pg_dump"), 0o755);
    chmodSync(path.join(bin, "aws"), 0o755);
    return {
      env: { PATH: `${bin}:${process.env.PATH}` },
      calls: () => (existsSync(log) ? readFileSync(log, "utf8") : ""),
    };
  }

  it("writes a verified gzip dump and copies nothing offsite when no bucket is set", () => {
    const dir = scratch();
    const { env, calls } = stubs();
    const result = run(backupSh, [], { ...env, BACKUP_DIR: dir, DATABASE_URL: "postgres://u@127.0.0.1:1/db" });
    expect(result.status, result.stderr).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith(".sql.gz"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^lila-\d{8}T\d{6}Z\.sql\.gz$/);
    expect(calls()).toContain("pg_dump --no-owner --no-privileges --dbname=postgres://u@127.0.0.1:1/db");
    expect(calls()).not.toContain("aws");
    expect(readdirSync(dir).some((f) => f.endsWith(".partial"))).toBe(false);
  });

  it("uploads to S3-compatible storage when BACKUP_S3_BUCKET is set", () => {
    const dir = scratch();
    const { env, calls } = stubs();
    const result = run(backupSh, [], {
      ...env,
      BACKUP_DIR: dir,
      DATABASE_URL: "postgres://u@127.0.0.1:1/db",
      BACKUP_S3_BUCKET: "lila-backups",
      BACKUP_S3_PREFIX: "lila/",
      BACKUP_S3_ENDPOINT: "https://objects.example.test",
      BACKUP_S3_REGION: "eu-test-1",
      BACKUP_S3_ACCESS_KEY_ID: "AKTEST",
      BACKUP_S3_SECRET_ACCESS_KEY: "sekrit",
    });
    expect(result.status, result.stderr).toBe(0);
    const file = readdirSync(dir).find((f) => f.endsWith(".sql.gz"))!;
    expect(calls()).toContain(
      `aws s3 cp --only-show-errors ${path.join(dir, file)} s3://lila-backups/lila/${file} --endpoint-url https://objects.example.test key=AKTEST secret=sekrit region=eu-test-1`,
    );
  });

  it("fails (keeping the local dump) when the offsite copy fails", () => {
    const dir = scratch();
    const { env } = stubs({ awsFails: true });
    const result = run(backupSh, [], {
      ...env,
      BACKUP_DIR: dir,
      DATABASE_URL: "postgres://x/y",
      BACKUP_S3_BUCKET: "b",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("offsite copy");
    expect(readdirSync(dir).filter((f) => f.endsWith(".sql.gz"))).toHaveLength(1);
  });

  it("records the verified dump for the node exporter's textfile collector", () => {
    const dir = scratch();
    const metrics = path.join(scratch(), "textfile");
    const { env } = stubs();
    const before = Math.floor(Date.now() / 1000);
    const result = run(backupSh, [], {
      ...env,
      BACKUP_DIR: dir,
      DATABASE_URL: "postgres://x/y",
      BACKUP_METRICS_DIR: metrics,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(metrics)).toEqual(["lila_backup.prom"]);
    const text = readFileSync(path.join(metrics, "lila_backup.prom"), "utf8");
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, "m").exec(text)?.[1]);
    expect(value("lila_backup_last_success_timestamp_seconds")).toBeGreaterThanOrEqual(before);
    expect(value("lila_backup_last_success_timestamp_seconds")).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    const dump = readdirSync(dir).find((f) => f.endsWith(".sql.gz"))!;
    expect(value("lila_backup_last_size_bytes")).toBe(statSync(path.join(dir, dump)).size);
    expect(text).toContain("# TYPE lila_backup_last_success_timestamp_seconds gauge");
  });

  it("records nothing when the dump is incomplete", () => {
    const metrics = path.join(scratch(), "textfile");
    const { env } = stubs({ dumpIncomplete: true });
    const result = run(backupSh, [], {
      ...env,
      BACKUP_DIR: scratch(),
      DATABASE_URL: "postgres://x/y",
      BACKUP_METRICS_DIR: metrics,
    });
    expect(result.status).not.toBe(0);
    expect(existsSync(path.join(metrics, "lila_backup.prom"))).toBe(false);
  });

  it("rejects a truncated dump and keeps the older backups", () => {
    const dir = scratch();
    fakeDump(dir, dumpName(0));
    const { env } = stubs({ dumpIncomplete: true });
    const result = run(backupSh, [], { ...env, BACKUP_DIR: dir, DATABASE_URL: "postgres://x/y" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("incomplete");
    expect(readdirSync(dir).filter((f) => !f.startsWith(".backup.lock"))).toEqual([dumpName(0)]);
  });
});

describe("backup.sh in compose mode with the Forgejo dump (stub docker)", () => {
  /** A `docker` that answers `compose exec` for the database (a dump) and forgejo (a tar.gz, or garbage). */
  function dockerStub(forgejoOutput: "tar" | "garbage") {
    const bin = scratch();
    const log = path.join(bin, "docker.log");
    const tarball = path.join(bin, "forgejo.tar.gz");
    const content = scratch();
    writeFileSync(path.join(content, "forgejo-db.sql"), "-- forgejo\n");
    spawnSync("tar", ["-czf", tarball, "-C", content, "forgejo-db.sql"]);
    writeFileSync(
      path.join(bin, "docker"),
      `#!/bin/sh
echo "docker $*" >> "${log}"
case "$*" in
  *"exec -T database"*) printf 'CREATE TABLE t (id int);\n-- PostgreSQL database dump complete\n' ;;
  *"exec -T -u git forgejo forgejo dump"*) ${forgejoOutput === "tar" ? `cat "${tarball}"` : "echo not-a-tarball"} ;;
  *) exit 2 ;;
esac
`,
    );
    chmodSync(path.join(bin, "docker"), 0o755);
    return { env: { PATH: `${bin}:${process.env.PATH}` }, calls: () => readFileSync(log, "utf8") };
  }

  it("dumps the database in its container and Forgejo with `forgejo dump`, both kept and pruned", () => {
    const dir = scratch();
    for (const d of [20, 21]) writeFileSync(path.join(dir, `forgejo-20260101T0${d - 20}0000Z.tar.gz`), "old");
    const { env, calls } = dockerStub("tar");
    const result = run(backupSh, [], {
      ...env,
      BACKUP_DIR: dir,
      BACKUP_COMPOSE_FILE: "/opt/lila/docker-compose.prod.yml",
      BACKUP_FORGEJO: "1",
      BACKUP_KEEP: "1",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(calls()).toContain("docker compose -f /opt/lila/docker-compose.prod.yml exec -T database sh -c");
    expect(calls()).toContain(
      "docker compose -f /opt/lila/docker-compose.prod.yml exec -T -u git forgejo forgejo dump --config /data/gitea/conf/app.ini --type tar.gz --tempdir /tmp --file -",
    );
    const forgejo = readdirSync(dir).filter((f) => f.startsWith("forgejo-"));
    // The two old ones are beyond the newest 1 and older than 7 days: pruned.
    expect(forgejo).toHaveLength(1);
    expect(forgejo[0]).toMatch(/^forgejo-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(spawnSync("tar", ["-tzf", path.join(dir, forgejo[0]!)], { encoding: "utf8" }).stdout).toContain(
      "forgejo-db.sql",
    );
    expect(datedDumps(dir)).toHaveLength(1);
  });

  it("fails when the Forgejo dump is not a readable archive", () => {
    const dir = scratch();
    const { env } = dockerStub("garbage");
    const result = run(backupSh, [], {
      ...env,
      BACKUP_DIR: dir,
      BACKUP_COMPOSE_FILE: "/opt/lila/docker-compose.prod.yml",
      BACKUP_FORGEJO: "1",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("Forgejo dump is not a readable tar.gz");
    expect(readdirSync(dir).filter((f) => f.startsWith("forgejo-") || f.endsWith(".partial"))).toEqual([]);
  });
});

describe.skipIf(!requireCommand("rsync"))("sync-backups.sh", () => {
  it("pulls only new, finished dumps and never deletes local copies", () => {
    const remote = scratch();
    const local = path.join(scratch(), "copies");
    for (let day = 0; day < 3; day++) fakeDump(remote, dumpName(day));
    writeFileSync(path.join(remote, `.${dumpName(3)}.partial`), "half");
    writeFileSync(path.join(remote, ".backup.lock"), "");

    let result = run(syncSh, [], { LILA_BACKUP_REMOTE: remote, LILA_BACKUP_LOCAL_DIR: local });
    expect(result.status, result.stderr).toBe(0);
    expect(
      readdirSync(local)
        .filter((f) => !f.startsWith("."))
        .sort(),
    ).toEqual([dumpName(0), dumpName(1), dumpName(2)]);
    expect(result.stdout).toContain("3 new backup(s)");

    // The VPS prunes day 0 and writes day 3: the workstation gains day 3, keeps day 0.
    rmSync(path.join(remote, dumpName(0)));
    fakeDump(remote, dumpName(3));
    result = run(syncSh, [], { LILA_BACKUP_REMOTE: remote, LILA_BACKUP_LOCAL_DIR: local });
    expect(result.status, result.stderr).toBe(0);
    expect(
      readdirSync(local)
        .filter((f) => !f.startsWith("."))
        .sort(),
    ).toEqual([0, 1, 2, 3].map((d) => dumpName(d)));
    expect(result.stdout).toContain("1 new backup(s)");
  });

  it("refuses a damaged download", () => {
    const remote = scratch();
    const local = path.join(scratch(), "copies");
    writeFileSync(path.join(remote, dumpName(0)), "not gzip");
    const result = run(syncSh, [], { LILA_BACKUP_REMOTE: remote, LILA_BACKUP_LOCAL_DIR: local });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("damaged");
  });

  it("needs LILA_BACKUP_REMOTE", () => {
    const result = run(syncSh, [], { LILA_BACKUP_LOCAL_DIR: scratch() });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("LILA_BACKUP_REMOTE");
  });
});

describe("scripts/lila.cron", () => {
  const cron = readFileSync(path.join(root, "scripts/lila.cron"), "utf8");
  const jobs = cron.split("\n").filter((l) => l.trim() && !l.startsWith("#") && !/^[A-Z_]+=/.test(l));

  it("runs backup.sh daily at 03:00 as the deploy user (/etc/cron.d format)", () => {
    expect(jobs).toHaveLength(1);
    const [minute, hour, dom, month, dow, user, ...command] = jobs[0]!.split(/\s+/);
    expect([minute, hour, dom, month, dow]).toEqual(["0", "3", "*", "*", "*"]);
    expect(user).toBe("deploy");
    expect(command.join(" ")).toContain("/opt/lila/scripts/backup.sh");
    expect(command.join(" ")).toContain("BACKUP_ENV_FILE=/opt/lila/.env");
  });

  it("ends with a newline (cron ignores an unterminated last line)", () => {
    expect(cron.endsWith("\n")).toBe(true);
  });
});

describe("restore.sh arguments", () => {
  const restoreSh = path.join(root, "scripts/restore.sh");

  it("refuses to run without a backup file, or over the postgres database", () => {
    expect(run(restoreSh, [], { DATABASE_URL: "postgres://x/y" }).status).not.toBe(0);
    const dir = scratch();
    mkdirSync(path.join(dir, "d"));
    const file = path.join(dir, dumpName(0));
    fakeDump(dir, dumpName(0));
    const result = run(restoreSh, ["--yes", file, "postgres"], { DATABASE_URL: "postgres://127.0.0.1:1/postgres" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("refusing");
  });

  /** A `docker` whose database answers the restore's queries; loading the dump fails when asked. */
  function composeStub(loadFails: boolean) {
    const bin = scratch();
    const log = path.join(bin, "docker.log");
    writeFileSync(
      path.join(bin, "docker"),
      `#!/bin/sh
echo "docker $*" >> "${log}"
case "$*" in
  *"--single-transaction"*) cat > /dev/null; ${loadFails ? "echo 'ERROR: invalid input' >&2; exit 3" : "exit 0"} ;;
  *"SELECT count(*) FROM pg_database"*) echo 1 ;;
esac
exit 0
`,
    );
    chmodSync(path.join(bin, "docker"), 0o755);
    return { env: { PATH: `${bin}:${process.env.PATH}` }, calls: () => readFileSync(log, "utf8") };
  }

  it("stops the api for a restore of the live database and starts it only after a restore that succeeded", () => {
    const dir = scratch();
    fakeDump(dir, dumpName(0));
    const ok = composeStub(false);
    let result = run(restoreSh, ["--yes", path.join(dir, dumpName(0))], {
      ...ok.env,
      BACKUP_COMPOSE_FILE: "/opt/lila/docker-compose.prod.yml",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(ok.calls()).toMatch(/compose -f \/opt\/lila\/docker-compose\.prod\.yml stop api\n[\s\S]*start api\n$/);
    // Loaded into lila_restoring, then swapped in by renaming.
    expect(ok.calls()).toContain('ALTER DATABASE "lila_restoring" RENAME TO "lila"');

    const failing = composeStub(true);
    result = run(restoreSh, ["--yes", path.join(dir, dumpName(0))], {
      ...failing.env,
      BACKUP_COMPOSE_FILE: "/opt/lila/docker-compose.prod.yml",
    });
    expect(result.status).not.toBe(0);
    expect(failing.calls()).toContain("stop api");
    expect(failing.calls()).not.toContain("start api");
    expect(failing.calls()).not.toContain('RENAME TO "lila"');
    expect(result.stderr).toContain("the api service stays stopped");
  });

  it("refuses a dump without the completion marker before touching anything", () => {
    const dir = scratch();
    const file = path.join(dir, dumpName(0));
    writeFileSync(file, gzipSync("CREATE TABLE t (id int);\nCOPY t (id) FROM stdin;\n1\n"));
    const stub = composeStub(false);
    const result = run(restoreSh, ["--yes", file], { ...stub.env, BACKUP_COMPOSE_FILE: "/x.yml" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("incomplete");
    expect(existsSync(path.join(stub.env.PATH.split(":")[0]!, "docker.log"))).toBe(false);
  });

  it("asks for the database name unless --yes is given", () => {
    const dir = scratch();
    fakeDump(dir, dumpName(0));
    const result = spawnSync("bash", [restoreSh, path.join(dir, dumpName(0)), "some_db"], {
      input: "wrong_name\n",
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: "postgres://127.0.0.1:1/postgres" },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("aborted");
  });
});
