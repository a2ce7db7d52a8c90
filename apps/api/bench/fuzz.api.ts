/**
 * npm run fuzz:api — bad input against the real API process, on loopback only.
 *
 * Starts the API (apps/api/src/server.ts, PGlite in a temporary folder unless
 * FUZZ_DATABASE_URL names a PostgreSQL database), then sends FUZZ_COUNT
 * (default 10,000) bad inputs: HTTP requests to every route whose bodies and
 * paths are generated from the shared schemas and then broken (wrong types,
 * missing and unknown fields, huge strings, control and text-direction
 * characters, lone surrogates, invalid UTF-8, truncated or non-JSON bodies,
 * bad %-encodings), and socket messages built the same way from
 * WsClientMessage (plus binary frames, oversized frames, non-objects).
 * Counts answers by status, responses >= 500, dropped connections (an HTTP
 * request without an answer, a socket closed without a close frame) and
 * whether the process survived. Exits 1 if any response was >= 500, any
 * connection dropped, or the process died. Seeded: FUZZ_SEED repeats a run.
 */
import { randomUUID } from "node:crypto";
import { request as httpRequest, Agent } from "node:http";
import { WebSocket } from "ws";
import { z } from "zod";
import {
  AnswerBody,
  CreateLobbyBody,
  GuestSignInNames,
  JoinLobbyBody,
  SignUpNames,
  StartGameBody,
  UpdateUserNames,
  WsClientMessage,
} from "@lila/shared";
import { signInGuest } from "../../../tests/support/auth-session.js";
import { startApiProcess } from "../test/support/api-process.js";

const TOTAL = Number(process.env.FUZZ_COUNT ?? 10_000);
const SOCKET_SHARE = 0.3;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const CONCURRENCY = 8;
const SOCKETS = 16;
/** Under the server's per-socket limit (a burst of 20, then 10 a second): the handlers are under test, not the limiter. */
const MESSAGES_PER_SECOND_PER_SOCKET = 8;

/** mulberry32: a small seeded generator, so that a run can be repeated. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seeded(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ------------------------------------------------------------ values from schemas

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

/** A value that fits the schema (as far as a JSON schema tells). */
function sample(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(schema.enum);
  if (schema.anyOf ?? schema.oneOf) return sample(pick((schema.anyOf ?? schema.oneOf)!));
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => sample(part) as object));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value)]));
    case "array":
      return schema.items ? [sample(schema.items)] : [];
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 3, 1));
    case "boolean":
      return true;
    case "string":
      return schema.format === "uuid" ? randomUUID() : "ABC123";
    default:
      return null;
  }
}

const HOSTILE_STRINGS = [
  "\u0000",
  "Ada\u0000",
  "\u0007\u001b[31m",
  "\u202Egnp.exe",
  "\u2066x\u2069",
  "\ud800",
  "\udfff\ud800",
  "%ff%fe",
  "x".repeat(10_000),
  "𝓁𝒾𝓁𝒶".repeat(500),
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "",
  " ",
];
const WRONG_TYPES: unknown[] = [null, true, 0, -1, 1e308, 3.5, [], [1, 2], {}, { nested: { deeper: [] } }, "3"];

/** A value of the wrong kind for any field. */
function hostileValue(): unknown {
  return random() < 0.5 ? pick(HOSTILE_STRINGS) : pick(WRONG_TYPES);
}

/** A valid body, then broken in one or a few ways. */
function brokenBody(schema: JsonSchema): unknown {
  const body = sample(schema);
  if (typeof body !== "object" || body === null || Array.isArray(body)) return hostileValue();
  const record = body as Record<string, unknown>;
  const keys = Object.keys(record);
  const breaks = 1 + Math.floor(random() * 3);
  for (let index = 0; index < breaks; index++) {
    const key = keys.length > 0 ? pick(keys) : "field";
    switch (Math.floor(random() * 5)) {
      case 0:
        delete record[key];
        break;
      case 1:
        record[`unknown_${index}`] = hostileValue();
        break;
      case 2:
        // An own "__proto__" key (assigning it would set the prototype instead), as JSON.parse makes one.
        Object.defineProperty(record, "__proto__", {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        });
        Object.defineProperty(record, "constructor", {
          value: { prototype: { polluted: true } },
          enumerable: true,
          configurable: true,
          writable: true,
        });
        break;
      default:
        record[key] = hostileValue();
    }
  }
  return pick([record, record, record, [record], hostileValue()]);
}

// ------------------------------------------------------------ HTTP

interface Route {
  method: string;
  path: () => string;
  body?: JsonSchema;
  auth: boolean;
}

