import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entrypointScriptPath, nginxConfPath, renderNginxConf } from "../../scripts/prod-topology/render.mjs";
import { freePort, waitForPort } from "../../scripts/prod-topology/start.mjs";
import { hasCommand, requireCommand } from "../support/external.js";

const hasNginx = requireCommand("nginx", "apt-get install nginx-light");
// Running as another user needs root to switch to it (the machine and CI are root).
const hasSetpriv = hasCommand("setpriv") && process.getuid?.() === 0;

/** A tiny stand-in for apps/web/dist: index.html, a hashed bundle, the default config.js. */
function fakeDist(dir: string) {
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><html><head><script src="/config.js"></script><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>\n',
  );
  writeFileSync(path.join(dir, "config.js"), "window.__LILA_CONFIG__ = {};\n");
  writeFileSync(path.join(dir, "assets/index-Ab12Cd34.js"), `console.log(${JSON.stringify("lila ".repeat(400))});\n`);
  writeFileSync(path.join(dir, "assets/index-Ef56Gh78.css"), `body{margin:0}${".x{color:red}".repeat(100)}\n`);
  writeFileSync(path.join(dir, "favicon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
}

function newScratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lila-nginx-"));
  chmodSync(dir, 0o755); // nginx workers started by root run as nobody
  return dir;
}

