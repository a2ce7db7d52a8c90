import { z } from "zod";

/**
 * Stable, snake_case error codes: the one vocabulary of HTTP error bodies and
 * socket `error` messages. A client decides by the code, never by the text.
 */
export const ERROR_CODES = [
  /** The input does not fit the schema (400; 415 for an unreadable body encoding). */
  "validation_failed",
  /** No session, or one that ended (401). */
  "unauthorized",
  /** A session that may not do this (403). */
  "forbidden",
  /** Nothing at this address, or not any more (404). */
  "not_found",
  /** It was already done, or it is too late (409). */
  "conflict",
  /** Valid settings with too few words to make a game (422). */
  "not_enough_words",
  /** The request body is over the limit (413). */
  "payload_too_large",
  /** Too many requests or messages; wait and try again (429). */
  "rate_limited",
  /** The server or one of its dependencies cannot serve now (503). */
  "unavailable",
  /** A fault on the server's side; the body says nothing more (500). */
  "internal_error",
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ApiErrorBody = z.object({
  success: z.literal(false),
  error: z.string(),
  code: ErrorCode,
  issues: z.array(FieldIssue).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export function apiSuccess<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data });
}
export type ApiSuccess<T> = { success: true; data: T };