/** %-encodes, or for a lone surrogate (which cannot be encoded) sends its raw, invalid UTF-8 bytes. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

const code = () =>
  pick(["ABC123", "%ff", "%", "%00", "a".repeat(300), "ZZZZZZ", "\u00e9\u00e9", "..%2f..%2f", "0O1IL0"]);
const ROUTES: Route[] = [
  { method: "POST", path: () => "/api/v1/game/start", body: jsonSchemaOf(StartGameBody), auth: false },
  { method: "POST", path: () => "/api/v1/game/answer", body: jsonSchemaOf(AnswerBody), auth: false },
  { method: "POST", path: () => "/api/v1/lobbies", body: jsonSchemaOf(CreateLobbyBody), auth: true },
  {
    method: "POST",
    path: () => `/api/v1/lobbies/${encodeURI(code()).replace(/%25/g, "%")}/join`,
    body: jsonSchemaOf(JoinLobbyBody),
    auth: true,
  },
  { method: "POST", path: () => "/api/auth/sign-in/anonymous", body: jsonSchemaOf(GuestSignInNames), auth: false },
  { method: "POST", path: () => "/api/auth/sign-up/email", body: jsonSchemaOf(SignUpNames), auth: false },
  { method: "POST", path: () => "/api/auth/update-user", body: jsonSchemaOf(UpdateUserNames), auth: true },
  { method: "POST", path: () => "/api/auth/sign-in/email", body: jsonSchemaOf(SignUpNames), auth: false },
  {
    method: "GET",
    path: () => `/api/v1/me/games?limit=${encodeLoosely(String(hostileValue()))}&limit=2`,
    auth: true,
  },
  { method: "GET", path: () => `/api/v1/catalog?x=${pick(["%ff", "%", "a[b]=c", "__proto__[x]=1"])}`, auth: false },
  { method: "GET", path: () => pick(["/api/v1/%ff", "/api/%", "/api/auth/%c0%af", "/api/v1/nope"]), auth: false },
  { method: "DELETE", path: () => "/api/v1/lobbies", auth: true },
  { method: "PUT", path: () => "/api/auth/no-such-route", auth: false },
];

const INVALID_UTF8 = Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]);

/** The bytes and content type of a broken body. */
function encodedBody(schema: JsonSchema | undefined): { bytes: Buffer; type: string } {
  const json = () => Buffer.from(JSON.stringify(brokenBody(schema ?? {})) ?? "null");
  switch (Math.floor(random() * 10)) {
    case 0:
      return { bytes: INVALID_UTF8, type: "application/json" };
    case 1:
      return { bytes: json().subarray(0, Math.max(1, Math.floor(random() * 20))), type: "application/json" };
    case 2:
      return { bytes: Buffer.from("a=1&b=2"), type: pick(["application/x-www-form-urlencoded", "text/plain"]) };
    case 3:
      return { bytes: json(), type: pick(["application/json; charset=utf-16", "application/json; charset=latin1"]) };
    case 4:
      return { bytes: Buffer.from("[".repeat(5_000) + "]".repeat(5_000)), type: "application/json" };
    case 5:
      return { bytes: Buffer.alloc(40_000, "a"), type: "application/json" };
    default:
      return { bytes: json(), type: "application/json" };
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

interface Outcome {
  request: string;
  status?: number;
  dropped?: string;
}

function send(baseUrl: URL, route: Route, cookie: string): Promise<Outcome> {
  const body = route.method === "GET" ? undefined : encodedBody(route.body);
  const path = route.path();
  const request = `${route.method} ${path.slice(0, 120)}`;
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: baseUrl.hostname,
        port: baseUrl.port,
        method: route.method,
        path,
        agent,
        headers: {
          ...(route.auth && random() < 0.8 ? { Cookie: cookie } : {}),
          ...(body ? { "Content-Type": body.type, "Content-Length": body.bytes.length } : {}),
          ...(random() < 0.1 ? { Origin: pick(["null", "https://evil.example", baseUrl.origin]) } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ request, status: res.statusCode }));
        res.on("error", (error) => resolve({ request, dropped: error.message }));
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error("no answer within 15 s")));
    req.on("error", (error) => resolve({ request, dropped: error.message }));
    req.end(body?.bytes);
  });
}

// ------------------------------------------------------------ sockets

const messageSchemas = WsClientMessage.options.map((option) => jsonSchemaOf(option));

function brokenMessage(): string | Buffer {
  switch (Math.floor(random() * 12)) {
    case 0:
      return Buffer.from([0, 1, 2, 3]);
    case 1:
      return INVALID_UTF8.toString("latin1");
    case 2:
      return JSON.stringify(hostileValue());
    case 3:
      return "{not json";
    case 4:
      return JSON.stringify({ type: pick(["lobby:nope", "", "__proto__", "x".repeat(1_000)]) });
    case 5:
      return "x".repeat(5_000);
    default: {
      const message = brokenBody(pick(messageSchemas)) as Record<string, unknown>;
      // Most keep a real type, so that the message reaches its handler's checks.
      if (typeof message === "object" && message && !Array.isArray(message) && random() < 0.8) {
        message.type = (sample(pick(messageSchemas)) as { type: string }).type;
      }
      return JSON.stringify(message);
    }
  }
}

