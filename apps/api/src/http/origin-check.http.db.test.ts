import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../tests/support/test-database.js";
import { startMatchTestServer, type MatchTestServer } from "../../test/support/match-test-server.js";
import { TestSocket } from "../../test/support/ws-client.js";

/*
 * A page on another site must not change anything with the visitor's cookie:
 * /api/v1 requests that change state check Origin like the socket does,
 * scheme included (http://host is not https://host). SameSite=Lax alone lets
 * every sibling subdomain through.
 */

let database: TestDatabase;
let server: MatchTestServer;
let cookie: string;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startMatchTestServer(database.db);
  cookie = (await server.guest("Origin")).cookie;
});
afterAll(async () => {
  await server.close();
  await database.destroy();
});

async function createLobby(origin?: string) {
  const response = await fetch(`${server.baseUrl}/api/v1/lobbies`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, ...(origin ? { Origin: origin } : {}) },
    body: "{}",
  });
  return { status: response.status, body: (await response.json()) as { code?: string; error?: string } };
}

describe("state-changing /api/v1 requests", () => {
  it("are refused from a foreign origin, from the server's own host under another scheme, and from an opaque origin", async () => {
    const ownHostOverHttps = server.baseUrl.replace(/^http:/, "https:");
    for (const origin of ["https://evil.example", "http://sub.localhost:5173", ownHostOverHttps, "null"]) {
      const refused = await createLobby(origin);
      expect(refused, origin).toMatchObject({ status: 403, body: { code: "forbidden" } });
    }
  });

  it("are accepted from a configured origin, from the server's own origin, and without Origin (not a browser)", async () => {
    for (const origin of ["http://localhost:5173", server.baseUrl, undefined]) {
      expect((await createLobby(origin)).status, String(origin)).toBe(201);
    }
  });

  it("leave reads alone: a GET from anywhere is answered (CORS keeps its body from a foreign page)", async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/catalog`, { headers: { Origin: "https://evil.example" } });
    expect(response.status).toBe(200);
  });
});

describe("the socket upgrade", () => {
  it("refuses the server's own host under another scheme", async () => {
    const ownHostOverHttps = server.baseUrl.replace(/^http:/, "https:");
    const refused = await TestSocket.refused(server.wsUrl, { Cookie: cookie, Origin: ownHostOverHttps });
    expect(refused.status).toBe(403);
    const accepted = await TestSocket.open(server.wsUrl, { Cookie: cookie, Origin: server.baseUrl });
    accepted.drop();
  });
});
