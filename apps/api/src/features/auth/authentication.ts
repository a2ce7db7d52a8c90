import type { Database } from "@lila/db";
import type { Config } from "../../config/env.js";
import type { IdentityResolver } from "../../http/identity.js";
import type { Logger } from "../../lib/logger.js";
import { createGameHistoryService } from "../account/game-history.service.js";
import { configuredProviders, type ProviderSetting } from "./auth-providers.js";
import { resolveAuthSecret } from "./auth-secret.js";
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
}

export interface AuthenticationDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** Move a guest's data to the account it became, after their games (which always move). */
  guestUpgradeHandlers?: GuestUpgradeHandler[];
  /** Tests pass one; otherwise BETTER_AUTH_SECRET or the generated one in DATA_DIR. */
  secret?: string;
}

export function createAuthentication({
  config,
  db,
  logger,
  guestUpgradeHandlers = [],
  secret,
}: AuthenticationDeps): Authentication {
  const providers = configuredProviders(config.auth);
  const history = createGameHistoryService(db, logger);
  const upgradeHandlers: GuestUpgradeHandler[] = [
    async (guest, account) => void (await history.transferToAccount(guest.userId, account.userId)),
    ...guestUpgradeHandlers,
  ];
  const auth = createAuth({
    config,
    db,
    logger,
    secret: secret ?? resolveAuthSecret(config),
    providers,
    onGuestUpgrade: async (guest, account) => {
      for (const handler of upgradeHandlers) await handler(guest, account);
      logger.info({ guestId: guest.userId, userId: account.userId }, "guest upgraded to an account");
    },
  });
  const identify = createIdentityResolver(auth);
  const trustedOrigins = [...new Set([...config.corsOrigins, new URL(config.auth.url).origin])];
  return { auth, identify, authenticateUpgrade: createUpgradeAuthenticator(identify, trustedOrigins), providers };
}
