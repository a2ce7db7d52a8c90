import { z } from "zod";

/** Stable, snake_case error codes shared by HTTP responses and socket errors. */
export const ERROR_CODES = [
  "validation_failed",
  "not_found",
  "conflict",
  "not_enough_words",
  "payload_too_large",
  "rate_limited",
  "unauthorized",
  "forbidden",
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
