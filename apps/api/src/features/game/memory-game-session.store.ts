import { GAME_SESSION_IDLE_MS } from "@lila/shared";
import { applyAnswer, type AnswerOutcome, type GameSession, type GameSessionStore } from "./game-session.store.js";

/**
 * The default store: one process, sessions in a Map, idle ones swept once a
 * minute. The Map is kept in order of last activity, so when it holds
 * `maxSessions` the least recently active session makes room: memory stays
 * bounded however many games start.
 */
export class MemoryGameSessionStore implements GameSessionStore {
  private readonly sessions = new Map<string, { session: GameSession; lastActiveAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly idleMs = GAME_SESSION_IDLE_MS,
    private readonly now: () => number = Date.now,
    private readonly maxSessions = 100_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async create(session: GameSession): Promise<void> {
    this.sessions.set(session.sessionId, { session, lastActiveAt: this.now() });
    if (this.sessions.size > this.maxSessions) {
      const leastRecentlyActive = this.sessions.keys().next().value as string;
      this.sessions.delete(leastRecentlyActive);
    }
  }

  async recordAnswer(input: {
    sessionId: string;
    questionId: string;
    selectedOptionId: number;
    ownerId: string | null;
  }): Promise<AnswerOutcome> {
    const entry = this.sessions.get(input.sessionId);
    if (entry && this.isExpired(entry.lastActiveAt)) {
      this.sessions.delete(input.sessionId);
      return { status: "session_not_found" };
    }
    const outcome = applyAnswer(entry?.session, input);
    if (entry && outcome.status !== "session_not_found") {
      entry.lastActiveAt = this.now();
      this.sessions.delete(input.sessionId);
      this.sessions.set(input.sessionId, entry);
    }
    return outcome;
  }

  get size(): number {
    return this.sessions.size;
  }

  sweep(): void {
    for (const [id, entry] of this.sessions) if (this.isExpired(entry.lastActiveAt)) this.sessions.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.sessions.clear();
  }

  private isExpired(lastActiveAt: number): boolean {
    return this.now() - lastActiveAt >= this.idleMs;
  }
}