interface SocketTally {
  sent: number;
  errors: number;
  closes: Record<string, number>;
  dropped: number;
}

async function fuzzSockets(wsUrl: string, cookies: string[], count: number): Promise<SocketTally> {
  const tally: SocketTally = { sent: 0, errors: 0, closes: {}, dropped: 0 };
  let remaining = count;
  const open = (cookie: string) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(wsUrl, { headers: { Cookie: cookie } });
      ws.once("open", () => resolve(ws));
      ws.once("error", reject);
    });
  const worker = async (index: number) => {
    const cookie = cookies[index % cookies.length]!;
    while (remaining > 0) {
      const ws = await open(cookie);
      ws.on("message", (data: Buffer) => {
        if (data.toString("utf8").includes('"type":"error"')) tally.errors += 1;
      });
      const closed = new Promise<void>((resolve) =>
        ws.on("close", (closeCode) => {
          // 1006: the connection ended without a close frame (a crash or a reset), the one kind of drop here.
          if (closeCode === 1006) tally.dropped += 1;
          tally.closes[closeCode] = (tally.closes[closeCode] ?? 0) + 1;
          resolve();
        }),
      );
      while (remaining > 0 && ws.readyState === WebSocket.OPEN) {
        remaining -= 1;
        tally.sent += 1;
        ws.send(brokenMessage());
        await new Promise((resolve) => setTimeout(resolve, 1_000 / MESSAGES_PER_SECOND_PER_SOCKET));
      }
      if (ws.readyState === WebSocket.OPEN) ws.close(1000);
      await closed;
    }
  };
  await Promise.all(Array.from({ length: SOCKETS }, (_, index) => worker(index)));
  return tally;
}

// ------------------------------------------------------------ run

const api = await startApiProcess(
  {
    ...(process.env.FUZZ_DATABASE_URL ? { DATABASE_URL: process.env.FUZZ_DATABASE_URL } : {}),
    // "info": the helper waits for the "listening" line; the log stays in memory (api.output()).
    LOG_LEVEL: "info",
    BETTER_AUTH_SECRET: "fuzz-secret-0123456789abcdef0123456789abcdef",
    // The limiters answer 429 long before 10,000 requests: raised, so that the handlers behind them are fuzzed.
    GAME_RATE_LIMIT_PER_MINUTE: "1000000",
    AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
    AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "1000000",
    LOBBY_JOINS_PER_MINUTE_PER_USER: "1000000",
    LOBBY_JOINS_PER_MINUTE_PER_ADDRESS: "1000000",
  },
  180_000,
);
const started = Date.now();
try {
  const baseUrl = new URL(api.baseUrl);
  const guests = await Promise.all(
    ["Fuzz A", "Fuzz B", "Fuzz C", "Fuzz D"].map((name) => signInGuest(api.baseUrl, name)),
  );
  const cookies = guests.map((guest) => guest.cookie);
  const socketCount = Math.round(TOTAL * SOCKET_SHARE);
  const httpCount = TOTAL - socketCount;

  const statuses: Record<string, number> = {};
  const serverErrors: string[] = [];
  const dropped: string[] = [];
  let next = 0;
  const httpWorker = async () => {
    while (next < httpCount) {
      next += 1;
      const route = pick(ROUTES);
      const outcome = await send(baseUrl, route, pick(cookies));
      if (outcome.dropped) dropped.push(`${outcome.request}: ${outcome.dropped}`);
      const status = String(outcome.status ?? "none");
      statuses[status] = (statuses[status] ?? 0) + 1;
      if ((outcome.status ?? 0) >= 500) serverErrors.push(`${outcome.request} → ${outcome.status}`);
    }
  };
  const [sockets] = await Promise.all([
    fuzzSockets(api.wsUrl, cookies, socketCount),
    Promise.all(Array.from({ length: CONCURRENCY }, httpWorker)),
  ]);
  const health = await fetch(`${api.baseUrl}/api/v1/health`).then(
    (response) => response.status,
    () => 0,
  );
  const alive = api.child.exitCode === null && health === 200;
  const report = {
    seed: SEED,
    seconds: Math.round((Date.now() - started) / 1000),
    http: { requests: httpCount, statuses, responses500: serverErrors.length, dropped: dropped.length },
    sockets: {
      messages: sockets.sent,
      errorReplies: sockets.errors,
      closesByCode: sockets.closes,
      dropped: sockets.dropped,
    },
    processAlive: alive,
  };
  console.log(JSON.stringify(report, null, 2));
  for (const line of [...serverErrors, ...dropped].slice(0, 20)) console.log(`  ${line}`);
  const failed = serverErrors.length > 0 || dropped.length > 0 || sockets.dropped > 0 || !alive;
  console.log(
    `${TOTAL} bad inputs: ${serverErrors.length} responses >= 500, ${dropped.length + sockets.dropped} dropped connections, process ${alive ? "alive" : "DEAD"}`,
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  agent.destroy();
  await api.stop();
}
