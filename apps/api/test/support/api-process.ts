import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** A free TCP port on loopback (the API needs it before it starts: its auth URL names it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  wsUrl: string;
  /** Everything the process printed, for a failing test's message. */
  output(): string;
  /** SIGKILL: no goodbye, like a crash or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM: a deploy's graceful stop. */
  stop(): Promise<void>;
}

/**
 * Starts the real API entry point (apps/api/src/server.ts) as a child process
 * and waits until it listens. `env` adds to the test's environment.
 */
export async function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 90_000,
  nodeArgs: string[] = [],
): Promise<ApiProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...nodeArgs, "--conditions=@lila/source", "--import", "tsx", "apps/api/src/server.ts"],
    {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        NODE_ENV: "test",
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_LEVEL: "info",
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "lila-api-process-")),
        BETTER_AUTH_URL: baseUrl,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit");
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Never leave a process behind that nobody will stop.
      child.kill("SIGKILL");
      reject(new Error(`the API did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const check = () => {
      if (output.includes("lila is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the API exited before listening:\n${output}`));
    });
  });
  const ended = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return {
    child,
    port,
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    output: () => output,
    kill: () => ended("SIGKILL"),
    stop: () => ended("SIGTERM"),
  };
}
