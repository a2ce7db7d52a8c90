import { pingDatabase, type Database } from "@lila/db";
import type { Config } from "./config/env.js";
import { createGameHistoryService, type GameHistoryService } from "./features/account/index.js";
import { createAuthentication, resolveAuthSecret, type Authentication } from "./features/auth/index.js";
import { createCatalogService, type CatalogService } from "./features/catalog/index.js";
import {
  createGameService,
  createQuestionDrawer,
  VocabularyPools,
  type GameService,
  type QuestionDrawer,
  type Random,
} from "./features/game/index.js";
import type { ReadinessChecks } from "./features/health/index.js";
import {
  createJoinAttempts,
  createLobbyService,
  generateLobbyCode,
  type JoinAttempts,
  type LobbyService,
} from "./features/lobby/index.js";
import type { Clock } from "./lib/clock.js";
import type { Logger } from "./lib/logger.js";
import { OutboxWriter, transferRoomSeats } from "./features/match/index.js";
import { createMetrics, type Metrics } from "./lib/metrics.js";
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from "./realtime/realtime-server.js";
import { createStateBackends, type StateBackends } from "./state/state-backends.js";

/** What the process provides: its configuration, its database, and where time and chance come from. */
export interface CompositionInput {
  config: Config;
  db: Database;
  logger: Logger;
  clock: Clock;
  random: Random;
}

/** Every long-lived service of one API process, each built once. */
export interface Services {
  config: Config;
  db: Database;
  logger: Logger;
  clock: Clock;
  state: StateBackends;
  metrics: Metrics;
  catalog: CatalogService;
  pools: VocabularyPools;
  drawQuestions: QuestionDrawer;
  history: GameHistoryService;
  games: GameService;
  lobbies: LobbyService;
  /** Attempts to join a lobby by code, counted per user and per address (HTTP and socket). */
  joinAttempts: JoinAttempts;
  /** Writes match results and other lobby changes from the rooms' outbox to PostgreSQL, retrying until they land. */
  matchOutbox: OutboxWriter;
  authentication: Authentication;
  /** The database and every other dependency /api/v1/ready must see answer. */
  readinessChecks: ReadinessChecks;
  socketLimits: SocketLimits;
  /** Releases the state backends (the database belongs to whoever opened it). */
  close(): Promise<void>;
}

/**
 * The composition root: builds each service once and hands the same instances
 * to the HTTP app (createApp) and the match server (attachMatchServer). The
 * server, the tests and the benchmarks all build through here; a test or a
 * benchmark that needs another service replaces it in the result.
 */
export async function composeServices({ config, db, logger, clock, random }: CompositionInput): Promise<Services> {
  // In memory, or in Valkey when VALKEY_URL is set (several API processes share games, rooms and counters).
  const state = await createStateBackends(config, logger, clock);
  const catalog = createCatalogService({ db, clock });
  const pools = new VocabularyPools({ db, clock });
  const drawQuestions = createQuestionDrawer({ pools, catalog, random });
  const history = createGameHistoryService(db, logger);
  const lobbies = createLobbyService({ db, catalog, generateCode: generateLobbyCode });
  const matchOutbox = new OutboxWriter({
    outbox: state.rooms.outbox,
    write: (lobbyId, effects) => lobbies.recordEffects(lobbyId, effects),
    logger,
  });
  matchOutbox.start();
  const authentication = createAuthentication({
    config,
    db,
    logger,
    secret: resolveAuthSecret(config),
    rateLimitStorage: state.authRateLimit,
    // A guest's games and lobby seats (hosting included) move with them when they become an account.
    guestUpgradeHandlers: [
      async (guest, account) => void (await history.transferToAccount(guest.userId, account.userId)),
      async (guest, account) => {
        const lobbyIds = await lobbies.transferSeats(guest.userId, account.userId);
        await transferRoomSeats(state.rooms, clock, lobbyIds, guest.userId, account.userId);
      },
    ],
  });
  return {
    config,
    db,
    logger,
    clock,
    state,
    metrics: createMetrics(),
    catalog,
    pools,
    drawQuestions,
    history,
    games: createGameService({ drawQuestions, store: state.games, history }),
    lobbies,
    joinAttempts: createJoinAttempts(state.rateLimitStore("lobby-join"), config.lobbyJoins),
    matchOutbox,
    authentication,
    readinessChecks: { database: () => pingDatabase(db), ...state.readinessChecks },
    socketLimits: { ...DEFAULT_SOCKET_LIMITS, ...config.sockets },
    async close() {
      await matchOutbox.close();
      await state.close();
    },
  };
}
