import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay";
import { socketUrl } from "./socket-url";

describe("reconnectDelay", () => {
  it("doubles from 1 s up to 10 s", () => {
    expect([0, 1, 2, 3, 4, 5, 50].map((attempt) => reconnectDelay(attempt))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000,
    ]);
  });

  it("waits longer after a rate-limit close", () => {
    expect(reconnectDelay(0, true)).toBe(5_000);
    expect(reconnectDelay(4, true)).toBe(10_000);
  });
});

describe("socketUrl", () => {
  it("uses the page's origin when the API shares it", () => {
    expect(socketUrl("", "http://localhost:5173")).toBe("ws://localhost:5173/ws");
    expect(socketUrl("", "https://lila.example.com")).toBe("wss://lila.example.com/ws");
  });

  it("uses the API's origin and path when it lives elsewhere", () => {
    expect(socketUrl("https://api.example.com", "https://lila.example.com")).toBe("wss://api.example.com/ws");
    expect(socketUrl("http://localhost:3000/lila/", "http://x")).toBe("ws://localhost:3000/lila/ws");
  });
});
