import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { z } from "zod";
import { ApiErrorBody, WsErrorMessage, WsServerMessage } from "@lila/shared";

/*
 * Every error the API sends while the suite runs must be in the shared
 * vocabulary: an HTTP error is the strict envelope { success: false, error,
 * code[, issues] } with a code from ErrorCode, a socket error is the strict
 * { type: "error", code, message }. Test apps and test sockets report what
 * they see here; error-contract.setup.ts fails the test that saw a stray one.
 */

const StrictApiError = ApiErrorBody.strict();
const StrictSocketError = WsErrorMessage.strict();
/** Better Auth's own refusals ({ code, message }), which its form reads: the one exception, under /api/auth only. */
const BetterAuthRefusal = z.object({ message: z.string(), code: z.string().optional() });

const violations: string[] = [];

export function takeErrorContractViolations(): string[] {
  return violations.splice(0);
}

/** Checks one HTTP error response. */
export function checkHttpError(request: string, status: number, body: string): void {
  if (status < 400) return;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    violations.push(`${request} → ${status} with a body that is not JSON: ${JSON.stringify(body.slice(0, 120))}`);
    return;
  }
  if (StrictApiError.safeParse(json).success) return;
  const path = request.split(" ")[1] ?? "";
  const betterAuthOwn = path.startsWith("/api/auth/") && status !== 404 && status !== 429;
  if (betterAuthOwn && BetterAuthRefusal.safeParse(json).success) return;
  violations.push(`${request} → ${status} outside the error envelope: ${JSON.stringify(json).slice(0, 200)}`);
}

/** Checks one message a test socket received. */
export function checkSocketMessage(text: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    violations.push(`socket message that is not JSON: ${text.slice(0, 120)}`);
    return;
  }
  if (!WsServerMessage.safeParse(json).success) {
    violations.push(`socket message outside the shared schema: ${text.slice(0, 200)}`);
  } else if ((json as { type: string }).type === "error" && !StrictSocketError.safeParse(json).success) {
    violations.push(`socket error outside the shared schema: ${text.slice(0, 200)}`);
  }
}

/**
 * Wraps a request listener (the test app) so that every error response it
 * writes is checked, whoever wrote it: a route, Express, a rate limiter,
 * Better Auth.
 */
export function checkErrorResponses(listener: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
      );
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as typeof res.end;
    res.on("finish", () => {
      if (req.method === "HEAD") return;
      checkHttpError(`${req.method} ${req.url}`, res.statusCode, Buffer.concat(chunks).toString("utf8"));
    });
    listener(req, res);
  };
}
