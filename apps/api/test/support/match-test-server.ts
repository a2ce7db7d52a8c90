import type { Database } from "@lila/db";
import { signInGuest } from "../../../../tests/support/auth-session.js";
import type { SocketLimits } from "../../src/realtime/realtime-server.js";
import { attachMatchServer } from "../../src/realtime/match-server.js";
import { ManualClock } from "./manual-clock.js";
import { startTestServer } from "./test-server.js";
import { TestSocket } from "./ws-client.js";

export interface MatchTestServerOptions {
  roundMs?: number;
  breakMs?: number;
  graceMs?: number;
  socketLimits?: Partial<SocketLimits>;
  /** More environment variables (limits under test). */
  env?: Record<string, string>;
}

/**
 * The real app and the real /ws on a real port (port 0), with real Better Auth
 * guest sessions and the in-memory room store (which a test may read to know
 * the right answers). Time is a ManualClock: deadlines, pauses and grace
 * periods pass when the test calls `clock.advance`, never by themselves.
 */
export async function startMatchTestServer(db: Database, options: MatchTestServerOptions = {}) {
  const env = {
    ROUND_SECONDS: String((options.roundMs ?? 3_000) / 1000),
    ROUND_BREAK_SECONDS: String((options.breakMs ?? 0) / 1000),
    RECONNECT_GRACE_SECONDS: String((options.graceMs ?? 60_000) / 1000),
    ...options.env,
  };
  const clock = new ManualClock();
  const http = await startTestServer(db, {
    env,
    clock,
    replace: (services) => ({ socketLimits: { ...services.socketLimits, ...options.socketLimits } }),
  });
  const matches = attachMatchServer(http.server, http.services);
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
    clock,
    rooms: http.services.state.rooms,
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
