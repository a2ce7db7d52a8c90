import { randomInt } from "node:crypto";
import { betterAuth, type BetterAuthRateLimitStorage } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { anonymous, genericOAuth } from "better-auth/plugins";
import { schema, type Database } from "@lila/db";
import { cleanDisplayName, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Nickname } from "@lila/shared";
import type { Config } from "../../config/env.js";
import { serializeError, type Logger } from "../../lib/logger.js";
import type { ProviderSetting } from "./auth-providers.js";

/** Express writes the caller's address here (req.ip, which honours TRUST_PROXY); Better Auth reads only this. */
export const CLIENT_IP_HEADER = "x-lila-client-ip";

/** Runs when a guest becomes an account (sign-up or sign-in), before the guest user is deleted. */
export type GuestUpgradeHandler = (guest: { userId: string }, account: { userId: string }) => Promise<void>;

export interface CreateAuthOptions {
  config: Config;
  db: Database;
  logger: Logger;
  secret: string;
  providers: ProviderSetting[];
  onGuestUpgrade: GuestUpgradeHandler;
  /** A user's auth session ended, or the user was deleted (a guest who became an account). */
  onSessionEnded: (userId: string) => void;
  /** Where sign-in attempts are counted: shared by every process when Valkey is configured. */
  rateLimitStorage: BetterAuthRateLimitStorage;
}

function guestName(requested: unknown): string {
  const nickname = Nickname.safeParse(requested);
  return nickname.success ? nickname.data : `Guest ${randomInt(1000, 10_000)}`;
}

/** Better Auth, configured from the environment; one instance per app, on the app's database. */
export function createAuth({
  config,
  db,
  logger,
  secret,
  providers,
  onGuestUpgrade,
  onSessionEnded,
  rateLimitStorage,
}: CreateAuthOptions) {
  const authUrl = new URL(config.auth.url);
  const secureCookies = config.isProduction || authUrl.protocol === "https:";
  const social = Object.fromEntries(
    providers.flatMap((provider) => (provider.kind === "social" ? [[provider.id, { ...provider.credentials }]] : [])),
  );
  const openId = providers.flatMap((provider) =>
    provider.kind === "openid"
      ? [
          {
            providerId: provider.id,
            name: provider.name,
            discoveryUrl: provider.discoveryUrl,
            ...provider.credentials,
            scopes: ["openid", "email", "profile"],
            pkce: true,
          },
        ]
      : [],
  );
  const perMinute = (max: number) => ({ window: 60, max });
  const authLogger = logger.child({ component: "auth" });

  return betterAuth({
    appName: "lila",
    baseURL: config.auth.url,
    basePath: "/api/auth",
    secret,
    database: drizzleAdapter(db, { provider: "pg", schema, usePlural: true }),
    // CORS_ORIGIN and BETTER_AUTH_URL, plus the request's own origin: a page this server
    // served itself (npm start on any host name or port) is same-origin, never cross-site.
    trustedOrigins: (request) => [...config.corsOrigins, authUrl.origin, request ? new URL(request.url).origin : null],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // Sign-up never signs in: a new and an existing address get the same answer
      // (no enumeration); the client signs in next, which links a guest's data.
      autoSignIn: false,
    },
    socialProviders: social,
    // Names from OAuth profiles skip lila's request checks (auth.router.ts): cleaned here, whatever their way in.
    databaseHooks: {
      user: {
        create: { before: async (user) => ({ data: { ...user, name: cleanDisplayName(user.name) || "Player" } }) },
        update: {
          before: async (user) =>
            typeof user.name === "string" ? { data: { ...user, name: cleanDisplayName(user.name) || "Player" } } : true,
        },
        delete: { after: async (user) => onSessionEnded(user.id) },
      },
      // Open sockets of that user are checked again at once (realtime-server.ts closes them with 4401).
      session: { delete: { after: async (session) => onSessionEnded(session.userId) } },
    },
    plugins: [
      anonymous({
        generateName: (ctx) => guestName((ctx.body as { name?: unknown } | undefined)?.name),
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await onGuestUpgrade({ userId: anonymousUser.user.id }, { userId: newUser.user.id });
        },
      }),
      ...(openId.length > 0 ? [genericOAuth({ config: openId })] : []),
    ],
    rateLimit: {
      enabled: true,
      ...perMinute(config.auth.rateLimitPerMinute),
      // The first matching rule wins: guests are created freely, passwords are guessed slowly.
      customRules: {
        "/sign-in/anonymous": perMinute(config.auth.rateLimitPerMinute),
        "/sign-in/*": perMinute(config.auth.signInRateLimitPerMinute),
        "/sign-up/*": perMinute(config.auth.signInRateLimitPerMinute),
        "/change-password": perMinute(config.auth.signInRateLimitPerMinute),
      },
      customStorage: rateLimitStorage,
    },
    advanced: {
      cookiePrefix: "lila",
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: secureCookies },
      ...(config.auth.cookieDomain
        ? { crossSubDomainCookies: { enabled: true, domain: config.auth.cookieDomain } }
        : {}),
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // Better Auth skips these checks when NODE_ENV=test; lila's tests check them.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    telemetry: { enabled: false },
    logger: {
      // "info", not "warn": at error/warn/debug Better Auth also prints refused requests to the console itself.
      level: "info",
      log: (level, message, ...args) => {
        // Better Auth passes errors and sometimes the records it worked on: errors go
        // through the safe serializer, anything else is named by its kind only.
        const details =
          args.length > 0
            ? { details: args.map((arg) => (arg instanceof Error ? serializeError(arg) : { kind: typeof arg })) }
            : {};
        if (level === "error") authLogger.error(details, message);
        else if (level === "warn") authLogger.warn(details, message);
        else authLogger.debug(details, message);
      },
    },
  });
}

export type LilaAuth = ReturnType<typeof createAuth>;
