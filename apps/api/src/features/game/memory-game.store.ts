import { GAME_SESSION_IDLE_MS } from "@lila/shared";
import type { Clock } from "../../lib/clock.js";
import { applyAnswer, type AnswerInput, type AnswerOutcome, type GameStore, type StoredGame } from "./game.store.js";

export interface MemoryGameStoreOptions {
  clock: Clock;
  idleMs?: number;
  /** The most games kept at once; the least recently active one makes room. */
  maxGames?: number;
}

/**
 * The default store: one process, games in a Map, idle ones swept once a
 * minute. The Map is kept in order of last activity, so when it holds
 * `maxGames` the least recently active game makes room: memory stays bounded
 * however many games start. It keeps its own copy of each game, so a caller
 * cannot change a stored game behind its back (the Valkey store cannot either).
 */
export class MemoryGameStore implements GameStore {
  private readonly games = new Map<string, { game: StoredGame; lastActiveAt: number }>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly clock: Clock;
  private readonly idleMs: number;
  private readonly maxGames: number;

  constructor({ clock, idleMs = GAME_SESSION_IDLE_MS, maxGames = 100_000 }: MemoryGameStoreOptions) {
    this.clock = clock;
    this.idleMs = idleMs;
    this.maxGames = maxGames;
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async create(game: StoredGame): Promise<void> {
    this.games.set(game.gameId, { game: structuredClone(game), lastActiveAt: this.clock.now() });
    if (this.games.size > this.maxGames) {
      const leastRecentlyActive = this.games.keys().next().value as string;
      this.games.delete(leastRecentlyActive);
    }
  }

  async recordAnswer(input: AnswerInput): Promise<AnswerOutcome> {
    const entry = this.games.get(input.gameId);
    if (entry && this.isExpired(entry.lastActiveAt)) {
      this.games.delete(input.gameId);
      return { status: "game_not_found" };
    }
    const outcome = applyAnswer(entry?.game, input);
    if (entry && outcome.status !== "game_not_found") {
      entry.lastActiveAt = this.clock.now();
      this.games.delete(input.gameId);
      this.games.set(input.gameId, entry);
    }
    return outcome;
  }

  get size(): number {
    return this.games.size;
  }

  sweep(): void {
    for (const [id, entry] of this.games) if (this.isExpired(entry.lastActiveAt)) this.games.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.games.clear();
  }

  private isExpired(lastActiveAt: number): boolean {
    return this.clock.now() - lastActiveAt >= this.idleMs;
  }
}
