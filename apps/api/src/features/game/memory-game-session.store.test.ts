import { describe, expect, it } from "vitest";
import { MemoryGameSessionStore } from "./memory-game-session.store.js";

function sessionWithOneQuestion(ownerId: string | null = null) {
  return { sessionId: "s1", ownerId, questions: [{ questionId: "q1", correctOptionId: 2, selectedOptionId: null }] };
}

describe("MemoryGameSessionStore", () => {
  it("records one answer per question", async () => {
    const store = new MemoryGameSessionStore();
    await store.create(sessionWithOneQuestion());
    const answer = { sessionId: "s1", questionId: "q1", selectedOptionId: 1, ownerId: null };
    expect(await store.recordAnswer(answer)).toEqual({ status: "recorded", correctOptionId: 2 });
    expect(await store.recordAnswer({ ...answer, selectedOptionId: 2 })).toEqual({ status: "already_answered" });
    await store.close();
  });

  it("hides another owner's session as if it did not exist", async () => {
    const store = new MemoryGameSessionStore();
    await store.create(sessionWithOneQuestion("alice"));
    const outcome = await store.recordAnswer({
      sessionId: "s1",
      questionId: "q1",
      selectedOptionId: 1,
      ownerId: "bob",
    });
    expect(outcome).toEqual({ status: "session_not_found" });
    await store.close();
  });

  it("expires a session after the idle period and sweeps it from memory", async () => {
    let now = 0;
    const store = new MemoryGameSessionStore(1_000, () => now);
    await store.create(sessionWithOneQuestion());
    now = 999;
    store.sweep();
    expect(store.size).toBe(1);
    now = 1_000;
    store.sweep();
    expect(store.size).toBe(0);
    expect(await store.recordAnswer({ sessionId: "s1", questionId: "q1", selectedOptionId: 1, ownerId: null })).toEqual(
      {
        status: "session_not_found",
      },
    );
    await store.close();
  });

  it("makes room by dropping the least recently active session when full", async () => {
    const store = new MemoryGameSessionStore(60_000, Date.now, 2);
    const session = (id: string) => ({
      sessionId: id,
      ownerId: null,
      questions: [{ questionId: `${id}-q`, correctOptionId: 0, selectedOptionId: null }],
    });
    await store.create(session("a"));
    await store.create(session("b"));
    // "a" plays, so "b" is now the least recently active
    await store.recordAnswer({ sessionId: "a", questionId: "a-q", selectedOptionId: 0, ownerId: null });
    await store.create(session("c"));
    expect(store.size).toBe(2);
    expect(await store.recordAnswer({ sessionId: "b", questionId: "b-q", selectedOptionId: 0, ownerId: null })).toEqual(
      {
        status: "session_not_found",
      },
    );
    expect(
      (await store.recordAnswer({ sessionId: "c", questionId: "c-q", selectedOptionId: 0, ownerId: null })).status,
    ).toBe("recorded");
    await store.close();
  });
});
