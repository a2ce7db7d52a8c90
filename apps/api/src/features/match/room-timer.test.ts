import { describe, expect, it } from "vitest";
import { ManualClock } from "../../../test/support/manual-clock.js";
import { RoomTimer } from "./room-timer.js";

describe("RoomTimer", () => {
  it("keeps the earlier moment when set for a later one, moves to an earlier one, and can be cleared", () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    const timer = new RoomTimer(clock, () => fired.push(clock.now()));
    timer.set(1_000);
    timer.set(5_000);
    clock.advance(1_000);
    expect(fired).toEqual([1_000]);
    timer.set(5_000);
    timer.set(3_000);
    clock.advance(4_000);
    expect(fired).toEqual([1_000, 3_000]);
    timer.set(6_000);
    timer.set(null);
    clock.advance(10_000);
    expect(fired).toEqual([1_000, 3_000]);
  });
});
