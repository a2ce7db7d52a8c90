import type { ErrorRequestHandler, RequestHandler } from "express";
import type { ApiErrorBody } from "@lila/shared";
import { AppError } from "./errors.js";

/** Errors thrown by body-parser carry a `type`; we answer them in plain words. */
function fromBodyParser(error: unknown): AppError | undefined {
  const type = (error as { type?: unknown }).type;
  if (type === "entity.too.large") return new AppError(413, "payload_too_large", "The request body is too large.");
  if (type === "entity.parse.failed")
    return new AppError(400, "validation_failed", "The request body is not valid JSON.");
  if (type === "encoding.unsupported" || type === "charset.unsupported")
    return new AppError(415, "validation_failed", "The request body's encoding is not supported.");
  return undefined;
}

export const notFoundHandler: RequestHandler = (req, res) => {
  const body: ApiErrorBody = {
    success: false,
    code: "not_found",
    error: `No route for ${req.method} ${req.originalUrl.split("?")[0]}`,
  };
  res.status(404).json(body);
};

/** The one renderer for errors: known errors keep their status; anything else is a logged 500 with no details. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const known = error instanceof AppError ? error : fromBodyParser(error);
  if (!known) req.log.error({ err: error }, "unhandled error");
  const appError = known ?? new AppError(500, "internal_error", "Something went wrong on our side. Please try again.");
  const body: ApiErrorBody = {
    success: false,
    code: appError.code,
    error: appError.message,
    ...(appError.issues ? { issues: appError.issues } : {}),
  };
  if (res.headersSent) return;
  res.status(appError.status).json(body);
};
