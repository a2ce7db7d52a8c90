import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { fromNodeHeaders } from "better-auth/node";
import type { Identity, IdentityResolver } from "../../http/identity.js";
import { isAllowedOrigin, ownOriginOf } from "../../http/origins.js";
import type { LilaAuth } from "./create-auth.js";

/** A session cookie → who is calling, through Better Auth (one lookup of the session row). */
export function createIdentityResolver(auth: LilaAuth): IdentityResolver {
  return async (headers: IncomingHttpHeaders): Promise<Identity | null> => {
    if (!headers.cookie) return null;
    const found = await auth.api.getSession({ headers: fromNodeHeaders(headers) });
    if (!found) return null;
    return { userId: found.user.id, name: found.user.name, isGuest: Boolean(found.user.isAnonymous) };
  };
}

export type UpgradeAuthenticator = (req: IncomingMessage) => Promise<Identity | null>;

/**
 * The WebSocket handshake carries the same cookie as HTTP. Null means "answer
 * 401 and close": no valid session, or an Origin outside the trusted list (a
 * page on another site cannot open a socket with the visitor's cookie).
 */
export function createUpgradeAuthenticator(
  identify: IdentityResolver,
  trustedOrigins: readonly string[],
  trustProxy = 0,
): UpgradeAuthenticator {
  return async (req) => {
    const origin = req.headers.origin;
    if (origin && !isAllowedOrigin(origin, trustedOrigins, ownOriginOf(req, trustProxy))) return null;
    // A failing database throws (the socket answers 500), rather than posing as "signed out".
    return identify(req.headers);
  };
}
