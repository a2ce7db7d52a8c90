import { useEffect } from "react";
import { describeSocketProblem } from "./describe-socket-problem";
import type { ServerProblem } from "./match-state";

const SHOW_FOR_MS = 8_000;

interface ProblemNoticeProps {
  problem: ServerProblem | null;
  onDismiss: () => void;
}

/** A refused action, in plain words, for a few seconds; the match carries on underneath. */
export function ProblemNotice({ problem, onDismiss }: ProblemNoticeProps) {
  useEffect(() => {
    if (!problem) return;
    const timer = setTimeout(onDismiss, SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [problem, onDismiss]);

  return (
    <div role="alert" className="empty:hidden">
      {problem ? (
        <div className="flex items-start gap-3 rounded-2xl border border-red-200 bg-red-50 px-4 py-3 text-red-900">
          <span
            aria-hidden="true"
            className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-red-700 text-sm font-bold text-white"
          >
            !
          </span>
          <p className="flex-1 font-medium">{describeSocketProblem(problem.code, problem.message)}</p>
          <button
            type="button"
            onClick={onDismiss}
            className="-my-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-xl hover:bg-red-100"
            aria-label="Dismiss"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
