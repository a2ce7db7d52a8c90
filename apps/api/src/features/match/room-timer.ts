import type { Clock } from "../../lib/clock.js";

/**
 * The one timer of a match room: set for the earliest moment the room has
 * something to do by itself. Setting it again for a later moment keeps the
 * earlier one (it fires, and the room sets the next); for an earlier moment it
 * moves.
 */
export class RoomTimer {
  private cancel: (() => void) | undefined;
  private at: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly onFire: () => void,
  ) {}

  /** Sets the timer for `target` (epoch ms), or clears it for null. */
  set(target: number | null): void {
    if (target === null) return this.clear();
    if (this.cancel && this.at !== null && this.at <= target && this.at > this.clock.now()) return;
    this.clear();
    this.at = target;
    this.cancel = this.clock.schedule(
      () => {
        this.cancel = undefined;
        this.at = null;
        this.onFire();
      },
      Math.max(0, target - this.clock.now()),
    );
  }

  clear(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.at = null;
  }
}
