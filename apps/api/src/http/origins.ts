import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import type { RequestHandler } from "express";
import { ForbiddenError } from "../lib/errors.js";

/**
 * May a browser page from `origin` call us with the visitor's cookie? Yes when
 * it is one of the configured origins, or when the page was served by this very
 * server (the one-port local run on any host and port): same scheme, same host
 * and port. "null" (a sandboxed or file page) is never trusted.
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[], ownOrigin: string | undefined): boolean {
  const normalized = origin.replace(/\/$/, "");
  if (allowed.includes(normalized)) return true;
  return ownOrigin !== undefined && normalized.toLowerCase() === ownOrigin.toLowerCase();
}

/**
 * The origin a request was addressed to: the Host header, with the scheme of
 * the connection, or the one the proxy in front reports (X-Forwarded-Proto)
 * when TRUST_PROXY says there is one, as Express's req.protocol does.
 */
export function ownOriginOf(req: IncomingMessage, trustProxy: number): string | undefined {
  const host = req.headers.host;
  if (!host) return undefined;
  let scheme = (req.socket as Partial<TLSSocket> | undefined)?.encrypted ? "https" : "http";
  const forwarded = req.headers["x-forwarded-proto"];
  if (trustProxy > 0 && typeof forwarded === "string") {
    const first = forwarded.split(",")[0]!.trim().toLowerCase();
    if (first === "https" || first === "http") scheme = first;
  }
  return `${scheme}://${host}`;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery, refused by Origin: a request that changes state
 * (POST, PUT, PATCH, DELETE) and names an origin must name a trusted one.
 * Browsers send Origin on every such request from a page, cross-site or not
 * (the Fetch standard; HTML forms included), so a request without one does
 * not come from a page on another site: curl, tests and server-to-server
 * callers keep working. Reads are left alone; CORS keeps their answers from
 * foreign pages.
 */
export function refuseForeignOrigins(trusted: readonly string[], trustProxy: number): RequestHandler {
  return (req, _res, next) => {
    const origin = req.headers.origin;
    if (READS.has(req.method) || origin === undefined) return next();
    if (isAllowedOrigin(origin, trusted, ownOriginOf(req, trustProxy))) return next();
    throw new ForbiddenError("Requests from this origin may not change anything here.");
  };
}
