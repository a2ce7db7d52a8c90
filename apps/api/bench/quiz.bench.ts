/**
 * npm run bench:quiz — singleplayer game start, ours against the naive strategy.
 *
 * Loads the vocabulary (plus synthetic rows up to MIN_TRANSLATIONS) into a
 * throw-away database on a real PostgreSQL, then for each strategy starts the
 * API in its own process and drives POST /api/v1/game/start (10 rounds) with
 * autocannon at 64 connections. Prints requests/s, p50 and p99 and the ratio.
 *
 *   BENCH_DATABASE_URL  server to use (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SECONDS       measured seconds per strategy (default 30: the naive strategy needs many seconds per game)
 */
import { adminQuery, withDatabase } from "../../../tests/support/postgres-admin.js";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { countWordsPerCell, openDatabase, runMigrations, seedVocabulary, type DatabaseHandle } from "@lila/db";
import { PARTS_OF_SPEECH, DIFFICULTIES, type GameSettings } from "@lila/shared";
import { writeVocabularyFixture, type FixtureTerm } from "../../../packages/db/test/support/vocabulary-fixture.js";
import { composeServices } from "../src/composition.js";
import { parseConfig } from "../src/config/env.js";
import { createGameService, type BuiltQuestion } from "../src/features/game/index.js";
import { createApp } from "../src/http/app.js";
import { systemClock } from "../src/lib/clock.js";
import { createLogger } from "../src/lib/logger.js";

const MIN_TRANSLATIONS = 20_000;
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
type Strategy = "ours" | "naive";

if (process.argv[2] === "--serve") await serve(process.argv[3] as Strategy, process.argv[4]!);
else await main();

