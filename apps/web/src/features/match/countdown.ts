import { ROUND_SECONDS } from "@lila/shared";

export const ROUND_MS = ROUND_SECONDS * 1000;

/**
 * How far the server's clock is ahead of ours (negative: behind), measured when
 * a message stamped with `serverNow` arrived. Network delay is ignored: it is
 * small against a 15 s round and would only make the bar end a moment early.
 */
export function clockOffset(serverNow: number, receivedAt: number): number {
  return serverNow - receivedAt;
}

/** Milliseconds left before `deadline` (server time), seen from our clock `now`; never negative. */
export function timeLeftMs(deadline: number, offsetMs: number, now: number): number {
  return Math.max(0, deadline - (now + offsetMs));
}

/** The share of the round still left, 0–1, for the countdown bar. */
export function fractionLeft(timeLeft: number, roundMs = ROUND_MS): number {
  if (roundMs <= 0) return 0;
  return Math.min(1, Math.max(0, timeLeft / roundMs));
}

/** Whole seconds shown to the player: 14.2 s left reads "15", so "0" means time is up. */
export function secondsLeft(timeLeft: number): number {
  return Math.ceil(timeLeft / 1000);
}
