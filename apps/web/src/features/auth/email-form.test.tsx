// @vitest-environment jsdom
import "../../testing/dom";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApi, ok, type FakeApi } from "../../testing/fake-api";
import { EmailForm } from "./email-form";

let api: FakeApi;

beforeEach(() => {
  api = createFakeApi({
    "POST /api/auth/sign-in/email": () => ({ status: 401, body: { code: "INVALID_EMAIL_OR_PASSWORD", message: "x" } }),
    "GET /api/v1/me": () => ok({ user: null }),
  });
  vi.stubGlobal("fetch", api.fetch);
});

afterEach(() => vi.unstubAllGlobals());

function renderForm(mode: "sign-in" | "sign-up", onSignedIn = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <EmailForm mode={mode} minPasswordLength={10} onSignedIn={onSignedIn} />
    </QueryClientProvider>,
  );
  return onSignedIn;
}

function description(field: HTMLElement): string {
  const id = field.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? "") : "";
}

describe("EmailForm accessibility", () => {
  it("labels every field and ties the password rule to the password", () => {
    renderForm("sign-up");
    expect(screen.getByRole("textbox", { name: "Name" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Email" })).toBeTruthy();
    expect(description(screen.getByLabelText("Password"))).toBe("At least 10 characters.");
  });

  it("marks each wrong field invalid and puts its problem in its description", async () => {
    const user = userEvent.setup();
    renderForm("sign-up");
    await user.type(screen.getByRole("textbox", { name: "Email" }), "not-an-address");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const name = screen.getByRole("textbox", { name: "Name" });
    const email = screen.getByRole("textbox", { name: "Email" });
    const password = screen.getByLabelText("Password");
    expect([name, email, password].map((field) => field.getAttribute("aria-invalid"))).toEqual([
      "true",
      "true",
      "true",
    ]);
    expect([name, email, password].map(description)).toEqual([
      "Enter your name.",
      "Enter a valid email address.",
      "Use at least 10 characters.",
    ]);
    expect(api.requests).toEqual([]);
  });

  it("reports a refused sign-in as an alert for the whole form", async () => {
    const user = userEvent.setup();
    const onSignedIn = renderForm("sign-in");
    await user.type(screen.getByRole("textbox", { name: "Email" }), "ana@example.com");
    await user.type(screen.getByLabelText("Password"), "wrong password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong email or password.");
    expect(screen.getByRole("textbox", { name: "Email" }).getAttribute("aria-invalid")).toBeNull();
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
