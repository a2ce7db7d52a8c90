import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import cors from "cors";
import express, { type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Services } from "../composition.js";
import { createAccountRouter } from "../features/account/index.js";
import { createAuthApiRouter, createAuthHandlerRouter } from "../features/auth/index.js";
import { createCatalogRouter } from "../features/catalog/index.js";
import { createGameRouter } from "../features/game/index.js";
import { createHealthRouter } from "../features/health/index.js";
import { createLobbyRouter } from "../features/lobby/index.js";
import { RateLimitedError } from "../lib/errors.js";
import { serializeError } from "../lib/logger.js";
import { errorHandler, notFoundHandler, sendError } from "./errors.js";
import { optionalAuth } from "./identity.js";
import { refuseForeignOrigins } from "./origins.js";
import { createStaticWebRouter } from "./static-web.js";

/** What the HTTP app needs from the composition root. */
export type AppServices = Pick<
  Services,
  | "config"
  | "logger"
  | "state"
  | "metrics"
  | "catalog"
  | "history"
  | "games"
  | "lobbies"
  | "joinAttempts"
  | "authentication"
  | "readinessChecks"
>;

const BODY_LIMIT = "16kb";
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The Express app: routes and middleware over the services built in composition.ts. Tests call it without listening. */
export function createApp({
  config,
  logger,
  state,
  metrics,
  catalog,
  history,
  games,
  lobbies,
  joinAttempts,
  authentication,
  readinessChecks,
}: AppServices): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  const { identify } = authentication;

  app.use(
    pinoHttp({
      logger,
      genReqId: (req: IncomingMessage, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/api/v1/health" },
      // Our serializers see the raw objects: the error one keeps personal data out (lib/logger.ts).
      wrapSerializers: false,
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: serializeError,
      },
    }),
  );
  app.use(metrics.middleware);
  // HSTS and upgrade-insecure-requests only where browsers reach the API over HTTPS
  // (BETTER_AUTH_URL): sent over plain HTTP, e.g. `npm start` opened as
  // http://<computer>:3000 on a home network, they would leave a blank page.
  const https = config.auth.url.startsWith("https://");
  app.use(
    helmet({
      strictTransportSecurity: https,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
    }),
  );
  app.use(cors({ origin: config.corsOrigins, credentials: true }));

  // Better Auth parses its own bodies: its routes come before express.json().
  app.use(createAuthHandlerRouter(authentication));

  /** Requests per client per minute, counted per prefix (in Valkey when several processes share it). */
  const limitPerMinute = (prefix: string) =>
    rateLimit({
      windowMs: 60_000,
      limit: config.gameRateLimitPerMinute,
      store: state.rateLimitStore(prefix),
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, res) => sendError(res, new RateLimitedError()),
    });

  const api = express.Router();
  // Before anything reads the body: a foreign page's POST is refused as it is (origins.ts).
  api.use(refuseForeignOrigins(authentication.trustedOrigins, config.trustProxy));
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use(createHealthRouter(readinessChecks, logger));
  api.use(createAuthApiRouter(authentication));
  api.use(createAccountRouter(history, identify));
  api.use(createCatalogRouter(catalog));
  api.use(
    "/game",
    limitPerMinute("game"),
    optionalAuth(identify),
    createGameRouter(games, (req) => req.identity?.userId ?? null),
  );
  // Creating and joining lobbies is limited too: codes must not be guessable at full speed.
  api.use("/lobbies", limitPerMinute("lobbies"), createLobbyRouter(lobbies, identify, joinAttempts));
  app.use("/api/v1", api);
  app.use("/api", notFoundHandler);

  // Operators only: the production Caddyfile does not route /metrics.
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  if (config.webDistDir) app.use(createStaticWebRouter(config.webDistDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
