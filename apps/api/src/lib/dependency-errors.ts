import { UnavailableError } from "./errors.js";

/*
 * A request that failed because PostgreSQL or Valkey did not answer in time,
 * or could not be reached, is not a fault of the API: it is answered 503
 * `unavailable` (try again shortly), not 500. What counts, by the drivers'
 * own errors (a wrapper's `cause` is looked through):
 */

/** node-postgres and pg-pool: connecting, waiting for a pooled connection, or an answer that never came. */
const POSTGRES_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated",
  "Query read timeout",
  "connection timeout",
  "Client has encountered a connection error",
];
/** SQLSTATE: statement_timeout, a server shutting down or starting, too many connections; class 08 is "connection exception". */
const POSTGRES_CODES = new Set(["57014", "57P01", "57P02", "57P03", "53300"]);
/** ioredis: a command timed out, the connection is down (no offline queue), or retries ran out. */
const VALKEY_MESSAGES = ["Command timed out", "Stream isn't writeable", "Connection is closed"];
const VALKEY_NAMES = new Set(["MaxRetriesPerRequestError"]);
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);

const MAX_DEPTH = 5;

function isDependencyFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > MAX_DEPTH) return false;
  const { name, message, code, cause } = error as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    cause?: unknown;
  };
  const text = typeof message === "string" ? message : "";
  if (typeof code === "string" && (POSTGRES_CODES.has(code) || NETWORK_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  if (typeof name === "string" && VALKEY_NAMES.has(name)) return true;
  if ([...POSTGRES_MESSAGES, ...VALKEY_MESSAGES].some((known) => text.includes(known))) return true;
  return isDependencyFailure(cause, depth + 1);
}

/** The 503 a client gets for a failed dependency, or undefined when `error` is something else. */
export function asUnavailable(error: unknown): UnavailableError | undefined {
  return isDependencyFailure(error)
    ? new UnavailableError("The service is busy or restarting. Please try again in a moment.")
    : undefined;
}
