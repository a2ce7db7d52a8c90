import request from "supertest";
import { z } from "zod";
import { GameSessionResponse, Question, QuestionOption } from "@lila/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_VOCABULARY_DIR, seedVocabulary } from "@lila/db";
import { writeVocabularyFixture } from "../../../../../packages/db/test/support/vocabulary-fixture.js";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { ManualClock } from "../../../test/support/manual-clock.js";

const validSettings = {
  source_language: "en",
  target_language: "it",
  pos: "noun",
  difficulty: "easy",
  rounds: 3,
} as const;

let database: TestDatabase;
let app: Awaited<ReturnType<typeof createTestApp>>["app"];

beforeAll(async () => {
  database = await openTestDatabase();
  app = (await createTestApp(database.db)).app;
});
afterAll(() => database.destroy());

async function startGame(settings: object = validSettings) {
  const response = await request(app).post("/api/v1/game/start").send(settings);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data as {
    sessionId: string;
    questions: Array<{
      questionId: string;
      prompt: string;
      gloss: string | null;
      options: Array<{ optionId: number; text: string }>;
    }>;
  };
}

describe("GET /api/v1/health", () => {
  it("answers ok with a request id", async () => {
    const response = await request(app).get("/api/v1/health");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ success: true, data: { status: "ok" } });
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("echoes a well-formed incoming request id", async () => {
    const response = await request(app).get("/api/v1/health").set("X-Request-Id", "trace-42");
    expect(response.headers["x-request-id"]).toBe("trace-42");
  });
});

describe("POST /api/v1/game/start", () => {
  it("returns a game with the requested number of questions of four distinct options", async () => {
    const game = await startGame({ ...validSettings, rounds: 10 });
    expect(game.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(game.questions).toHaveLength(10);
    for (const question of game.questions) {
      expect(question.options.map((o) => o.optionId)).toEqual([0, 1, 2, 3]);
      expect(new Set(question.options.map((o) => o.text.toLowerCase())).size).toBe(4);
    }
    expect(new Set(game.questions.map((q) => q.prompt)).size).toBe(10);
  });

  it("never sends the answer key to the client: the response has exactly the shared schema's fields", async () => {
    const response = await request(app).post("/api/v1/game/start").send(validSettings);
    expect(response.status).toBe(201);
    // Strict at every level: any field the schema does not name (an answer key under any name) fails.
    const StrictGameStart = z.strictObject({
      success: z.literal(true),
      data: z.strictObject({
        ...GameSessionResponse.shape,
        questions: z.array(
          z.strictObject({ ...Question.shape, options: z.array(z.strictObject(QuestionOption.shape)) }),
        ),
      }),
    });
    const parsed = StrictGameStart.safeParse(response.body);
    expect(parsed.error?.issues).toBeUndefined();
  });

  it.each([
    ["source_language", { source_language: "english" }],
    ["target_language", { target_language: 7 }],
    ["pos", { pos: "pronoun" }],
    ["difficulty", { difficulty: "expert" }],
    ["rounds", { rounds: 5 }],
    ["rounds", { rounds: "3" }],
  ])("refuses a bad %s with a 400 that names it", async (field, change) => {
    const response = await request(app)
      .post("/api/v1/game/start")
      .send({ ...validSettings, ...change });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false, code: "validation_failed" });
    expect(response.body.issues.map((issue: { field: string }) => issue.field)).toEqual([field]);
    expect(response.body.error).toContain(field);
  });

  it("names every missing field of an empty body", async () => {
    const response = await request(app).post("/api/v1/game/start").send({});
    expect(response.status).toBe(400);
    const fields = response.body.issues.map((issue: { field: string }) => issue.field).sort();
    expect(fields).toEqual(["difficulty", "pos", "rounds", "source_language", "target_language"]);
  });

  it("refuses the same language on both sides", async () => {
    const response = await request(app)
      .post("/api/v1/game/start")
      .send({ ...validSettings, target_language: "en" });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ field: "target_language", message: "must differ from source_language" }]);
  });

  it("refuses a well-formed but unknown language", async () => {
    const response = await request(app)
      .post("/api/v1/game/start")
      .send({ ...validSettings, source_language: "xx" });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ field: "source_language", message: "unknown language 'xx'" }]);
  });

  it("answers 422 when the filters leave too few words", async () => {
    // Latin added to the shipped vocabulary, as an operator adds a language: four words only.
    const fixture = writeVocabularyFixture({
      base: DEFAULT_VOCABULARY_DIR,
      source: "fixture-latin",
      languages: [{ code: "la", name: "Latin", nativeName: "Latina" }],
      terms: ["aqua", "terra", "ignis", "ventus"].map((text, index) => ({
        key: `noun-${text}`,
        pos: "noun" as const,
        words: { en: { text: `english-${index}` }, la: { text } },
      })),
    });
    await seedVocabulary(database, fixture);
    const fresh = (await createTestApp(database.db)).app;
    const response = await request(fresh)
      .post("/api/v1/game/start")
      .send({ ...validSettings, source_language: "la", target_language: "en", rounds: 10 });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ success: false, code: "not_enough_words" });
    expect(response.body.error).toContain("only 4 words");
  });

  it("refuses a body that is not JSON with a 400", async () => {
    const response = await request(app)
      .post("/api/v1/game/start")
      .set("Content-Type", "application/json")
      .send('{"source_language": "en",');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      success: false,
      code: "validation_failed",
      error: "The request body is not valid JSON.",
    });
  });

  it("refuses a body over the size limit with a 413", async () => {
    const response = await request(app)
      .post("/api/v1/game/start")
      .send({ ...validSettings, padding: "x".repeat(64 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ success: false, code: "payload_too_large" });
  });
});

