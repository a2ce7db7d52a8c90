import { createServer, type RequestListener, type Server } from "node:http";
import type { Config } from "../config/env.js";

/**
 * The API's HTTP server with bounded waits: a client must finish its request
 * headers within `headersTimeoutMs` and its whole request within
 * `requestTimeoutMs` (408, then closed), and an idle keep-alive connection is
 * closed after `keepAliveTimeoutMs`. Node checks the first two only every
 * `connectionsCheckingInterval`, so that interval follows the header timeout.
 * Upgraded WebSockets leave these limits once the handshake is done.
 */
export function createHttpServer(app: RequestListener, timeouts: Config["http"]): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(timeouts.headersTimeoutMs / 4))),
    },
    app,
  );
  return server;
}
