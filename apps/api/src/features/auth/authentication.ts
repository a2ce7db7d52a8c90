import { EventEmitter } from "node:events";
import type { BetterAuthRateLimitStorage } from "better-auth";
import type { Database } from "@lila/db";
import type { Config } from "../../config/env.js";
import type { IdentityResolver } from "../../http/identity.js";
import type { Logger } from "../../lib/logger.js";
import { configuredProviders, type ProviderSetting } from "./auth-providers.js";
import { createAuth, type GuestUpgradeHandler, type LilaAuth } from "./create-auth.js";
import { createIdentityResolver, createUpgradeAuthenticator, type UpgradeAuthenticator } from "./identity.resolver.js";

/** Everything accounts give the rest of the app, built once in the composition root. */
export interface Authentication {
  auth: LilaAuth;
  /** For HTTP routes: optionalAuth(identify), requireAuth(identify). */
  identify: IdentityResolver;
  /** For the WebSocket upgrade: the same cookie, plus an Origin check. */
  authenticateUpgrade: UpgradeAuthenticator;
  providers: ProviderSetting[];
  /** Pages that may act with the visitor's cookie: CORS_ORIGIN and BETTER_AUTH_URL's origin. */
  trustedOrigins: readonly string[];
  /** Listens for auth sessions that end in this process (sign-out, a deleted guest); returns how to stop. */
  onSessionEnded: (listener: (userId: string) => void) => () => void;
}

export interface AuthenticationDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** BETTER_AUTH_SECRET, or the one generated into DATA_DIR (auth-secret.ts). */
  secret: string;
  /** What moves with a guest when they become an account (their games, from features/account). */
  guestUpgradeHandlers: GuestUpgradeHandler[];
  /** Sign-in attempts: in this process, or in Valkey for every process (auth-rate-limit.store.ts). */
  rateLimitStorage: BetterAuthRateLimitStorage;
}

export function createAuthentication({
  config,
  db,
  logger,
  secret,
  guestUpgradeHandlers,
  rateLimitStorage,
}: AuthenticationDeps): Authentication {
  const providers = configuredProviders(config.auth);
  const sessionEvents = new EventEmitter();
  sessionEvents.setMaxListeners(0);
  const auth = createAuth({
    config,
    db,
    logger,
    secret,
    providers,
    onGuestUpgrade: async (guest, account) => {
      for (const handler of guestUpgradeHandlers) await handler(guest, account);
      logger.info({ guestId: guest.userId, userId: account.userId }, "guest upgraded to an account");
    },
    onSessionEnded: (userId) => sessionEvents.emit("ended", userId),
    rateLimitStorage,
  });
  const identify = createIdentityResolver(auth);
  const trustedOrigins = [...new Set([...config.corsOrigins, new URL(config.auth.url).origin])];
  return {
    auth,
    identify,
    authenticateUpgrade: createUpgradeAuthenticator(identify, trustedOrigins, config.trustProxy),
    providers,
    trustedOrigins,
    onSessionEnded: (listener) => {
      sessionEvents.on("ended", listener);
      return () => sessionEvents.off("ended", listener);
    },
  };
}