describe.skipIf(!hasNginx)("apps/web/nginx.conf", () => {
  it("passes `nginx -t` (rendered for a temp prefix)", () => {
    const prefix = newScratch();
    try {
      const root = path.join(prefix, "html");
      fakeDist(root);
      mkdirSync(path.join(prefix, "tmp"));
      writeFileSync(path.join(prefix, "nginx.conf"), renderNginxConf({ root, port: 8080, prefix }));
      const result = spawnSync("nginx", ["-t", "-p", prefix, "-c", path.join(prefix, "nginx.conf")], {
        encoding: "utf8",
      });
      expect(result.stderr).toContain("syntax is ok");
      expect(result.status, result.stderr).toBe(0);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });

  it("renders only the host-specific lines of the production file", () => {
    const original = readFileSync(nginxConfPath, "utf8");
    const rendered = renderNginxConf({ root: "/srv/x", port: 1234, prefix: "/tmp/p" });
    const changed = original.split("\n").filter((line, i) => rendered.split("\n")[i] !== line);
    expect(changed.map((l) => l.trim())).toEqual([
      "pid /tmp/nginx/nginx.pid;",
      "error_log /dev/stderr warn;",
      "access_log /dev/stdout lila_json;",
      "client_body_temp_path /tmp/nginx/client_body;",
      "proxy_temp_path /tmp/nginx/proxy;",
      "fastcgi_temp_path /tmp/nginx/fastcgi;",
      "uwsgi_temp_path /tmp/nginx/uwsgi;",
      "scgi_temp_path /tmp/nginx/scgi;",
      "listen 8080;",
      "listen [::]:8080;",
      "root /usr/share/nginx/html;",
    ]);
  });
});

describe("apps/web/nginx.conf runs without root", () => {
  const conf = readFileSync(nginxConfPath, "utf8");
  const directives = conf.split("\n").filter((line) => line.trim() && !line.trim().startsWith("#"));

  it("has no `user` directive, listens above 1023 and writes only under /tmp/nginx", () => {
    expect(directives.filter((line) => /^\s*user\s/.test(line))).toEqual([]);
    const ports = directives.flatMap((line) =>
      [...line.matchAll(/^\s*listen\s+(?:\[::\]:)?(\d+)/g)].map((m) => Number(m[1])),
    );
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toBeGreaterThanOrEqual(1024);
    const written = directives.filter((line) => /^\s*(pid|\w+_temp_path)\s/.test(line));
    expect(written).toHaveLength(6);
    for (const line of written) expect(line).toMatch(/\s\/tmp\/nginx\//);
  });
});

describe.skipIf(!hasNginx || !hasSetpriv)("apps/web/nginx.conf served by an unprivileged user", () => {
  it("starts and serves as `nobody` (no root master), on a port above 1023", async () => {
    const prefix = newScratch();
    let child: ChildProcess | undefined;
    try {
      const root = path.join(prefix, "html");
      fakeDist(root);
      mkdirSync(path.join(prefix, "tmp"));
      const port = await freePort();
      writeFileSync(path.join(prefix, "nginx.conf"), renderNginxConf({ root, port, prefix }));
      spawnSync("chown", ["-R", "nobody", prefix]);
      // setpriv drops every privilege before exec, as USER nginx does in the image.
      child = spawn(
        "setpriv",
        [
          "--reuid=nobody",
          "--regid=nogroup",
          "--clear-groups",
          "nginx",
          "-p",
          prefix,
          "-c",
          path.join(prefix, "nginx.conf"),
          "-g",
          "daemon off;",
        ],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      await waitForPort(port, { child }).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${stderr}${readFileSync(path.join(prefix, "error.log"), "utf8")}`);
      });
      const owners = spawnSync("ps", ["-o", "user=", "--ppid", String(child.pid), "-p", String(child.pid)], {
        encoding: "utf8",
      }).stdout;
      expect(
        owners
          .trim()
          .split(/\s+/)
          .every((user) => user === "nobody"),
        owners,
      ).toBe(true);
      const health = await new Promise<number>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: "/healthz" }, (res) => resolve(res.statusCode ?? 0))
          .on("error", reject);
      });
      expect(health).toBe(200);
    } finally {
      if (child && child.exitCode === null) {
        await new Promise((resolve) => {
          child!.once("exit", resolve);
          child!.kill("SIGTERM");
        });
      }
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasNginx)("apps/web/nginx.conf served natively on loopback", () => {
  let prefix: string;
  let child: ChildProcess;
  let port: number;

  function get(urlPath: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: urlPath, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on("error", reject);
    });
  }

  beforeAll(async () => {
    prefix = newScratch();
    const root = path.join(prefix, "html");
    fakeDist(root);
    mkdirSync(path.join(prefix, "tmp"));
    port = await freePort();
    writeFileSync(path.join(prefix, "nginx.conf"), renderNginxConf({ root, port, prefix }));
    child = spawn("nginx", ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
      stdio: "ignore",
    });
    await waitForPort(port, { child });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it("answers /healthz", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe("ok\n");
  });

  it("falls back to index.html for client-side routes, never cached", async () => {
    for (const p of ["/", "/play/abc", "/leaderboard?week=1", "/profile/"]) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.body.toString(), p).toContain('<div id="root">');
      expect(res.headers["cache-control"], p).toBe("no-cache");
    }
  });

  it("caches hashed assets for a year, immutable", async () => {
    const res = await get("/assets/index-Ab12Cd34.js");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("gives 404, not index.html, for a missing asset", async () => {
    const res = await get("/assets/index-deleted.js");
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="root">');
    expect(res.headers["cache-control"]).toBeUndefined();
  });

  it("serves config.js uncached", async () => {
    const res = await get("/config.js");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.body.toString()).toContain("__LILA_CONFIG__");
  });

  it("gzips text responses", async () => {
    for (const p of ["/assets/index-Ab12Cd34.js", "/assets/index-Ef56Gh78.css"]) {
      const res = await get(p, { "accept-encoding": "gzip" });
      expect(res.headers["content-encoding"], p).toBe("gzip");
      expect(res.headers.vary, p).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(res.body).length, p).toBeGreaterThan(res.body.length);
    }
  });

  it("sets security headers on every response, errors included", async () => {
    for (const p of ["/", "/assets/index-Ab12Cd34.js", "/assets/missing.js", "/healthz"]) {
      const res = await get(p);
      expect(res.headers["x-content-type-options"], p).toBe("nosniff");
      expect(res.headers["x-frame-options"], p).toBe("DENY");
      expect(res.headers["referrer-policy"], p).toBe("strict-origin-when-cross-origin");
      expect(res.headers["permissions-policy"], p).toContain("camera=()");
      expect(res.headers.server, p).toBe("nginx");
    }
  });
});

describe("apps/web/docker-entrypoint.d/40-lila-config.sh", () => {
  function run(env: Record<string, string>) {
    const root = mkdtempSync(path.join(tmpdir(), "lila-config-"));
    writeFileSync(path.join(root, "config.js"), "window.__LILA_CONFIG__ = {};\n");
    const result = spawnSync("sh", [entrypointScriptPath], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LILA_WEB_ROOT: root, ...env },
    });
    const config = readFileSync(path.join(root, "config.js"), "utf8");
    rmSync(root, { recursive: true, force: true });
    return { ...result, config };
  }

  it("writes the API URL from LILA_API_URL (trailing slash removed)", () => {
    const result = run({ LILA_API_URL: "https://api.example.com/" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.config).toBe('window.__LILA_CONFIG__ = { apiUrl: "https://api.example.com" };\n');
  });

  it("keeps the build's config.js when LILA_API_URL is unset", () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.config).toBe("window.__LILA_CONFIG__ = {};\n");
  });

  it("refuses values that are not plain http(s) URLs", () => {
    for (const bad of [
      'https://x.example/"+alert(1)+"',
      "javascript:alert(1)",
      "https://x.example/</script>",
      "https://a\nb",
    ]) {
      const result = run({ LILA_API_URL: bad });
      expect(result.status, bad).not.toBe(0);
      expect(result.config, bad).toBe("window.__LILA_CONFIG__ = {};\n");
    }
  });

  it("is executable, as nginx's /docker-entrypoint.sh requires", () => {
    const mode = spawnSync("stat", ["-c", "%a", entrypointScriptPath], { encoding: "utf8" }).stdout.trim();
    expect(Number.parseInt(mode, 8) & 0o111).not.toBe(0);
  });
});
