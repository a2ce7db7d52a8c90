import { ApiError } from "./api-client";

export interface ErrorDescription {
  /** Plain words for the learner. */
  message: string;
  /** Whether trying the same thing again could work. */
  canRetry: boolean;
}

/** Turns any failure into a sentence a learner understands; never shows raw server text. */
export function describeApiError(error: unknown): ErrorDescription {
  if (!(error instanceof ApiError)) {
    return {
      message: "Something went wrong. Please try again.",
      canRetry: true,
    };
  }
  switch (error.code) {
    case "network_error":
      return {
        message: "Can't reach the server. Check your connection and try again.",
        canRetry: true,
      };
    case "not_enough_words":
      return {
        message: "There are not enough words for these settings yet. Try another difficulty.",
        canRetry: false,
      };
    case "rate_limited":
      return {
        message: "You're going a little fast. Wait a moment and try again.",
        canRetry: true,
      };
    case "not_found":
      return {
        message: "We couldn't find that. It may have expired.",
        canRetry: false,
      };
    case "conflict":
      return {
        message: "That was already done, so nothing changed.",
        canRetry: false,
      };
    case "validation_failed":
      return {
        message: "Those settings aren't valid. Please pick them again.",
        canRetry: false,
      };
    case "invalid_response":
      return {
        message: "The server sent something we didn't understand. Please try again.",
        canRetry: true,
      };
    default:
      return {
        message: "Something went wrong on our side. Please try again.",
        canRetry: true,
      };
  }
}
