import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitForPort } from "../../../scripts/prod-topology/start.mjs";
import { renderBlackboxConfig, renderPrometheusTemplate } from "../../../scripts/prod-topology/render.mjs";
import { hasCommand, requireExternal } from "../../../tests/support/external.js";

// The monitoring services of docker-compose.prod.yml, natively on loopback from
// Debian's packages: Prometheus and Alertmanager through the repository's own
// entrypoint scripts (as their containers start), the exporters with the settings
// the compose file gives them. Each listens on a free port.
const root = fileURLToPath(new URL("../../..", import.meta.url));
const monitoring = path.join(root, "monitoring");

export const monitoringCommands = {
  prometheus: "prometheus",
  alertmanager: "prometheus-alertmanager",
  node: "prometheus-node-exporter",
  postgres: "prometheus-postgres-exporter",
  valkey: "prometheus-redis-exporter",
  blackbox: "prometheus-blackbox-exporter",
} as const;

/** Every monitoring program: skipped with a notice when one is missing, a failure under CI=true. */
export function requireMonitoringTools(): boolean {
  const missing = Object.values(monitoringCommands).filter((command) => !hasCommand(command));
  return requireExternal(
    `the Prometheus tools (${missing.join(", ") || "all present"})`,
    missing.length === 0,
    "bash scripts/setup-machine.sh (Debian's prometheus, prometheus-alertmanager and exporter packages)",
  );
}

export interface NativeService {
  name: string;
  port: number;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

async function startService(
  name: string,
  command: string,
  args: string[],
  port: number,
  env: Record<string, string> = {},
): Promise<NativeService> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  await waitForPort(port, { child, timeoutMs: 30_000 }).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw new Error(`${name}: ${String(error)}\n${output}`);
  });
  return {
    name,
    port,
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** A PATH directory where `alertmanager` is Debian's prometheus-alertmanager (the image's name for it). */
function imageNames(scratch: string): string {
  const bin = path.join(scratch, "bin");
  mkdirSync(bin, { recursive: true });
  try {
    symlinkSync("/usr/bin/prometheus-alertmanager", path.join(bin, "alertmanager"));
  } catch {
    // already there
  }
  return bin;
}

/** Alertmanager through monitoring/alertmanager/entrypoint.sh, with the given ALERT_* settings. */
export async function startAlertmanager(scratch: string, alertEnv: Record<string, string>): Promise<NativeService> {
  const dir = path.join(scratch, "alertmanager");
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  return startService(
    "alertmanager",
    "sh",
    [
      path.join(monitoring, "alertmanager/entrypoint.sh"),
      `--storage.path=${dir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--cluster.listen-address=",
    ],
    port,
    {
      PATH: `${imageNames(scratch)}:${process.env.PATH}`,
      ALERTMANAGER_CONFIG: path.join(dir, "alertmanager.yml"),
      ...alertEnv,
    },
  );
}

/** Prometheus through monitoring/prometheus/entrypoint.sh on the natively rendered template. */
export async function startPrometheus(
  scratch: string,
  options: Parameters<typeof renderPrometheusTemplate>[0] & { domain?: string },
): Promise<NativeService> {
  const dir = path.join(scratch, "prometheus");
  mkdirSync(path.join(dir, "data"), { recursive: true });
  const template = path.join(dir, "prometheus.yml.in");
  writeFileSync(template, renderPrometheusTemplate(options));
  const port = await freePort();
  return startService(
    "prometheus",
    "sh",
    [
      path.join(monitoring, "prometheus/entrypoint.sh"),
      `--storage.tsdb.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    port,
    {
      LILA_DOMAIN: options.domain ?? "lila.test",
      PROMETHEUS_TEMPLATE: template,
      PROMETHEUS_CONFIG: path.join(dir, "prometheus.yml"),
    },
  );
}

/** The node exporter, reading backup.sh's textfile metrics from `textfileDir`. */
export async function startNodeExporter(textfileDir: string): Promise<NativeService> {
  const port = await freePort();
  return startService(
    "node-exporter",
    monitoringCommands.node,
    [`--web.listen-address=127.0.0.1:${port}`, `--collector.textfile.directory=${textfileDir}`],
    port,
  );
}

export async function startPostgresExporter(databaseUrl: string): Promise<NativeService> {
  const port = await freePort();
  const url = new URL(databaseUrl);
  url.searchParams.set("sslmode", "disable");
  return startService(
    "postgres-exporter",
    monitoringCommands.postgres,
    [`--web.listen-address=127.0.0.1:${port}`],
    port,
    {
      DATA_SOURCE_NAME: url.toString(),
    },
  );
}

export async function startValkeyExporter(redisUrl: string): Promise<NativeService> {
  const port = await freePort();
  return startService(
    "valkey-exporter",
    monitoringCommands.valkey,
    ["-web.listen-address", `127.0.0.1:${port}`, "-redis.addr", redisUrl],
    port,
    { REDIS_ADDR: redisUrl },
  );
}

export async function startBlackboxExporter(scratch: string): Promise<NativeService> {
  const config = path.join(scratch, "blackbox.yml");
  writeFileSync(config, renderBlackboxConfig());
  const port = await freePort();
  return startService(
    "blackbox-exporter",
    monitoringCommands.blackbox,
    [`--config.file=${config}`, `--web.listen-address=127.0.0.1:${port}`],
    port,
  );
}

/** GET /api/v1/<path> of a Prometheus, parsed. */
export async function prometheusApi<T>(prometheus: NativeService, pathname: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${prometheus.port}/api/v1/${pathname}`);
  const body = (await response.json()) as { status: string; data: T; error?: string };
  if (body.status !== "success") throw new Error(`prometheus ${pathname}: ${body.error ?? response.status}`);
  return body.data;
}

/** Polls `probe` every 500 ms until it returns a value, or fails after `ms` with `what`. */
export async function eventually<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last = "";
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error instanceof Error ? error.message : JSON.stringify(error);
    }
    if (Date.now() > deadline)
      throw new Error(`${what} did not happen within ${ms / 1000} s${last ? `: ${last}` : ""}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
