import { safeReturnPath } from "./auth-errors";

export interface SignInSearch {
  /** Where to go afterwards: a path in this app. */
  redirect?: string;
  mode?: "sign-in" | "sign-up";
  /** Set by Better Auth when a provider sign-in failed. */
  error?: string;
}

export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  const parsed: SignInSearch = {};
  if (typeof search.redirect === "string") parsed.redirect = safeReturnPath(search.redirect);
  if (search.mode === "sign-up" || search.mode === "sign-in") parsed.mode = search.mode;
  if (typeof search.error === "string") parsed.error = search.error.slice(0, 100);
  return parsed;
}
