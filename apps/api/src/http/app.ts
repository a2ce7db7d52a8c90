import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import cors from "cors";
import express, { type Express } from "express";
import { rateLimit, type Store } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Database } from "@lila/db";
import type { ApiErrorBody } from "@lila/shared";
import type { Config } from "../config/env.js";
import { createCatalogRouter } from "../features/catalog/catalog.router.js";
import { createCatalogService, type CatalogService } from "../features/catalog/catalog.service.js";
import { createGameRouter } from "../features/game/game.router.js";
import { createGameService, type GameServiceDeps } from "../features/game/game.service.js";
import type { GameSessionStore } from "../features/game/game-session.store.js";
import { VocabularyPools } from "../features/game/vocabulary-pools.js";
import { createHealthRouter, type ReadinessChecks } from "../features/health/health.router.js";
import { pingDatabase } from "@lila/db";
import { createMetrics, type Metrics } from "../lib/metrics.js";
import { createLobbyRouter } from "../features/lobby/lobby.router.js";
import { createLobbyService } from "../features/lobby/lobby.service.js";
import type { Logger } from "../lib/logger.js";
import { createAccountRouter } from "../features/account/account.router.js";
import { createGameHistoryService } from "../features/account/game-history.service.js";
import { createAuthApiRouter, createAuthHandlerRouter } from "../features/auth/auth.router.js";
import type { Authentication } from "../features/auth/authentication.js";
import { errorHandler, notFoundHandler } from "./error-handler.js";
import { nobody, optionalAuth, type IdentityResolver } from "./identity.js";
import { createStaticWebRouter } from "./static-web.js";

export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  sessions: GameSessionStore;
  /** Who is calling; without accounts wired in, nobody is. */
  identify?: IdentityResolver;
  /** Better Auth and its helpers (features/auth/authentication.ts); without it /api/auth is not mounted. */
  authentication?: Authentication;
  random?: () => number;
  /** Replaces how a singleplayer game's questions are drawn (used by the benchmark). */
  drawQuiz?: GameServiceDeps["drawQuiz"];
  /** The vocabulary pools and catalog, shared with the match server so that both use one cache. */
  pools?: VocabularyPools;
  catalog?: CatalogService;
  /** Rate-limit counters shared by several processes (Valkey); the default keeps them in memory. */
  rateLimitStore?: (prefix: string) => Store;
  /** Prometheus metrics; served at /metrics. */
  metrics?: Metrics;
  /** Dependencies besides the database that /api/v1/ready checks (e.g. Valkey). */
  readinessChecks?: ReadinessChecks;
}

const BODY_LIMIT = "16kb";
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The composition root: wires features to their dependencies. Tests call it without listening. */
export function createApp({
  config,
  db,
  logger,
  sessions,
  identify = nobody,
  authentication,
  random,
  drawQuiz,
  pools: sharedPools,
  catalog: sharedCatalog,
  rateLimitStore,
  metrics = createMetrics(),
  readinessChecks = {},
}: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

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
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(metrics.middleware);
  app.use(helmet());
  app.use(cors({ origin: config.corsOrigins, credentials: true }));

  const catalog = sharedCatalog ?? createCatalogService(db);
  const pools = sharedPools ?? new VocabularyPools(db);
  const history = createGameHistoryService(db, logger);
  const games = createGameService({
    pools,
    sessions,
    catalog,
    history,
    ...(random ? { random } : {}),
    ...(drawQuiz ? { drawQuiz } : {}),
  });

  // Better Auth parses its own bodies: its routes come before express.json().
  if (authentication) app.use(createAuthHandlerRouter(authentication));

  /** Requests per client per minute, counted per prefix (in Valkey when several processes share it). */
  const limitPerMinute = (prefix: string) =>
    rateLimit({
      windowMs: 60_000,
      limit: config.gameRateLimitPerMinute,
      ...(rateLimitStore ? { store: rateLimitStore(prefix) } : {}),
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, res) => {
        const body: ApiErrorBody = {
          success: false,
          code: "rate_limited",
          error: "Too many requests. Wait a minute and try again.",
        };
        res.status(429).json(body);
      },
    });

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use(createHealthRouter({ database: () => pingDatabase(db), ...readinessChecks }, logger));
  if (authentication) api.use(createAuthApiRouter(authentication));
  api.use(createAccountRouter(history, identify));
  api.use(createCatalogRouter(catalog));
  api.use(
    "/game",
    limitPerMinute("game"),
    optionalAuth(identify),
    createGameRouter(games, (req) => req.identity?.userId ?? null),
  );
  // Creating and joining lobbies is limited too: codes must not be guessable at full speed.
  api.use("/lobbies", limitPerMinute("lobbies"), createLobbyRouter(createLobbyService({ db, catalog }), identify));
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
