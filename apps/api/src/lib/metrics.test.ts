import { expect, it } from "vitest";
import { createMetrics, routeLabel } from "./metrics.js";

it("reads the realtime gauges from their source when scraped", async () => {
  const metrics = createMetrics();
  expect(await metrics.registry.metrics()).toMatch(/^lila_ws_open_sockets 0$/m);
  const source = { socketCount: 3, roomCount: 1 };
  metrics.observeRealtime(source);
  source.socketCount = 5;
  const text = await metrics.registry.metrics();
  expect(text).toMatch(/^lila_ws_open_sockets 5$/m);
  expect(text).toMatch(/^lila_matches_running 1$/m);
});

it("folds ids and lobby codes out of route labels", () => {
  expect(routeLabel("/api/v1/lobbies/7K3QXZ/join?x=1")).toBe("/api/v1/lobbies/:code/join");
  expect(routeLabel("/api/v1/me/games/0b9f3c1e-8d4a-4f5e-9a7b-1c2d3e4f5a6b")).toBe("/api/v1/me/games/:id");
});

it("gives catch-all routes one label each, whatever path was asked for", () => {
  expect(routeLabel("/api/auth/sign-in/email")).toBe("/api/auth/*");
  expect(routeLabel("/api/auth/aaaa-random-1")).toBe("/api/auth/*");
  expect(routeLabel("/play")).toBe("static");
  expect(routeLabel("/some/random/deep/link")).toBe("static");
});
