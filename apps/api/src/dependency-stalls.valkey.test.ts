import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInGuest } from "../../../tests/support/auth-session.js";
import { adminQuery, withDatabase } from "../../../tests/support/postgres-admin.js";
import { startApiProcess, type ApiProcess } from "../test/support/api-process.js";
import { StallProxy } from "../test/support/stall-proxy.js";
import {
  connectTestValkey,
  deleteKeys,
  postgresTestUrl,
  requirePostgres,
  requireValkey,
  uniqueKeyPrefix,
  valkeyTestUrl,
} from "../test/support/valkey.js";

/*
 * PostgreSQL or Valkey stops answering (a frozen host, a broken path: the TCP
 * connections stay open, nothing comes back). The real API process, talking to
 * both through a proxy on loopback that the test stalls, must answer 503 in
 * the usual envelope within its timeouts instead of hanging for the stall, and
 * recover when the stall ends. A database that is stalled at start makes the
 * process say so and exit, instead of hanging silently.
 */
const available = (await requireValkey()) && (await requirePostgres());
const database = `lila_stall_${randomBytes(5).toString("hex")}`;
const prefix = uniqueKeyPrefix();
/** Far longer than any timeout under test, far shorter than a stall without one (unbounded). */
const BOUND_MS = 15_000;

const timeouts = {
  DATABASE_CONNECT_TIMEOUT_MS: "1000",
  DATABASE_STATEMENT_TIMEOUT_MS: "1500",
  DATABASE_QUERY_TIMEOUT_MS: "2000",
  VALKEY_CONNECT_TIMEOUT_MS: "1000",
  VALKEY_COMMAND_TIMEOUT_MS: "1000",
};

let postgresProxy: StallProxy;
let valkeyProxy: StallProxy;
let api: ApiProcess;
let cookie: string;

beforeAll(async () => {
  if (!available) return;
  await adminQuery(postgresTestUrl, `CREATE DATABASE ${database}`);
  postgresProxy = await StallProxy.start(Number(new URL(postgresTestUrl).port || 5432));
  valkeyProxy = await StallProxy.start(Number(new URL(valkeyTestUrl).port || 6379));
  api = await startApiProcess({
    DATABASE_URL: postgresProxy.url(withDatabase(postgresTestUrl, database)),
    VALKEY_URL: valkeyProxy.url(valkeyTestUrl),
    VALKEY_KEY_PREFIX: prefix,
    BETTER_AUTH_SECRET: "stall-test-secret-0123456789abcdef0123456789",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    ...timeouts,
  });
  cookie = (await signInGuest(api.baseUrl, "Stalled")).cookie;
}, 180_000);

afterAll(async () => {
  if (!available) return;
  postgresProxy?.resume();
  valkeyProxy?.resume();
  await api?.stop();
  await Promise.all([postgresProxy?.close(), valkeyProxy?.close()]);
  const valkey = connectTestValkey();
  await deleteKeys(valkey, prefix);
  valkey.disconnect();
  await adminQuery(postgresTestUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

async function post(path: string, body: unknown) {
  const response = await fetch(`${api.baseUrl}/api/v1${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(BOUND_MS),
  });
  return { status: response.status, body: (await response.json()) as { success: boolean; code?: string } };
}

const startGame = () =>
  post("/game/start", { source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", rounds: 3 });

describe.skipIf(!available)("a stalled PostgreSQL", () => {
  it("makes database routes answer 503 unavailable, and they recover when it answers again", async () => {
    expect((await post("/lobbies", {})).status).toBe(201);
    postgresProxy.stall();
    try {
      // Several at once: the pool's queue is bounded in time too.
      const stalled = await Promise.all([post("/lobbies", {}), post("/lobbies", {}), post("/lobbies", {})]);
      for (const response of stalled) {
        expect(response).toEqual({
          status: 503,
          body: expect.objectContaining({ success: false, code: "unavailable" }),
        });
      }
    } finally {
      postgresProxy.resume();
    }
    await expect.poll(async () => (await post("/lobbies", {})).status, { timeout: BOUND_MS, interval: 250 }).toBe(201);
  });
});

describe.skipIf(!available)("a stalled Valkey", () => {
  it("makes game routes answer 503 unavailable, and they recover when it answers again", async () => {
    expect((await startGame()).status).toBe(201);
    valkeyProxy.stall();
    try {
      const stalled = await startGame();
      expect(stalled).toEqual({ status: 503, body: expect.objectContaining({ success: false, code: "unavailable" }) });
    } finally {
      valkeyProxy.resume();
    }
    await expect.poll(async () => (await startGame()).status, { timeout: BOUND_MS, interval: 250 }).toBe(201);
  });
});

describe.skipIf(!available)("a PostgreSQL stalled at start", () => {
  it("makes the process log that it waits, then exit with a clear message", async () => {
    const frozen = await StallProxy.start(Number(new URL(postgresTestUrl).port || 5432));
    frozen.stall();
    try {
      const failure = await startApiProcess(
        {
          DATABASE_URL: frozen.url(withDatabase(postgresTestUrl, database)),
          SEED_ON_START: "false",
          DATABASE_STARTUP_TIMEOUT_MS: "3000",
          ...timeouts,
        },
        BOUND_MS,
      ).then(
        async (started) => {
          await started.stop();
          throw new Error("the API started on a stalled database");
        },
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/exited before listening/);
      expect(failure).toMatch(/waiting for PostgreSQL/);
      expect(failure).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+ did not answer within 3 s/);
    } finally {
      await frozen.close();
    }
  });
});
