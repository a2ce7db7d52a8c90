import type { Clock } from "./clock.js";

/**
 * Values that are costly to load and change rarely (the vocabulary, the live
 * API processes), kept for `ttlMs`. Callers asking for a key that is loading
 * share that one load; a failed load is forgotten, so the next caller tries
 * again.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { expiresAt: number; value: Promise<V> }>();

  constructor(private readonly options: { ttlMs: number; clock: Pick<Clock, "now"> }) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const now = this.options.clock.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    const entry = { expiresAt: now + this.options.ttlMs, value: load() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }

  clear(): void {
    this.entries.clear();
  }
}
