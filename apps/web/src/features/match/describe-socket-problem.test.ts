import { describe, expect, it } from "vitest";
import { describeSocketProblem } from "./describe-socket-problem";

describe("describeSocketProblem", () => {
  it("adds a readable server message to the plain sentence", () => {
    expect(describeSocketProblem("conflict", "The round is already over")).toBe(
      "That didn't count. The round is already over.",
    );
  });

  it("hides technical text", () => {
    expect(describeSocketProblem("internal_error", "TypeError: x is undefined\n at foo.js:3")).toBe(
      "Something went wrong on our side. The match goes on.",
    );
  });

  it("handles unknown codes", () => {
    expect(describeSocketProblem("weird", "")).toBe("Something didn't work.");
  });
});
