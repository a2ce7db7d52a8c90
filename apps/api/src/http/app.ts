import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import cors from "cors";
import express, { type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Database } from "@lila/db";
import type { ApiErrorBody } from "@lila/shared";
import type { Config } from "../config/env.js";
import { createCatalogRouter } from "../features/catalog/catalog.router.js";
import { createCatalogService } from "../features/catalog/catalog.service.js";
import { createGameRouter } from "../features/game/game.router.js";
import { createGameService } from "../features/game/game.service.js";
import type { GameSessionStore } from "../features/game/game-session.store.js";
import { VocabularyPools } from "../features/game/vocabulary-pools.js";
import { createHealthRouter } from "../features/health/health.router.js";
import type { Logger } from "../lib/logger.js";
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
  random?: () => number;
}

const BODY_LIMIT = "16kb";
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The composition root: wires features to their dependencies. Tests call it without listening. */
export function createApp({ config, db, logger, sessions, identify = nobody, random }: AppDeps): Express {
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
  app.use(helmet());
  app.use(cors({ origin: config.corsOrigins, credentials: true }));

  const catalog = createCatalogService(db);
  const pools = new VocabularyPools(db);
  const games = createGameService({ pools, sessions, catalog, ...(random ? { random } : {}) });

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use(createHealthRouter());
  api.use(createCatalogRouter(catalog));
  api.use(
    "/game",
    rateLimit({
      windowMs: 60_000,
      limit: config.gameRateLimitPerMinute,
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
    }),
    optionalAuth(identify),
    createGameRouter(games, (req) => req.identity?.userId ?? null),
  );
  app.use("/api/v1", api);
  app.use("/api", notFoundHandler);

  if (config.webDistDir) app.use(createStaticWebRouter(config.webDistDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
