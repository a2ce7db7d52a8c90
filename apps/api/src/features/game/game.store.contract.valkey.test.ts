import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../test/support/manual-clock.js";
import {
  connectTestValkey,
  deleteKeys,
  elapseKeyTime,
  requireValkey,
  uniqueKeyPrefix,
} from "../../../test/support/valkey.js";
import type { AnswerInput, AnswerOutcome, GameStore, StoredGame } from "./game.store.js";
import { MemoryGameStore } from "./memory-game.store.js";
import { ValkeyGameStore } from "./valkey-game.store.js";

/*
 * One contract, both implementations: the memory store (whose answer rule is
 * applyAnswer in TypeScript) and the Valkey store (the same rule in Lua). The
 * Valkey half skips with a notice when 127.0.0.1:6379 does not answer, and
 * fails under CI=true.
 */
const valkeyAvailable = await requireValkey();
const prefix = uniqueKeyPrefix();
const clients: Redis[] = [];
const IDLE_MS = 60_000;

interface Subject {
  /** Two handles on one store: two API processes for Valkey, the same object in memory. */
  stores: [GameStore, GameStore];
  /** Lets idle time pass. */
  elapse: (ms: number) => Promise<void>;
}

const implementations: Array<{ name: string; available: boolean; open: () => Subject }> = [
  {
    name: "memory",
    available: true,
    open() {
      const clock = new ManualClock();
      const store = new MemoryGameStore({ clock, idleMs: IDLE_MS });
      return { stores: [store, store], elapse: async (ms) => clock.advance(ms) };
    },
  },
  {
    name: "valkey",
    available: valkeyAvailable,
    open() {
      const connect = () => {
        const client = connectTestValkey();
        clients.push(client);
        return client;
      };
      const stores: [GameStore, GameStore] = [
        new ValkeyGameStore(connect(), prefix, IDLE_MS),
        new ValkeyGameStore(connect(), prefix, IDLE_MS),
      ];
      return { stores, elapse: (ms) => elapseKeyTime(clients[0]!, prefix, ms) };
    },
  },
];

afterAll(async () => {
  if (clients.length === 0) return;
  await deleteKeys(clients[0]!, prefix);
  for (const client of clients) client.disconnect();
});

const Q1 = "q-1";
const Q2 = "q-2";

function game(ownerId: string | null, answered: Record<string, number> = {}): StoredGame {
  return {
    gameId: randomUUID(),
    ownerId,
    questions: [
      { questionId: Q1, correctOptionId: 2, selectedOptionId: answered[Q1] ?? null },
      { questionId: Q2, correctOptionId: 0, selectedOptionId: answered[Q2] ?? null },
    ],
  };
}

/**
 * The answer rule, as one table: both implementations must decide every case
 * alike (the TypeScript rule in memory, the Lua script in Valkey).
 */
const ANSWER_RULE: Array<{
  case: string;
  /** The game in the store before the answer (a fresh one for each implementation). */
  stored: () => StoredGame | null;
  answer: Omit<AnswerInput, "gameId">;
  outcome: AnswerOutcome;
}> = [
  {
    case: "the owner's first answer is recorded with the answer key",
    stored: () => game("alice"),
    answer: { questionId: Q1, selectedOptionId: 1, ownerId: "alice" },
    outcome: { status: "recorded", correctOptionId: 2 },
  },
  {
    case: "a right answer is recorded alike",
    stored: () => game("alice"),
    answer: { questionId: Q2, selectedOptionId: 0, ownerId: "alice" },
    outcome: { status: "recorded", correctOptionId: 0 },
  },
  {
    case: "an anonymous caller answers an anonymous game",
    stored: () => game(null),
    answer: { questionId: Q1, selectedOptionId: 3, ownerId: null },
    outcome: { status: "recorded", correctOptionId: 2 },
  },
  {
    case: "a question answered before is not answered again",
    stored: () => game("alice", { [Q1]: 0 }),
    answer: { questionId: Q1, selectedOptionId: 2, ownerId: "alice" },
    outcome: { status: "already_answered" },
  },
  {
    case: "another question of a game with an answer is still open",
    stored: () => game("alice", { [Q1]: 0 }),
    answer: { questionId: Q2, selectedOptionId: 0, ownerId: "alice" },
    outcome: { status: "recorded", correctOptionId: 0 },
  },
  {
    case: "a question of another game is not found",
    stored: () => game("alice"),
    answer: { questionId: "q-elsewhere", selectedOptionId: 0, ownerId: "alice" },
    outcome: { status: "question_not_found" },
  },
  {
    case: "another user's game looks missing",
    stored: () => game("alice"),
    answer: { questionId: Q1, selectedOptionId: 2, ownerId: "bob" },
    outcome: { status: "game_not_found" },
  },
  {
    case: "an anonymous caller cannot answer a user's game",
    stored: () => game("alice"),
    answer: { questionId: Q1, selectedOptionId: 2, ownerId: null },
    outcome: { status: "game_not_found" },
  },
  {
    case: "a user cannot answer an anonymous game",
    stored: () => game(null),
    answer: { questionId: Q1, selectedOptionId: 2, ownerId: "alice" },
    outcome: { status: "game_not_found" },
  },
  {
    case: "ownership is checked before the question",
    stored: () => game("alice"),
    answer: { questionId: "q-elsewhere", selectedOptionId: 0, ownerId: "bob" },
    outcome: { status: "game_not_found" },
  },
  {
    case: "a game that was never stored is not found",
    stored: () => null,
    answer: { questionId: Q1, selectedOptionId: 0, ownerId: "alice" },
    outcome: { status: "game_not_found" },
  },
];

