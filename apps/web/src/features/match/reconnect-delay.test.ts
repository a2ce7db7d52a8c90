import { describe, expect, it } from "vitest";
import { seededRandom } from "../../testing/seeded-random";
import { FIRST_RETRY_MS, MAX_RETRY_MS, RATE_LIMITED_RETRY_MS, reconnectDelay } from "./reconnect-delay";

function pauses(random: () => number, count: number): number[] {
  const result: number[] = [];
  let previous: number | null = null;
  for (let index = 0; index < count; index++) {
    previous = reconnectDelay(previous, random);
    result.push(previous);
  }
  return result;
}

describe("reconnectDelay", () => {
  it("never waits less than the first pause nor more than the cap", () => {
    expect(pauses(() => 0, 5)).toEqual([1_000, 1_000, 1_000, 1_000, 1_000]);
    expect(pauses(() => 0.999_999, 5)).toEqual([3_000, 9_000, 10_000, 10_000, 10_000]);
    const random = seededRandom(7);
    for (let client = 0; client < 200; client++) {
      for (const pause of pauses(random, 8)) {
        expect(pause).toBeGreaterThanOrEqual(FIRST_RETRY_MS);
        expect(pause).toBeLessThanOrEqual(MAX_RETRY_MS);
      }
    }
  });

  it("backs off: later pauses are longer on average", () => {
    const random = seededRandom(11);
    const runs = Array.from({ length: 500 }, () => pauses(random, 4));
    const mean = (step: number) => runs.reduce((sum, run) => sum + run[step]!, 0) / runs.length;
    expect(mean(0)).toBeLessThan(mean(1));
    expect(mean(1)).toBeLessThan(mean(2));
  });

  it("spreads clients dropped at the same moment instead of bringing them back in lockstep", () => {
    const random = seededRandom(2026);
    const clients = 1_000;
    const firstRetries = Array.from({ length: clients }, () => reconnectDelay(null, random));
    // Bucketed by 100 ms over the 1–3 s window: with fixed steps all 1,000 would share one bucket.
    const buckets = new Map<number, number>();
    for (const pause of firstRetries) {
      const bucket = Math.floor(pause / 100);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    }
    expect(buckets.size).toBeGreaterThanOrEqual(20);
    expect(Math.max(...buckets.values())).toBeLessThan(clients / 10);
  });

  it("waits at least the rate-limit pause after a 4429 close", () => {
    expect(reconnectDelay(null, () => 0, true)).toBe(RATE_LIMITED_RETRY_MS);
    expect(reconnectDelay(9_000, () => 0.999_999, true)).toBe(MAX_RETRY_MS);
  });
});
