import { once } from "node:events";
import { createApp } from "./http/app.js";
import { prepareDatabase } from "./database.js";
import { MemoryGameSessionStore } from "./features/game/memory-game-session.store.js";
import { runMain } from "./main.js";

const SHUTDOWN_GRACE_MS = 10_000;

await runMain(async (config, logger) => {
  const database = await prepareDatabase(config, logger);
  const sessions = new MemoryGameSessionStore();
  const app = createApp({ config, db: database.db, logger, sessions });
  const server = app.listen(config.port, config.host);
  await once(server, "listening");
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
    server.close();
    server.closeIdleConnections();
    await once(server, "close").catch(() => {});
    await sessions.close();
    await database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
});
