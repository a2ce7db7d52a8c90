import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../config/env.js";
import { configuredProviders, presentProviders } from "./auth-providers.js";
import { createRateLimitStore } from "./auth-rate-limit.store.js";
import { resolveAuthSecret, SECRET_FILE_NAME } from "./auth-secret.js";
import { createUpgradeAuthenticator } from "./identity.resolver.js";

const SECRET = "0123456789abcdef0123456789abcdef";

function problemsOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.join("\n");
  }
  throw new Error("the configuration was accepted");
}

describe("auth configuration", () => {
  it("runs with no auth variables at all: local URL, no OAuth provider, secret to be generated", () => {
    const config = parseConfig({});
    expect(config.auth).toMatchObject({ url: "http://localhost:3000", secret: undefined, cookieDomain: undefined });
    expect(configuredProviders(config.auth)).toEqual([]);
  });

  it("requires BETTER_AUTH_SECRET in production and refuses a short one anywhere", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toMatch(/BETTER_AUTH_SECRET: is required in production/);
    expect(problemsOf({ BETTER_AUTH_SECRET: "short" })).toMatch(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    expect(parseConfig({ NODE_ENV: "production", BETTER_AUTH_SECRET: SECRET }).auth.secret).toBe(SECRET);
  });

  it("enables a provider only with both its id and its secret", () => {
    expect(problemsOf({ GOOGLE_CLIENT_ID: "id" })).toMatch(/GOOGLE_CLIENT_SECRET: must be set together/);
    expect(problemsOf({ GITHUB_CLIENT_SECRET: "secret" })).toMatch(/GITHUB_CLIENT_ID: must be set together/);
    const config = parseConfig({
      GITHUB_CLIENT_ID: "gh",
      GITHUB_CLIENT_SECRET: "s",
      GOOGLE_CLIENT_ID: "g",
      GOOGLE_CLIENT_SECRET: "s",
    });
    expect(presentProviders(configuredProviders(config.auth))).toEqual([
      { id: "google", name: "Google" },
      { id: "github", name: "GitHub" },
    ]);
  });

  it("keeps the test OpenID provider out of production", () => {
    const env = {
      AUTH_TEST_OIDC_ISSUER: "http://127.0.0.1:9000",
      AUTH_TEST_OIDC_CLIENT_ID: "c",
      AUTH_TEST_OIDC_CLIENT_SECRET: "s",
    };
    expect(problemsOf({ ...env, NODE_ENV: "production", BETTER_AUTH_SECRET: SECRET })).toMatch(
      /AUTH_TEST_OIDC_ISSUER: is for tests only/,
    );
    expect(problemsOf({ AUTH_TEST_OIDC_ISSUER: "http://127.0.0.1:9000" })).toMatch(/AUTH_TEST_OIDC_ISSUER/);
    const [provider] = configuredProviders(parseConfig(env).auth);
    expect(provider).toMatchObject({
      kind: "openid",
      id: "test-oidc",
      discoveryUrl: "http://127.0.0.1:9000/.well-known/openid-configuration",
    });
  });

  it("reads BETTER_AUTH_URL, COOKIE_DOMAIN and a list of CORS origins", () => {
    const config = parseConfig({
      BETTER_AUTH_URL: "https://api.example.com/",
      COOKIE_DOMAIN: ".example.com",
      CORS_ORIGIN: "https://example.com, https://www.example.com",
    });
    expect(config.auth.url).toBe("https://api.example.com");
    expect(config.auth.cookieDomain).toBe(".example.com");
    expect(config.corsOrigins).toEqual(["https://example.com", "https://www.example.com"]);
    expect(problemsOf({ COOKIE_DOMAIN: "https://example.com" })).toMatch(/COOKIE_DOMAIN/);
  });
});

describe("resolveAuthSecret", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it("generates a secret once into the data folder, readable only by its owner, and keeps it", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "lila-secret-")), "data");
    folders.push(path.dirname(dataDir));
    const config = { ...parseConfig({ DATA_DIR: dataDir }) };
    const first = resolveAuthSecret(config);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dataDir, SECRET_FILE_NAME);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(config)).toBe(first);
  });

  it("uses BETTER_AUTH_SECRET when it is set, and writes nothing", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "lila-secret-"));
    folders.push(dataDir);
    expect(resolveAuthSecret(parseConfig({ DATA_DIR: dataDir, BETTER_AUTH_SECRET: SECRET }))).toBe(SECRET);
    expect(() => statSync(path.join(dataDir, SECRET_FILE_NAME))).toThrow();
  });
});

describe("createRateLimitStore", () => {
  it("allows max requests per key and window, then tells how long to wait", async () => {
    let now = 1_000_000;
    const store = createRateLimitStore(() => now);
    const rule = { window: 60, max: 2 };
    expect(await store.consume("ip|/sign-in/email", rule)).toEqual({ allowed: true, retryAfter: null });
    expect(await store.consume("ip|/sign-in/email", rule)).toEqual({ allowed: true, retryAfter: null });
    now += 10_000;
    expect(await store.consume("ip|/sign-in/email", rule)).toEqual({ allowed: false, retryAfter: 50 });
    expect((await store.consume("other|/sign-in/email", rule)).allowed).toBe(true);
    now += 50_000;
    expect((await store.consume("ip|/sign-in/email", rule)).allowed).toBe(true);
  });
});

describe("createUpgradeAuthenticator", () => {
  const identity = { userId: "u1", name: "Ada", isGuest: false };
  const authenticate = createUpgradeAuthenticator(
    async (headers) => (headers.cookie === "lila.session_token=good" ? identity : null),
    ["http://localhost:5173"],
  );
  const upgrade = (headers: Record<string, string>) => authenticate({ headers } as never);

  it("finds the user from the session cookie", async () => {
    expect(await upgrade({ cookie: "lila.session_token=good", origin: "http://localhost:5173" })).toEqual(identity);
    expect(await upgrade({ cookie: "lila.session_token=good" })).toEqual(identity);
  });

  it("refuses a handshake without a valid session or from an untrusted page", async () => {
    expect(await upgrade({})).toBeNull();
    expect(await upgrade({ cookie: "lila.session_token=bad" })).toBeNull();
    expect(await upgrade({ cookie: "lila.session_token=good", origin: "https://evil.example" })).toBeNull();
  });
});
