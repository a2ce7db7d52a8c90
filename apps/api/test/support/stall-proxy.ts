import { once } from "node:events";
import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy on loopback in front of a real server (PostgreSQL, Valkey) that
 * a test can stall: while stalled, nothing is forwarded either way and new
 * connections are held unanswered, as with a frozen host or a broken network
 * path; the connections stay open. Resumed, everything flows again. It only
 * ever forwards to 127.0.0.1.
 */
interface Pair {
  client: Socket;
  upstream: Socket | null;
  /** Bytes that arrived while stalled, in order, with the side they go to. */
  held: Array<{ to: "client" | "upstream"; chunk: Buffer }>;
}

export class StallProxy {
  private stalled = false;
  private readonly pairs = new Set<Pair>();

  private constructor(
    private readonly server: Server,
    private readonly targetPort: number,
  ) {
    server.on("connection", (client) => this.accept(client));
  }

  static async start(targetPort: number): Promise<StallProxy> {
    const server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return new StallProxy(server, targetPort);
  }

  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  /** The same URL, through this proxy. */
  url(target: string): string {
    const url = new URL(target);
    url.hostname = "127.0.0.1";
    url.port = String(this.port);
    return url.toString();
  }

  stall(): void {
    this.stalled = true;
  }

  resume(): void {
    this.stalled = false;
    for (const pair of this.pairs) {
      if (!pair.upstream) this.connectUpstream(pair);
      for (const { to, chunk } of pair.held.splice(0)) (to === "client" ? pair.client : pair.upstream)?.write(chunk);
    }
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    await new Promise((resolve) => this.server.close(resolve));
  }

  private accept(client: Socket): void {
    const pair: Pair = { client, upstream: null, held: [] };
    this.pairs.add(pair);
    client.on("error", () => {});
    client.on("close", () => {
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    client.on("data", (chunk: Buffer) => this.forward(pair, "upstream", chunk));
    if (!this.stalled) this.connectUpstream(pair);
  }

  private forward(pair: Pair, to: "client" | "upstream", chunk: Buffer): void {
    const target = to === "client" ? pair.client : pair.upstream;
    if (this.stalled || !target) pair.held.push({ to, chunk });
    else target.write(chunk);
  }

  private connectUpstream(pair: Pair): void {
    const upstream = connect(this.targetPort, "127.0.0.1");
    pair.upstream = upstream;
    upstream.on("error", () => pair.client.destroy());
    upstream.on("close", () => pair.client.destroy());
    upstream.on("data", (chunk: Buffer) => this.forward(pair, "client", chunk));
    for (const { chunk } of pair.held.splice(0)) upstream.write(chunk);
  }
}
