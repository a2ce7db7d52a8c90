import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { apiImagePath } from "./support/prod-build.js";
import {
  createThrowawayDatabase,
  deleteValkeyKeys,
  psql,
  requireDataServers,
  startApiFromImage,
  uniqueKeyPrefix,
  valkeyUrl,
  type ApiProcess,
  type ThrowawayDatabase,
} from "./support/services.js";

// No Docker engine here, so apps/api/Dockerfile's stages deps -> builder -> runner
// are replayed natively (scripts/prod-topology/replay-dockerfile.mjs: same COPY
// and RUN lines, the host's Node for the base image; done once for the whole
// "prod" project by support/prod-build.ts), then the runner's CMD is started
// against a throw-away PostgreSQL database and its HEALTHCHECK command run.
// It catches a runtime import of a dev dependency, a file missing from the image,
// a broken CMD, a health check that cannot pass. The API gets the environment
// docker-compose.prod.yml gives it (interpolated with dummy secrets), pointed at
// local PostgreSQL and Valkey/Redis.
const root = path.resolve(import.meta.dirname, "../..");
const available = await requireDataServers();

/** ${VAR}, ${VAR:-default}, ${VAR:?message} as docker compose interpolates them. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::?([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const v = vars[name];
    if (v) return v;
    if (kind === "?") throw new Error(`compose would refuse: ${name} ${rest ?? ""}`);
    return kind === "-" ? (rest ?? "") : "";
  });
}

/** The api service's environment from docker-compose.prod.yml and its health check command. */
function composeApi() {
  const compose = parse(readFileSync(path.join(root, "docker-compose.prod.yml"), "utf8")) as {
    services: { api: { environment: Record<string, string>; healthcheck: { test: string[] } } };
  };
  const vars = {
    LILA_DOMAIN: "example.com",
    POSTGRES_PASSWORD: "0123456789abcdef",
    BETTER_AUTH_SECRET: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  };
  const env = Object.fromEntries(
    Object.entries(compose.services.api.environment).map(([k, v]) => [k, interpolate(String(v), vars)]),
  );
  return { env, healthcheck: compose.services.api.healthcheck.test };
}

