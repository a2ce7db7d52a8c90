import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../config/env.js";
import { MessageRateLimiter } from "./message-rate-limiter.js";
import { parseClientMessage } from "./realtime-server.js";

const text = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value));
const lobbyId = "11111111-1111-4111-8111-111111111111";

describe("parseClientMessage", () => {
  it("accepts every message of the shared union", () => {
    expect(parseClientMessage(text({ type: "lobby:join", code: "abc12o" }), false)).toEqual({
      value: { type: "lobby:join", code: "ABC120" },
    });
    expect(parseClientMessage(text({ type: "game:ready", lobbyId }), false)).toEqual({
      value: { type: "game:ready", lobbyId },
    });
  });

  it.each([
    ["not JSON", "{oops", /JSON/],
    ["no type", { lobbyId }, /with a type/],
    ["null", "null", /with a type/],
    ["an unknown type", { type: "admin:shutdown" }, /Unknown message type 'admin:shutdown'/],
    [
      "a wrong payload",
      { type: "game:answer", lobbyId, questionId: "x", selectedOptionId: 9 },
      /questionId.*selectedOptionId/,
    ],
  ])("answers %s with validation_failed", (_label, value, message) => {
    const parsed = parseClientMessage(text(value), false);
    expect(parsed).toMatchObject({ error: { code: "validation_failed" } });
    expect("error" in parsed && parsed.error.message).toMatch(message);
  });

  it("refuses binary frames", () => {
    expect(parseClientMessage(text({ type: "game:ready", lobbyId }), true)).toMatchObject({
      error: { code: "validation_failed" },
    });
  });
});

describe("MessageRateLimiter", () => {
  it("allows a burst, then refills at the given rate", () => {
    let now = 0;
    const limiter = new MessageRateLimiter(3, 2, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
    now = 500;
    expect([limiter.take(), limiter.take()]).toEqual([true, false]);
  });
});

describe("realtime configuration", () => {
  it("defaults to 15 s rounds, a 60 s reconnect grace, and no Valkey", () => {
    const config = parseConfig({});
    expect(config.match).toEqual({ roundMs: 15_000, breakMs: 3_000, graceMs: 60_000 });
    expect(config.valkey).toBeUndefined();
  });

  it("reads VALKEY_URL and short test rounds, and refuses a URL that is not redis://", () => {
    const config = parseConfig({
      VALKEY_URL: "redis://127.0.0.1:6379",
      ROUND_SECONDS: "0.5",
      VALKEY_KEY_PREFIX: "test:",
    });
    expect(config.valkey).toMatchObject({ url: "redis://127.0.0.1:6379", keyPrefix: "test:" });
    expect(config.match.roundMs).toBe(500);
    expect(() => parseConfig({ VALKEY_URL: "http://example.test" })).toThrow(ConfigError);
  });
});
