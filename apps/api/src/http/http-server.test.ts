import { once } from "node:events";
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../config/env.js";
import { createHttpServer } from "./http-server.js";

/*
 * A client that opens a connection and never finishes its request headers
 * (slowloris) must not hold the connection for ever: the server closes it.
 */

const servers: Array<{ close(): void; closeAllConnections(): void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function listen(env: Record<string, string>) {
  const server = createHttpServer((_req, res) => res.end("ok"), parseConfig(env).http);
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

/** What the server wrote before it closed the connection. */
function untilClosed(socket: Socket): Promise<string> {
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  return new Promise((resolve) => socket.on("close", () => resolve(received)));
}

describe("the HTTP server", () => {
  it("closes a connection whose request headers never finish", async () => {
    const port = await listen({ HTTP_HEADERS_TIMEOUT_MS: "300" });
    const socket = connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    const received = await untilClosed(socket);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a connection whose request body never finishes", async () => {
    const port = await listen({ HTTP_REQUEST_TIMEOUT_MS: "400", HTTP_HEADERS_TIMEOUT_MS: "300" });
    const socket = connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
    await untilClosed(socket);
  });

  it("answers a complete request, and has production defaults", async () => {
    const port = await listen({});
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(await response.text()).toBe("ok");
    expect(parseConfig({}).http).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 65_000,
    });
  });
});
