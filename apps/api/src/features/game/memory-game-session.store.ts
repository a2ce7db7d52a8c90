import { GAME_SESSION_IDLE_MS } from "@lila/shared";
import { applyAnswer, type AnswerOutcome, type GameSession, type GameSessionStore } from "./game-session.store.js";

/** The default store: one process, sessions in a Map, idle ones swept once a minute. */
export class MemoryGameSessionStore implements GameSessionStore {
  private readonly sessions = new Map<string, { session: GameSession; lastActiveAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly idleMs = GAME_SESSION_IDLE_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async create(session: GameSession): Promise<void> {
    this.sessions.set(session.sessionId, { session, lastActiveAt: this.now() });
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
    if (entry && outcome.status !== "session_not_found") entry.lastActiveAt = this.now();
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
