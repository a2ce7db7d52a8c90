import type { IncomingHttpHeaders } from "node:http";
import type { RequestHandler } from "express";
import { UnauthorizedError } from "../lib/errors.js";

/** Who is calling: a signed-in user or a guest (an anonymous account). */
export interface Identity {
  userId: string;
  name: string;
  isGuest: boolean;
}

/**
 * Finds the caller from request headers (the session cookie). HTTP routes and
 * the WebSocket upgrade use the same resolver, so both trust the same session.
 */
export type IdentityResolver = (headers: IncomingHttpHeaders) => Promise<Identity | null>;

declare module "express-serve-static-core" {
  interface Request {
    identity?: Identity | null;
  }
}

/** Resolves the caller if there is one; never refuses. */
export function optionalAuth(identify: IdentityResolver): RequestHandler {
  return async (req, _res, next) => {
    req.identity = await identify(req.headers);
    next();
  };
}

/** Refuses a request without a session with 401. */
export function requireAuth(identify: IdentityResolver): RequestHandler {
  return async (req, _res, next) => {
    req.identity = await identify(req.headers);
    if (!req.identity) throw new UnauthorizedError();
    next();
  };
}
