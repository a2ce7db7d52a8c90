import { WebSocket } from "ws";
import type { WsServerMessage } from "@lila/shared";
import { checkHttpError, checkSocketMessage } from "./error-contract.js";

type ServerMessageOf<T extends WsServerMessage["type"]> = Extract<WsServerMessage, { type: T }>;

/**
 * A real `ws` client for tests: keeps every message it receives, and lets a
 * test wait for the next one of a kind (messages of other kinds stay
 * available for later waits).
 */
export class TestSocket {
  readonly received: WsServerMessage[] = [];
  private taken = new Set<number>();
  private waiters: Array<() => void> = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const text = (data as Buffer).toString("utf8");
      checkSocketMessage(text);
      this.received.push(JSON.parse(text) as WsServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const socket = new TestSocket(ws);
      ws.once("open", () => resolve(socket));
      ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      ws.once("error", reject);
    });
  }

  /** Opens a socket and expects the upgrade to be refused; resolves with the HTTP status and the parsed body. */
  static refused(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once("open", () => {
        ws.close();
        reject(new Error("the upgrade was accepted"));
      });
      ws.once("unexpected-response", (_req, res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = res.statusCode ?? 0;
          checkHttpError(`GET ${new URL(url).pathname} (upgrade)`, status, text);
          resolve({ status, body: JSON.parse(text) as unknown });
        });
      });
      ws.once("error", () => {});
    });
  }

  send(message: object | string): void {
    this.ws.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  /** The next message of `type` (and matching `where`) not taken yet; waits up to `timeoutMs`. */
  async next<T extends WsServerMessage["type"]>(
    type: T,
    where: (message: ServerMessageOf<T>) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<ServerMessageOf<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex(
        (message, position) =>
          !this.taken.has(position) && message.type === type && where(message as ServerMessageOf<T>),
      );
      if (index >= 0) {
        this.taken.add(index);
        return this.received[index] as ServerMessageOf<T>;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no ${type} within ${timeoutMs} ms; received: ${this.received.map((m) => m.type).join(", ")}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until some message of `type` matching `where` has arrived, taken or not (and does not take it). */
  async seen<T extends WsServerMessage["type"]>(
    type: T,
    where: (message: ServerMessageOf<T>) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<ServerMessageOf<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((message) => message.type === type && where(message as ServerMessageOf<T>));
      if (found) return found as ServerMessageOf<T>;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no ${type} within ${timeoutMs} ms; received: ${this.received.map((m) => m.type).join(", ")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Forgets everything received so far (waits then only see newer messages). */
  skipAll(): void {
    for (let index = 0; index < this.received.length; index++) this.taken.add(index);
  }

  /** Messages of `type` not taken yet, without waiting. */
  pending<T extends WsServerMessage["type"]>(type: T): ServerMessageOf<T>[] {
    return this.received.filter(
      (message, index) => !this.taken.has(index) && message.type === type,
    ) as ServerMessageOf<T>[];
  }

  close(): Promise<{ code: number; reason: string }> {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close();
    return this.closed;
  }

  /** Drops the connection without a closing handshake, like a lost network. */
  drop(): void {
    this.ws.terminate();
  }
}
