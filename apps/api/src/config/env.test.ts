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
    expect(config.database).toEqual({ databaseUrl: "postgres://lila@db:5432/lila" });
    expect(config.port).toBe(3000);
    expect(config.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
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
});
