import { ApiError } from "../../lib/api-client";
import { primaryButton, secondaryButton } from "../../ui/button-styles";
import { ErrorPanel } from "../../ui/error-panel";

interface AnswerProblemProps {
  error: unknown;
  onRetry: () => void;
  onNewGame: () => void;
  onChangeSettings: () => void;
}

export function isExpiredSession(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Sending an answer failed: an expired game offers a new one, anything else a retry. */
export function AnswerProblem({ error, onRetry, onNewGame, onChangeSettings }: AnswerProblemProps) {
  if (isExpiredSession(error)) {
    return (
      <div role="alert" className="rounded-2xl border border-amber-300 bg-amber-50 p-5 text-amber-950">
        <p className="flex items-start gap-2 font-medium">
          <span
            aria-hidden="true"
            className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-amber-700 text-sm font-bold text-white"
          >
            !
          </span>
          <span>
            This game has expired — games end after 30 minutes without an answer. Start a new one with the same
            settings?
          </span>
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className={primaryButton} onClick={onNewGame}>
            Start a new game
          </button>
          <button type="button" className={secondaryButton} onClick={onChangeSettings}>
            Change settings
          </button>
        </div>
      </div>
    );
  }
  return <ErrorPanel error={error} onRetry={onRetry} />;
}
