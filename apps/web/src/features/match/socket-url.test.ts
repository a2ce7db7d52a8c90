import { describe, expect, it } from "vitest";
import { socketUrl } from "./socket-url";

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
