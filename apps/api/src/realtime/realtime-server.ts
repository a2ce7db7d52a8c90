import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { WS_CLOSE, WsClientMessage, type WsServerMessage } from "@lila/shared";
import { writeUpgradeError } from "../http/errors.js";
import type { Identity } from "../http/identity.js";
import { toFieldIssues } from "../http/validate.js";
import { isAllowedOrigin, ownOriginOf } from "../http/origins.js";
import {
  AppError,
  ForbiddenError,
  INTERNAL_ERROR_MESSAGE,
  NotFoundError,
  UnauthorizedError,
  UnavailableError,
} from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { socketError, socketErrorOf } from "../lib/socket-errors.js";
import type { MatchRooms, RoomSocket } from "../features/match/index.js";
import {
  CLIENT_MESSAGE_TYPES,
  createClientMessageHandlers,
  dispatchClientMessage,
  type ClientConnection,
} from "./client-message-handlers.js";
import { MessageRateLimiter } from "./message-rate-limiter.js";

export const WS_PATH = "/ws";

/** How much one socket may send, and how often the server checks that it is still there. */
export interface SocketLimits {
  /** Messages a socket may send at once, and per second after that. */
  rateLimit: { burst: number; perSecond: number };
  maxPayloadBytes: number;
  /** How often the server pings; a socket that did not answer the last ping is dropped. */
  heartbeatMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  rateLimit: { burst: 20, perSecond: 10 },
  maxPayloadBytes: 4096,
  heartbeatMs: 30_000,
};

export interface RealtimeOptions {
  rooms: MatchRooms;
  /** Finds the player from the upgrade request (the session cookie); null refuses the socket with 401. */
  authenticate: (req: IncomingMessage) => Promise<Identity | null>;
  /** Origins allowed to open a socket (config.corsOrigins); a request without Origin (not a browser) is allowed. */
  allowedOrigins: readonly string[];
  /** TRUST_PROXY: whether X-Forwarded-Proto tells the scheme the page used. */
  trustProxy: number;
  logger: Logger;
  limits: SocketLimits;
}

export interface Realtime {
  readonly socketCount: number;
  /** Closes every socket with GOING_AWAY after letting the rooms record the disconnections. */
  close(): Promise<void>;
}

const MAX_BUFFERED_BYTES = 1024 * 1024;

/** The /ws endpoint on the API's HTTP server: checks origin and session, then hands messages to the rooms. */
export function attachRealtime(server: Server, options: RealtimeOptions): Realtime {
  const { rooms, logger } = options;
  const handlers = createClientMessageHandlers(rooms);
  const { rateLimit, maxPayloadBytes, heartbeatMs } = options.limits;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes, perMessageDeflate: false });
  const connections = new Map<WebSocket, ClientConnection & { alive: boolean }>();
  let closing = false;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    void (async () => {
      try {
        const path = (req.url ?? "").split("?")[0];
        if (path !== WS_PATH) return writeUpgradeError(socket, new NotFoundError("No socket here."));
        if (closing) return writeUpgradeError(socket, new UnavailableError("The server is restarting."));
        const origin = req.headers.origin;
        if (origin && !isAllowedOrigin(origin, options.allowedOrigins, ownOriginOf(req, options.trustProxy))) {
          return writeUpgradeError(socket, new ForbiddenError("This origin may not open a socket."));
        }
        const identity = await options.authenticate(req);
        if (!identity) return writeUpgradeError(socket, new UnauthorizedError());
        wss.handleUpgrade(req, socket, head, (ws) => accept(ws, identity));
      } catch (error) {
        logger.error({ err: error }, "websocket upgrade failed");
        writeUpgradeError(socket, new AppError("internal_error", INTERNAL_ERROR_MESSAGE));
      }
    })();
  };
  server.on("upgrade", onUpgrade);

  function accept(ws: WebSocket, identity: Identity) {
    const socket: RoomSocket = {
      identity,
      sendText: (text) => {
        if (ws.readyState !== ws.OPEN) return;
        // A client that stopped reading would make the server buffer without end: drop it (it may reconnect).
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
        ws.send(text);
      },
    };
    const connection = { socket, lobbyIds: new Set<string>(), alive: true };
    connections.set(ws, connection);
    const limiter = new MessageRateLimiter(rateLimit.burst, rateLimit.perSecond);
    const send = (message: WsServerMessage) => socket.sendText(JSON.stringify(message));
    let queue: Promise<void> = Promise.resolve();

    ws.on("pong", () => (connection.alive = true));
    ws.on("error", (error) => logger.debug({ err: error }, "socket error"));
    ws.on("message", (data: RawData, isBinary: boolean) => {
      if (!limiter.take()) {
        ws.close(WS_CLOSE.RATE_LIMITED, "Too many messages");
        return;
      }
      const message = parseClientMessage(data, isBinary);
      if ("error" in message) return send(socketError(message.error));
      // One socket's messages apply in the order they were sent (a join before the answer that follows it).
      queue = queue
        .then(() => dispatchClientMessage(handlers, connection, message.value))
        .catch((error: unknown) => send(socketErrorOf(error, logger, { type: message.value.type })));
    });
    ws.on("close", () => {
      if (!connections.delete(ws)) return;
      queue = queue
        .then(() => rooms.detach(socket, connection.lobbyIds))
        .catch((error: unknown) => logger.error({ err: error }, "detach failed"));
    });
  }

  const heartbeat = setInterval(() => {
    for (const [ws, connection] of connections) {
      if (!connection.alive) {
        ws.terminate();
        continue;
      }
      connection.alive = false;
      ws.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    get socketCount() {
      return connections.size;
    },
    async close() {
      closing = true;
      clearInterval(heartbeat);
      server.off("upgrade", onUpgrade);
      const open = new Map(
        [...connections.values()].map((connection) => [connection.socket, connection.lobbyIds] as const),
      );
      connections.clear();
      await rooms.close(open).catch((error: unknown) => logger.error({ err: error }, "closing rooms failed"));
      for (const ws of wss.clients) ws.close(WS_CLOSE.GOING_AWAY, "Server restarting");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

type Parsed = { value: WsClientMessage } | { error: AppError };

/** Every client message goes through the shared union; anything else is answered, never thrown. */
export function parseClientMessage(data: RawData, isBinary: boolean): Parsed {
  const invalid = (message: string): Parsed => ({ error: new AppError("validation_failed", message) });
  if (isBinary) return invalid("Messages must be JSON text.");
  let json: unknown;
  try {
    json = JSON.parse(Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.concat(data as Buffer[]).toString("utf8"));
  } catch {
    return invalid("Messages must be JSON objects with a type.");
  }
  const type = (json as { type?: unknown } | null)?.type;
  if (typeof type !== "string") return invalid("Messages must be JSON objects with a type.");
  if (!CLIENT_MESSAGE_TYPES.has(type)) return invalid(`Unknown message type '${type.slice(0, 40)}'.`);
  const parsed = WsClientMessage.safeParse(json);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error).map((issue) => `${issue.field} ${issue.message}`);
    return invalid(`Invalid ${type} message: ${issues.join("; ")}`);
  }
  return { value: parsed.data };
}
