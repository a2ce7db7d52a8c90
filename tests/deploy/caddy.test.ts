import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { caddyEnv, caddyfilePath } from "../../scripts/prod-topology/render.mjs";
import { freePort, waitForPort } from "../../scripts/prod-topology/start.mjs";
import { requireCommand } from "../support/external.js";

const hasCaddy = requireCommand("caddy", "apt-get install caddy");

/** The production environment: only the domain and the ACME e-mail are set. */
const productionEnv = { LILA_DOMAIN: "example.com", ACME_EMAIL: "ops@example.com" };

function caddy(args: string[], env: Record<string, string>, cwd: string) {
  return spawnSync("caddy", args, {
    encoding: "utf8",
    cwd,
    env: { ...process.env, HOME: cwd, XDG_DATA_HOME: cwd, XDG_CONFIG_HOME: cwd, ...env },
  });
}

describe.skipIf(!hasCaddy)("Caddyfile", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "lila-caddy-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("passes `caddy validate` with the production environment", () => {
    const result = caddy(["validate", "--config", caddyfilePath, "--adapter", "caddyfile"], productionEnv, scratch);
    expect(result.stdout + result.stderr).toContain("Valid configuration");
    expect(result.status).toBe(0);
  });

  it("is formatted as `caddy fmt` would", () => {
    const result = caddy(["fmt", caddyfilePath], {}, scratch);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd()).toBe(readFileSync(caddyfilePath, "utf8").trimEnd());
  });

  it("routes the apex, api. and git. with automatic HTTPS in production", () => {
    const result = caddy(["adapt", "--config", caddyfilePath, "--adapter", "caddyfile"], productionEnv, scratch);
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout);
    const text = result.stdout;
    expect(config.apps.http.servers.srv0.listen).toEqual([":443"]);
    expect(config.apps.http.servers.srv0.automatic_https).toBeUndefined();
    for (const host of ["example.com", "api.example.com", "git.example.com", "www.example.com"]) {
      expect(text).toContain(`"${host}"`);
    }
    expect(text).toContain('"dial":"web:8080"');
    expect(text).toContain('"dial":"api:3000"');
    expect(text).toContain('"dial":"forgejo:3000"');
    expect(text).toContain('"format":"json"');
    expect(text).toContain("Strict-Transport-Security");
    expect(text).toContain("Content-Security-Policy");
    expect(text).toContain("connect-src 'self' https://api.example.com wss://api.example.com");
    expect(config.apps.tls?.automation?.policies?.[0]?.issuers?.[0]?.email ?? text).toContain("ops@example.com");
  });
});

describe.skipIf(!hasCaddy)("Caddyfile on loopback (HTTP, fake upstreams)", () => {
  let scratch: string;
  let child: ChildProcess;
  let port: number;
  const seen: string[] = [];
  const servers: http.Server[] = [];
  let output = "";

  async function upstream(name: string, withWs = false): Promise<string> {
    const server = http.createServer((req, res) => {
      seen.push(`${name} ${req.url}`);
      res.setHeader("content-type", "application/json");
      res.setHeader("server", "upstream-secret/1.0");
      res.end(
        JSON.stringify({
          upstream: name,
          url: req.url,
          host: req.headers.host,
          proto: req.headers["x-forwarded-proto"],
        }),
      );
    });
    if (withWs) {
      const wss = new WebSocketServer({ server, path: "/ws" });
      wss.on("connection", (socket) =>
        socket.on("message", (data) => socket.send(`echo:${(data as Buffer).toString()}`)),
      );
    }
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    return `127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function get(
    host: string,
    urlPath: string,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: urlPath, headers: { host: `${host}:${port}` } }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on("error", reject);
    });
  }

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "lila-caddy-run-"));
    const web = await upstream("web");
    const api = await upstream("api", true);
    const git = await upstream("git");
    port = await freePort();
    const caddyfile = path.join(scratch, "Caddyfile");
    copyFileSync(caddyfilePath, caddyfile);
    child = spawn("caddy", ["run", "--config", caddyfile, "--adapter", "caddyfile"], {
      cwd: scratch,
      env: {
        ...process.env,
        HOME: scratch,
        XDG_DATA_HOME: scratch,
        XDG_CONFIG_HOME: scratch,
        ...caddyEnv({ port, webUpstream: web, apiUpstream: api, gitUpstream: git }),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    try {
      await waitForPort(port, { child });
    } catch (error) {
      throw new Error(`${String(error)}\n${output}`);
    }
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
    }
    for (const server of servers) server.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("sends the apex to web, api. to the API and git. to Forgejo", async () => {
    expect(JSON.parse((await get("localhost", "/play")).body)).toMatchObject({ upstream: "web", url: "/play" });
    expect(JSON.parse((await get("api.localhost", "/api/v1/health")).body)).toMatchObject({
      upstream: "api",
      url: "/api/v1/health",
      proto: "http",
    });
    expect(JSON.parse((await get("api.localhost", "/api/auth/get-session")).body)).toMatchObject({ upstream: "api" });
    expect(JSON.parse((await get("git.localhost", "/user/login")).body)).toMatchObject({ upstream: "git" });
  });

  it("redirects www. to the apex", async () => {
    const res = await get("www.localhost", "/leaderboard?x=1");
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`http://localhost:${port}/leaderboard?x=1`);
  });

  it("never serves /metrics on the api host, in any spelling", async () => {
    seen.length = 0;
    for (const p of [
      "/metrics",
      "/metrics/",
      "/METRICS",
      "/Metrics",
      "//metrics",
      "/metrics?format=json",
      "/%6detrics",
      "/./metrics",
      "/api/../metrics",
      "/metrics/x",
    ]) {
      const res = await get("api.localhost", p);
      expect(res.status, p).toBe(404);
    }
    expect(seen.filter((s) => s.startsWith("api"))).toEqual([]);
  });

  it("sets security headers and hides the upstream's Server header", async () => {
    const web = await get("localhost", "/");
    expect(web.headers["strict-transport-security"]).toContain("max-age=");
    expect(web.headers["x-content-type-options"]).toBe("nosniff");
    expect(web.headers["x-frame-options"]).toBe("DENY");
    expect(web.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(web.headers["content-security-policy"]).toContain(
      `connect-src 'self' http://api.localhost:${port} ws://api.localhost:${port}`,
    );
    expect(web.headers.server).toBeUndefined();
    const api = await get("api.localhost", "/api/v1/health");
    expect(api.headers["x-content-type-options"]).toBe("nosniff");
    expect(api.headers.server).toBeUndefined();
  });

  it("writes JSON access logs", async () => {
    await get("api.localhost", "/api/v1/health?log-probe=1");
    await new Promise((r) => setTimeout(r, 200));
    const line = output.split("\n").find((l) => l.includes("log-probe=1"));
    expect(line, output).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ logger: expect.stringContaining("http.log.access") });
  });

  it("passes WebSocket upgrades on api./ws", async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { host: `api.localhost:${port}` } });
    const reply = await new Promise<string>((resolve, reject) => {
      socket.once("open", () => socket.send("hello"));
      socket.once("message", (data) => resolve((data as Buffer).toString()));
      socket.once("error", reject);
    });
    socket.close();
    expect(reply).toBe("echo:hello");
  });
});
