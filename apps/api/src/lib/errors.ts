import type { ErrorCode, FieldIssue } from "@lila/shared";

/*
 * The one error vocabulary of the API. Services and room rules throw (or
 * return) these; the HTTP renderer (http/errors.ts) and the socket helper
 * (lib/socket-errors.ts) turn them into the wire formats. Anything else that
 * is thrown is a fault: logged, and answered as internal_error with no detail.
 */

/** The HTTP status of each code (a socket error carries the code alone). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  not_enough_words: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};

/** What a client is told about a fault: nothing of its cause. */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** An error a client can act on: a stable code, plain words, and for bad input the fields at fault. */
export class AppError extends Error {
  readonly status: number;
  readonly issues: FieldIssue[] | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { issues?: FieldIssue[]; status?: number } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.status = options.status ?? HTTP_STATUS[code];
    this.issues = options.issues;
  }
}

export class ValidationError extends AppError {
  constructor(issues: FieldIssue[]) {
    super("validation_failed", `Invalid request: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`, {
      issues,
    });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in (or play as a guest) first.") {
    super("unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super("not_found", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class NotEnoughWordsError extends AppError {
  constructor(message: string) {
    super("not_enough_words", message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message = "The request body is too large.") {
    super("payload_too_large", message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message = "Too many requests. Wait a minute and try again.") {
    super("rate_limited", message);
  }
}

export class UnavailableError extends AppError {
  constructor(message: string) {
    super("unavailable", message);
  }
}
