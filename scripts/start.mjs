#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources, then runs
// the API with the built web app on one port (http://localhost:3000 by default).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Workspaces in build order, with what their build reads and the file it writes last. */
const workspaces = [
  { name: "@lila/shared", dir: "packages/shared", inputs: ["src"], output: "dist/index.js" },
  { name: "@lila/db", dir: "packages/db", inputs: ["src"], output: "dist/index.js" },
  { name: "@lila/api", dir: "apps/api", inputs: ["src"], output: "dist/server.js" },
  {
    name: "@lila/web",
    dir: "apps/web",
    inputs: ["src", "index.html", "public", "vite.config.ts"],
    output: "dist/index.html",
  },
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))),
    stats.mtimeMs,
  );
}

let upstreamRebuilt = false;
for (const workspace of workspaces) {
  const output = path.join(root, workspace.dir, workspace.output);
  const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
  const changedAt = Math.max(...workspace.inputs.map((input) => newestMtime(path.join(root, workspace.dir, input))));
  if (builtAt > 0 && builtAt >= changedAt && !upstreamRebuilt) continue;
  console.log(`lila: building ${workspace.name}…`);
  const result = spawnSync("npm", ["run", "build", "-w", workspace.name], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  upstreamRebuilt = workspace.name !== "@lila/web";
}

const env = { WEB_DIST_DIR: path.join(root, "apps/web/dist"), DATA_DIR: path.join(root, "data"), ...process.env };
const server = spawn(process.execPath, [path.join(root, "apps/api/dist/server.js")], {
  cwd: root,
  env,
  stdio: "inherit",
});

// Ending this process ends the server: signals are passed on (SIGHUP, a closed
// terminal, as SIGTERM). `npm start` runs this script under `sh -c`, and npm passes a
// SIGTERM only to that shell, which dies without passing it on: so the parent going
// away (this process handed to another parent) counts as a SIGTERM too.
let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGHUP", () => stop("SIGTERM"));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop("SIGTERM");
}, 500).unref();
// The server's own exit code; a server ended by a signal exits as a shell reports it (128 + n).
server.on("exit", (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
