import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { WS_CLOSE, WsClientMessage, type WsServerMessage } from "@lila/shared";
import { writeUpgradeError } from "../http/errors.js";
import { clientAddressOf } from "../http/client-address.js";
import type { Identity, IdentityResolver } from "../http/identity.js";
import { toFieldIssues } from "../http/validate.js";
import { isAllowedOrigin, ownOriginOf } from "../http/origins.js";
import {
  AppError,
  ForbiddenError,
  INTERNAL_ERROR_MESSAGE,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UnavailableError,
} from "../lib/errors.js";
import { asUnavailable } from "../lib/dependency-errors.js";
import type { Logger } from "../lib/logger.js";
import type { JoinAttempts } from "../features/lobby/index.js";
import type { ConnectionCounter } from "../state/connection-counter.js";
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
  /** Open sockets at once, per user and per address, across every API process. */
  perUser: number;
  perAddress: number;
  /**
   * How old the last check of a socket's auth session may be: a message after
   * that, or the heartbeat, checks it again (a sign-out in this process is
   * seen at once). A session that ended closes the socket with 4401.
   */
  sessionCheckMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  rateLimit: { burst: 20, perSecond: 10 },
  maxPayloadBytes: 4096,
  heartbeatMs: 30_000,
  perUser: 8,
  perAddress: 100,
  sessionCheckMs: 30_000,
};

export interface RealtimeOptions {
  rooms: MatchRooms;
  /** Finds the player from the upgrade request (the session cookie); null refuses the socket with 401. */
  authenticate: (req: IncomingMessage) => Promise<Identity | null>;
  /** Origins allowed to open a socket (config.corsOrigins); a request without Origin (not a browser) is allowed. */
  allowedOrigins: readonly string[];
  /** TRUST_PROXY: whether X-Forwarded-Proto tells the scheme the page used, and X-Forwarded-For the address. */
  trustProxy: number;
  logger: Logger;
  limits: SocketLimits;
  /** Open sockets per user and per address (state/connection-counter.ts). */
  connections: ConnectionCounter;
  /** lobby:join attempts per user and per address, counted with the HTTP join route's. */
  joinAttempts: JoinAttempts;
  /** The session of a socket, checked again while it is open (the upgrade's cookie). */
  identify: IdentityResolver;
  /** Called with a user id when one of their auth sessions ended in this process (sign-out, deletion). */
  onSessionEnded: (listener: (userId: string) => void) => () => void;
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
  const handlers = createClientMessageHandlers(rooms, options.joinAttempts);
  const { rateLimit, maxPayloadBytes, heartbeatMs } = options.limits;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes, perMessageDeflate: false });
  const connections = new Map<WebSocket, Connection>();
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
        const address = clientAddressOf(req, options.trustProxy);
        const socketId = randomUUID();
        const counted = [
          { key: `user:${identity.userId}`, max: options.limits.perUser },
          { key: `ip:${address}`, max: options.limits.perAddress },
        ];
        if (!(await options.connections.acquire(socketId, counted))) {
          return writeUpgradeError(
            socket,
            new RateLimitedError("Too many open connections. Close a tab and try again."),
          );
        }
        const session: SocketSession = {
          socketId,
          address,
          countedKeys: counted.map(({ key }) => key),
          cookie: req.headers.cookie ?? "",
          checkedAt: Date.now(),
        };
        wss.handleUpgrade(req, socket, head, (ws) => accept(ws, identity, session));
      } catch (error) {
        const unavailable = asUnavailable(error);
        if (unavailable) logger.warn({ err: error }, "websocket upgrade: a dependency did not answer");
        else logger.error({ err: error }, "websocket upgrade failed");
        writeUpgradeError(socket, unavailable ?? new AppError("internal_error", INTERNAL_ERROR_MESSAGE));
      }
    })();
  };
  server.on("upgrade", onUpgrade);

  /**
   * Is the socket's auth session still there? Closes the socket with 4401 when
   * it is not. A database that does not answer is no proof of a sign-out: the
   * socket stays, and the next check asks again.
   */
  async function checkSession(ws: WebSocket, connection: Connection): Promise<boolean> {
    connection.session.checkedAt = Date.now();
    try {
      const current = await options.identify({ cookie: connection.session.cookie });
      if (current?.userId === connection.socket.identity.userId) return true;
    } catch (error) {
      logger.debug({ err: error }, "could not check a socket's session");
      return true;
    }
    ws.close(WS_CLOSE.UNAUTHORIZED, "Signed out");
    return false;
  }

  const stopListening = options.onSessionEnded((userId) => {
    for (const [ws, connection] of connections)
      if (connection.socket.identity.userId === userId) void checkSession(ws, connection);
  });

  function accept(ws: WebSocket, identity: Identity, session: SocketSession) {
    const socket: RoomSocket = {
      identity,
      sendText: (text) => {
        if (ws.readyState !== ws.OPEN) return;
        // A client that stopped reading would make the server buffer without end: drop it (it may reconnect).
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
        ws.send(text);
      },
    };
    const connection: Connection = {
      socket,
      lobbyIds: new Set<string>(),
      alive: true,
      address: session.address,
      session,
    };
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
      const sessionIsOld = Date.now() - session.checkedAt >= options.limits.sessionCheckMs;
      // One socket's messages apply in the order they were sent (a join before the answer that follows it).
      queue = queue
        .then(async () => {
          if (sessionIsOld && !(await checkSession(ws, connection))) return;
          await dispatchClientMessage(handlers, connection, message.value);
        })
        .catch((error: unknown) => send(socketErrorOf(error, logger, { type: message.value.type })));
    });
    ws.on("close", () => {
      void options.connections
        .release(session.socketId, session.countedKeys)
        .catch((error: unknown) => logger.warn({ err: error }, "could not release a socket's count"));
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
      const { session } = connection;
      if (Date.now() - session.checkedAt >= options.limits.sessionCheckMs) void checkSession(ws, connection);
      void options.connections.renew(session.socketId, session.countedKeys).catch(() => {});
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
      stopListening();
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

/** What the server keeps of a socket's handshake: its count, its address and its session cookie. */
interface SocketSession {
  socketId: string;
  address: string;
  countedKeys: string[];
  cookie: string;
  /** When the session was last found valid (epoch ms). */
  checkedAt: number;
}

interface Connection extends ClientConnection {
  alive: boolean;
  session: SocketSession;
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
