import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { replayDockerfile } from "../../scripts/prod-topology/replay-dockerfile.mjs";
import { freePort, waitForPort } from "../../scripts/prod-topology/start.mjs";
import { hasCommand, requireExternal } from "../support/external.js";

// No Docker engine here, so apps/api/Dockerfile's stages deps -> builder -> runner
// are replayed natively (scripts/prod-topology/replay-dockerfile.mjs: same COPY
// and RUN lines, the host's Node for the base image), then the runner's CMD is
// started against a throw-away PostgreSQL database and its HEALTHCHECK command run.
// It catches a runtime import of a dev dependency, a file missing from the image,
// a broken CMD, a health check that cannot pass. The API gets the environment
// docker-compose.prod.yml gives it (interpolated with dummy secrets), pointed at
// local PostgreSQL and Valkey/Redis.
const root = path.resolve(import.meta.dirname, "../..");
const valkeyUrl = process.env.LILA_VALKEY_TEST_URL ?? "redis://127.0.0.1:6379";
const adminUrl = process.env.LILA_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `lila_image_test_${process.pid}`;
const dbUrl = adminUrl.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);

function psql(url: string, sql: string) {
  const result = spawnSync("psql", ["--no-psqlrc", "-X", "-v", "ON_ERROR_STOP=1", "-qAt", "--dbname", url, "-c", sql], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return result.stdout.trim();
}
const reachable =
  hasCommand("psql") &&
  spawnSync("psql", ["--no-psqlrc", "-X", "-qAt", "--dbname", adminUrl, "-c", "select 1"], {
    encoding: "utf8",
    timeout: 5_000,
  }).status === 0;
const valkeyAddress = new URL(valkeyUrl);
const valkeyReachable = await new Promise<boolean>((resolve) => {
  const socket = connect(Number(valkeyAddress.port || 6379), valkeyAddress.hostname);
  socket.setTimeout(2_000, () => (socket.destroy(), resolve(false)));
  socket.once("connect", () => (socket.destroy(), resolve(true)));
  socket.once("error", () => resolve(false));
});
const available =
  requireExternal(
    `PostgreSQL at ${adminUrl.replace(/:[^:@/]*@/, ":***@")}`,
    reachable,
    "apt-get install postgresql; set LILA_PG_ADMIN_URL",
  ) &&
  requireExternal(
    `Valkey/Redis at ${valkeyUrl}`,
    valkeyReachable,
    "apt-get install redis-server; set LILA_VALKEY_TEST_URL",
  );

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
  let scratch: string;
  let image: ReturnType<typeof replayDockerfile>;
  let server: ChildProcess | undefined;
  let port: number;
  let output = "";

  /** Container paths (/app/...) live under the replayed stage's directory. */
  const hostPath = (value: string) => (value.startsWith("/app") ? path.join(image.dir, value) : value);

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "lila-api-image-"));
    image = replayDockerfile({ dockerfile: "apps/api/Dockerfile", target: "runner", dest: scratch });
    psql(adminUrl, `drop database if exists ${dbName} with (force)`);
    psql(adminUrl, `create database ${dbName}`);
    port = await freePort();
  }, 300_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill("SIGKILL");
    try {
      psql(adminUrl, `drop database if exists ${dbName} with (force)`);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);

  it("replays deps -> builder -> runner, and the runner runs as the unprivileged node user", () => {
    expect(image.stages).toEqual(["deps", "builder", "runner"]);
    expect(image.user).toBe("node");
    expect(image.workdir).toBe("/app/apps/api");
    expect(image.cmd).toEqual(["node", "dist/server.js"]);
  });

  it("contains production dependencies only, and the runtime files", () => {
    const modules = readdirSync(path.join(image.dir, "app/node_modules"));
    // (react may appear: better-auth names it as an optional peer and the web
    // workspace has it in the lockfile; it is plain JavaScript and never loaded.)
    // Also none in nested node_modules (a workspace's own, e.g. apps/api/node_modules).
    const nested = spawnSync(
      "find",
      [path.join(image.dir, "app"), "-path", "*/node_modules/*", "-name", "package.json", "-maxdepth", "6"],
      {
        encoding: "utf8",
      },
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
    for (const file of [
      "app/apps/api/dist/server.js",
      "app/apps/api/dist/migrate.js",
      "app/packages/db/dist/index.js",
      "app/packages/shared/dist/index.js",
      "app/packages/db/migrations",
      "app/vocabulary/languages.tsv",
    ]) {
      expect(existsSync(path.join(image.dir, file)), file).toBe(true);
    }
    // No TypeScript sources or tests are shipped.
    expect(existsSync(path.join(image.dir, "app/apps/api/src"))).toBe(false);
    expect(existsSync(path.join(image.dir, "app/packages/db/src"))).toBe(false);
  });

  it("migrates, seeds and serves from one CMD; the HEALTHCHECK passes", async () => {
    const imageEnv = Object.fromEntries(Object.entries(image.env).map(([k, v]) => [k, hostPath(v)]));
    const { env: composeEnv } = composeApi();
    expect(composeEnv.DATABASE_URL).toBe("postgres://lila:0123456789abcdef@database:5432/lila");
    server = spawn(image.cmd![0]!, image.cmd!.slice(1), {
      cwd: image.appDir(),
      env: {
        PATH: process.env.PATH ?? "",
        ...imageEnv,
        ...composeEnv,
        // Loopback stand-ins for the compose network's services.
        PORT: String(port),
        DATABASE_URL: dbUrl,
        VALKEY_URL: valkeyUrl,
        VALKEY_KEY_PREFIX: `lila-image-test-${process.pid}:`,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    server.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    try {
      await waitForPort(port, { child: server, timeoutMs: 120_000 });
    } catch (error) {
      throw new Error(`${String(error)}\n${output}`);
    }

    expect(Number(psql(dbUrl, "select count(*) from drizzle.__drizzle_migrations"))).toBeGreaterThan(0);
    const tables = psql(
      dbUrl,
      "select relname from pg_stat_user_tables where n_live_tup > 0 and schemaname = 'public'",
    );
    expect(tables.split("\n").filter(Boolean).length, "vocabulary seeded").toBeGreaterThan(0);

    const [cmd, ...args] = image.healthcheck!;
    const health = spawnSync(cmd!, args, {
      env: { PATH: process.env.PATH ?? "", PORT: String(port) },
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(health.status, health.stderr).toBe(0);
  });

  it("passes docker-compose.prod.yml's health check for the api (readiness)", () => {
    const [kind, ...command] = composeApi().healthcheck;
    expect(kind).toBe("CMD");
    const withPort = command.map((part) => part.replace("127.0.0.1:3000", `127.0.0.1:${port}`));
    expect(withPort.join(" ")).toContain(`127.0.0.1:${port}/api/v1/ready`);
    const result = spawnSync(withPort[0]!, withPort.slice(1), {
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(result.status, `${withPort.join(" ")}\n${result.stderr}`).toBe(0);
  });

  it("stops gracefully on SIGTERM (docker stop)", async () => {
    expect(server?.exitCode).toBeNull();
    const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));
    server!.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r("timeout"), 15_000))]);
    expect(code, output).toBe(0);
  });
});
