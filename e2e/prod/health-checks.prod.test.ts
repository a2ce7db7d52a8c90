import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { caddyEnv, caddyfilePath, renderNginxConf } from "../../scripts/prod-topology/render.mjs";
import { freePort, waitForPort } from "../../scripts/prod-topology/start.mjs";
import { requireCommand } from "../../tests/support/external.js";
import {
  requireMonitoringTools,
  startAlertmanager,
  startBlackboxExporter,
  startNodeExporter,
  startPostgresExporter,
  startPrometheus,
  startValkeyExporter,
  type NativeService,
} from "./support/monitoring.js";
import {
  createThrowawayDatabase,
  deleteValkeyKeys,
  requireDataServers,
  startApiFromImage,
  uniqueKeyPrefix,
  valkeyUrl,
  type ApiProcess,
  type ThrowawayDatabase,
} from "./support/services.js";

// Every health check of docker-compose.prod.yml (and the images' HEALTHCHECKs), run
// as the container would run it against the real service started natively.
//
// Two things differ natively, and both are put back:
// - ports: each service listens on a free port; a probe's container port is mapped
//   to it (Caddy's admin API keeps its default form, localhost:<port>);
// - names: inside a container /etc/hosts is Docker's, where `localhost` is both
//   127.0.0.1 and ::1, and musl (Alpine, busybox wget) sorts ::1 first (RFC 6724)
//   and tries only that. A probe's host name is resolved that way here too, so
//   "http://localhost:2019" is probed at [::1], where Caddy's admin API never listens.
// The wget in the probes is busybox's, as in the Alpine images; valkey-cli is redis-cli.
// Forgejo is the one service that cannot run here: its probe is checked statically.
const root = path.resolve(import.meta.dirname, "../..");
const available =
  requireCommand("busybox") &&
  requireCommand("caddy") &&
  requireCommand("nginx", "apt-get install nginx-light") &&
  requireCommand("pg_isready", "apt-get install postgresql-client") &&
  requireMonitoringTools() &&
  (await requireDataServers());

/** /etc/hosts as Docker writes it into a container. */
const containerHosts = `127.0.0.1\tlocalhost
::1\tlocalhost ip6-localhost ip6-loopback
`;

/**
 * The address musl's getaddrinfo puts first for `host` in a container: /etc/hosts
 * entries sorted by RFC 6724 (::1 has precedence 50, IPv4 35). busybox wget uses
 * only that first address.
 */
function resolveInContainer(host: string): string {
  if (isIP(host)) return host;
  const addresses = containerHosts
    .split("\n")
    .map((line) => line.split(/\s+/))
    .filter(([, ...names]) => names.includes(host))
    .map(([address]) => address!);
  if (addresses.length === 0) throw new Error(`a health check must probe its own container, not ${host}`);
  return addresses.sort((a, b) => Number(isIP(b) === 6) - Number(isIP(a) === 6))[0]!;
}

