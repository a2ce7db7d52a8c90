/** Who is playing: sign-in, guests, the account menu and the current user (a query, see auth.queries.ts). */
export { AccountMenu } from "./account-menu";
export { authKeys, authQueries, useCurrentUser } from "./auth.queries";
export { ensureSession, useEnsureSession } from "./auth-session";
export { GuestBanner } from "./guest-banner";
export { SignInPage } from "./sign-in-page";
export { parseSignInSearch } from "./sign-in-search";
