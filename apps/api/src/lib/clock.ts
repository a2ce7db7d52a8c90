/**
 * Time as the match rooms and stores see it: the current moment and a way to
 * be called back later. The server runs on the system clock; tests pass a
 * clock they move themselves (apps/api/test/support/manual-clock.ts), so
 * nothing that depends on a deadline has to sleep.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `callback` once, `ms` from now; the returned function cancels it. */
  schedule(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
