import { Router, type RequestHandler } from "express";
import { fromNodeHeaders, toNodeHandler } from "better-auth/node";
import type { z } from "zod";
import {
  GuestSignInNames,
  MIN_PASSWORD_LENGTH,
  SignUpNames,
  UpdateUserNames,
  type AuthProvidersResponse,
  type MeResponse,
} from "@lila/shared";
import { errorResponse } from "../../http/errors.js";
import { endpoint, toFieldIssues } from "../../http/validate.js";
import { NotFoundError, PayloadTooLargeError, RateLimitedError, ValidationError } from "../../lib/errors.js";
import { presentProviders } from "./auth-providers.js";
import type { Authentication } from "./authentication.js";
import { CLIENT_IP_HEADER } from "./create-auth.js";

/**
 * Better Auth's own routes (/api/auth/*). Mounted before any body parser:
 * Better Auth reads the raw request body itself.
 */
export function createAuthHandlerRouter({ auth }: Authentication): Router {
  const router = Router();
  const passClientIp: RequestHandler = (req, _res, next) => {
    req.headers[CLIENT_IP_HEADER] = req.ip ?? "";
    next();
  };
  const handler = toNodeHandler(
    async (request: Request) => (await refuseBadNames(request)) ?? inLilaEnvelope(request, await auth.handler(request)),
  );
  router.all("/api/auth/*splat", limitBody, passClientIp, handler as RequestHandler);
  return router;
}

/**
 * Better Auth answers a route it does not have with an empty 404, and its rate
 * limiter in words of its own: both are answered in lila's envelope, like every
 * other 404 and 429 (Retry-After headers kept). Its other refusals keep Better
 * Auth's { code, message }, which the sign-in form reads (INVALID_EMAIL_OR_PASSWORD).
 */
async function inLilaEnvelope(request: Request, response: Response): Promise<Response> {
  if (response.status === 429) return errorResponse(new RateLimitedError(), response.headers);
  if (response.status === 404 && (await response.clone().text()) === "") {
    const path = new URL(request.url).pathname;
    return errorResponse(new NotFoundError(`No route for ${request.method} ${path}`), response.headers);
  }
  return response;
}

/** Where a name enters through Better Auth, and the shared schema it must fit. */
const NAME_SCHEMAS: Record<string, z.ZodType> = {
  "/api/auth/sign-up/email": SignUpNames,
  "/api/auth/update-user": UpdateUserNames,
  "/api/auth/sign-in/anonymous": GuestSignInNames,
};

/**
 * A name with control characters, or too long, is refused before Better Auth
 * sees it: a 400 naming the field, like every other route (Better Auth would
 * store it, or fail in the database). Bodies that are not JSON objects are left
 * to Better Auth's own refusal.
 */
async function refuseBadNames(request: Request): Promise<Response | undefined> {
  const schema = request.method === "POST" ? NAME_SCHEMAS[new URL(request.url).pathname] : undefined;
  if (!schema) return undefined;
  let body: unknown;
  try {
    body = await request.clone().json();
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null) return undefined;
  const parsed = schema.safeParse(body);
  return parsed.success ? undefined : errorResponse(new ValidationError(toFieldIssues(parsed.error)));
}

/** Auth requests are small; the same limit as the JSON API. */
const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Better Auth reads the whole body into memory before any check of its own,
 * so its routes refuse a large body, or one of unknown length, up front.
 */
const limitBody: RequestHandler = (req, _res, next) => {
  const declared = req.headers["content-length"];
  const unknownLength = declared === undefined && req.headers["transfer-encoding"] !== undefined;
  if (unknownLength || Number(declared ?? 0) > AUTH_BODY_LIMIT_BYTES) {
    throw new PayloadTooLargeError();
  }
  next();
};

/** lila's own account routes under /api/v1, in the usual envelope. */
export function createAuthApiRouter({ auth, providers }: Authentication): Router {
  const router = Router();
  router.get(
    "/auth/providers",
    endpoint({}, (): AuthProvidersResponse => ({
      providers: presentProviders(providers),
      emailAndPassword: true,
      guests: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    })),
  );
  router.get(
    "/me",
    endpoint({}, async (_input, req, res): Promise<MeResponse> => {
      if (!req.headers.cookie) return { user: null };
      // returnHeaders: Better Auth may refresh the session cookie; pass that on.
      const { headers, response } = await auth.api.getSession({
        headers: fromNodeHeaders(req.headers),
        returnHeaders: true,
      });
      const cookies = headers.getSetCookie();
      if (cookies.length > 0) res.append("Set-Cookie", cookies);
      res.setHeader("Cache-Control", "no-store");
      if (!response) return { user: null };
      const isGuest = Boolean(response.user.isAnonymous);
      return {
        user: { id: response.user.id, name: response.user.name, email: isGuest ? null : response.user.email, isGuest },
      };
    }),
  );
  return router;
}
