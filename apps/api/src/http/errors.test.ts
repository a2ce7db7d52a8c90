import type { NextFunction, Request, Response } from "express";
import { describe, expect, it, vi } from "vitest";
import { ApiErrorBody } from "@lila/shared";
import { NotFoundError, ValidationError } from "../lib/errors.js";
import { errorBody, errorHandler } from "./errors.js";

/** A response that records what the handler did to it. */
function fakeResponse(headersSent: boolean) {
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    headersSent,
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
      return res;
    },
  };
  return { res: res as unknown as Response, sent };
}

const request = { log: { error: vi.fn() } } as unknown as Request;

describe("errorHandler", () => {
  it("hands the error on when the headers are already sent (Express then closes the connection)", () => {
    const { res, sent } = fakeResponse(true);
    const next = vi.fn() as unknown as NextFunction;
    const error = new Error("failed while streaming");
    errorHandler(error, request, res, next);
    expect(next).toHaveBeenCalledWith(error);
    expect(sent).toEqual({});
  });

  it.each([
    ["a known error", new NotFoundError("No lobby."), 404, "not_found"],
    ["a bad %-encoding in the path", new URIError("URI malformed"), 400, "validation_failed"],
    [
      "a body over the limit",
      Object.assign(new Error("too large"), { type: "entity.too.large", status: 413 }),
      413,
      "payload_too_large",
    ],
    [
      "a body that is not JSON",
      Object.assign(new Error("bad"), { type: "entity.parse.failed", status: 400 }),
      400,
      "validation_failed",
    ],
    [
      "an unreadable encoding",
      Object.assign(new Error("gzip?"), { type: "encoding.unsupported", status: 415 }),
      415,
      "validation_failed",
    ],
    ["a fault", new Error("connection reset by the database at 10.0.0.3"), 500, "internal_error"],
  ])("answers %s in the envelope", (_label, error, status, code) => {
    const { res, sent } = fakeResponse(false);
    errorHandler(error, request, res, vi.fn());
    expect(sent.status).toBe(status);
    expect(ApiErrorBody.strict().parse(sent.body).code).toBe(code);
    expect(JSON.stringify(sent.body)).not.toContain("10.0.0.3");
  });
});

describe("errorBody", () => {
  it("names the fields of a validation error", () => {
    expect(errorBody(new ValidationError([{ field: "rounds", message: "must be 3 or 10" }]))).toEqual({
      success: false,
      code: "validation_failed",
      error: "Invalid request: rounds must be 3 or 10",
      issues: [{ field: "rounds", message: "must be 3 or 10" }],
    });
  });
});