/** Rewrites every http://host:port in a probe: host as the container resolves it, port mapped. */
function localise(text: string, ports: Record<string, number>): string {
  return text.replace(/http:\/\/([^/:'"\s]+):(\d+)/g, (_, host: string, port: string) => {
    const address = resolveInContainer(host);
    const mapped = ports[port];
    if (!mapped) throw new Error(`no native service for port ${port} in ${text}`);
    return `http://${isIP(address) === 6 ? `[${address}]` : address}:${mapped}`;
  });
}

type Compose = { services: Record<string, { healthcheck?: { test: string[] } }> };
const compose = parse(readFileSync(path.join(root, "docker-compose.prod.yml"), "utf8")) as Compose;

function dockerfileHealthcheck(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8").replace(/\\\n/g, " ");
  const production = text.slice(text.lastIndexOf("\nFROM "));
  return JSON.parse(/HEALTHCHECK[^\n]*CMD\s+(\[.*\])/.exec(production)![1]!) as string[];
}

describe.skipIf(!available)("every health check, run against the real service", { timeout: 120_000 }, () => {
  const build = inject("prodBuild");
  const scratch = mkdtempSync(path.join(tmpdir(), "lila-health-"));
  const keyPrefix = uniqueKeyPrefix("health");
  const bin = path.join(scratch, "bin");
  const services: NativeService[] = [];
  const children: ChildProcess[] = [];
  /** Container port -> native port, per compose service. */
  const ports: Record<string, Record<string, number>> = {};
  let database: ThrowawayDatabase;
  let api: ApiProcess;

  async function run(name: string, command: string, args: string[], port: number, env: Record<string, string> = {}) {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    children.push(child);
    await waitForPort(port, { child }).catch((error: unknown) => {
      throw new Error(`${name}: ${String(error)}\n${output}`);
    });
  }

  beforeAll(async () => {
    mkdirSync(bin);
    for (const [name, target] of [
      ["wget", 'exec busybox wget "$@"'],
      ["valkey-cli", 'exec redis-cli "$@"'],
    ] as const) {
      writeFileSync(path.join(bin, name), `#!/bin/sh\n${target}\n`);
      chmodSync(path.join(bin, name), 0o755);
    }

    database = createThrowawayDatabase("health");
    api = await startApiFromImage(build, {
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      VALKEY_URL: valkeyUrl,
      VALKEY_KEY_PREFIX: keyPrefix,
      BETTER_AUTH_SECRET: "health-check-test-secret-0123456789abcdef",
      LOG_LEVEL: "warn",
    });
    ports.api = { "3000": api.port };

    // nginx: the production nginx.conf (rendered for loopback) on the web image's build.
    const nginxPrefix = path.join(scratch, "nginx");
    mkdirSync(path.join(nginxPrefix, "tmp"), { recursive: true });
    chmodSync(scratch, 0o755);
    const webPort = await freePort();
    writeFileSync(
      path.join(nginxPrefix, "nginx.conf"),
      renderNginxConf({ root: build.webDist, port: webPort, prefix: nginxPrefix }),
    );
    await run(
      "nginx",
      "nginx",
      ["-p", nginxPrefix, "-c", path.join(nginxPrefix, "nginx.conf"), "-g", "daemon off;"],
      webPort,
    );
    ports.web = { "8080": webPort };

    // Caddy with the production Caddyfile and its admin API in the default form (localhost:<port>).
    const caddyPort = await freePort();
    const adminPort = await freePort();
    const caddyHome = path.join(scratch, "caddy");
    mkdirSync(caddyHome);
    const env = caddyEnv({
      port: caddyPort,
      webUpstream: `127.0.0.1:${webPort}`,
      apiUpstream: `127.0.0.1:${api.port}`,
    });
    env.CADDY_GLOBAL_OPTIONS = (env.CADDY_GLOBAL_OPTIONS ?? "").replace("admin off", `admin localhost:${adminPort}`);
    await run("caddy", "caddy", ["run", "--config", caddyfilePath, "--adapter", "caddyfile"], adminPort, {
      HOME: caddyHome,
      XDG_DATA_HOME: caddyHome,
      XDG_CONFIG_HOME: caddyHome,
      ...env,
    });
    ports.caddy = { "2019": adminPort };

    const alertmanager = await startAlertmanager(scratch, { ALERT_WEBHOOK_URL: "http://127.0.0.1:9/unused" });
    const textfile = path.join(scratch, "textfile");
    mkdirSync(textfile);
    const [node, postgres, valkey, blackbox] = await Promise.all([
      startNodeExporter(textfile),
      startPostgresExporter(database.url),
      startValkeyExporter(valkeyUrl),
      startBlackboxExporter(scratch),
    ]);
    const prometheus = await startPrometheus(scratch, {
      targets: { api: `127.0.0.1:${api.port}` },
      alertmanager: `127.0.0.1:${alertmanager.port}`,
    });
    services.push(alertmanager, node, postgres, valkey, blackbox, prometheus);
    ports.alertmanager = { "9093": alertmanager.port };
    ports["node-exporter"] = { "9100": node.port };
    ports["postgres-exporter"] = { "9187": postgres.port };
    ports["valkey-exporter"] = { "9121": valkey.port };
    ports["blackbox-exporter"] = { "9115": blackbox.port };
    ports.prometheus = { "9090": prometheus.port };
    // PostgreSQL and Valkey/Redis are the machine's, on their default socket and port.
    ports.database = {};
    ports.valkey = {};
  });

  afterAll(async () => {
    for (const service of services) await service.stop();
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await api?.stop();
    deleteValkeyKeys(keyPrefix);
    database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  function probe(service: string, test: string[], env: Record<string, string> = {}) {
    const [kind, ...command] = test;
    const localised = command.map((part) => localise(part, ports[service]!));
    const [file, args] =
      kind === "CMD-SHELL" ? ["sh", ["-c", localised.join(" ")]] : [localised[0]!, localised.slice(1)];
    const result = spawnSync(file, args, {
      env: { PATH: `${bin}:${process.env.PATH}`, ...env },
      encoding: "utf8",
      timeout: 10_000,
    });
    return { ...result, shown: `${service}: ${localised.join(" ")}` };
  }

  const natively = Object.keys(compose.services).filter((name) => name !== "forgejo");

  it.each(natively)("docker-compose.prod.yml %s: its health check passes", (service) => {
    const test = compose.services[service]!.healthcheck!.test;
    const result = probe(service, test);
    expect(result.status, `${result.shown}\n${result.stdout}${result.stderr}`).toBe(0);
  });

  it("the images' own HEALTHCHECKs pass (API with its PORT, web)", () => {
    const apiCheck = probe("api", ["CMD", ...build.api.healthcheck], { PORT: String(api.port) });
    expect(apiCheck.status, apiCheck.shown + apiCheck.stderr).toBe(0);
    const webCheck = probe("web", ["CMD", ...dockerfileHealthcheck("apps/web/Dockerfile")]);
    expect(webCheck.status, webCheck.shown + webCheck.stderr).toBe(0);
  });

  it("probing `localhost` would fail where musl picks ::1 (the reason the probes name 127.0.0.1)", () => {
    expect(resolveInContainer("localhost")).toBe("::1");
    const result = probe("caddy", ["CMD", "wget", "-q", "-O", "/dev/null", "http://localhost:2019/config/"]);
    expect(result.status, result.shown).not.toBe(0);
  });

  it("Forgejo (not runnable here) probes a literal address too", () => {
    const test = compose.services.forgejo!.healthcheck!.test.join(" ");
    const hosts = [...test.matchAll(/http:\/\/([^/:]+):/g)].map((m) => m[1]);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(isIP(host!), host).toBe(4);
  });
});
