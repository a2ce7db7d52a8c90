import { useEffect, useState } from "react";
import { fractionLeft, secondsLeft, timeLeftMs } from "./countdown";
import { usePrefersReducedMotion } from "../../lib/use-prefers-reduced-motion";

interface CountdownBarProps {
  deadline: number;
  clockOffsetMs: number;
  /** Stop at the moment the round was decided (everyone answered, results in). */
  stopped: boolean;
}

/**
 * Time left in the round, from the server's deadline on the server's clock.
 * With reduced motion the bar moves in one-second steps without sliding.
 */
export function CountdownBar({ deadline, clockOffsetMs, stopped }: CountdownBarProps) {
  const reducedMotion = usePrefersReducedMotion();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (stopped) return;
    const timer = setInterval(() => setNow(Date.now()), reducedMotion ? 1_000 : 100);
    return () => clearInterval(timer);
  }, [stopped, reducedMotion]);

  const left = timeLeftMs(deadline, clockOffsetMs, now);
  const seconds = secondsLeft(left);
  const share = fractionLeft(reducedMotion ? seconds * 1000 : left);
  const urgent = seconds <= 5;

  return (
    <div className="flex items-center gap-3">
      <div aria-hidden="true" className="h-3 flex-1 overflow-hidden rounded-full bg-slate-200">
        <div
          className={`h-full rounded-full ${urgent ? "bg-amber-500" : "bg-violet-600"} ${reducedMotion ? "" : "transition-[width] duration-100 ease-linear"}`}
          style={{ width: `${share * 100}%` }}
        />
      </div>
      {/* Read on demand, not announced every second. */}
      <p
        className={`w-16 shrink-0 text-right font-mono text-lg font-bold tabular-nums ${urgent ? "text-amber-800" : "text-slate-800"}`}
      >
        <span className="sr-only">Time left: </span>
        {seconds} s
      </p>
    </div>
  );
}
