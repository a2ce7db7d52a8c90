import { describe, expect, it } from "vitest";
import { clockOffset, fractionLeft, secondsLeft, timeLeftMs } from "./countdown";

describe("countdown", () => {
  const serverNow = 1_000_000;
  const deadline = serverNow + 15_000;

  it("counts down from the deadline when the clocks agree", () => {
    const offset = clockOffset(serverNow, serverNow);
    expect(timeLeftMs(deadline, offset, serverNow)).toBe(15_000);
    expect(timeLeftMs(deadline, offset, serverNow + 5_000)).toBe(10_000);
  });

  it("corrects a client clock that runs behind the server", () => {
    // Our clock says 996 000 when the server says 1 000 000.
    const offset = clockOffset(serverNow, serverNow - 4_000);
    expect(offset).toBe(4_000);
    expect(timeLeftMs(deadline, offset, serverNow - 4_000)).toBe(15_000);
    expect(timeLeftMs(deadline, offset, serverNow + 1_000)).toBe(10_000);
  });

  it("corrects a client clock that runs ahead of the server", () => {
    const offset = clockOffset(serverNow, serverNow + 60_000);
    expect(timeLeftMs(deadline, offset, serverNow + 60_000)).toBe(15_000);
    expect(timeLeftMs(deadline, offset, serverNow + 70_000)).toBe(5_000);
  });

  it("never goes below zero once the deadline has passed", () => {
    expect(timeLeftMs(deadline, 0, deadline + 3_000)).toBe(0);
  });

  it("gives the bar's share and the whole seconds shown", () => {
    expect(fractionLeft(7_500)).toBe(0.5);
    expect(fractionLeft(20_000)).toBe(1);
    expect(fractionLeft(0)).toBe(0);
    expect(secondsLeft(14_200)).toBe(15);
    expect(secondsLeft(800)).toBe(1);
    expect(secondsLeft(0)).toBe(0);
  });

  it("shows a shorter bar for a question resumed after a reconnect", () => {
    const offset = clockOffset(serverNow, serverNow);
    expect(fractionLeft(timeLeftMs(serverNow + 6_000, offset, serverNow))).toBeCloseTo(0.4);
  });
});