describe("POST /api/v1/game/answer", () => {
  it("judges an answer once, then refuses a second answer with 409", async () => {
    const game = await startGame();
    const question = game.questions[0]!;
    const first = await request(app)
      .post("/api/v1/game/answer")
      .send({ sessionId: game.sessionId, questionId: question.questionId, selectedOptionId: 2 });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ questionId: question.questionId, selectedOptionId: 2 });
    expect(first.body.data.isCorrect).toBe(first.body.data.correctOptionId === 2);

    const again = await request(app).post("/api/v1/game/answer").send({
      sessionId: game.sessionId,
      questionId: question.questionId,
      selectedOptionId: first.body.data.correctOptionId,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, code: "conflict" });
  });

  it("answers 404 for an unknown game and for a question of another game", async () => {
    const game = await startGame();
    const other = await startGame();
    const unknownGame = await request(app)
      .post("/api/v1/game/answer")
      .send({ sessionId: crypto.randomUUID(), questionId: game.questions[0]!.questionId, selectedOptionId: 0 });
    expect(unknownGame.status).toBe(404);
    const foreignQuestion = await request(app)
      .post("/api/v1/game/answer")
      .send({ sessionId: game.sessionId, questionId: other.questions[0]!.questionId, selectedOptionId: 0 });
    expect(foreignQuestion.status).toBe(404);
  });

  it.each([
    ["sessionId", { sessionId: "not-a-uuid" }],
    ["questionId", { questionId: 12 }],
    ["selectedOptionId", { selectedOptionId: 4 }],
    ["selectedOptionId", { selectedOptionId: 1.5 }],
  ])("refuses a bad %s with a 400 that names it", async (field, change) => {
    const response = await request(app)
      .post("/api/v1/game/answer")
      .send({ sessionId: crypto.randomUUID(), questionId: crypto.randomUUID(), selectedOptionId: 0, ...change });
    expect(response.status).toBe(400);
    expect(response.body.issues.map((issue: { field: string }) => issue.field)).toEqual([field]);
  });

  it("forgets a game after 30 idle minutes", async () => {
    const clock = new ManualClock();
    const expiring = (await createTestApp(database.db, { clock })).app;
    const started = await request(expiring).post("/api/v1/game/start").send(validSettings);
    const { sessionId, questions } = started.body.data;
    const answer = (index: number) =>
      request(expiring)
        .post("/api/v1/game/answer")
        .send({ sessionId, questionId: questions[index].questionId, selectedOptionId: 0 });

    clock.advance(29 * 60_000);
    expect((await answer(0)).status).toBe(200);
    clock.advance(29 * 60_000); // activity 29 minutes ago: still alive
    expect((await answer(1)).status).toBe(200);
    clock.advance(30 * 60_000);
    const expired = await answer(2);
    expect(expired.status).toBe(404);
    expect(expired.body.error).toMatch(/expired/);
  });
});

describe("the HTTP edge", () => {
  it("answers an unknown API route with a 404 JSON body", async () => {
    const response = await request(app).get("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      success: false,
      code: "not_found",
      error: "No route for GET /api/v1/nothing-here",
    });
  });

  it("allows the configured origin and no other", async () => {
    const allowed = await request(app).get("/api/v1/health").set("Origin", "http://localhost:5173");
    expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    expect(allowed.headers["access-control-allow-credentials"]).toBe("true");
    const other = await request(app).get("/api/v1/health").set("Origin", "https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("sets security headers", async () => {
    const response = await request(app).get("/api/v1/health");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toBeDefined();
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });

  it("rate-limits the game and lobby routes with a 429 in the envelope", async () => {
    const limited = (await createTestApp(database.db, { env: { GAME_RATE_LIMIT_PER_MINUTE: "3" } })).app;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await request(limited).post("/api/v1/game/start").send(validSettings)).status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    const response = await request(limited).post("/api/v1/game/start").send(validSettings);
    expect(response.body).toMatchObject({ success: false, code: "rate_limited" });
    expect((await request(limited).get("/api/v1/health")).status).toBe(200);
    // Lobbies have their own allowance: codes cannot be guessed at full speed.
    const lobbyStatuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      lobbyStatuses.push((await request(limited).post("/api/v1/lobbies/ABCDEF/join").send({})).status);
    }
    expect(lobbyStatuses).toEqual([401, 401, 401, 429]);
  });
});
