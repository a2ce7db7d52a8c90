/** Who is playing: sign-in, guests, the account menu and the current user. */
export { AccountMenu } from "./account-menu";
export { GuestBanner } from "./guest-banner";
export { SignInPage } from "./sign-in-page";
export { parseSignInSearch } from "./sign-in-search";
export { AuthError, fetchCurrentUser, signInAsGuest } from "./auth.api";
export { announceSessionChange, currentUserQueryKey, ensureSession, useCurrentUser } from "./use-session";
