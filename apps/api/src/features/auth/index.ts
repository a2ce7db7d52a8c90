/** Accounts through Better Auth: its routes, lila's account routes, and who is calling. */
export { createAuthApiRouter, createAuthHandlerRouter } from "./auth.router.js";
export { resolveAuthSecret } from "./auth-secret.js";
export { createRateLimitStore, createValkeyRateLimitStore } from "./auth-rate-limit.store.js";
export { createAuthentication, type Authentication } from "./authentication.js";
export type { GuestUpgradeHandler } from "./create-auth.js";
