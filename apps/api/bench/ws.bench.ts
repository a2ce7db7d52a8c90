/**
 * npm run bench:ws — real-time matches under load.
 *
 * Starts the real API (apps/api/src/server.ts) in its own process on a
 * throw-away database, signs in N guests over HTTP (Better Auth), connects
 * each with a real `ws` socket, groups them in lobbies of 4 and plays 10-round
 * matches with random answer delays (a few bots never answer, so some rounds
 * end at the deadline). Prints sockets held, matches completed, answers lost,
 * the latency from the last answer (or the deadline) to game:answer_result
 * reaching every client of the lobby (p50/p99), and memory per socket (RSS of
 * the server process(es) after connecting, minus before, divided by N).
 *
 *   -- --players N        bots (default 4000, a multiple of 4)
 *   -- --valkey           two API processes sharing Valkey (VALKEY_URL, default redis://127.0.0.1:6379); bots alternate between them
 *   BENCH_DATABASE_URL    PostgreSQL server to use (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_DEBUG=1         also print the slowest rounds (when, and whether all four answered)
 *   BENCH_PROFILE_DIR     write a CPU profile of each API process there (node --cpu-prof)
 */
import { adminQuery, withDatabase } from "../../../tests/support/postgres-admin.js";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import type { Lobby, MatchSettings, WsServerMessage } from "@lila/shared";
import { signInGuest } from "../../../tests/support/auth-session.js";
import { freePort, startApiProcess, type ApiProcess } from "../test/support/api-process.js";
import { TestSocket } from "../test/support/ws-client.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const PLAYERS = Math.floor(option("players", 4000) / 4) * 4;
const USE_VALKEY = args.includes("--valkey");
const ROUNDS = 10;
const ROUND_SECONDS = 3;
const BREAK_SECONDS = 1;
/** Bots answer between these delays after the question arrives; 5% never answer. */
const ANSWER_DELAY_MS = [100, 2_500] as const;
const SILENT_SHARE = 0.05;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const VALKEY_URL = process.env.VALKEY_URL ?? "redis://127.0.0.1:6379";
const settings: MatchSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: ROUNDS,
  speedBonus: true,
};

interface Bot {
  userId: string;
  cookie: string;
  api: ApiProcess;
  socket?: TestSocket;
  lobby?: LobbyRun;
}

interface LobbyRun {
  lobbyId: string;
  code: string;
  bots: Bot[];
  finished: number;
  rounds: Map<string, RoundRun>;
}

interface RoundRun {
  deadline: number;
  answers: Map<string, { option: number; sentAt: number; refused: boolean }>;
  /** What each player's own copy of game:answer_result says they chose. */
  results: Map<string, number | null>;
  resultAt: number[];
}

const stats = {
  answersSent: 0,
  answersLost: 0,
  answersRefusedLate: 0,
  otherErrors: 0,
  latencies: [] as number[],
  slow: [] as Array<{ ms: number; everyone: boolean; spread: number; at: number }>,
  firstErrors: [] as string[],
};

await main();

