import type { ReactNode } from "react";
import { describeApiError } from "../lib/describe-api-error";
import { secondaryButton } from "./button-styles";

interface ErrorPanelProps {
  error: unknown;
  onRetry?: () => void;
  /** Extra actions, e.g. "Change settings". */
  children?: ReactNode;
}

/** A failure in plain words, with Retry when retrying can help. */
export function ErrorPanel({ error, onRetry, children }: ErrorPanelProps) {
  const { message, canRetry } = describeApiError(error);
  return (
    <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-5 text-red-900">
      <p className="flex items-start gap-2 font-medium">
        <span
          aria-hidden="true"
          className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-red-700 text-sm font-bold text-white"
        >
          !
        </span>
        <span>{message}</span>
      </p>
      {(canRetry && onRetry) || children ? (
        <div className="mt-4 flex flex-wrap gap-3">
          {canRetry && onRetry ? (
            <button type="button" className={secondaryButton} onClick={onRetry}>
              Retry
            </button>
          ) : null}
          {children}
        </div>
      ) : null}
    </div>
  );
}
