import { OAuth2Server } from "oauth2-mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserById, listGamesOfUser } from "@lila/db";
import { signInGuest } from "../../../../../tests/support/auth-session.js";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { startTestServer } from "../../../test/support/test-server.js";

const WEB_ORIGIN = "http://localhost:5173";
const settings = { source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", rounds: 3 } as const;

let database: TestDatabase;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await database.destroy();
});

async function listen(env: Record<string, string>) {
  const started = await startTestServer(database.db, { env });
  servers.push(started);
  return started;
}

/** Just enough of a browser's cookie jar: name → value, cleared cookies removed. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  constructor(initial = "") {
    for (const pair of initial.split(/;\s*/).filter(Boolean)) this.set(pair);
  }
  store(response: Response) {
    for (const setCookie of response.headers.getSetCookie()) this.set(setCookie.split(";")[0]!);
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  private set(pair: string) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (value) this.cookies.set(name, value);
    else this.cookies.delete(name);
  }
}

async function startSocialSignIn(baseUrl: string, provider: string, jar = new CookieJar()) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/social`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: WEB_ORIGIN, Cookie: jar.header() },
    body: JSON.stringify({ provider, callbackURL: `${WEB_ORIGIN}/account`, errorCallbackURL: `${WEB_ORIGIN}/sign-in` }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  jar.store(response);
  const body = (await response.json()) as { url: string; redirect: boolean };
  expect(body.redirect).toBe(true);
  return { authorizationUrl: new URL(body.url), jar };
}

describe("GET /api/v1/auth/providers", () => {
  it("lists no OAuth provider when none is configured, and email and guests always", async () => {
    const { baseUrl } = await listen({});
    const body = await fetch(`${baseUrl}/api/v1/auth/providers`).then((r) => r.json());
    expect(body).toEqual({
      success: true,
      data: { providers: [], emailAndPassword: true, guests: true, minPasswordLength: 10 },
    });
  });

  it("lists exactly the providers with credentials", async () => {
    const { baseUrl } = await listen({ GITHUB_CLIENT_ID: "gh-id", GITHUB_CLIENT_SECRET: "gh-secret" });
    const body = (await fetch(`${baseUrl}/api/v1/auth/providers`).then((r) => r.json())) as {
      data: { providers: unknown[] };
    };
    expect(body.data.providers).toEqual([{ id: "github", name: "GitHub" }]);
  });
});

describe("Google and GitHub", () => {
  let baseUrl: string;
  beforeAll(async () => {
    ({ baseUrl } = await listen({
      GOOGLE_CLIENT_ID: "google-client-id.apps",
      GOOGLE_CLIENT_SECRET: "google-secret",
      GITHUB_CLIENT_ID: "github-client-id",
      GITHUB_CLIENT_SECRET: "github-secret",
    }));
  });

  it("sends the browser to Google with the client id, our callback, the scopes and a state", async () => {
    const { authorizationUrl } = await startSocialSignIn(baseUrl, "google");
    expect(authorizationUrl.protocol).toBe("https:");
    expect(authorizationUrl.hostname).toBe("accounts.google.com");
    const query = authorizationUrl.searchParams;
    expect(query.get("client_id")).toBe("google-client-id.apps");
    expect(query.get("redirect_uri")).toBe(`${baseUrl}/api/auth/callback/google`);
    expect(query.get("response_type")).toBe("code");
    expect(query.get("scope")?.split(" ").sort()).toEqual(["email", "openid", "profile"]);
    expect(query.get("state")).toMatch(/^[\w-]{16,}$/);
    expect(query.get("code_challenge_method")).toBe("S256");
  });

  it("sends the browser to GitHub with the client id, our callback, the scopes and a state", async () => {
    const { authorizationUrl } = await startSocialSignIn(baseUrl, "github");
    expect(authorizationUrl.hostname).toBe("github.com");
    expect(authorizationUrl.pathname).toBe("/login/oauth/authorize");
    const query = authorizationUrl.searchParams;
    expect(query.get("client_id")).toBe("github-client-id");
    expect(query.get("redirect_uri")).toBe(`${baseUrl}/api/auth/callback/github`);
    expect(query.get("scope")?.split(" ").sort()).toEqual(["read:user", "user:email"]);
    expect(query.get("state")).toMatch(/^[\w-]{16,}$/);
  });

  it("refuses a callback URL outside the trusted origins", async () => {
    const response = await fetch(`${baseUrl}/api/auth/sign-in/social`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: WEB_ORIGIN },
      body: JSON.stringify({ provider: "google", callbackURL: "https://evil.example/steal" }),
    });
    expect(response.status).toBe(403);
  });
});

describe("the authorization-code flow against a local OpenID provider", () => {
  const provider = new OAuth2Server();
  let baseUrl: string;
  let profile: { sub: string; email: string; name: string };

  beforeAll(async () => {
    await provider.issuer.keys.generate("RS256");
    await provider.start(0, "127.0.0.1");
    provider.service.on("beforeTokenSigning", (token) => {
      Object.assign(token.payload, { ...profile, email_verified: true });
    });
    provider.service.on("beforeUserinfo", (userinfo) => {
      userinfo.body = { ...profile, email_verified: true };
    });
    ({ baseUrl } = await listen({
      AUTH_TEST_OIDC_ISSUER: provider.issuer.url!,
      AUTH_TEST_OIDC_CLIENT_ID: "lila-test-client",
      AUTH_TEST_OIDC_CLIENT_SECRET: "lila-test-secret",
    }));
  });
  afterAll(() => provider.stop());

  /** Browser-like: follow the provider's redirect to our callback, carrying cookies; stop at the web app. */
  async function completeSignIn(jar: CookieJar, authorizationUrl: URL) {
    const atProvider = await fetch(authorizationUrl, { redirect: "manual" });
    expect(atProvider.status).toBe(302);
    const callback = new URL(atProvider.headers.get("location")!);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${baseUrl}/api/auth/callback/test-oidc`);
    const back = await fetch(callback, { redirect: "manual", headers: { Cookie: jar.header() } });
    jar.store(back);
    return back;
  }

  async function me(cookie: string) {
    const body = (await fetch(`${baseUrl}/api/v1/me`, { headers: { Cookie: cookie } }).then((r) => r.json())) as {
      data: { user: { id: string; name: string; email: string | null; isGuest: boolean } | null };
    };
    return body.data.user;
  }

  it("is offered by the providers endpoint, built by the same code as Google and GitHub", async () => {
    const body = (await fetch(`${baseUrl}/api/v1/auth/providers`).then((r) => r.json())) as {
      data: { providers: unknown[] };
    };
    expect(body.data.providers).toEqual([{ id: "test-oidc", name: "Test OpenID" }]);
  });

  it("signs a new user in and sends them back to the web app", async () => {
    profile = { sub: `user-${crypto.randomUUID()}`, email: `oidc-${Date.now()}@example.test`, name: "Olivia Oidc" };
    const { authorizationUrl, jar } = await startSocialSignIn(baseUrl, "test-oidc");
    expect(authorizationUrl.origin).toBe(provider.issuer.url);
    expect(authorizationUrl.searchParams.get("client_id")).toBe("lila-test-client");
    expect(authorizationUrl.searchParams.get("redirect_uri")).toBe(`${baseUrl}/api/auth/callback/test-oidc`);

    const back = await completeSignIn(jar, authorizationUrl);
    expect(back.status).toBe(302);
    expect(back.headers.get("location")).toBe(`${WEB_ORIGIN}/account`);
    expect(await me(jar.header())).toMatchObject({ name: "Olivia Oidc", email: profile.email, isGuest: false });
  });

  it("signs the same person in to the same account the next time", async () => {
    profile = { sub: `user-${crypto.randomUUID()}`, email: `oidc-again-${Date.now()}@example.test`, name: "Repeat" };
    const first = await startSocialSignIn(baseUrl, "test-oidc");
    await completeSignIn(first.jar, first.authorizationUrl);
    const second = await startSocialSignIn(baseUrl, "test-oidc");
    await completeSignIn(second.jar, second.authorizationUrl);
    expect((await me(first.jar.header()))?.id).toBe((await me(second.jar.header()))?.id);
  });

  it("turns a guest into the provider's account and keeps the guest's games", async () => {
    profile = {
      sub: `user-${crypto.randomUUID()}`,
      email: `guest-upgrade-${Date.now()}@example.test`,
      name: "From Guest",
    };
    const guest = await signInGuest(baseUrl);
    const started = await fetch(`${baseUrl}/api/v1/game/start`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: guest.cookie },
      body: JSON.stringify(settings),
    });
    const game = ((await started.json()) as { data: { sessionId: string } }).data;

    const { authorizationUrl, jar } = await startSocialSignIn(baseUrl, "test-oidc", new CookieJar(guest.cookie));
    const back = await completeSignIn(jar, authorizationUrl);
    expect(back.headers.get("location")).toBe(`${WEB_ORIGIN}/account`);
    const user = await me(jar.header());
    expect(user).toMatchObject({ email: profile.email, isGuest: false });
    expect(user?.id).not.toBe(guest.userId);
    expect(await findUserById(database.db, guest.userId)).toBeNull();
    expect((await listGamesOfUser(database.db, user!.id)).map((g) => g.id)).toEqual([game.sessionId]);
  });

  it("refuses a callback whose state it did not issue", async () => {
    const response = await fetch(`${baseUrl}/api/auth/callback/test-oidc?code=forged&state=forged`, {
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/error=/);
    expect(response.headers.getSetCookie().some((cookie) => /session_token=[^;]+/.test(cookie))).toBe(false);
  });
});
