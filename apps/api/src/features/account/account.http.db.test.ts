import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserById, listGamesOfUser, schema } from "@lila/db";
import {
  signInGuest,
  signInWithEmail,
  signUpWithEmail,
  uniqueEmail,
} from "../../../../../tests/support/auth-session.js";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { startTestServer } from "../../../test/support/test-server.js";

const settings = { source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", rounds: 3 } as const;
const PASSWORD = "correct horse battery";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startTestServer(database.db);
});
afterAll(async () => {
  await server?.close();
  await database.destroy();
});

interface ApiBody {
  // Each test reads the fields it expects; the shapes are the shared schemas'.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: Record<string, any>;
  code?: string;
}

async function api(path: string, cookie: string | null, body?: unknown) {
  const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as ApiBody };
}

interface StartedGame {
  sessionId: string;
  questions: Array<{ questionId: string }>;
}

/** Plays a whole game, answering option 0 each time; returns the game and how many answers were right. */
async function playGame(cookie: string | null, answers: number = settings.rounds) {
  const started = await api("/game/start", cookie, settings);
  expect(started.status).toBe(201);
  const game = started.body.data as StartedGame;
  let correct = 0;
  for (const question of game.questions.slice(0, answers)) {
    const answered = await api("/game/answer", cookie, {
      sessionId: game.sessionId,
      questionId: question.questionId,
      selectedOptionId: 0,
    });
    expect(answered.status).toBe(200);
    if (answered.body.data.isCorrect) correct++;
  }
  return { game, correct };
}

describe("game history", () => {
  it("records a signed-in player's game and its score, newest first", async () => {
    const guest = await signInGuest(server.baseUrl);
    const first = await playGame(guest.cookie);
    const second = await playGame(guest.cookie, 1);
    const history = await api("/me/games", guest.cookie);
    expect(history.status).toBe(200);
    expect(history.body.data.games.map((g: { gameId: string }) => g.gameId)).toEqual([
      second.game.sessionId,
      first.game.sessionId,
    ]);
    expect(history.body.data.games[1]).toMatchObject({
      ...settings,
      gameId: first.game.sessionId,
      answered: 3,
      correct: first.correct,
      finishedAt: expect.any(String),
    });
    expect(history.body.data.games[0]).toMatchObject({ answered: 1, finishedAt: null });
  });

  it("answers 401 without a session", async () => {
    const response = await api("/me/games", null);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe("unauthorized");
  });

  it("keeps no history for a caller without a session, and still lets them play", async () => {
    const { game } = await playGame(null);
    const rows = await database.db.select().from(schema.games).where(eq(schema.games.id, game.sessionId));
    expect(rows).toEqual([]);
  });
});

describe("game ownership", () => {
  it("answers another player's game with 404, as if it did not exist", async () => {
    const owner = await signInGuest(server.baseUrl);
    const other = await signInGuest(server.baseUrl);
    const { game } = await playGame(owner.cookie, 0);
    const question = game.questions[0]!;
    const stolen = await api("/game/answer", other.cookie, {
      sessionId: game.sessionId,
      questionId: question.questionId,
      selectedOptionId: 0,
    });
    const anonymous = await api("/game/answer", null, {
      sessionId: game.sessionId,
      questionId: question.questionId,
      selectedOptionId: 0,
    });
    const missing = await api("/game/answer", other.cookie, {
      sessionId: crypto.randomUUID(),
      questionId: question.questionId,
      selectedOptionId: 0,
    });
    expect(stolen.status).toBe(404);
    expect(anonymous.status).toBe(404);
    expect(stolen.body).toEqual(missing.body);
    const own = await api("/game/answer", owner.cookie, {
      sessionId: game.sessionId,
      questionId: question.questionId,
      selectedOptionId: 0,
    });
    expect(own.status).toBe(200);
  });
});

describe("a guest becoming an account", () => {
  it("keeps the guest's games when they sign up by email", async () => {
    const guest = await signInGuest(server.baseUrl, "Guesty");
    const { game, correct } = await playGame(guest.cookie);
    const account = await signUpWithEmail(
      server.baseUrl,
      { email: uniqueEmail("upgrade"), password: PASSWORD, name: "Kept" },
      { cookie: guest.cookie },
    );

    expect(account.userId).not.toBe(guest.userId);
    expect(await findUserById(database.db, guest.userId)).toBeNull();
    expect(await findUserById(database.db, account.userId)).toMatchObject({ name: "Kept", isAnonymous: false });
    const games = await listGamesOfUser(database.db, account.userId);
    expect(games).toEqual([expect.objectContaining({ id: game.sessionId, answered: 3, correct })]);

    const history = await api("/me/games", account.cookie);
    expect(history.body.data.games.map((g: { gameId: string }) => g.gameId)).toEqual([game.sessionId]);
    expect((await api("/me/games", guest.cookie)).status).toBe(401);
  });

  it("moves the guest's games into an existing account when they sign in", async () => {
    const email = uniqueEmail("existing");
    const existing = await signUpWithEmail(server.baseUrl, { email, password: PASSWORD, name: "Has history" });
    const earlier = await playGame(existing.cookie);
    const guest = await signInGuest(server.baseUrl);
    const asGuest = await playGame(guest.cookie, 2);

    const signedIn = await signInWithEmail(server.baseUrl, { email, password: PASSWORD }, { cookie: guest.cookie });
    expect(signedIn.userId).toBe(existing.userId);
    const ids = (await listGamesOfUser(database.db, existing.userId)).map((g) => g.id).sort();
    expect(ids).toEqual([earlier.game.sessionId, asGuest.game.sessionId].sort());
    expect(await findUserById(database.db, guest.userId)).toBeNull();
  });

  it("leaves the guest and their games alone when the sign-in fails", async () => {
    const guest = await signInGuest(server.baseUrl);
    const { game } = await playGame(guest.cookie, 1);
    const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: guest.cookie, Origin: server.baseUrl },
      body: JSON.stringify({ email: uniqueEmail("nobody"), password: PASSWORD }),
    });
    expect(response.status).toBe(401);
    expect((await listGamesOfUser(database.db, guest.userId)).map((g) => g.id)).toEqual([game.sessionId]);
  });
});
