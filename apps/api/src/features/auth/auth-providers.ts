import type { AuthProvider } from "@lila/shared";
import type { Config } from "../../config/env.js";

export interface OAuthCredentials {
  clientId: string;
  clientSecret: string;
}

/** Google and GitHub: Better Auth's built-in social providers. */
export interface SocialProviderSetting {
  kind: "social";
  id: "google" | "github";
  name: string;
  credentials: OAuthCredentials;
}

/** Any OpenID Connect provider found by discovery (only the tests' local one today). */
export interface OpenIdProviderSetting {
  kind: "openid";
  id: string;
  name: string;
  credentials: OAuthCredentials;
  discoveryUrl: string;
}

export type ProviderSetting = SocialProviderSetting | OpenIdProviderSetting;

export const TEST_OIDC_PROVIDER_ID = "test-oidc";

/**
 * The OAuth providers that have credentials, in button order. One list builds
 * Better Auth's options and answers GET /api/v1/auth/providers, so the sign-in
 * page never shows a provider the server cannot use.
 */
export function configuredProviders(auth: Config["auth"]): ProviderSetting[] {
  const providers: ProviderSetting[] = [];
  if (auth.google) providers.push({ kind: "social", id: "google", name: "Google", credentials: auth.google });
  if (auth.github) providers.push({ kind: "social", id: "github", name: "GitHub", credentials: auth.github });
  if (auth.testOidc) {
    providers.push({
      kind: "openid",
      id: TEST_OIDC_PROVIDER_ID,
      name: "Test OpenID",
      credentials: { clientId: auth.testOidc.clientId, clientSecret: auth.testOidc.clientSecret },
      discoveryUrl: `${auth.testOidc.issuer}/.well-known/openid-configuration`,
    });
  }
  return providers;
}

export function presentProviders(providers: ProviderSetting[]): AuthProvider[] {
  return providers.map(({ id, name }) => ({ id, name }));
}
