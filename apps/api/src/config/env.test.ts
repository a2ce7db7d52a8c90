import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env.js";

describe("parseConfig", () => {
  it("runs with no variables at all: embedded database under ./data, port 3000", () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ dataDir: expect.stringMatching(/data\/pglite$/) });
    expect(config.corsOrigins).toContain("http://localhost:5173");
  });

  it("uses PostgreSQL when DATABASE_URL is set and treats empty variables as unset", () => {
    const config = parseConfig({
      DATABASE_URL: "postgres://lila@db:5432/lila",
      PORT: "",
      CORS_ORIGIN: "https://a.example, https://b.example/",
    });
    expect(config.database).toMatchObject({ databaseUrl: "postgres://lila@db:5432/lila" });
    expect(config.port).toBe(3000);
    expect(config.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
  });

  it("bounds every wait toward PostgreSQL, Valkey and slow clients by default", () => {
    const config = parseConfig({ DATABASE_URL: "postgres://lila@db:5432/lila", VALKEY_URL: "redis://valkey:6379" });
    expect(config.database).toMatchObject({
      timeouts: { connectMs: 5_000, statementMs: 10_000, queryMs: 12_000, idleMs: 30_000 },
      startupTimeoutMs: 30_000,
    });
    expect(config.valkey).toMatchObject({ connectTimeoutMs: 5_000, commandTimeoutMs: 2_000 });
    expect(
      parseConfig({ DATABASE_URL: "postgres://x@db/lila", DATABASE_QUERY_TIMEOUT_MS: "700" }).database,
    ).toMatchObject({ timeouts: { queryMs: 700 } });
  });

  it("lists every wrong variable by name", () => {
    try {
      parseConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", CORS_ORIGIN: "not a url", NODE_ENV: "staging" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      for (const name of ["PORT", "DATABASE_URL", "CORS_ORIGIN", "NODE_ENV"]) expect(problems).toContain(name);
    }
  });

  describe("in production", () => {
    const production = {
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: "4f1c0d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e",
      DATABASE_URL: "postgres://lila:9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e@database:5432/lila",
    };
    const problemsOf = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
    };

    it("accepts generated secrets", () => {
      expect(problemsOf(production)).toEqual([]);
    });

    it("refuses the development secrets published in .env.example, naming the variable", () => {
      expect(problemsOf({ ...production, BETTER_AUTH_SECRET: "dev-only-secret-change-me-0123456789abcdef" })).toEqual([
        expect.stringMatching(/^BETTER_AUTH_SECRET: is a published development value/),
      ]);
      expect(problemsOf({ ...production, DATABASE_URL: "postgres://lila:lila@database:5432/lila" })).toEqual([
        expect.stringMatching(/^DATABASE_URL: uses a published development password.*POSTGRES_PASSWORD/),
      ]);
    });

    it("leaves development alone", () => {
      expect(
        problemsOf({
          BETTER_AUTH_SECRET: "dev-only-secret-change-me-0123456789abcdef",
          DATABASE_URL: "postgres://lila:lila@localhost:5432/lila",
        }),
      ).toEqual([]);
    });
  });
});
