import { useEffect } from "react";
import { Notice } from "../../ui/notice";
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

  // The alert region stays on the page, so each new problem is announced as it fills in.
  return (
    <div role="alert" className="empty:hidden">
      {problem ? (
        <Notice tone="error" size="compact" onDismiss={onDismiss}>
          {describeSocketProblem(problem.code, problem.message)}
        </Notice>
      ) : null}
    </div>
  );
}
