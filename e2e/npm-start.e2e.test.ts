import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/prod-topology/start.mjs";

// `npm start` exactly as a user runs it: through npm (which runs the script under
// `sh -c`), on a plain-HTTP port, with its own data folder. What a friend on the
// home network gets over http://, and what stopping npm by its process id does.
const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), "lila-npm-start-"));
const started: ChildProcess[] = [];

afterAll(async () => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  rmSync(dataDir, { recursive: true, force: true });
});

interface NpmStart {
  npm: ChildProcess;
  port: number;
  output: () => string;
}

/** `npm start` on a free port; resolves once the server says it listens. */
async function npmStart(env: Record<string, string> = {}): Promise<NpmStart> {
  const port = await freePort();
  const npm = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(npm);
  let output = "";
  npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not listen in time:\n${output}`)), 150_000);
    const check = () => {
      if (!output.includes("lila is listening")) return;
      clearTimeout(timer);
      npm.stdout.off("data", check);
      resolve();
    };
    npm.stdout.on("data", check);
    npm.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  return { npm, port, output: () => output };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Polls until nothing accepts connections on the port; false if something still does after `ms`. */
async function closedWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!(await accepts(port))) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !(await accepts(port));
}

describe("npm start", { timeout: 240_000 }, () => {
  let plain: NpmStart;

  it("over plain HTTP sends neither HSTS nor upgrade-insecure-requests (the page would stay blank)", async () => {
    plain = await npmStart();
    for (const pathname of ["/", "/play", "/api/v1/health"]) {
      const response = await fetch(`http://127.0.0.1:${plain.port}${pathname}`);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get("strict-transport-security"), pathname).toBeNull();
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, pathname).toContain("default-src 'self'");
      expect(csp, pathname).not.toContain("upgrade-insecure-requests");
    }
  });

  it("ends the server when npm is stopped by its process id", async () => {
    expect(await accepts(plain.port)).toBe(true);
    const exited = new Promise<void>((resolve) => plain.npm.once("exit", () => resolve()));
    plain.npm.kill("SIGTERM");
    await exited;
    // The server shuts down gracefully (closing sockets, the database): bounded, not timed.
    expect(await closedWithin(plain.port, 20_000), plain.output()).toBe(true);
  });

  it("behind HTTPS (an https BETTER_AUTH_URL) sends both", async () => {
    const secure = await npmStart({ BETTER_AUTH_URL: "https://api.lila.example" });
    try {
      const response = await fetch(`http://127.0.0.1:${secure.port}/api/v1/health`);
      expect(response.headers.get("strict-transport-security")).toContain("max-age=");
      expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    } finally {
      const exited = new Promise<void>((resolve) => secure.npm.once("exit", () => resolve()));
      secure.npm.kill("SIGTERM");
      await exited;
      expect(await closedWithin(secure.port, 20_000), secure.output()).toBe(true);
    }
  });
});
