import type { ReactNode } from "react";
import { describeApiError } from "../lib/describe-api-error";
import { Button } from "./button";
import { Notice } from "./notice";

interface ErrorPanelProps {
  error: unknown;
  onRetry?: () => void;
  /** Extra actions, e.g. "Change settings". */
  children?: ReactNode;
}

/** A failure in plain words, with Retry when retrying can help. */
export function ErrorPanel({ error, onRetry, children }: ErrorPanelProps) {
  const { message, canRetry } = describeApiError(error);
  const retry =
    canRetry && onRetry ? (
      <Button variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    ) : null;
  return (
    <Notice
      tone="error"
      role="alert"
      actions={
        retry || children ? (
          <>
            {retry}
            {children}
          </>
        ) : undefined
      }
    >
      {message}
    </Notice>
  );
}
