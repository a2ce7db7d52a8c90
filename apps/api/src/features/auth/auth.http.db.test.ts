import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "@lila/shared";
import {
  cookieHeaderFrom,
  signInGuest,
  signInWithEmail,
  signUpWithEmail,
  uniqueEmail,
} from "../../../../../tests/support/auth-session.js";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { startTestServer } from "../../../test/support/test-server.js";

const WEB_ORIGIN = "http://localhost:5173";
const PASSWORD = "correct horse battery";

let database: TestDatabase;
const servers: Array<{ close(): Promise<void> }> = [];

async function listen(env: Record<string, string> = {}) {
  const started = await startTestServer(database.db, { env });
  servers.push(started);
  return started;
}

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await database.destroy();
});

interface MeBody {
  success: boolean;
  data: { user: { id: string; name: string; email: string | null; isGuest: boolean } | null };
}

async function me(baseUrl: string, cookie?: string): Promise<MeBody> {
  const response = await fetch(`${baseUrl}/api/v1/me`, { headers: cookie ? { Cookie: cookie } : {} });
  return (await response.json()) as MeBody;
}

describe("guests", () => {
  it("signs a guest in over HTTP with the nickname they chose, or a generated name", async () => {
    const { baseUrl } = await listen();
    const named = await signInGuest(baseUrl, "Ada");
    expect(await me(baseUrl, named.cookie)).toEqual({
      success: true,
      data: { user: { id: named.userId, name: "Ada", email: null, isGuest: true } },
    });
    const unnamed = await signInGuest(baseUrl);
    expect((await me(baseUrl, unnamed.cookie)).data.user?.name).toMatch(/^Guest \d{4}$/);
    expect(unnamed.userId).not.toBe(named.userId);
  });

  it("answers /me with no user without a cookie, and with a cookie that is not a session", async () => {
    const { baseUrl } = await listen();
    expect((await me(baseUrl)).data).toEqual({ user: null });
    expect((await me(baseUrl, "lila.session_token=forged.value")).data).toEqual({ user: null });
  });
});

describe("the WebSocket upgrade helper", () => {
  it("finds the caller from the same cookie, and nobody without a session", async () => {
    const { baseUrl, services } = await listen();
    const { authentication } = services;
    const guest = await signInGuest(baseUrl, "Socket");
    const upgrade = (headers: Record<string, string>) => authentication.authenticateUpgrade({ headers } as never);
    expect(await upgrade({ cookie: guest.cookie, origin: baseUrl })).toEqual({
      userId: guest.userId,
      name: "Socket",
      isGuest: true,
    });
    expect(await upgrade({})).toBeNull();
    expect(await upgrade({ cookie: guest.cookie, origin: "https://evil.example" })).toBeNull();
  });
});