async function main() {
  const database = `lila_bench_ws_${randomBytes(4).toString("hex")}`;
  const prefix = `lila-bench:${randomBytes(4).toString("hex")}:`;
  await adminQuery(SERVER_URL, `CREATE DATABASE ${database}`);
  const apis: ApiProcess[] = [];
  try {
    const ports = USE_VALKEY ? [await freePort(), await freePort()] : [await freePort()];
    const env = {
      DATABASE_URL: withDatabase(SERVER_URL, database),
      BETTER_AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
      CORS_ORIGIN: ports.map((port) => `http://127.0.0.1:${port}`).join(","),
      ROUND_SECONDS: String(ROUND_SECONDS),
      ROUND_BREAK_SECONDS: String(BREAK_SECONDS),
      AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
      AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "1000000",
      // Every bot connects from loopback: the per-address limits would stop the benchmark, not an attacker.
      SOCKETS_PER_ADDRESS: "1000000",
      LOBBY_JOINS_PER_MINUTE_PER_ADDRESS: "1000000",
      LOG_LEVEL: "warn",
      ...(USE_VALKEY ? { VALKEY_URL, VALKEY_KEY_PREFIX: prefix } : {}),
    };
    const started = Date.now();
    for (const [index, port] of ports.entries()) {
      // "lila is listening" is logged at info level: the helper waits for it.
      const nodeArgs = process.env.BENCH_PROFILE_DIR
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
        : [];
      apis.push(
        await startApiProcess(
          { ...env, PORT: String(port), LOG_LEVEL: "info", ...(index > 0 ? { SEED_ON_START: "false" } : {}) },
          90_000,
          nodeArgs,
        ),
      );
    }
    console.log(
      `${apis.length} API process(es) ${USE_VALKEY ? "sharing Valkey" : "in memory"}, up in ${Date.now() - started} ms`,
    );

    const rssIdle = rssOf(apis);
    const bots = await signIn(apis);
    const rssBefore = rssOf(apis);
    await inBatches(bots, 200, async (bot) => {
      bot.socket = await TestSocket.open(bot.api.wsUrl, { Cookie: bot.cookie });
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const rssAfter = rssOf(apis);
    const bytesPerSocket = (rssAfter - rssBefore) / bots.length;
    console.log(
      `connected ${bots.length} sockets; server RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB`,
    );

    const formed = Date.now();
    const lobbies = await formLobbies(bots);
    console.log(`formed lobbies in ${Date.now() - formed} ms`);
    let rssPeak = rssOf(apis);
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(apis))), 500);
    console.log(`${lobbies.length} lobbies of 4 ready; playing ${ROUNDS}-round matches (${ROUND_SECONDS} s rounds)…`);
    const playStarted = Date.now();
    await play(lobbies);
    const playMs = Date.now() - playStarted;
    clearInterval(sampler);

    // An answer is lost when it was sent, not refused, and the player's result does not show it.
    for (const lobby of lobbies) {
      for (const round of lobby.rounds.values()) {
        for (const [userId, answer] of round.answers) {
          if (!answer.refused && round.results.get(userId) !== answer.option) stats.answersLost++;
        }
      }
    }
    const held = bots.filter((bot) => bot.socket?.ws.readyState === bot.socket?.ws.OPEN).length;
    const completed = lobbies.filter((lobby) => lobby.finished === 4).length;
    const sorted = [...stats.latencies].sort((a, b) => a - b);
    const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    console.log("");
    const peakPerSocket = (rssPeak - rssIdle) / bots.length;
    console.log(
      `| mode | players | sockets held | matches completed | answers sent | answers lost | refused late | p50 ms | p99 ms | max ms | RSS per socket: connect / peak |`,
    );
    console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
    console.log(
      `| ${USE_VALKEY ? "valkey, 2 processes" : "memory, 1 process"} | ${bots.length} | ${held} | ${completed}/${lobbies.length} | ${stats.answersSent} | ${stats.answersLost} | ${stats.answersRefusedLate} | ${quantile(0.5)} | ${quantile(0.99)} | ${sorted.at(-1)} | ${(bytesPerSocket / 1024).toFixed(1)} / ${(peakPerSocket / 1024).toFixed(1)} KiB |`,
    );
    console.log(
      `server RSS: idle ${mib(rssIdle)}, after sign-in ${mib(rssBefore)}, sockets connected ${mib(rssAfter)}, peak while playing ${mib(rssPeak)} MiB`,
    );
    console.log(
      `\nrounds measured: ${sorted.length}; play time ${(playMs / 1000).toFixed(1)} s; other errors: ${stats.otherErrors}`,
    );
    if (process.env.BENCH_DEBUG) {
      const slowest = stats.slow.sort((a, b) => b.ms - a.ms).slice(0, 15);
      for (const each of slowest) console.log(JSON.stringify({ ...each, at: each.at - playStarted }));
    }
    if (stats.firstErrors.length > 0) console.log(`first errors: ${stats.firstErrors.join(" | ")}`);
    for (const bot of bots) bot.socket?.drop();
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    if (USE_VALKEY) await deleteKeys(prefix);
  }
}

async function signIn(apis: ApiProcess[]): Promise<Bot[]> {
  const started = Date.now();
  const bots = Array.from({ length: PLAYERS }, (_, index) => ({ api: apis[index % apis.length]! }) as Bot);
  await inBatches(bots, 64, async (bot) => {
    const session = await signInGuest(bot.api.baseUrl);
    bot.userId = session.userId;
    bot.cookie = session.cookie;
  });
  console.log(`signed in ${bots.length} guests in ${Date.now() - started} ms`);
  return bots;
}

async function formLobbies(bots: Bot[]): Promise<LobbyRun[]> {
  const groups = Array.from({ length: bots.length / 4 }, (_, index) => bots.slice(index * 4, index * 4 + 4));
  const lobbies: LobbyRun[] = [];
  await inBatches(groups, 32, async (group) => {
    const host = group[0]!;
    const response = await fetch(`${host.api.baseUrl}/api/v1/lobbies`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: host.cookie },
      body: JSON.stringify({ settings }),
    });
    if (response.status !== 201) throw new Error(`POST /lobbies answered ${response.status}`);
    const lobby = ((await response.json()) as { data: Lobby }).data;
    const run: LobbyRun = { lobbyId: lobby.lobbyId, code: lobby.code, bots: group, finished: 0, rounds: new Map() };
    for (const bot of group) {
      bot.lobby = run;
      bot.socket!.send({ type: "lobby:join", code: lobby.code });
    }
    try {
      for (const bot of group)
        await bot.socket!.seen("lobby:state", (m) => m.lobby.players.filter((p) => p.connected).length === 4, 30_000);
    } catch (error) {
      for (const bot of group) {
        const states = bot.socket!.received.map((m) =>
          m.type === "lobby:state"
            ? m.lobby.players.map((p) => `${p.userId.slice(0, 4)}:${p.connected}`).join(",")
            : JSON.stringify(m),
        );
        console.error(bot.api.port, bot.userId.slice(0, 4), states);
      }
      throw error;
    }
    lobbies.push(run);
  });
  return lobbies;
}

