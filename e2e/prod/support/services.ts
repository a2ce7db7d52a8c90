import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { freePort, waitForPort } from "../../../scripts/prod-topology/start.mjs";
import { hasCommand, requireExternal } from "../../../tests/support/external.js";
import type { ProdBuild } from "./prod-build.js";

// The servers a production-topology test runs against, on loopback: the
// machine's PostgreSQL (trust auth, a throw-away database per test file) and
// Redis/Valkey (a unique key prefix per test file), and the API started from the
// replayed image's CMD.

export const pgAdminUrl = process.env.LILA_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const valkeyUrl = process.env.LILA_VALKEY_TEST_URL ?? "redis://127.0.0.1:6379";

const redacted = (url: string) => url.replace(/:[^:@/]*@/, ":***@");

export function psql(url: string, sql: string): string {
  const result = spawnSync("psql", ["--no-psqlrc", "-X", "-v", "ON_ERROR_STOP=1", "-qAt", "--dbname", url, "-c", sql], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return result.stdout.trim();
}

function postgresReachable(): boolean {
  return (
    hasCommand("psql") &&
    spawnSync("psql", ["--no-psqlrc", "-X", "-qAt", "--dbname", pgAdminUrl, "-c", "select 1"], {
      encoding: "utf8",
      timeout: 5_000,
    }).status === 0
  );
}

async function valkeyReachable(): Promise<boolean> {
  const address = new URL(valkeyUrl);
  return new Promise<boolean>((resolve) => {
    const socket = connect(Number(address.port || 6379), address.hostname);
    socket.setTimeout(2_000, () => (socket.destroy(), resolve(false)));
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** PostgreSQL and Valkey/Redis: skipped with a notice when missing, a failure under CI=true. */
export async function requireDataServers(): Promise<boolean> {
  return (
    requireExternal(
      `PostgreSQL at ${redacted(pgAdminUrl)} with psql`,
      postgresReachable(),
      "apt-get install postgresql; set LILA_PG_ADMIN_URL for another server",
    ) &&
    requireExternal(
      `Valkey/Redis at ${valkeyUrl} with redis-cli`,
      hasCommand("redis-cli") && (await valkeyReachable()),
      "apt-get install redis-server; set LILA_VALKEY_TEST_URL for another server",
    )
  );
}

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop(): void;
}

/** An empty database of its own (the API migrates and seeds it at start); drop() removes it. */
export function createThrowawayDatabase(label: string): ThrowawayDatabase {
  const name = `lila_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
  psql(pgAdminUrl, `create database ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => void psql(pgAdminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** A key prefix no other run shares (VALKEY_KEY_PREFIX). */
export function uniqueKeyPrefix(label: string): string {
  return `lila-${label}-${process.pid}-${randomBytes(3).toString("hex")}:`;
}

function redisCliArgs(): string[] {
  const address = new URL(valkeyUrl);
  return ["-h", address.hostname, "-p", address.port || "6379"];
}

/** The keys under a prefix (the prefix is letters, digits, ':', '-' only); needs redis-cli. */
function valkeyKeys(prefix: string): string[] {
  const scan = spawnSync("redis-cli", [...redisCliArgs(), "--scan", "--pattern", `${prefix}*`], { encoding: "utf8" });
  if (scan.status !== 0) throw new Error(`redis-cli --scan failed: ${scan.stderr}`);
  return scan.stdout.split("\n").filter(Boolean);
}

export function countValkeyKeys(prefix: string): number {
  return valkeyKeys(prefix).length;
}

/** Deletes every key under a prefix. */
export function deleteValkeyKeys(prefix: string): void {
  if (!hasCommand("redis-cli")) return;
  const keys = valkeyKeys(prefix);
  for (let i = 0; i < keys.length; i += 500)
    spawnSync("redis-cli", [...redisCliArgs(), "del", ...keys.slice(i, i + 500)]);
}

export interface ApiProcess {
  port: number;
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** SIGTERM (docker stop); resolves to the exit code, SIGKILL after 15 s. */
  stop(): Promise<number | null>;
}

/**
 * The API as its container runs it: the image's CMD in its WORKDIR, with the
 * image's ENV (container paths mapped to the replay) and then `env` on top.
 * Resolves once it listens (after migrations and the seed).
 */
export async function startApiFromImage(build: ProdBuild, env: Record<string, string>): Promise<ApiProcess> {
  const hostPath = (value: string) => (value.startsWith("/app") ? `${build.api.dir}${value}` : value);
  const imageEnv = Object.fromEntries(Object.entries(build.api.env).map(([k, v]) => [k, hostPath(v)]));
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const [command, ...args] = build.api.cmd;
  const child = spawn(command!, args, {
    cwd: `${build.api.dir}${build.api.workdir}`,
    env: { PATH: process.env.PATH ?? "", ...imageEnv, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForPort(port, { child, timeoutMs: 120_000 });
  } catch (error) {
    if (child.exitCode === null) child.kill("SIGKILL");
    throw new Error(`${String(error)}\n--- api output ---\n${output}`);
  }
  return {
    port,
    child,
    output: () => output,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", (code) => {
          clearTimeout(timer);
          resolve(code);
        });
        child.kill("SIGTERM");
      });
    },
  };
}
