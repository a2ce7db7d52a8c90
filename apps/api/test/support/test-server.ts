import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "@lila/db";
import { createHttpServer } from "../../src/http/http-server.js";
import { createTestApp, testConfig, type TestAppOptions } from "./test-app.js";

/**
 * The test app on a real port, for tests that need real HTTP (OAuth redirects,
 * fetch, WebSockets). BETTER_AUTH_URL is the server's own address, as in a real
 * deployment, so its origin is trusted and OAuth callbacks come back to it.
 */
export async function startTestServer(db: Database, options: TestAppOptions = {}) {
  // The server's own timeouts, as in production (http/http-server.ts).
  const server: Server = createHttpServer(() => {}, testConfig(options.env).http);
  server.removeAllListeners("request");
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const built = await createTestApp(db, { ...options, env: { BETTER_AUTH_URL: baseUrl, ...options.env } });
  server.on("request", built.app);
  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await built.services.close();
  };
  return { ...built, server, baseUrl, close };
}
