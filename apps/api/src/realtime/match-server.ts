import type { Server } from "node:http";
import { MatchRooms } from "../features/match/index.js";
import type { Services } from "../composition.js";
import { attachRealtime, type Realtime } from "./realtime-server.js";

/** What the match server needs from the composition root. */
export type MatchServerServices = Pick<
  Services,
  | "config"
  | "logger"
  | "clock"
  | "state"
  | "lobbies"
  | "matchOutbox"
  | "joinAttempts"
  | "drawQuestions"
  | "authentication"
  | "metrics"
  | "socketLimits"
>;

export interface MatchServer extends Realtime {
  rooms: MatchRooms;
  readonly roomCount: number;
}

/** Multiplayer on an HTTP server: match rooms behind /ws, reported in /metrics. */
export function attachMatchServer(server: Server, services: MatchServerServices): MatchServer {
  const {
    config,
    logger,
    clock,
    state,
    lobbies,
    matchOutbox,
    joinAttempts,
    drawQuestions,
    authentication,
    metrics,
    socketLimits,
  } = services;
  const rooms = new MatchRooms({
    store: state.rooms,
    lobbies,
    kickOutbox: () => matchOutbox.kick(),
    drawQuestions,
    timing: config.match,
    logger,
    clock,
    presenceCheckMs: state.presenceCheckMs,
  });
  const realtime = attachRealtime(server, {
    rooms,
    authenticate: authentication.authenticateUpgrade,
    allowedOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    logger,
    limits: socketLimits,
    connections: state.connections,
    joinAttempts,
    identify: authentication.identify,
    onSessionEnded: authentication.onSessionEnded,
  });
  const matchServer: MatchServer = {
    rooms,
    get socketCount() {
      return realtime.socketCount;
    },
    get roomCount() {
      return rooms.size;
    },
    close: () => realtime.close(),
  };
  metrics.observeRealtime(matchServer);
  return matchServer;
}
