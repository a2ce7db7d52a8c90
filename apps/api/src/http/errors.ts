import type { ErrorCode, FieldIssue } from "@lila/shared";

/** An error a client can act on: it carries its HTTP status and a stable code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(issues: FieldIssue[]) {
    super(
      400,
      "validation_failed",
      `Invalid request: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`,
      issues,
    );
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(404, "not_found", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, "conflict", message);
  }
}

export class NotEnoughWordsError extends AppError {
  constructor(message: string) {
    super(422, "not_enough_words", message);
  }
}
