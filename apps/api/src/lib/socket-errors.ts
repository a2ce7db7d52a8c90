import type { ErrorCode, WsErrorMessage } from "@lila/shared";
import { AppError, INTERNAL_ERROR_MESSAGE } from "./errors.js";
import { asUnavailable } from "./dependency-errors.js";
import type { Logger } from "./logger.js";

/** A refusal (a room rule's, an AppError) as the socket's `error` message. */
export function socketError(refusal: { code: ErrorCode; message: string }): WsErrorMessage {
  return { type: "error", code: refusal.code, message: refusal.message };
}

/**
 * The one way a thrown error reaches a socket: an AppError says what it is;
 * anything else is logged with `context` and told as internal_error.
 */
export function socketErrorOf(error: unknown, logger: Logger, context: Record<string, unknown>): WsErrorMessage {
  if (error instanceof AppError) return socketError(error);
  const unavailable = asUnavailable(error);
  if (unavailable) {
    logger.warn({ err: error, ...context }, "a dependency did not answer");
    return socketError(unavailable);
  }
  logger.error({ err: error, ...context }, "socket request failed");
  return socketError({ code: "internal_error", message: INTERNAL_ERROR_MESSAGE });
}
