import { asUnavailable } from "../../lib/dependency-errors.js";
import type { Logger } from "../../lib/logger.js";
import type { LobbyEffect } from "../lobby/index.js";
import type { EffectOutbox, OutboxEntry } from "./effect-outbox.js";

export interface OutboxWriterOptions {
  outbox: EffectOutbox;
  /** Writes one entry's effects to PostgreSQL (LobbyService.recordEffects). */
  write: (lobbyId: string, effects: LobbyEffect[]) => Promise<void>;
  logger: Logger;
  /** How often waiting entries are looked for (entries another process left behind, say). */
  pollMs?: number;
  /** The longest pause between two tries while writes fail. */
  maxRetryMs?: number;
  /** How long this process may write one lobby's entries before another may take over. */
  claimMs?: number;
}

/** An entry that keeps failing for a reason other than an unreachable database is given up after this many tries. */
const MAX_ATTEMPTS_OF_A_BROKEN_ENTRY = 20;

/**
 * Writes the outbox to PostgreSQL: lobby by lobby, each lobby's entries in
 * the order its room produced them, each entry removed only once written.
 * While the database cannot be reached, a lobby's remaining entries wait
 * behind the one that failed and the writer tries again with a growing pause
 * (at most `maxRetryMs`), for as long as it takes. Writes are made safe to
 * repeat (a write may land and its acknowledgement not), see lobby.model.ts.
 */
export class OutboxWriter {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;
  private poll: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly attempts = new Map<string, number>();

  constructor(private readonly options: OutboxWriterOptions) {}

  /** Looks for waiting entries now and then every `pollMs`. */
  start(): void {
    this.kick();
    this.poll = setInterval(() => this.kick(), this.options.pollMs ?? 5_000);
    this.poll.unref();
  }

  /** There is something new to write: write it soon (one pass at a time). */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.passes().finally(() => (this.running = null));
  }

  /** Resolves once a pass over everything waiting now has finished (written, or failed and rescheduled). */
  async flush(): Promise<void> {
    this.kick();
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poll);
    clearTimeout(this.retry);
    await this.running;
    const left = await this.options.outbox.size().catch(() => 0);
    if (left > 0) this.options.logger.warn({ entries: left }, "lobby writes still waiting in the outbox at shutdown");
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      if (!(await this.pass())) {
        this.scheduleRetry();
        return;
      }
    } while (this.again && !this.closed);
    this.failures = 0;
  }

  /** One pass over every lobby with waiting entries; false when something could not be written. */
  private async pass(): Promise<boolean> {
    let lobbies: string[];
    try {
      lobbies = await this.options.outbox.lobbies();
    } catch (error) {
      this.report(error, "could not read the outbox");
      return false;
    }
    let complete = true;
    for (const lobbyId of lobbies) {
      if (this.closed) break;
      if (!(await this.drainLobby(lobbyId))) complete = false;
    }
    return complete;
  }

  private async drainLobby(lobbyId: string): Promise<boolean> {
    const { outbox } = this.options;
    try {
      if (!(await outbox.claim(lobbyId, this.options.claimMs ?? 30_000))) return true;
    } catch (error) {
      this.report(error, "could not read the outbox", { lobbyId });
      return false;
    }
    try {
      for (let entry = await outbox.peek(lobbyId); entry; entry = await outbox.peek(lobbyId)) {
        if (!(await this.writeEntry(entry))) return false;
        await outbox.ack(entry);
        this.attempts.delete(entry.raw);
      }
      return true;
    } catch (error) {
      this.report(error, "could not read the outbox", { lobbyId });
      return false;
    } finally {
      await outbox.release(lobbyId).catch(() => {});
    }
  }

  private async writeEntry(entry: OutboxEntry): Promise<boolean> {
    try {
      await this.options.write(entry.lobbyId, entry.effects);
      if (this.failures > 0) this.options.logger.info({ lobbyId: entry.lobbyId }, "lobby writes landed after a retry");
      return true;
    } catch (error) {
      const attempts = (this.attempts.get(entry.raw) ?? 0) + 1;
      this.attempts.set(entry.raw, attempts);
      if (!asUnavailable(error) && attempts >= MAX_ATTEMPTS_OF_A_BROKEN_ENTRY) {
        // Not an outage: the write itself is refused every time. Keeping it would block the lobby for good.
        this.options.logger.error(
          { err: error, lobbyId: entry.lobbyId, effects: entry.effects.map((effect) => effect.kind), attempts },
          "a lobby write keeps failing; it is given up",
        );
        await this.options.outbox.ack(entry);
        this.attempts.delete(entry.raw);
        return true;
      }
      this.report(error, "could not write lobby effects; will retry", { lobbyId: entry.lobbyId, attempts });
      return false;
    }
  }

  private report(error: unknown, message: string, context: Record<string, unknown> = {}): void {
    // The first failure of a streak, then every tenth: an outage must not flood the log.
    if (this.failures % 10 === 0) this.options.logger.warn({ err: error, ...context }, message);
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    this.failures += 1;
    const delay = Math.min(this.options.maxRetryMs ?? 15_000, 250 * 2 ** Math.min(this.failures, 10));
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.kick(), delay);
    this.retry.unref();
  }
}
