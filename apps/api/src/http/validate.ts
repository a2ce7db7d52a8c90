import type { Request, RequestHandler, Response } from "express";
import type { z } from "zod";
import type { FieldIssue } from "@lila/shared";
import { ValidationError } from "../lib/errors.js";

export function toFieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return { field: field || "(body)", message: issue.message };
  });
}

/** Parses a value with a shared schema; a mismatch becomes a 400 that names every bad field. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, prefix?: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(toFieldIssues(parsed.error, prefix));
  return parsed.data;
}

interface Schemas<B, Q, P> {
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
}

export interface EndpointInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
}

/**
 * The one edge where requests become typed input: parses body, query and params
 * with the shared schemas, runs the handler, and wraps its result in the
 * success envelope. Handlers never read req.body raw.
 */
export function endpoint<R, B = undefined, Q = undefined, P = undefined>(
  schemas: Schemas<B, Q, P>,
  handler: (input: EndpointInput<B, Q, P>, req: Request, res: Response) => Promise<R> | R,
  options: { status?: number } = {},
): RequestHandler {
  return async (req, res) => {
    const input = {
      body: schemas.body ? parseInput(schemas.body, req.body ?? {}) : (undefined as B),
      query: schemas.query ? parseInput(schemas.query, req.query, "query") : (undefined as Q),
      params: schemas.params ? parseInput(schemas.params, req.params, "params") : (undefined as P),
    };
    const data = await handler(input, req, res);
    res.status(options.status ?? 200).json({ success: true, data });
  };
}
