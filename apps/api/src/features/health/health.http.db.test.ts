import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { createTestApp } from "../../../test/support/test-app.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.destroy());

describe("GET /api/v1/ready", () => {
  it("is ready when the database answers", async () => {
    const response = await request((await createTestApp(database.db)).app).get("/api/v1/ready");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true, data: { status: "ok", checks: { database: "ok" } } });
  });

  it("is unavailable when a dependency does not answer, without exposing why", async () => {
    const { app } = await createTestApp(database.db, {
      replace: ({ readinessChecks }) => ({
        readinessChecks: {
          ...readinessChecks,
          valkey: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6390")),
        },
      }),
    });
    const response = await request(app).get("/api/v1/ready");
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ success: false, code: "unavailable", error: "Not ready: valkey did not answer." });
  });
});

describe("GET /metrics", () => {
  it("counts requests by route pattern, not by URL", async () => {
    const { app } = await createTestApp(database.db);
    await request(app).get("/api/v1/health");
    await request(app).post("/api/v1/game/answer").send({});
    await request(app).get("/api/v1/no-such-thing");
    const response = await request(app).get("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/lila_http_requests_total\{method="GET",route="\/api\/v1\/health",status="200"\} 1/);
    expect(response.text).toMatch(
      /lila_http_requests_total\{method="POST",route="\/api\/v1\/game\/answer",status="400"\} 1/,
    );
    expect(response.text).toMatch(/lila_http_requests_total\{method="GET",route="unmatched",status="404"\} 1/);
    expect(response.text).toContain("lila_ws_open_sockets");
    expect(response.text).toContain("lila_matches_running");
    expect(response.text).toContain("lila_http_request_duration_seconds_bucket");
  });
});