describe.each(implementations)("GameStore contract: $name", ({ name, available, open }) => {
  describe.skipIf(!available)(name, () => {
    it.each(ANSWER_RULE)("$case", async ({ stored: storedGame, answer, outcome }) => {
      const [store] = open().stores;
      const stored = storedGame();
      const gameId = stored?.gameId ?? randomUUID();
      if (stored) await store.create(stored);
      expect(await store.recordAnswer({ ...answer, gameId })).toEqual(outcome);
    });

    it("records exactly one of many concurrent answers to one question", async () => {
      const { stores } = open();
      const stored = game("alice");
      await stores[0].create(stored);
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          stores[index % 2]!.recordAnswer({
            gameId: stored.gameId,
            questionId: Q1,
            selectedOptionId: index % 4,
            ownerId: "alice",
          }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === "recorded")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.status === "already_answered")).toHaveLength(19);
    });

    it("forgets a game after the idle period, and every answer pushes that back", async () => {
      const { stores, elapse } = open();
      const [store] = stores;
      const stored = game("alice");
      await store.create(stored);
      const answer = (questionId: string) =>
        store.recordAnswer({ gameId: stored.gameId, questionId, selectedOptionId: 0, ownerId: "alice" });
      // A second of slack: Valkey's own clock runs while the test does.
      await elapse(IDLE_MS - 1_000);
      expect((await answer(Q1)).status).toBe("recorded");
      await elapse(IDLE_MS - 1_000);
      expect((await answer(Q1)).status).toBe("already_answered");
      await elapse(IDLE_MS);
      expect(await answer(Q2)).toEqual({ status: "game_not_found" });
    });

    it("keeps its own copy: changing a game after storing it changes nothing", async () => {
      const [store] = open().stores;
      const stored = game("alice");
      await store.create(stored);
      stored.ownerId = "mallory";
      stored.questions[0]!.selectedOptionId = 3;
      expect(
        await store.recordAnswer({ gameId: stored.gameId, questionId: Q1, selectedOptionId: 1, ownerId: "alice" }),
      ).toEqual({ status: "recorded", correctOptionId: 2 });
    });
  });
});

describe("MemoryGameStore", () => {
  it("makes room by dropping the least recently active game when full", async () => {
    const store = new MemoryGameStore({ clock: new ManualClock(), idleMs: IDLE_MS, maxGames: 2 });
    const [a, b, c] = [game(null), game(null), game(null)];
    const answer = (stored: StoredGame) =>
      store.recordAnswer({ gameId: stored.gameId, questionId: Q1, selectedOptionId: 0, ownerId: null });
    await store.create(a);
    await store.create(b);
    // a is played, so b is now the least recently active.
    await answer(a);
    await store.create(c);
    expect(store.size).toBe(2);
    expect(await answer(b)).toEqual({ status: "game_not_found" });
    expect((await answer(c)).status).toBe("recorded");
    await store.close();
  });

  it("sweeps idle games from memory", async () => {
    const clock = new ManualClock();
    const store = new MemoryGameStore({ clock, idleMs: 1_000 });
    await store.create(game(null));
    clock.advance(999);
    store.sweep();
    expect(store.size).toBe(1);
    clock.advance(1);
    store.sweep();
    expect(store.size).toBe(0);
    await store.close();
  });
});
