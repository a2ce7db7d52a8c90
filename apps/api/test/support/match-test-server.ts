import type { Database } from "@lila/db";
import { signInGuest } from "../../../../tests/support/auth-session.js";
import { createCatalogService } from "../../src/features/catalog/catalog.service.js";
import { VocabularyPools } from "../../src/features/game/vocabulary-pools.js";
import { MemoryRoomStore } from "../../src/features/lobby/memory-room-store.js";
import type { RoomStore } from "../../src/features/lobby/room-store.js";
import { createLogger } from "../../src/lib/logger.js";
import { attachMatchServer } from "../../src/realtime/match-server.js";
import { startTestServer } from "./test-server.js";
import { TestSocket } from "./ws-client.js";

export interface MatchTestServerOptions {
  roundMs?: number;
  breakMs?: number;
  graceMs?: number;
  rooms?: RoomStore;
  rateLimit?: { burst: number; perSecond: number };
}

/**
 * The real app and the real /ws on a real port (port 0), with real Better Auth
 * guest sessions, short rounds and the in-memory room store (which a test may
 * read to know the right answers).
 */
export async function startMatchTestServer(db: Database, options: MatchTestServerOptions = {}) {
  const env = {
    ROUND_SECONDS: String((options.roundMs ?? 800) / 1000),
    ROUND_BREAK_SECONDS: String((options.breakMs ?? 50) / 1000),
    RECONNECT_GRACE_SECONDS: String((options.graceMs ?? 60_000) / 1000),
  };
  const http = await startTestServer(db, { env });
  const rooms = options.rooms ?? new MemoryRoomStore();
  const matches = attachMatchServer(http.server, {
    config: http.config,
    db,
    logger: createLogger("silent"),
    rooms,
    presenceCheckMs: null,
    pools: new VocabularyPools(db),
    catalog: createCatalogService(db),
    authenticate: http.authentication.authenticateUpgrade,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const wsUrl = `${http.baseUrl.replace(/^http/, "ws")}/ws`;
  const sockets: TestSocket[] = [];

  /** A new guest with an open socket. */
  async function guest(name: string) {
    const session = await signInGuest(http.baseUrl, name);
    const socket = await TestSocket.open(wsUrl, { Cookie: session.cookie });
    sockets.push(socket);
    return { ...session, name, socket };
  }

  /** Another socket for an existing session (a second tab, or a reconnect). */
  async function reconnect(cookie: string) {
    const socket = await TestSocket.open(wsUrl, { Cookie: cookie });
    sockets.push(socket);
    return socket;
  }

  async function post(path: string, cookie: string | null, body: unknown = {}) {
    const response = await fetch(`${http.baseUrl}/api/v1${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { success: boolean; data?: never; code?: string },
    };
  }

  return {
    ...http,
    wsUrl,
    rooms,
    matches,
    guest,
    reconnect,
    post,
    async close() {
      for (const socket of sockets) socket.drop();
      await matches.close();
      await http.close();
    },
  };
}

export type MatchTestServer = Awaited<ReturnType<typeof startMatchTestServer>>;
