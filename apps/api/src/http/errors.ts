import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from "@lila/shared";
import { asUnavailable } from "../lib/dependency-errors.js";
import { AppError, HTTP_STATUS, INTERNAL_ERROR_MESSAGE, NotFoundError, PayloadTooLargeError } from "../lib/errors.js";

/*
 * The one HTTP renderer: every error response of the API, whatever produced
 * it (a service, the router, body parsing, a rate limiter, Better Auth's
 * handler, a refused WebSocket upgrade), is the envelope
 * { success: false, error, code[, issues] } with the code's status.
 */

export function errorBody(error: AppError): ApiErrorBody {
  return {
    success: false,
    code: error.code,
    error: error.message,
    ...(error.issues ? { issues: error.issues } : {}),
  };
}

export function sendError(res: Response, error: AppError): void {
  res.status(error.status).json(errorBody(error));
}

/** The same envelope as a fetch Response, for handlers that answer with one (Better Auth). */
export function errorResponse(error: AppError, headers: Headers = new Headers()): globalThis.Response {
  const merged = new Headers(headers);
  merged.set("Content-Type", "application/json");
  merged.delete("Content-Length");
  return new globalThis.Response(JSON.stringify(errorBody(error)), { status: error.status, headers: merged });
}

/** A refused WebSocket upgrade: written as an HTTP response on the raw socket, then closed. */
export function writeUpgradeError(socket: Duplex, error: AppError): void {
  const body = JSON.stringify(errorBody(error));
  socket.end(
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? "Error"}\r\n` +
      "Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Errors raised before a handler runs (body parsing, path decoding) carry an
 * HTTP status and, from body-parser, a `type`; they are answered in plain words.
 */
function fromRequestParsing(error: unknown): AppError | undefined {
  if (error instanceof URIError) return new AppError("validation_failed", "The address is not valid (bad %-encoding).");
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (type === "entity.too.large") return new PayloadTooLargeError();
  if (type === "entity.parse.failed") return new AppError("validation_failed", "The request body is not valid JSON.");
  if (type === "encoding.unsupported" || type === "charset.unsupported")
    return new AppError("validation_failed", "The request body's encoding is not supported.", { status: 415 });
  if (typeof status === "number" && status >= 400 && status < 500)
    return new AppError(codeForStatus(status), "The request could not be read.", { status });
  return undefined;
}

function codeForStatus(status: number): ErrorCode {
  return ERROR_CODES.find((code) => HTTP_STATUS[code] === status) ?? "validation_failed";
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendError(res, new NotFoundError(`No route for ${req.method} ${req.originalUrl.split("?")[0]}`));
};

/**
 * Known errors keep their code; a database or Valkey that did not answer is a
 * 503 (logged as a warning); anything else is a logged 500 that says nothing of its cause.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  // Too late for an error body: Express closes the connection.
  if (res.headersSent) return next(error);
  const known = error instanceof AppError ? error : fromRequestParsing(error);
  if (known) return sendError(res, known);
  const unavailable = asUnavailable(error);
  if (unavailable) {
    req.log.warn({ err: error }, "a dependency did not answer");
    res.setHeader("Retry-After", "5");
    return sendError(res, unavailable);
  }
  req.log.error({ err: error }, "unhandled error");
  sendError(res, new AppError("internal_error", INTERNAL_ERROR_MESSAGE));
};