async function play(lobbies: LobbyRun[]): Promise<void> {
  const done = lobbies.map(
    (lobby) =>
      new Promise<void>((resolve) => {
        for (const bot of lobby.bots) {
          // The bench reacts to messages as they come and keeps only counters (not every message, as tests do).
          bot.socket!.ws.removeAllListeners("message");
          bot.socket!.ws.on("message", (data) => {
            try {
              react(bot, lobby, JSON.parse((data as Buffer).toString("utf8")) as WsServerMessage, resolve);
            } catch (error) {
              stats.otherErrors++;
              if (stats.firstErrors.length < 5) stats.firstErrors.push(String(error));
            }
          });
        }
      }),
  );
  // Matches start over 3 s, as real lobbies do not start in the same millisecond.
  for (const lobby of lobbies) {
    setTimeout(
      () => lobby.bots[0]!.socket!.send({ type: "lobby:start", lobbyId: lobby.lobbyId }),
      Math.random() * 3_000,
    );
  }
  const timeout = new Promise<void>((resolve) =>
    setTimeout(resolve, ROUNDS * (ROUND_SECONDS + BREAK_SECONDS) * 1000 + 60_000),
  );
  await Promise.race([Promise.all(done), timeout]);
}

function react(bot: Bot, lobby: LobbyRun, message: WsServerMessage, finished: () => void): void {
  const now = Date.now();
  switch (message.type) {
    case "game:question": {
      const questionId = message.question.questionId;
      if (!lobby.rounds.has(questionId))
        lobby.rounds.set(questionId, {
          deadline: message.deadline,
          answers: new Map(),
          results: new Map(),
          resultAt: [],
        });
      if (Math.random() < SILENT_SHARE) return;
      const delay = ANSWER_DELAY_MS[0] + Math.random() * (ANSWER_DELAY_MS[1] - ANSWER_DELAY_MS[0]);
      setTimeout(() => {
        const option = Math.floor(Math.random() * 4);
        lobby.rounds.get(questionId)!.answers.set(bot.userId, { option, sentAt: Date.now(), refused: false });
        stats.answersSent++;
        bot.socket!.send({ type: "game:answer", lobbyId: lobby.lobbyId, questionId, selectedOptionId: option });
      }, delay);
      return;
    }
    case "game:answer_result": {
      const round = lobby.rounds.get(message.questionId);
      if (!round) return;
      round.resultAt.push(now);
      round.results.set(bot.userId, message.results.find((r) => r.userId === bot.userId)?.selectedOptionId ?? null);
      if (round.resultAt.length === lobby.bots.length) {
        const everyone = round.answers.size === lobby.bots.length;
        const trigger = everyone
          ? Math.max(...[...round.answers.values()].map((answer) => answer.sentAt))
          : round.deadline;
        stats.latencies.push(Math.max(...round.resultAt) - trigger);
        if (process.env.BENCH_DEBUG)
          stats.slow.push({
            ms: Math.max(...round.resultAt) - trigger,
            everyone,
            spread: Math.max(...round.resultAt) - Math.min(...round.resultAt),
            at: now,
          });
      }
      return;
    }
    case "game:finished":
      lobby.finished++;
      if (lobby.finished === lobby.bots.length) finished();
      return;
    case "error": {
      // A late answer is refused and the player is told: refused, not lost.
      if (/Too late|No match is running|not the current one/.test(message.message)) {
        stats.answersRefusedLate++;
        const late = [...lobby.rounds.values()].filter(
          (round) => round.answers.get(bot.userId)?.refused === false && now > round.deadline,
        );
        const mine = late.at(-1)?.answers.get(bot.userId);
        if (mine) mine.refused = true;
        return;
      }
      stats.otherErrors++;
      if (stats.firstErrors.length < 5) stats.firstErrors.push(`${message.code}: ${message.message}`);
      return;
    }
    default:
      return;
  }
}

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

function rssOf(apis: ApiProcess[]): number {
  let total = 0;
  for (const api of apis) {
    const status = readFileSync(`/proc/${api.child.pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function deleteKeys(prefix: string) {
  const client = new Redis(VALKEY_URL);
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) await client.del(...keys);
  } while (cursor !== "0");
  client.disconnect();
}
