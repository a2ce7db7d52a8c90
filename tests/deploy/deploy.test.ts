import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from "node:child_process";
import http from "node:http";
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { caddyEnv } from "../../scripts/prod-topology/render.mjs";
import { freePort, waitForPort } from "../../scripts/prod-topology/start.mjs";
import { hasCommand, requireExternal } from "../support/external.js";

// scripts/deploy.sh replayed natively: the real script, the real Caddy (started the
// way the caddy container is, with docker-compose.prod.yml's volumes), the real rsync;
// `docker` is a stand-in that records each call, reports the stack healthy or not,
// and runs `compose exec caddy …` against the native Caddy.
//
// A bind mount pins an inode: a directory mount sees the files in the directory as
// they are now, a single-file mount sees the file it was started with forever. The
// stand-in container reaches each volume through /proc/<this pid>/fd/<n> of a
// descriptor opened when "the container started", which pins inodes the same way.
const root = path.resolve(import.meta.dirname, "../..");
const items = ["docker-compose.prod.yml", "caddy", "monitoring", "scripts"];
const available = requireExternal(
  "'caddy' and 'rsync'",
  hasCommand("caddy") && hasCommand("rsync"),
  "apt-get install caddy rsync",
);

const dockerShim = `#!/usr/bin/env node
// Stand-in for the Docker CLI (tests/deploy/deploy.test.ts).
const { appendFileSync, readFileSync } = require("node:fs");
const { spawnSync } = require("node:child_process");
const args = process.argv.slice(2);
appendFileSync(process.env.SHIM_LOG, JSON.stringify({ args, tag: process.env.LILA_TAG ?? null }) + "\\n");
const exit = (code) => process.exit(code);
if (args[0] === "compose") {
  const rest = args.slice(1);
  while (rest[0] === "-f") rest.splice(0, 2);
  const [command, ...more] = rest;
  if (command === "up") exit(process.env.LILA_TAG === process.env.SHIM_UNHEALTHY_TAG ? 1 : 0);
  if (command === "exec") {
    const words = more.filter((w) => w !== "-T");
    const [service, ...cmd] = words;
    if (service === "database") {
      readFileSync(0, { encoding: "utf8", flag: "r" });
      process.stdout.write("CREATE TABLE t (id int);\\n-- PostgreSQL database dump complete\\n");
      exit(0);
    }
    if (service === "caddy") {
      const mounts = JSON.parse(process.env.SHIM_MOUNTS);
      const mapped = cmd.map((word) => {
        const mount = mounts.find(([inside]) => word === inside || word.startsWith(inside + "/"));
        return mount ? mount[1] + word.slice(mount[0].length) : word;
      });
      const result = spawnSync(mapped[0], mapped.slice(1), {
        stdio: "inherit",
        env: { ...process.env, ...JSON.parse(process.env.SHIM_CADDY_ENV) },
      });
      exit(result.status ?? 1);
    }
  }
  exit(0);
}
if (args[0] === "image" && args[1] === "ls") {
  const images = JSON.parse(process.env.SHIM_IMAGES);
  for (const line of images[args[2]] ?? []) console.log(line);
}
exit(0);
`;