describe("email and password", () => {
  it("signs up, signs in, signs out and signs in again", async () => {
    const { baseUrl } = await listen();
    const email = uniqueEmail();
    const account = await signUpWithEmail(baseUrl, { email, password: PASSWORD, name: "Grace" });
    expect((await me(baseUrl, account.cookie)).data.user).toEqual({
      id: account.userId,
      name: "Grace",
      email,
      isGuest: false,
    });

    const signOut = await fetch(`${baseUrl}/api/auth/sign-out`, {
      method: "POST",
      headers: { Cookie: account.cookie, Origin: WEB_ORIGIN, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    expect((await me(baseUrl, account.cookie)).data.user).toBeNull();

    const again = await signInWithEmail(baseUrl, { email, password: PASSWORD });
    expect(again.userId).toBe(account.userId);
  });

  it("refuses a short password with the minimum length", async () => {
    const { app } = await listen();
    const response = await request(app)
      .post("/api/auth/sign-up/email")
      .send({ email: uniqueEmail(), password: "x".repeat(MIN_PASSWORD_LENGTH - 1), name: "Shorty" });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("PASSWORD_TOO_SHORT");
  });

  it("refuses a body over 16 KB before Better Auth reads it", async () => {
    const { app } = await listen();
    const response = await request(app)
      .post("/api/auth/sign-up/email")
      .send({ email: uniqueEmail(), password: PASSWORD, name: "x".repeat(20 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ success: false, code: "payload_too_large" });
  });

  it("does not tell whether an address has an account", async () => {
    const { app } = await listen();
    const email = uniqueEmail("taken");
    const first = await request(app).post("/api/auth/sign-up/email").send({ email, password: PASSWORD, name: "First" });
    const second = await request(app)
      .post("/api/auth/sign-up/email")
      .send({ email, password: "another password 42", name: "Second" });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(Object.keys(second.body).sort()).toEqual(Object.keys(first.body).sort());
    expect(second.body.token).toBeNull();
    expect(second.headers["set-cookie"]).toBeUndefined();

    const wrongPassword = await request(app)
      .post("/api/auth/sign-in/email")
      .send({ email, password: "not the password" });
    const unknownEmail = await request(app)
      .post("/api/auth/sign-in/email")
      .send({ email: uniqueEmail("nobody"), password: PASSWORD });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });
});

describe("the session cookie", () => {
  function sessionCookie(setCookies: string[] | undefined) {
    const cookie = (setCookies ?? []).find((value) => value.includes("session_token="));
    expect(cookie, "a session cookie").toBeDefined();
    return cookie!;
  }

  it("is HttpOnly, SameSite=Lax, host-only and not Secure in development", async () => {
    const { app } = await listen();
    const response = await request(app).post("/api/auth/sign-in/anonymous").send({});
    const cookie = sessionCookie(response.headers["set-cookie"] as unknown as string[]);
    expect(cookie).toMatch(/^lila\.session_token=/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Domain=/i);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  it("is valid on every subdomain with COOKIE_DOMAIN, and Secure in production", async () => {
    const { app } = await listen({
      NODE_ENV: "production",
      COOKIE_DOMAIN: ".example.com",
      BETTER_AUTH_URL: "https://api.example.com",
      CORS_ORIGIN: "https://example.com",
    });
    const response = await request(app).post("/api/auth/sign-in/anonymous").send({});
    const cookie = sessionCookie(response.headers["set-cookie"] as unknown as string[]);
    expect(cookie).toMatch(/^__Secure-lila\.session_token=/);
    expect(cookie).toMatch(/; Domain=\.?example\.com/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
  });
});

describe("origins", () => {
  it("refuses a cookie-carrying auth request from an origin outside CORS_ORIGIN", async () => {
    const { app, baseUrl } = await listen();
    const guest = await signInGuest(baseUrl);
    const evil = await request(app)
      .post("/api/auth/update-user")
      .set("Cookie", guest.cookie)
      .set("Origin", "https://evil.example")
      .send({ name: "Pwned" });
    expect(evil.status).toBe(403);
    const allowed = await request(app)
      .post("/api/auth/update-user")
      .set("Cookie", guest.cookie)
      .set("Origin", WEB_ORIGIN)
      .send({ name: "Renamed" });
    expect(allowed.status).toBe(200);
    expect((await me(baseUrl, guest.cookie)).data.user?.name).toBe("Renamed");
  });

  it("trusts a page served by the server itself, whatever host name it was opened with", async () => {
    const { baseUrl } = await listen({ BETTER_AUTH_URL: "http://localhost:3000" });
    const email = uniqueEmail("same-origin");
    const signUp = (origin: string) =>
      fetch(`${baseUrl}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: origin },
        body: JSON.stringify({ email, password: PASSWORD, name: "Local" }),
      });
    expect((await signUp("https://evil.example")).status).toBe(403);
    expect((await signUp(baseUrl)).status).toBe(200);
  });

  it("gives CORS headers for /api/auth to the web origin only", async () => {
    const { app } = await listen();
    const preflight = await request(app)
      .options("/api/auth/sign-in/email")
      .set("Origin", WEB_ORIGIN)
      .set("Access-Control-Request-Method", "POST");
    expect(preflight.headers["access-control-allow-origin"]).toBe(WEB_ORIGIN);
    expect(preflight.headers["access-control-allow-credentials"]).toBe("true");
    const other = await request(app)
      .options("/api/auth/sign-in/email")
      .set("Origin", "https://evil.example")
      .set("Access-Control-Request-Method", "POST");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("Better Auth's routes", () => {
  it("answer a route they do not have with an enveloped 404, and a bad %-encoding with a 400", async () => {
    const { app } = await listen();
    for (const method of ["get", "post"] as const) {
      const response = await request(app)[method]("/api/auth/no-such-route");
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        success: false,
        code: "not_found",
        error: `No route for ${method.toUpperCase()} /api/auth/no-such-route`,
      });
    }
    const badEncoding = await request(app).get("/api/auth/%ff");
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.body).toMatchObject({ success: false, code: "validation_failed" });
  });
});

describe("rate limits", () => {
  it("slows down password guessing on /sign-in, per client address", async () => {
    const { app } = await listen({ AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "3", TRUST_PROXY: "1" });
    const attempt = (ip: string) =>
      request(app)
        .post("/api/auth/sign-in/email")
        .set("X-Forwarded-For", ip)
        .send({ email: "someone@example.test", password: "guess 1234567" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt("203.0.113.7")).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await attempt("203.0.113.7");
    expect(limited.status).toBe(429);
    // Better Auth's limiter answers in lila's envelope, and says when to come back.
    expect(limited.body).toEqual({
      success: false,
      code: "rate_limited",
      error: "Too many requests. Wait a minute and try again.",
    });
    expect(Number(limited.headers["x-retry-after"])).toBeGreaterThan(0);
    expect((await attempt("198.51.100.9")).status).toBe(401);
  });

  it("does not trust X-Forwarded-For without TRUST_PROXY", async () => {
    const { app } = await listen({ AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: "2" });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const forged = `192.0.2.${i + 1}`;
      statuses.push(
        (
          await request(app)
            .post("/api/auth/sign-in/email")
            .set("X-Forwarded-For", forged)
            .send({ email: "a@example.test", password: "guess 1234567" })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 429]);
  });
});

describe("cookieHeaderFrom", () => {
  it("keeps set cookies and drops cleared ones", () => {
    const response = new Response(null, {
      headers: [
        ["Set-Cookie", "a=1; Path=/"],
        ["Set-Cookie", "b=; Max-Age=0"],
        ["Set-Cookie", "c=3"],
      ],
    });
    expect(cookieHeaderFrom(response)).toBe("a=1; c=3");
  });
});