async function main() {
  const database = `lila_bench_${process.pid}`;
  await adminQuery(SERVER_URL, `CREATE DATABASE ${database}`);
  const url = withDatabase(SERVER_URL, database);
  try {
    const handle = await openDatabase({ databaseUrl: url });
    await runMigrations(handle);
    const seeded = Date.now();
    await seedVocabulary(handle);
    const shipped = await countTranslations(handle);
    if (shipped < MIN_TRANSLATIONS) await seedVocabulary(handle, syntheticVocabulary(MIN_TRANSLATIONS - shipped));
    const translations = await countTranslations(handle);
    console.log(`vocabulary: ${translations} translations (${shipped} shipped) loaded in ${Date.now() - seeded} ms`);
    const cells = await countWordsPerCell(handle.db);
    const biggest = cells.filter((cell) => cell.words >= 10).sort((a, b) => b.words - a.words)[0]!;
    await handle.close();
    const { words, ...cell } = biggest;
    const settings: GameSettings = { ...cell, rounds: 10 };
    console.log(`game: ${JSON.stringify(settings)} (${words} candidate words)`);
    console.log(`load: ${CONNECTIONS} connections, ${SECONDS} s per strategy after a 3 s warm-up at 4 connections\n`);

    const results = [];
    for (const strategy of ["ours", "naive"] as const) results.push(await measure(strategy, url, settings));
    console.log("| strategy | requests/s | p50 ms | p99 ms | non-2xx |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    for (const r of results) console.log(`| ${r.strategy} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`);
    console.log(`\nthroughput ratio ours/naive: ${(results[0]!.rps / results[1]!.rps).toFixed(1)}×`);
  } finally {
    await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function measure(strategy: Strategy, databaseUrl: string, settings: GameSettings) {
  const child = spawn(
    process.execPath,
    ["--conditions=@lila/source", "--import", "tsx", fileURLToPath(import.meta.url), "--serve", strategy, databaseUrl],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  const port = Number(/listening (\d+)/.exec(line.toString())?.[1]);
  const options = {
    url: `http://127.0.0.1:${port}/api/v1/game/start`,
    connections: CONNECTIONS,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(settings),
    // The naive strategy can take many seconds per request under load; count it, do not drop it.
    timeout: 120,
  };
  // Warm caches and pools with a light load, so the measured run starts with no backlog.
  await autocannon({ ...options, connections: 4, duration: 3 });
  // Let requests still queued from the warm-up drain before measuring.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const result = await autocannon({ ...options, duration: SECONDS });
  console.log(
    `${strategy}: ${result.requests.total} requests completed, ${result.timeouts} timed out, ${result.errors} errors`,
  );
  child.kill("SIGTERM");
  await once(child, "exit");
  return {
    strategy,
    rps: result.requests.total / SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * The API in this process, built like the server's, with quiet logs and no rate
 * limit in the way; the naive strategy replaces the game service with one that
 * draws its questions by query.
 */
async function serve(strategy: Strategy, databaseUrl: string) {
  const config = parseConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    GAME_RATE_LIMIT_PER_MINUTE: "100000000",
    BETTER_AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  });
  const handle = await openDatabase({ databaseUrl, poolSize: 10 });
  const logger = createLogger("warn");
  const services = await composeServices({ config, db: handle.db, logger, clock: systemClock, random: Math.random });
  const games =
    strategy === "naive"
      ? createGameService({
          drawQuestions: (settings) => drawNaively(handle, settings),
          store: services.state.games,
          history: services.history,
        })
      : services.games;
  const app = createApp({ ...services, games });
  const server = app.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
  });
  process.on("SIGTERM", () => server.close(() => void handle.close().then(() => process.exit(0))));
}

/** The strategy we did not take: per question, one random pick and one random distractor query. */
async function drawNaively(handle: DatabaseHandle, settings: GameSettings): Promise<BuiltQuestion[]> {
  const questions: BuiltQuestion[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const [row] = await handle.query<{ termId: string; prompt: string; answer: string; gloss: string | null }>(
      `SELECT terms.id AS "termId", s.text AS prompt, t.text AS answer, s.hint AS gloss
       FROM terms JOIN translations s ON s.term_id = terms.id AND s.language_code = $1 AND s.position = 0
       JOIN translations t ON t.term_id = terms.id AND t.language_code = $2 AND t.position = 0
       WHERE terms.pos = $3 AND t.difficulty = $4 ORDER BY random() LIMIT 1`,
      [settings.source_language, settings.target_language, settings.pos, settings.difficulty],
    );
    const distractors = await handle.query<{ text: string }>(
      `SELECT text FROM (SELECT DISTINCT t.text FROM translations t JOIN terms ON terms.id = t.term_id
         WHERE t.language_code = $1 AND terms.pos = $2 AND t.difficulty = $3 AND lower(t.text) <> lower($4)) d
       ORDER BY random() LIMIT 3`,
      [settings.target_language, settings.pos, settings.difficulty, row!.answer],
    );
    const texts = [row!.answer, ...distractors.map((d) => d.text)].sort(() => Math.random() - 0.5);
    questions.push({
      questionId: crypto.randomUUID(),
      termId: row!.termId,
      prompt: row!.prompt,
      gloss: row!.gloss,
      options: texts.map((text, optionId) => ({ optionId, text })),
      correctOptionId: texts.indexOf(row!.answer),
    });
  }
  return questions;
}

/** Pseudo-words in five languages, spread over every part of speech and difficulty. */
function syntheticVocabulary(translations: number) {
  const languages = ["en", "it", "de", "es", "fr"];
  const terms: FixtureTerm[] = [];
  for (let index = 0; terms.length * languages.length < translations; index++) {
    const pos = PARTS_OF_SPEECH[index % PARTS_OF_SPEECH.length]!;
    const difficulty = DIFFICULTIES[Math.floor(index / 4) % DIFFICULTIES.length]!;
    const words = Object.fromEntries(
      languages.map((language) => [
        language,
        {
          text: `${language}${index.toString(36)}`,
          difficulty,
          ...(pos === "noun" && language !== "en" ? { gender: (["m", "f"] as const)[index % 2] } : {}),
        },
      ]),
    );
    terms.push({ key: `synthetic-${index}`, pos, words });
  }
  return writeVocabularyFixture({ source: "bench-synthetic", languages: [], terms });
}

async function countTranslations(handle: DatabaseHandle): Promise<number> {
  const [row] = await handle.query<{ n: number }>("SELECT count(*)::int AS n FROM translations");
  return row!.n;
}
