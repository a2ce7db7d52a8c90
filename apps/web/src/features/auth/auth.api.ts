import { AuthProvidersResponse, MeResponse, type CurrentUser } from "@lila/shared";
import { apiRequest } from "../../lib/api-client";
import { apiBaseUrl } from "../../lib/runtime-config";

/** A refused sign-in or sign-up, with Better Auth's code (e.g. INVALID_EMAIL_OR_PASSWORD). */
export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function fetchProviders(): Promise<AuthProvidersResponse> {
  return apiRequest({
    path: "/api/v1/auth/providers",
    schema: AuthProvidersResponse,
  });
}

export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  return (await apiRequest({ path: "/api/v1/me", schema: MeResponse })).user;
}

/** Better Auth's routes answer in their own shape ({ code, message } on errors), not lila's envelope. */
async function postAuth(path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}/api/auth${path}`, {
      method: "POST",
      credentials: "include",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new AuthError(0, "NETWORK_ERROR", "Could not reach the server");
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Some answers (429 from a proxy) have no JSON body.
  }
  if (!response.ok) {
    const error = (json ?? {}) as { code?: unknown; message?: unknown };
    throw new AuthError(
      response.status,
      typeof error.code === "string" ? error.code : response.status === 429 ? "RATE_LIMITED" : "UNKNOWN",
      typeof error.message === "string" ? error.message : "Request failed",
    );
  }
  return json;
}

export async function signInWithEmail(input: { email: string; password: string }): Promise<void> {
  await postAuth("/sign-in/email", { ...input, rememberMe: true });
}

/** Sign-up never signs in by itself (the same answer for a taken address); signing in next links a guest's games. */
export async function signUpWithEmail(input: { email: string; password: string; name: string }): Promise<void> {
  await postAuth("/sign-up/email", input);
  try {
    await signInWithEmail(input);
  } catch (error) {
    if (error instanceof AuthError && error.status === 401) {
      throw new AuthError(401, "SIGN_UP_FAILED", "Could not create the account");
    }
    throw error;
  }
}

export async function signInAsGuest(name?: string): Promise<void> {
  await postAuth("/sign-in/anonymous", name ? { name } : {});
}

export async function signOut(): Promise<void> {
  await postAuth("/sign-out", {});
}

/** Sends the browser to the provider; it comes back to `returnTo` (a path in this app). */
export async function startProviderSignIn(provider: string, returnTo: string): Promise<void> {
  const origin = window.location.origin;
  const body = (await postAuth("/sign-in/social", {
    provider,
    callbackURL: `${origin}${returnTo}`,
    errorCallbackURL: `${origin}/sign-in?redirect=${encodeURIComponent(returnTo)}`,
  })) as { url?: unknown };
  if (typeof body.url !== "string") {
    throw new AuthError(500, "UNKNOWN", "The server sent no sign-in address");
  }
  window.location.assign(body.url);
}
