import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client";
import { describeApiError } from "./describe-api-error";

describe("describeApiError", () => {
  it("explains a 422 and does not offer a retry", () => {
    expect(describeApiError(new ApiError(422, "not_enough_words", "raw"))).toEqual({
      message: "There are not enough words for these settings yet. Try another difficulty.",
      canRetry: false,
    });
  });

  it("asks to check the connection on a network error, with a retry", () => {
    expect(describeApiError(new ApiError(0, "network_error", "raw"))).toEqual({
      message: "Can't reach the server. Check your connection and try again.",
      canRetry: true,
    });
  });

  it("never shows the server's own message", () => {
    const description = describeApiError(new ApiError(500, "internal_error", "TypeError at line 3"));
    expect(description.message).not.toContain("TypeError");
    expect(description.canRetry).toBe(true);
  });

  it("handles errors that are not ApiErrors", () => {
    expect(describeApiError(new Error("boom")).canRetry).toBe(true);
  });
});
