import { once } from "node:events";
import { composeServices } from "./composition.js";
import { reconcileLostMatches } from "./features/match/index.js";
import { prepareDatabase } from "./database.js";
import { createApp } from "./http/app.js";
import { createHttpServer } from "./http/http-server.js";
import { systemClock } from "./lib/clock.js";
import { runMain } from "./main.js";
import { attachMatchServer } from "./realtime/match-server.js";

const SHUTDOWN_GRACE_MS = 10_000;

// config → database → services → listen → graceful shutdown.
await runMain(async (config, logger) => {
  const database = await prepareDatabase(config, logger);
  const services = await composeServices({ config, db: database.db, logger, clock: systemClock, random: Math.random });
  // Matches that were running when their rooms were lost can never finish: say so in PostgreSQL.
  await reconcileLostMatches(database.db, services.state.rooms, logger).catch((error: unknown) =>
    logger.error({ err: error }, "could not check for lost matches"),
  );
  const server = createHttpServer(createApp(services), config.http).listen(config.port, config.host);
  await once(server, "listening");
  // The /ws upgrade is authenticated with the same session cookie as HTTP.
  const matches = attachMatchServer(server, services);
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
    await services.close();
    await database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
});
