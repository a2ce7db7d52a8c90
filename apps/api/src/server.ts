import { once } from "node:events";
import { createApp } from "./http/app.js";
import { createMetrics } from "./lib/metrics.js";
import { prepareDatabase } from "./database.js";
import { createCatalogService } from "./features/catalog/catalog.service.js";
import { VocabularyPools } from "./features/game/vocabulary-pools.js";
import { attachMatchServer } from "./realtime/match-server.js";
import { createStateBackends } from "./realtime/state-backends.js";
import { createAuthentication } from "./features/auth/authentication.js";
import { runMain } from "./main.js";

const SHUTDOWN_GRACE_MS = 10_000;

await runMain(async (config, logger) => {
  const database = await prepareDatabase(config, logger);
  // In memory, or in Valkey when VALKEY_URL is set (several API processes share lobbies).
  const backends = await createStateBackends(config, logger);
  const sessions = backends.sessions;
  const pools = new VocabularyPools(database.db);
  const catalog = createCatalogService(database.db);
  // authentication.authenticateUpgrade authenticates the /ws handshake with the same cookie.
  const authentication = createAuthentication({ config, db: database.db, logger });
  const metrics = createMetrics();
  const app = createApp({
    config,
    db: database.db,
    logger,
    sessions,
    authentication,
    identify: authentication.identify,
    pools,
    catalog,
    rateLimitStore: backends.rateLimitStore,
    readinessChecks: backends.readinessChecks,
    metrics,
  });
  const server = app.listen(config.port, config.host);
  await once(server, "listening");
  const matches = attachMatchServer(server, {
    config,
    db: database.db,
    logger,
    rooms: backends.rooms,
    presenceCheckMs: backends.presenceCheckMs,
    pools,
    catalog,
    authenticate: authentication.authenticateUpgrade,
  });
  metrics.observeRealtime(matches);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ port, web: Boolean(config.webDistDir) }, `lila is listening on http://localhost:${port}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // Sockets first: their players are marked disconnected (they keep their seats) and told to reconnect.
    await matches.close().catch((error: unknown) => logger.error({ err: error }, "closing the match server failed"));
    server.close();
    server.closeIdleConnections();
    await once(server, "close").catch(() => {});
    await backends.close();
    await database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
});
