import { describe, expect, it } from "vitest";
import { AuthError } from "./auth.api";
import { describeAuthError, safeReturnPath, validateCredentials } from "./auth-errors";

describe("describeAuthError", () => {
  it("says the same for a wrong password, an unknown address and a taken one", () => {
    expect(describeAuthError(new AuthError(401, "INVALID_EMAIL_OR_PASSWORD", ""), 10)).toEqual({
      field: null,
      message: "Wrong email or password.",
    });
    expect(describeAuthError(new AuthError(401, "SIGN_UP_FAILED", ""), 10).message).toMatch(
      /If you already have an account, sign in instead/,
    );
  });

  it("puts field problems beside their field", () => {
    expect(describeAuthError(new AuthError(400, "PASSWORD_TOO_SHORT", ""), 10)).toEqual({
      field: "password",
      message: "Use at least 10 characters.",
    });
    expect(describeAuthError(new AuthError(400, "INVALID_EMAIL", ""), 10).field).toBe("email");
  });

  it("explains rate limits and lost connections", () => {
    expect(describeAuthError(new AuthError(429, "RATE_LIMITED", ""), 10).message).toMatch(/Too many attempts/);
    expect(describeAuthError(new AuthError(0, "NETWORK_ERROR", ""), 10).message).toMatch(/Can't reach the server/);
  });
});

describe("validateCredentials", () => {
  it("asks for a name, a valid address and a long enough password on sign-up", () => {
    expect(
      validateCredentials({ email: "nope", password: "short", name: " " }, "sign-up", 10).map(
        (problem) => problem.field,
      ),
    ).toEqual(["name", "email", "password"]);
    expect(
      validateCredentials({ email: "a@example.com", password: "long enough!", name: "Ada" }, "sign-up", 10),
    ).toEqual([]);
  });

  it("only asks for some password on sign-in", () => {
    expect(validateCredentials({ email: "a@example.com", password: "x" }, "sign-in", 10)).toEqual([]);
  });
});

describe("safeReturnPath", () => {
  it("keeps paths of this app and refuses anything else", () => {
    expect(safeReturnPath("/play?x=1")).toBe("/play?x=1");
    expect(safeReturnPath("//evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
  });
});
