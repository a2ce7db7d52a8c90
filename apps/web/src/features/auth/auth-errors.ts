import { AuthError } from "./auth.api";

export interface AuthProblem {
  /** Which field the message belongs beside; null for the whole form. */
  field: "email" | "password" | "name" | null;
  message: string;
}

/**
 * Turns a refused sign-in or sign-up into words for the form. A wrong password
 * and an unknown address read the same, and so does a sign-up with a taken
 * address: the form never tells whether an account exists.
 */
export function describeAuthError(error: unknown, minPasswordLength: number): AuthProblem {
  if (!(error instanceof AuthError)) {
    return { field: null, message: "Something went wrong. Please try again." };
  }
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { field: null, message: "Wrong email or password." };
    case "SIGN_UP_FAILED":
      return {
        field: null,
        message:
          "We couldn't create an account with this email and password. If you already have an account, sign in instead.",
      };
    case "INVALID_EMAIL":
      return { field: "email", message: "Enter a valid email address." };
    case "PASSWORD_TOO_SHORT":
      return {
        field: "password",
        message: `Use at least ${minPasswordLength} characters.`,
      };
    case "PASSWORD_TOO_LONG":
      return { field: "password", message: "That password is too long." };
    case "NETWORK_ERROR":
      return {
        field: null,
        message: "Can't reach the server. Check your connection and try again.",
      };
    default:
      if (error.status === 429) {
        return {
          field: null,
          message: "Too many attempts. Wait a minute and try again.",
        };
      }
      return { field: null, message: "Something went wrong. Please try again." };
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CredentialsInput {
  email: string;
  password: string;
  name?: string;
}

/** Checks the form before sending it, field by field. */
export function validateCredentials(
  input: CredentialsInput,
  mode: "sign-in" | "sign-up",
  minPasswordLength: number,
): AuthProblem[] {
  const problems: AuthProblem[] = [];
  if (mode === "sign-up" && !input.name?.trim()) {
    problems.push({ field: "name", message: "Enter your name." });
  }
  if (!EMAIL.test(input.email.trim())) {
    problems.push({ field: "email", message: "Enter a valid email address." });
  }
  if (mode === "sign-in" && input.password === "") {
    problems.push({ field: "password", message: "Enter your password." });
  }
  if (mode === "sign-up" && input.password.length < minPasswordLength) {
    problems.push({
      field: "password",
      message: `Use at least ${minPasswordLength} characters.`,
    });
  }
  return problems;
}

/** Only paths inside this app: an open redirect must not ride on ?redirect=. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return "/";
  }
  return value;
}
