import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  displayWord,
  type CatalogResponse,
  type GameSessionResponse,
  type Gender,
  type PartOfSpeech,
} from "@lila/shared";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { comparableWord } from "./word-comparison.js";

const GAMES_PER_CELL = 2;

let database: TestDatabase;
let server: Server;
/** "src|tgt|pos|prompt" → every valid answer, read straight from the database. */
const validAnswers = new Map<string, Set<string>>();

beforeAll(async () => {
  database = await openTestDatabase();
  // One listening server for thousands of requests (supertest would start one per request).
  server = createServer((await createTestApp(database.db, { random: seededRandom(15) })).app).listen(0);
  type Pair = {
    src: string;
    tgt: string;
    pos: PartOfSpeech;
    prompt: string;
    prompt_gender: Gender | null;
    prompt_plural: boolean;
    answer: string;
    answer_gender: Gender | null;
    answer_plural: boolean;
  };
  // Every accepted word of every live term, in every sense: any of them is a right answer.
  const pairs = await database.query<Pair>(
    `SELECT s.language_code AS src, t.language_code AS tgt, terms.pos, s.text AS prompt, s.gender AS prompt_gender,
            s.plural AS prompt_plural, t.text AS answer, t.gender AS answer_gender, t.plural AS answer_plural
     FROM terms JOIN translations s ON s.term_id = terms.id
     JOIN translations t ON t.term_id = terms.id AND t.language_code <> s.language_code
     WHERE terms.retired_at IS NULL`,
  );
  // Prompts and options are shown as learners meet them ("der Hund", "to say"), so compare those forms.
  for (const pair of pairs) {
    const shown = (language: string, text: string, gender: Gender | null, plural: boolean) =>
      comparableWord(displayWord(language, { text, pos: pair.pos, gender, plural }));
    const key = `${pair.src}|${pair.tgt}|${pair.pos}|${shown(pair.src, pair.prompt, pair.prompt_gender, pair.prompt_plural)}`;
    const answers = validAnswers.get(key) ?? new Set();
    answers.add(shown(pair.tgt, pair.answer, pair.answer_gender, pair.answer_plural));
    validAnswers.set(key, answers);
  }
});
/** fetch keeps connections alive, which matters over thousands of requests. */
async function call(method: "GET" | "POST", path: string, body?: object) {
  const address = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${address.port}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as { data: never } };
}

afterAll(async () => {
  server.close();
  await database.destroy();
});

it("keeps the option rules in every game of every playable cell of the data", async () => {
  const catalog = (await call("GET", "/api/v1/catalog")).body.data as CatalogResponse;
  expect(catalog.cells.length).toBeGreaterThan(0);
  let questionsChecked = 0;
  for (const { words, ...cell } of catalog.cells) {
    const rounds = words >= 10 ? 10 : 3;
    for (let game = 0; game < GAMES_PER_CELL; game++) {
      const started = await call("POST", "/api/v1/game/start", { ...cell, rounds });
      expect(started.status, `${JSON.stringify(cell)}: ${JSON.stringify(started.body)}`).toBe(201);
      const { sessionId, questions } = started.body.data as GameSessionResponse;
      expect(questions).toHaveLength(rounds);
      for (const question of questions) {
        const answered = await call("POST", "/api/v1/game/answer", {
          sessionId,
          questionId: question.questionId,
          selectedOptionId: 0,
        });
        const answer = question.options[(answered.body.data as { correctOptionId: number }).correctOptionId]!.text;
        const valid = validAnswers.get(
          `${cell.source_language}|${cell.target_language}|${cell.pos}|${comparableWord(question.prompt)}`,
        );
        const where = `${cell.source_language}→${cell.target_language} ${cell.pos} "${question.prompt}"`;
        expect(valid?.has(comparableWord(answer)), `${where}: "${answer}" is a translation`).toBe(true);
        const texts = question.options.map((option) => comparableWord(option.text));
        expect(new Set(texts).size, `${where}: four distinct options ${texts.join(", ")}`).toBe(4);
        const alsoValid = texts.filter((text) => valid!.has(text));
        expect(alsoValid, `${where}: only one option is a valid translation`).toHaveLength(1);
        if (question.gloss) expect(comparableWord(question.gloss)).not.toContain(comparableWord(answer));
        questionsChecked++;
      }
    }
  }
  expect(questionsChecked).toBeGreaterThan(catalog.cells.length * GAMES_PER_CELL * 3 - 1);
}, 600_000);
