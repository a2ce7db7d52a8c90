import https from "node:https";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { freePort, startTopology, type Topology } from "../../scripts/prod-topology/start.mjs";
import { requireCommand } from "../../tests/support/external.js";
import { launchChromium, requireChromium } from "../support/browser.js";
import {
  countValkeyKeys,
  createThrowawayDatabase,
  deleteValkeyKeys,
  psql,
  requireDataServers,
  startApiFromImage,
  uniqueKeyPrefix,
  valkeyUrl,
  type ApiProcess,
  type ThrowawayDatabase,
} from "./support/services.js";

// The production topology, natively on loopback, reached only through Caddy:
//
//   Chromium ──▶ Caddy (the repository's Caddyfile, HTTPS from Caddy's local CA)
//                  ├── lila.test:<port>      ──▶ nginx (apps/web/nginx.conf) ── the web image's build + config.js
//                  └── api.lila.test:<port>  ──▶ the API image's CMD (migrates, seeds, serves; /ws)
//                                                  ├── PostgreSQL (a throw-away database)
//                                                  └── Valkey/Redis (a key prefix of its own)
//
// Both images are replayed from their Dockerfiles once for the project
// (support/prod-build.ts). The browser resolves *.lila.test to 127.0.0.1
// (--host-resolver-rules), so the page, the API and the session cookie live on
// two sibling domains exactly as in production (COOKIE_DOMAIN=.lila.test).
//
// HTTPS, not plain HTTP: with NODE_ENV=production Better Auth names the session
// cookie __Secure-lila.session_token (Secure), and Chromium refuses a __Secure-
// cookie from an http:// response ("InvalidPrefix"), even for an origin flagged
// with --unsafely-treat-insecure-origin-as-secure. So Caddy serves the sites the
// way production does, with a certificate from its own local CA (installed
// nowhere; the browser contexts and the HTTP checks skip verification).
const DOMAIN = "lila.test";

const available =
  requireCommand("caddy") &&
  requireCommand("nginx", "apt-get install nginx-light") &&
  requireChromium() &&
  (await requireDataServers());

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One HTTPS request to Caddy's port with the public URL's Host header and SNI (no DNS needed). */
function request(
  caddyPort: number,
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    https
      .request(
        {
          host: "127.0.0.1",
          port: caddyPort,
          servername: target.hostname,
          rejectUnauthorized: false,
          method: options.method ?? "GET",
          path: target.pathname + target.search,
          headers: { host: target.host, ...options.headers },
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      )
      .on("error", reject)
      .end();
  });
}

function choices(page: Page) {
  return page.getByRole("list", { name: "Choices" }).getByRole("button");
}

