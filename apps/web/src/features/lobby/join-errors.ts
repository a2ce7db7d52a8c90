import { ApiError } from "../../lib/api-client";
import { describeApiError } from "../../lib/describe-api-error";

/** Why joining failed, in the words of the join page (404 and 409 mean something specific here). */
export function describeJoinError(error: unknown, code: string): { message: string; canRetry: boolean } {
  if (error instanceof ApiError && error.status === 404) {
    return {
      message: `There is no lobby with the code ${code}. Check the code with your friend.`,
      canRetry: false,
    };
  }
  if (error instanceof ApiError && error.status === 409) {
    return {
      message: "This lobby is full or its match has already started.",
      canRetry: false,
    };
  }
  return describeApiError(error);
}