interface Stack {
  dir: string;
  release: string;
  caddyPort: number;
  calls(): Array<{ args: string[]; tag: string | null }>;
  deploy(env?: Record<string, string>): SpawnSyncReturns<string>;
  header(): Promise<string | undefined>;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The Caddyfile with a response header naming the release. */
function caddyfileOf(release: string): string {
  const text = readFileSync(path.join(root, "caddy/Caddyfile"), "utf8");
  const edited = text.replace("\t\t-X-Powered-By\n", `\t\t-X-Powered-By\n\t\tX-Lila-Release "${release}"\n`);
  expect(edited).not.toBe(text);
  return edited;
}

async function prepareStack(): Promise<Stack> {
  const base = mkdtempSync(path.join(tmpdir(), "lila-deploy-"));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const dir = path.join(base, "opt-lila");
  const release = path.join(dir, "releases", "new222");
  const bin = path.join(base, "bin");
  const home = path.join(base, "home");
  for (const d of [dir, release, bin, home]) mkdirSync(d, { recursive: true });
  for (const item of items) {
    cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
    cpSync(path.join(root, item), path.join(release, item), { recursive: true });
  }
  writeFileSync(path.join(dir, "caddy/Caddyfile"), caddyfileOf("old111"));
  writeFileSync(path.join(release, "caddy/Caddyfile"), caddyfileOf("new222"));
  writeFileSync(
    path.join(release, "docker-compose.prod.yml"),
    `${readFileSync(path.join(root, "docker-compose.prod.yml"), "utf8")}# release new222\n`,
  );
  const hex = (s: string) => s.repeat(16);
  writeFileSync(
    path.join(dir, ".env"),
    [
      "COMPOSE_FILE=docker-compose.prod.yml",
      "LILA_DOMAIN=example.com",
      "ACME_EMAIL=ops@example.com",
      "LILA_REGISTRY=git.example.com/lila   # the Forgejo registry",
      "LILA_TAG=old111",
      `POSTGRES_PASSWORD=${hex("a1b2")}`,
      `BETTER_AUTH_SECRET=${hex("c3d4")}`,
      `FORGEJO_SECRET_KEY=${hex("e5f6")}`,
      "FORGEJO_IMAGE=registry.example.org/forgejo/forgejo:11",
      "ALERT_WEBHOOK_URL=https://hooks.example.com/x",
      `BACKUP_METRICS_DIR=${path.join(dir, "metrics")}`,
      "",
    ].join("\n"),
  );
  writeFileSync(path.join(bin, "docker"), dockerShim.replace("require(", "require("));
  chmodSync(path.join(bin, "docker"), 0o755);

  // "docker compose up" created the caddy container: its volumes as compose defines them.
  const compose = parse(readFileSync(path.join(dir, "docker-compose.prod.yml"), "utf8")) as {
    services: { caddy: { volumes: string[] } };
  };
  const mounts: Array<[string, string]> = [];
  for (const volume of compose.services.caddy.volumes) {
    const [source, inside] = volume.split(":") as [string, string];
    if (!source.startsWith("./")) continue;
    const fd = openSync(path.join(dir, source), "r");
    cleanups.push(() => closeSync(fd));
    mounts.push([inside, `/proc/${process.pid}/fd/${fd}`]);
  }
  mounts.sort((a, b) => b[0].length - a[0].length);
  const inContainer = (p: string) => {
    const mount = mounts.find(([inside]) => p === inside || p.startsWith(`${inside}/`));
    if (!mount) throw new Error(`${p} is not mounted into the caddy container`);
    return mount[1] + p.slice(mount[0].length);
  };

  // The web upstream: Caddy's headers apply to answers an upstream gave.
  const web = http.createServer((_req, res) => res.end("web\n"));
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => void web.close());
  const webPort = (web.address() as { port: number }).port;
  const caddyPort = await freePort();
  const adminPort = await freePort();
  const caddyHome = path.join(base, "caddy-home");
  mkdirSync(caddyHome);
  const env = caddyEnv({ port: caddyPort, webUpstream: `127.0.0.1:${webPort}`, apiUpstream: "127.0.0.1:9" });
  env.CADDY_GLOBAL_OPTIONS = (env.CADDY_GLOBAL_OPTIONS ?? "").replace("admin off", `admin 127.0.0.1:${adminPort}`);
  const caddyProcessEnv = { HOME: caddyHome, XDG_DATA_HOME: caddyHome, XDG_CONFIG_HOME: caddyHome, ...env };
  let output = "";
  const caddy: ChildProcess = spawn(
    "caddy",
    ["run", "--config", inContainer("/etc/caddy/Caddyfile"), "--adapter", "caddyfile"],
    { env: { ...process.env, ...caddyProcessEnv }, stdio: ["ignore", "pipe", "pipe"] },
  );
  caddy.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  caddy.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (caddy.exitCode !== null) return resolve();
        caddy.once("exit", () => resolve());
        caddy.kill("SIGTERM");
      }),
  );
  await waitForPort(caddyPort, { child: caddy }).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${output}`);
  });

  const log = path.join(base, "docker.log");
  const images = () =>
    ["new222", "t5", "t4", "old111", "t3", "t2", "t1", "latest"].map((t) => `${t} 2026-01-01 00:00:00 +0000 UTC`);
  return {
    dir,
    release,
    caddyPort,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line) as { args: string[]; tag: string | null })
        : [],
    deploy: (extra = {}) =>
      spawnSync("bash", [path.join(release, "scripts/deploy.sh"), "new222"], {
        encoding: "utf8",
        env: {
          PATH: `${bin}:${process.env.PATH}`,
          HOME: home,
          LILA_STACK_DIR: dir,
          SHIM_LOG: log,
          SHIM_MOUNTS: JSON.stringify(mounts),
          SHIM_CADDY_ENV: JSON.stringify(caddyProcessEnv),
          SHIM_IMAGES: JSON.stringify({
            "git.example.com/lila/lila-api": images(),
            "git.example.com/lila/lila-web": images(),
          }),
          ...extra,
        },
      }),
    header: () =>
      new Promise((resolve, reject) => {
        http
          .get(
            {
              host: "127.0.0.1",
              port: caddyPort,
              path: "/",
              agent: false,
              headers: { host: `localhost:${caddyPort}` },
            },
            (res) => {
              res.resume();
              resolve(res.headers["x-lila-release"] as string | undefined);
            },
          )
          .on("error", reject);
      }),
  };
}

const envTag = (dir: string) => /^LILA_TAG=(.*)$/m.exec(readFileSync(path.join(dir, ".env"), "utf8"))?.[1];

describe.skipIf(!available)("scripts/deploy.sh, replayed natively", { timeout: 60_000 }, () => {
  it("installs the release; the edited Caddyfile reaches the running Caddy; old images go, within bounds", async () => {
    const stack = await prepareStack();
    expect(await stack.header()).toBe("old111");

    const result = stack.deploy();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

    expect(await stack.header(), `${result.stdout}\n${result.stderr}`).toBe("new222");
    expect(readFileSync(path.join(stack.dir, "caddy/Caddyfile"), "utf8")).toBe(caddyfileOf("new222"));
    expect(readFileSync(path.join(stack.dir, "docker-compose.prod.yml"), "utf8")).toContain("# release new222");
    expect(envTag(stack.dir)).toBe("new222");

    const calls = stack.calls();
    const ups = calls.filter((c) => c.args.includes("up"));
    expect(ups.map((c) => c.tag)).toEqual(["new222"]);
    expect(ups[0]!.args).toEqual(expect.arrayContaining(["--wait", "api", "web", "caddy", "prometheus"]));
    expect(ups[0]!.args).not.toContain("forgejo");
    // A pre-deploy dump was taken before anything started.
    expect(calls.findIndex((c) => c.args.includes("database"))).toBeLessThan(calls.indexOf(ups[0]!));
    const removed = calls.filter((c) => c.args[0] === "image" && c.args[1] === "rm").map((c) => c.args[2]);
    expect(removed).toEqual([
      "git.example.com/lila/lila-api:t2",
      "git.example.com/lila/lila-api:t1",
      "git.example.com/lila/lila-web:t2",
      "git.example.com/lila/lila-web:t1",
    ]);
    expect(calls.some((c) => c.args.join(" ") === "builder prune -f --filter until=168h")).toBe(true);
    expect(existsSync(path.join(stack.dir, "metrics"))).toBe(true);
  });

  it("rolls back the compose file and the Caddyfile with the images when the release is unhealthy", async () => {
    const stack = await prepareStack();
    const composeBefore = readFileSync(path.join(stack.dir, "docker-compose.prod.yml"), "utf8");

    const result = stack.deploy({ SHIM_UNHEALTHY_TAG: "new222" });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("rolling back to old111");

    expect(readFileSync(path.join(stack.dir, "docker-compose.prod.yml"), "utf8")).toBe(composeBefore);
    expect(readFileSync(path.join(stack.dir, "caddy/Caddyfile"), "utf8")).toBe(caddyfileOf("old111"));
    expect(await stack.header()).toBe("old111");
    expect(envTag(stack.dir)).toBe("old111");
    const ups = stack.calls().filter((c) => c.args.includes("up"));
    expect(ups.map((c) => c.tag)).toEqual(["new222", "old111"]);
    expect(stack.calls().some((c) => c.args[1] === "rm")).toBe(false);
  });

  it("refuses to deploy with a .env that is not fit for production", async () => {
    const stack = await prepareStack();
    const envFile = path.join(stack.dir, ".env");
    writeFileSync(envFile, readFileSync(envFile, "utf8").replace(/^POSTGRES_PASSWORD=.*$/m, "POSTGRES_PASSWORD=lila"));
    const result = stack.deploy();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("POSTGRES_PASSWORD: is a published development value");
    expect(stack.calls()).toEqual([]);
  });
});
