import type { IncomingMessage, Server } from "node:http";
import type { Database } from "@lila/db";
import type { Config } from "../config/env.js";
import type { CatalogService } from "../features/catalog/catalog.service.js";
import { drawQuestions } from "../features/game/game.service.js";
import type { Random } from "../features/game/quiz-builder.js";
import type { VocabularyPools } from "../features/game/vocabulary-pools.js";
import { createLobbyService } from "../features/lobby/lobby.service.js";
import { MatchRooms } from "../features/lobby/match-rooms.js";
import type { RoomStore } from "../features/lobby/room-store.js";
import type { Identity } from "../http/identity.js";
import type { Logger } from "../lib/logger.js";
import { attachRealtime, type Realtime, type RealtimeOptions } from "./realtime-server.js";

export interface MatchServerDeps {
  config: Pick<Config, "corsOrigins" | "match">;
  db: Database;
  logger: Logger;
  rooms: RoomStore;
  presenceCheckMs: number | null;
  /** The same pools and catalog as the singleplayer game: one generator, one cache. */
  pools: VocabularyPools;
  catalog: CatalogService;
  authenticate: (req: IncomingMessage) => Promise<Identity | null>;
  random?: Random;
  rateLimit?: RealtimeOptions["rateLimit"];
  heartbeatMs?: number;
}

export interface MatchServer extends Realtime {
  rooms: MatchRooms;
  readonly roomCount: number;
}

/** Multiplayer on an HTTP server: match rooms behind /ws. */
export function attachMatchServer(server: Server, deps: MatchServerDeps): MatchServer {
  const lobbies = createLobbyService({ db: deps.db, catalog: deps.catalog });
  const rooms = new MatchRooms({
    store: deps.rooms,
    lobbies,
    drawQuestions: (settings) =>
      drawQuestions(
        { pools: deps.pools, catalog: deps.catalog, ...(deps.random ? { random: deps.random } : {}) },
        settings,
      ),
    timing: deps.config.match,
    logger: deps.logger,
    presenceCheckMs: deps.presenceCheckMs,
  });
  const realtime = attachRealtime(server, {
    rooms,
    authenticate: deps.authenticate,
    allowedOrigins: deps.config.corsOrigins,
    logger: deps.logger,
    ...(deps.rateLimit ? { rateLimit: deps.rateLimit } : {}),
    ...(deps.heartbeatMs ? { heartbeatMs: deps.heartbeatMs } : {}),
  });
  return {
    rooms,
    get socketCount() {
      return realtime.socketCount;
    },
    get roomCount() {
      return rooms.size;
    },
    close: () => realtime.close(),
  };
}
