import { describe, expect, it } from "vitest";
import { resolveApiUrl } from "./runtime-config";

describe("resolveApiUrl", () => {
  it("prefers the runtime config over the build-time value", () => {
    expect(resolveApiUrl("https://api.example.com", "https://build.example.com")).toBe("https://api.example.com");
  });

  it("falls back to the build-time value, then to the same origin", () => {
    expect(resolveApiUrl(undefined, "https://build.example.com")).toBe("https://build.example.com");
    expect(resolveApiUrl("", "  ")).toBe("");
    expect(resolveApiUrl(undefined, undefined)).toBe("");
  });

  it("drops trailing slashes so paths can start with one", () => {
    expect(resolveApiUrl("https://api.example.com/", undefined)).toBe("https://api.example.com");
  });

  it("ignores values that are not strings", () => {
    expect(resolveApiUrl(42, "https://build.example.com")).toBe("https://build.example.com");
  });
});