describe.skipIf(!available)("production topology through Caddy (lila.test on loopback)", { timeout: 120_000 }, () => {
  const build = inject("prodBuild");
  const keyPrefix = uniqueKeyPrefix("topology");
  const timings: Record<string, number> = {};
  let database: ThrowawayDatabase;
  let api: ApiProcess;
  let topology: Topology;
  let browser: Browser;
  let web: string;
  let apiOrigin: string;
  let caddyPort: number;
  const contexts: BrowserContext[] = [];
  const account = {
    name: "Prod Tester",
    email: `prod-${Date.now().toString(36)}@example.test`,
    password: "correct horse battery staple",
  };

  async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[label] = Date.now() - started;
    }
  }

  beforeAll(async () => {
    caddyPort = await freePort();
    web = `https://${DOMAIN}:${caddyPort}`;
    apiOrigin = `https://api.${DOMAIN}:${caddyPort}`;
    database = createThrowawayDatabase("topology");
    api = await timed("api start (migrate + seed + listen)", () =>
      startApiFromImage(build, {
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        VALKEY_URL: valkeyUrl,
        VALKEY_KEY_PREFIX: keyPrefix,
        BETTER_AUTH_URL: apiOrigin,
        BETTER_AUTH_SECRET: "prod-topology-test-secret-0123456789abcdef",
        CORS_ORIGIN: web,
        COOKIE_DOMAIN: `.${DOMAIN}`,
        TRUST_PROXY: "1",
        LOG_LEVEL: "info",
      }),
    );
    topology = await timed("nginx + caddy start", () =>
      startTopology({
        webRoot: build.webDist,
        apiUpstream: `127.0.0.1:${api.port}`,
        port: caddyPort,
        domain: DOMAIN,
        // config.js written by apps/web/docker-entrypoint.d/40-lila-config.sh, as at container start.
        apiUrl: apiOrigin,
        https: true,
      }),
    );
    browser = await launchChromium([`--host-resolver-rules=MAP *.${DOMAIN} 127.0.0.1, MAP ${DOMAIN} 127.0.0.1`]);
  });

  // A failure shows what the servers said (the API logs JSON lines; Caddy and nginx to topology.logs).
  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      console.warn(`--- api output (tail) ---\n${api?.output().slice(-6_000) ?? ""}`);
      console.warn(`--- caddy/nginx output (tail) ---\n${topology?.logs.join("").slice(-4_000) ?? ""}`);
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await topology?.stop();
    const code = await api?.stop();
    deleteValkeyKeys(keyPrefix);
    database?.drop();
    console.warn(`[prod] timings (ms): ${JSON.stringify(timings)}; api exit code ${code}`);
  }, 60_000);

  describe("over HTTP(S) requests through Caddy", () => {
    it("the web answers /healthz and serves config.js pointing at the API's public origin", async () => {
      const health = await request(caddyPort, `${web}/healthz`);
      expect(health.status).toBe(200);
      expect(health.body).toBe("ok\n");
      const config = await request(caddyPort, `${web}/config.js`);
      expect(config.status).toBe(200);
      expect(config.body).toBe(`window.__LILA_CONFIG__ = { apiUrl: "${apiOrigin}" };\n`);
    });

    it("the api host answers /api/v1/ready with the database and Valkey ok", async () => {
      const ready = await request(caddyPort, `${apiOrigin}/api/v1/ready`);
      expect(ready.status, ready.body).toBe(200);
      const body = JSON.parse(ready.body) as { data: { status: string; checks: Record<string, string> } };
      expect(body.data.status).toBe("ok");
      expect(body.data.checks.database).toBe("ok");
      expect(body.data.checks, "Valkey is one of the readiness checks").toHaveProperty("valkey", "ok");
    });

    it("the API migrated its empty database before serving (the image's CMD)", () => {
      expect(Number(psql(database.url, "select count(*) from drizzle.__drizzle_migrations"))).toBeGreaterThan(0);
      expect(api.output()).toMatch(/migrations applied[\s\S]*lila is listening/);
    });

    it("deep links fall back to the SPA; a missing hashed asset is a 404", async () => {
      for (const deepLink of ["/play", "/about-words", "/lobby/ABC123", "/sign-in"]) {
        const page = await request(caddyPort, `${web}${deepLink}`, { headers: { accept: "text/html" } });
        expect(page.status, deepLink).toBe(200);
        expect(page.body, deepLink).toContain('<div id="root">');
        expect(page.headers["cache-control"], deepLink).toBe("no-cache");
      }
      const missing = await request(caddyPort, `${web}/assets/x.js`);
      expect(missing.status).toBe(404);
      expect(missing.body).not.toContain('<div id="root">');
    });

    it("/metrics is not served through Caddy, but the API serves it on its own port", async () => {
      for (const path of ["/metrics", "/METRICS", "/metrics/"]) {
        expect((await request(caddyPort, `${apiOrigin}${path}`)).status, path).toBe(404);
      }
      const internal = await fetch(`http://127.0.0.1:${api.port}/metrics`);
      expect(internal.status).toBe(200);
      expect(await internal.text()).toMatch(/^# HELP /m);
    });

    it("CORS allows the web origin with credentials, and nothing else", async () => {
      const preflight = (origin: string) =>
        request(caddyPort, `${apiOrigin}/api/v1/me`, {
          method: "OPTIONS",
          headers: { origin, "access-control-request-method": "GET" },
        });
      const allowed = await preflight(web);
      expect(allowed.headers["access-control-allow-origin"]).toBe(web);
      expect(allowed.headers["access-control-allow-credentials"]).toBe("true");

      for (const origin of [
        "https://evil.test",
        `https://evil.${DOMAIN}:${caddyPort}`,
        `http://${DOMAIN}:${caddyPort}`,
      ]) {
        const refused = await preflight(origin);
        expect(refused.headers["access-control-allow-origin"], origin).toBeUndefined();
        const get = await request(caddyPort, `${apiOrigin}/api/v1/health`, { headers: { origin } });
        expect(get.status).toBe(200);
        expect(get.headers["access-control-allow-origin"], origin).toBeUndefined();
      }
    });

    it("Caddy's security headers apply to the API's answers", async () => {
      const health = await request(caddyPort, `${apiOrigin}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(health.headers["x-powered-by"]).toBeUndefined();
      expect(health.headers["strict-transport-security"]).toContain("max-age=");
    });

    it("Caddy's plain-HTTP listener redirects to HTTPS", async () => {
      const plain = await new Promise<IncomingMessage>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port: topology.httpPort, path: "/play", headers: { host: DOMAIN } }, (res) => {
            res.resume();
            resolve(res);
          })
          .on("error", reject);
      });
      expect(plain.statusCode).toBe(308);
      expect(plain.headers.location).toMatch(new RegExp(`^https://${DOMAIN.replace(".", "\\.")}(:\\d+)?/play$`));
    });
  });

  describe("in Chromium, through Caddy only", () => {
    let signedIn: BrowserContext;

    it("signs up with email on lila.test; the session cookie is for .lila.test and reaches api.lila.test", async () => {
      signedIn = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
      contexts.push(signedIn);
      const page = await signedIn.newPage();
      await timed("sign-up", async () => {
        await page.goto(web);
        await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
        await expect.poll(() => page.url()).toMatch(new RegExp(`^${web}/sign-in`));
        await page.getByRole("button", { name: "I'm new here" }).click();
        await page.getByLabel("Name").fill(account.name);
        await page.getByLabel("Email").fill(account.email);
        await page.getByLabel("Password").fill(account.password);
        await page.getByRole("button", { name: "Create account" }).click();
        await page.getByRole("group", { name: "Account" }).waitFor({ state: "detached" });
        await page.getByLabel(`Account menu for ${account.name}`).waitFor();
      });

      const cookies = await signedIn.cookies();
      const session = cookies.find((cookie) => /session_token$/.test(cookie.name));
      expect(session, JSON.stringify(cookies.map((c) => c.name))).toBeDefined();
      expect(session!.domain).toBe(`.${DOMAIN}`);
      expect(session!.httpOnly).toBe(true);
      expect(session!.sameSite).toBe("Lax");
      // The page (lila.test) asks the API (api.lila.test) who is signed in: the cookie crosses.
      const me = await page.evaluate(async (origin) => {
        const response = await fetch(`${origin}/api/v1/me`, { credentials: "include" });
        return (await response.json()) as { data?: { user?: { email?: string; isGuest?: boolean } } };
      }, apiOrigin);
      expect(me.data?.user).toMatchObject({ email: account.email, isGuest: false });
      expect(Number(psql(database.url, `select count(*) from users where email = '${account.email}'`))).toBe(1);
    });

    it("the signed-in player plays a 3-round singleplayer game, and it shows in their account", async () => {
      const page = await signedIn.newPage();
      const right = await timed("singleplayer", async () => {
        await page.goto(web);
        await page.getByRole("link", { name: "Play now" }).click();
        await expect.poll(() => page.url()).toBe(`${web}/play`);
        await page.getByRole("radio", { name: "3 rounds" }).check();
        await page.getByRole("button", { name: "Start" }).click();
        let correct = 0;
        for (let round = 1; round <= 3; round++) {
          await page.getByText(`Question ${round} of 3`).waitFor();
          expect(await choices(page).count()).toBe(4);
          await choices(page)
            .nth(round % 4)
            .click();
          const feedback = (await page
            .getByRole("status")
            .filter({ hasText: /Correct|Not quite/ })
            .textContent())!;
          if (feedback.includes("Correct!")) correct++;
          await page.getByRole("button", { name: round < 3 ? "Next question" : "See results" }).click();
        }
        const heading = page.getByRole("heading", { name: /You got/ });
        await heading.waitFor();
        expect(await heading.textContent()).toContain(`You got ${correct} of 3`);
        return correct;
      });

      await page.goto(`${web}/account`);
      const games = page.getByRole("list", { name: "Your games" });
      await games.waitFor();
      expect(await games.getByRole("listitem").count()).toBe(1);
      expect(await games.getByRole("listitem").first().textContent()).toContain(`${right} of 3`);
    });

    it("two players play a match in two browser contexts over /ws through Caddy", async () => {
      // Host: the signed-in account; guest: a new visitor on a phone-sized screen.
      const host = await signedIn.newPage();
      const guestContext = await browser.newContext({ viewport: { width: 360, height: 740 }, ignoreHTTPSErrors: true });
      contexts.push(guestContext);
      const guest = await guestContext.newPage();
      const sockets: string[] = [];
      host.on("websocket", (socket) => sockets.push(socket.url()));

      await timed("multiplayer match", async () => {
        await host.goto(web);
        await host.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Multiplayer" }).click();
        await host.getByLabel("Your nickname").fill("Ann");
        await host.getByRole("button", { name: "Create lobby" }).click();
        await expect.poll(() => host.url()).toMatch(/\/lobby\/[0-9A-Z]{6}$/);
        const code = host.url().split("/").pop()!;
        await host.getByText("Waiting for one more player to join.").waitFor();

        await guest.goto(`${web}/join/${code}`);
        await guest.getByLabel("Your nickname").fill("Bob");
        await guest.getByRole("button", { name: "Join lobby" }).click();
        await guest.getByText("Waiting for the host to start").waitFor();
        await guest.getByRole("list", { name: "Players" }).getByText("Ann").waitFor();

        await host.getByRole("heading", { name: "Players (2 of 4)" }).waitFor();
        await host.getByRole("radio", { name: "3 rounds" }).check();
        await expect.poll(() => host.getByRole("button", { name: "Start" }).isEnabled()).toBe(true);
        await host.getByRole("button", { name: "Start" }).click();

        for (let round = 1; round <= 3; round++) {
          await host.getByText(`Question ${round} of 3`).waitFor();
          await guest.getByText(`Question ${round} of 3`).waitFor();
          const prompt = (await host.getByRole("heading", { level: 1 }).textContent())!.trim();
          expect((await guest.getByRole("heading", { level: 1 }).textContent())!.trim()).toBe(prompt);
          // Both answer, so the round closes without waiting out its timer.
          await choices(host)
            .nth(round - 1)
            .click();
          await guest.getByText("Ann answered.").waitFor();
          await guest.keyboard.press(String(round + 1));
          for (const page of [host, guest]) {
            const results = page.getByRole("list", { name: "Round results" });
            await results.waitFor({ timeout: 30_000 });
            expect(await results.getByRole("listitem").count()).toBe(2);
          }
        }

        for (const page of [host, guest]) {
          const ranking = page.getByRole("list", { name: "Final ranking" });
          await ranking.waitFor({ timeout: 30_000 });
          expect(await ranking.getByRole("listitem").count()).toBe(2);
        }
        const hostRanking = await host.getByRole("list", { name: "Final ranking" }).innerText();
        const guestRanking = await guest.getByRole("list", { name: "Final ranking" }).innerText();
        const scores = (text: string) => text.match(/\d+$/gm);
        expect(scores(guestRanking), `${hostRanking}\n---\n${guestRanking}`).toEqual(scores(hostRanking));
        expect(hostRanking).toContain("Bob");
        expect(guestRanking).toContain("Ann");
      });

      // The socket went to the API's public origin (through Caddy), not to the page's.
      expect(sockets.length).toBeGreaterThan(0);
      for (const url of sockets) expect(url).toBe(`wss://api.${DOMAIN}:${caddyPort}/ws`);
      // The match state lives in Valkey, under this run's key prefix.
      expect(countValkeyKeys(keyPrefix)).toBeGreaterThan(0);
    });
  });
});
