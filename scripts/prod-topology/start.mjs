// Starts the production web tier natively on loopback, as child processes:
//   nginx  apps/web/nginx.conf serving a built SPA (apps/web/dist by default)
//   caddy  the Caddyfile, plain HTTP (or HTTPS from Caddy's local CA with `https: true`),
//          routing localhost -> nginx, api.localhost -> the API
// Same config files as production; only ports, roots and upstreams differ
// (see render.mjs). Needs `nginx` and `caddy` on PATH; the API is started by the caller.
//
// Library:  const t = await startTopology({ webRoot, apiUpstream: "127.0.0.1:3000" });
//           t.origins.web / t.origins.api ... ; await t.stop();
// CLI:      node scripts/prod-topology/start.mjs [--web-root apps/web/dist]
//               [--api 127.0.0.1:3000] [--port 8080] [--api-url http://api.localhost:8080]
//               [--domain lila.test] [--https true]
//           prints the origins, runs until Ctrl-C. (A domain other than localhost needs a
//           resolver: e2e/prod/topology.prod.test.ts maps it in Chromium.)
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync, copyFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  caddyEnv,
  caddyfilePath,
  entrypointScriptPath,
  loopbackOrigins,
  renderNginxConf,
  repoRoot,
} from "./render.mjs";

/** A free TCP port on 127.0.0.1 (bound and released; fine for tests). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port, { timeoutMs = 15_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}) before listening on ${port}`);
    const ok = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listening on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves once 127.0.0.1:port completes a TLS handshake for `servername` (any certificate). */
export async function waitForTls(port, servername, { timeoutMs = 15_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before serving TLS`);
    const ok = await new Promise((resolve) => {
      const socket = tlsConnect({ host: "127.0.0.1", port, servername, rejectUnauthorized: false });
      socket.once("secureConnect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", (error) => {
        lastError = error.message;
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`no TLS for ${servername} on 127.0.0.1:${port}: ${lastError}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function spawnLogged(command, args, options, logs) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const sink = (chunk) => {
    logs.push(chunk.toString());
    if (logs.length > 500) logs.shift();
  };
  child.stdout.on("data", sink);
  child.stderr.on("data", sink);
  return child;
}

function stopChild(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * Writes the web root's config.js the way the container does at start
 * (apps/web/docker-entrypoint.d/40-lila-config.sh with LILA_API_URL).
 * The webRoot is copied to scratch first, so a build output is never modified.
 */
export async function prepareWebRoot(webRoot, apiUrl, scratch) {
  const root = path.join(scratch, "html");
  mkdirSync(root, { recursive: true });
  await new Promise((resolve, reject) => {
    const child = spawn("cp", ["-a", `${webRoot}/.`, root], { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`cp exited ${code}`))));
  });
  // cp -a keeps the source's modes (a private temp dir is 0700): nginx workers must read it.
  await new Promise((resolve, reject) => {
    const child = spawn("chmod", ["-R", "a+rX", root], { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`chmod exited ${code}`))));
  });
  if (apiUrl) {
    await new Promise((resolve, reject) => {
      const child = spawn("sh", [entrypointScriptPath], {
        env: { ...process.env, LILA_WEB_ROOT: root, LILA_API_URL: apiUrl },
        stdio: ["ignore", "ignore", "inherit"],
      });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`40-lila-config.sh exited ${code}`))));
    });
  }
  return root;
}

/**
 * @param {object} options
 * @param {string} options.webRoot       built SPA directory (served as is unless apiUrl is given)
 * @param {string} options.apiUpstream   host:port of the API Caddy proxies api.localhost to
 * @param {string} [options.gitUpstream] host:port for git.localhost (default: nothing listens)
 * @param {number} [options.port]        Caddy's public port (default: a free one)
 * @param {string|null} [options.apiUrl] LILA_API_URL for config.js; default the loopback api origin; null keeps the build's
 * @param {string} [options.domain]      default "localhost"
 * @param {boolean} [options.https]      HTTPS with Caddy's local CA on `port` (see caddyEnv); default plain HTTP
 */
