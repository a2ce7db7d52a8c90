import type { Clock } from "../../src/lib/clock.js";

interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

/**
 * A clock that moves only when the test says so. `advance(ms)` runs every
 * timer that falls due, in time order, with `now()` at that timer's moment.
 * A timer scheduled for now (or the past) runs on the next turn of the event
 * loop, as a real zero-delay timer would, so work chained through zero-length
 * pauses goes on by itself.
 */
export class ManualClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private scheduled = 0;

  constructor(start = Date.now()) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(callback: () => void, ms: number): () => void {
    if (ms <= 0) {
      const immediate = setImmediate(callback);
      return () => clearImmediate(immediate);
    }
    const timer = { at: this.current + ms, order: this.scheduled++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }

  /** Moves time forward by `ms`, running each timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.current = due.at;
      due.callback();
    }
    this.current = target;
  }

  /** Timers waiting for time to pass (for a test's failure message). */
  get pending(): number {
    return this.timers.length;
  }
}
