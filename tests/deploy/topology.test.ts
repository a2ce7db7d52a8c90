import http from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTopology, type Topology } from "../../scripts/prod-topology/start.mjs";
import { hasCommand, requireExternal } from "../support/external.js";

// scripts/prod-topology/start.mjs: Caddy in front of nginx (the production
// configs), on loopback, with a stand-in API. The lead's browser test uses the
// same helper with the real API and the real build.
const available = requireExternal(
  "'caddy' and 'nginx'",
  hasCommand("caddy") && hasCommand("nginx"),
  "apt-get install caddy nginx-light",
);

describe.skipIf(!available)("production web tier on loopback (start.mjs)", () => {
  let topology: Topology;
  let api: http.Server;
  let dist: string;

  function get(url: string) {
    const u = new URL(url);
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port: u.port, path: u.pathname + u.search, headers: { host: u.host } }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on("error", reject);
    });
  }

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), "lila-dist-"));
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(
      path.join(dist, "index.html"),
      '<!doctype html><script src="/config.js"></script><div id="root"></div>\n',
    );
    writeFileSync(path.join(dist, "config.js"), "window.__LILA_CONFIG__ = {};\n");
    writeFileSync(path.join(dist, "assets/app-1a2b3c.js"), "console.log('lila');\n");
    api = http.createServer((req, res) => res.end(JSON.stringify({ api: true, url: req.url })));
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    topology = await startTopology({ webRoot: dist, apiUpstream: `127.0.0.1:${(api.address() as AddressInfo).port}` });
  });

  afterAll(async () => {
    await topology?.stop();
    api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the SPA through Caddy and nginx, with config.js pointing at the api origin", async () => {
    expect(topology.origins.web).toBe(`http://localhost:${topology.caddyPort}`);
    const page = await get(`${topology.origins.web}/play/room-42`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    const config = await get(`${topology.origins.web}/config.js`);
    expect(config.body).toBe(`window.__LILA_CONFIG__ = { apiUrl: "${topology.origins.api}" };\n`);
    expect((await get(`${topology.origins.web}/assets/app-1a2b3c.js`)).headers["cache-control"]).toContain("immutable");
    expect((await get(`${topology.origins.web}/assets/gone.js`)).status).toBe(404);
  });

  it("routes api. to the API, except /metrics", async () => {
    expect(JSON.parse((await get(`${topology.origins.api}/api/v1/health`)).body)).toEqual({
      api: true,
      url: "/api/v1/health",
    });
    expect((await get(`${topology.origins.api}/metrics`)).status).toBe(404);
  });

  it("leaves the build output untouched (config.js is written to a copy)", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path.join(dist, "config.js"), "utf8")).toBe("window.__LILA_CONFIG__ = {};\n");
  });
});
