import { describe, expect, it } from "vitest";
import { parseSignInSearch } from "./sign-in-search";

describe("parseSignInSearch", () => {
  it("keeps a path of this app, the mode and a provider error", () => {
    expect(
      parseSignInSearch({
        redirect: "/play?x=1",
        mode: "sign-up",
        error: "state_mismatch",
      }),
    ).toEqual({ redirect: "/play?x=1", mode: "sign-up", error: "state_mismatch" });
  });

  it("turns a redirect to another site into the home page and drops unknown values", () => {
    expect(parseSignInSearch({ redirect: "https://evil.example", mode: "admin", extra: 1 })).toEqual({
      redirect: "/",
    });
  });
});
