import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Redis } from "ioredis";
import { freePort } from "./api-process.js";

/**
 * A Valkey/Redis server of the test's own on loopback, without persistence,
 * that the test may kill and start again empty: what production sees when
 * Valkey restarts without its data. (valkey-server where installed, else redis-server.)
 */
export class PrivateValkey {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly program: string,
  ) {}

  static async start(program = "redis-server"): Promise<PrivateValkey> {
    const server = new PrivateValkey(await freePort(), program);
    await server.launch();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** SIGKILL, then a new server on the same port with nothing in it. */
  async restartEmpty(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGKILL");
    await exited;
  }

  private async launch(): Promise<void> {
    const child = spawn(
      this.program,
      ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    this.child = child;
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on("error", () => {});
    try {
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          await client.connect();
          await client.ping();
          return;
        } catch {
          client.disconnect();
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      throw new Error(`${this.program} did not start on port ${this.port}`);
    } finally {
      client.disconnect();
    }
  }
}