describe.skipIf(!available)("apps/api/Dockerfile runner stage, replayed natively", { timeout: 240_000 }, () => {
  const build = inject("prodBuild");
  let database: ThrowawayDatabase;
  let api: ApiProcess | undefined;
  const keyPrefix = uniqueKeyPrefix("image");

  beforeAll(() => {
    database = createThrowawayDatabase("image");
  });

  afterAll(async () => {
    await api?.stop();
    deleteValkeyKeys(keyPrefix);
    database?.drop();
  }, 60_000);

  it("replays deps -> builder -> runner, and the runner runs as the unprivileged node user", () => {
    expect(build.api.stages).toEqual(["deps", "builder", "runner"]);
    expect(build.api.user).toBe("node");
    expect(build.api.workdir).toBe("/app/apps/api");
    expect(build.api.cmd).toEqual(["node", "dist/server.js"]);
  });

  it("contains production dependencies only, and the runtime files", () => {
    const modules = readdirSync(apiImagePath(build, "/app/node_modules"));
    // (react may appear: better-auth names it as an optional peer and the web
    // workspace has it in the lockfile; it is plain JavaScript and never loaded.)
    // Also none in nested node_modules (a workspace's own, e.g. apps/api/node_modules).
    const nested = spawnSync(
      "find",
      [apiImagePath(build, "/app"), "-path", "*/node_modules/*", "-name", "package.json", "-maxdepth", "6"],
      { encoding: "utf8" },
    ).stdout;
    for (const dev of [
      "typescript",
      "vite",
      "vitest",
      "tsx",
      "drizzle-kit",
      "eslint",
      "pino-pretty",
      "esbuild",
      "@playwright",
    ]) {
      expect(modules, dev).not.toContain(dev);
      expect(nested, dev).not.toMatch(new RegExp(`/node_modules/${dev.replace("/", "\\/")}/package\\.json$`, "m"));
    }
    for (const runtime of ["express", "pg", "drizzle-orm", "zod"]) expect(modules, runtime).toContain(runtime);
    expect(modules).not.toContain("pg-native");
    // The embedded database is for laptops (no DATABASE_URL): not in the image (~27 MB).
    expect(existsSync(apiImagePath(build, "/app/node_modules/@electric-sql/pglite"))).toBe(false);
    expect(nested).not.toContain("/@electric-sql/pglite/");
    for (const file of [
      "/app/apps/api/dist/server.js",
      "/app/apps/api/dist/migrate.js",
      "/app/packages/db/dist/index.js",
      "/app/packages/shared/dist/index.js",
      "/app/packages/db/migrations",
      "/app/vocabulary/languages.tsv",
    ]) {
      expect(existsSync(apiImagePath(build, file)), file).toBe(true);
    }
    // No TypeScript sources or tests are shipped.
    expect(existsSync(apiImagePath(build, "/app/apps/api/src"))).toBe(false);
    expect(existsSync(apiImagePath(build, "/app/packages/db/src"))).toBe(false);
  });

  it("migrates, seeds and serves from one CMD; the HEALTHCHECK passes", async () => {
    const { env: composeEnv } = composeApi();
    expect(composeEnv.DATABASE_URL).toBe("postgres://lila:0123456789abcdef@database:5432/lila");
    api = await startApiFromImage(build, {
      ...composeEnv,
      // Loopback stand-ins for the compose network's services.
      DATABASE_URL: database.url,
      VALKEY_URL: valkeyUrl,
      VALKEY_KEY_PREFIX: keyPrefix,
    });

    expect(Number(psql(database.url, "select count(*) from drizzle.__drizzle_migrations"))).toBeGreaterThan(0);
    const tables = psql(
      database.url,
      "select relname from pg_stat_user_tables where n_live_tup > 0 and schemaname = 'public'",
    );
    expect(tables.split("\n").filter(Boolean).length, "vocabulary seeded").toBeGreaterThan(0);

    const [cmd, ...args] = build.api.healthcheck;
    const health = spawnSync(cmd!, args, {
      env: { PATH: process.env.PATH ?? "", PORT: String(api.port) },
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(health.status, health.stderr).toBe(0);
  });

  it("passes docker-compose.prod.yml's health check for the api (readiness)", () => {
    const [kind, ...command] = composeApi().healthcheck;
    expect(kind).toBe("CMD");
    const withPort = command.map((part) => part.replace("127.0.0.1:3000", `127.0.0.1:${api!.port}`));
    expect(withPort.join(" ")).toContain(`127.0.0.1:${api!.port}/api/v1/ready`);
    const result = spawnSync(withPort[0]!, withPort.slice(1), {
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(result.status, `${withPort.join(" ")}\n${result.stderr}`).toBe(0);
  });

  it("has a seed command that adds a new vocabulary source in production (node dist/seed.js)", () => {
    // A database seeded from a vocabulary without one source, as an older image had it.
    const older = createThrowawayDatabase("seed");
    const vocabulary = mkdtempSync(path.join(tmpdir(), "lila-older-vocabulary-"));
    try {
      cpSync(apiImagePath(build, "/app/vocabulary"), vocabulary, { recursive: true });
      const removed = readdirSync(vocabulary, { withFileTypes: true }).find(
        (entry) => entry.isDirectory() && entry.name !== "apertium",
      )!.name;
      rmSync(path.join(vocabulary, removed), { recursive: true });
      const { env: composeEnv } = composeApi();
      const seed = (env: Record<string, string>) => {
        // As `docker compose exec api node dist/seed.js` runs it: the image's WORKDIR and ENV, the service's environment.
        const hostPath = (value: string) => (value.startsWith("/app") ? `${build.api.dir}${value}` : value);
        const imageEnv = Object.fromEntries(Object.entries(build.api.env).map(([k, v]) => [k, hostPath(v)]));
        return spawnSync("node", ["dist/seed.js"], {
          cwd: apiImagePath(build, build.api.workdir),
          env: { PATH: process.env.PATH ?? "", ...imageEnv, ...composeEnv, DATABASE_URL: older.url, ...env },
          encoding: "utf8",
          timeout: 120_000,
        });
      };
      const first = seed({ VOCABULARY_DIR: vocabulary });
      expect(first.status, first.stderr + first.stdout).toBe(0);
      const termsBefore = Number(psql(older.url, "select count(*) from terms"));
      expect(termsBefore).toBeGreaterThan(0);

      // The new image's vocabulary (its own VOCABULARY_DIR): the missing source is added.
      const added = seed({});
      expect(added.status, added.stderr + added.stdout).toBe(0);
      const report = JSON.parse(added.stdout.split("\n").find((line) => line.includes("vocabulary seeded"))!) as {
        translations: number;
      };
      expect(report.translations).toBeGreaterThan(0);
      expect(Number(psql(older.url, "select count(*) from terms"))).toBeGreaterThanOrEqual(termsBefore);
      // Again: nothing left to add.
      const again = seed({});
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/"translations":0\b/);
    } finally {
      rmSync(vocabulary, { recursive: true, force: true });
      older.drop();
    }
  });

  it("stops gracefully on SIGTERM (docker stop)", async () => {
    expect(api?.child.exitCode).toBeNull();
    const code = await api!.stop();
    expect(code, api!.output()).toBe(0);
  });
});