export async function startTopology({
  webRoot,
  apiUpstream,
  gitUpstream,
  port,
  apiUrl,
  domain = "localhost",
  https = false,
}) {
  if (!existsSync(path.join(webRoot, "index.html")))
    throw new Error(`${webRoot}/index.html not found: build the web app first`);
  const scratch = mkdtempSync(path.join(tmpdir(), "lila-topology-"));
  // nginx workers run as an unprivileged user when started by root: let them read the files.
  chmodSync(scratch, 0o755);
  const logs = [];
  const children = [];
  const stop = async () => {
    await Promise.all(children.map((c) => stopChild(c)));
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const caddyPort = port ?? (await freePort());
    const nginxPort = await freePort();
    const httpPort = https ? await freePort() : undefined;
    const origins = loopbackOrigins(caddyPort, domain, https ? "https" : "http");
    const root = await prepareWebRoot(webRoot, apiUrl === undefined ? origins.api : apiUrl, scratch);

    const nginxPrefix = path.join(scratch, "nginx");
    mkdirSync(path.join(nginxPrefix, "tmp"), { recursive: true });
    writeFileSync(
      path.join(nginxPrefix, "nginx.conf"),
      renderNginxConf({ root, port: nginxPort, prefix: nginxPrefix }),
    );
    const nginx = spawnLogged(
      "nginx",
      ["-p", nginxPrefix, "-c", path.join(nginxPrefix, "nginx.conf"), "-g", "daemon off;"],
      {},
      logs,
    );
    children.push(nginx);

    const caddyHome = path.join(scratch, "caddy");
    mkdirSync(caddyHome, { recursive: true });
    const caddyfile = path.join(caddyHome, "Caddyfile");
    copyFileSync(caddyfilePath, caddyfile);
    const env = {
      ...process.env,
      HOME: caddyHome,
      XDG_DATA_HOME: path.join(caddyHome, "data"),
      XDG_CONFIG_HOME: path.join(caddyHome, "config"),
      ...caddyEnv({
        port: caddyPort,
        webUpstream: `127.0.0.1:${nginxPort}`,
        apiUpstream,
        gitUpstream,
        domain,
        https,
        httpPort,
      }),
    };
    const caddy = spawnLogged(
      "caddy",
      ["run", "--config", caddyfile, "--adapter", "caddyfile"],
      { env, cwd: caddyHome },
      logs,
    );
    children.push(caddy);

    await waitForPort(nginxPort, { child: nginx });
    await waitForPort(caddyPort, { child: caddy });
    // Caddy listens before its local CA has issued the sites' certificates.
    if (https) await waitForTls(caddyPort, domain, { child: caddy });
    return { origins, caddyPort, httpPort, nginxPort, webRoot: root, scratch, logs, stop };
  } catch (error) {
    await stop();
    if (logs.length) error.message += `\n--- nginx/caddy output ---\n${logs.join("")}`;
    throw error;
  }
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, "");
    if (!key || argv[i + 1] === undefined)
      throw new Error(
        `usage: start.mjs [--web-root DIR] [--api HOST:PORT] [--port N] [--api-url URL] [--domain D] [--https true]`,
      );
    out[key] = argv[i + 1];
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const topology = await startTopology({
    webRoot: path.resolve(args["web-root"] ?? path.join(repoRoot, "apps/web/dist")),
    apiUpstream: args.api ?? "127.0.0.1:3000",
    port: args.port ? Number(args.port) : undefined,
    apiUrl: args["api-url"],
    domain: args.domain ?? "localhost",
    https: args.https === "true",
  });
  console.log(
    `web  ${topology.origins.web}\napi  ${topology.origins.api}  (-> ${args.api ?? "127.0.0.1:3000"})\nnginx 127.0.0.1:${topology.nginxPort}\nCtrl-C to stop.`,
  );
  const shutdown = async () => {
    await topology.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
