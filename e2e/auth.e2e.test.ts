import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../tests/support/auth-session.js";
import { startAppServer, type AppServer } from "./support/app-server.js";
import { launchChromium, requireChromium } from "./support/browser.js";

const enabled = requireChromium();
const PASSWORD = "a long enough password";

describe.runIf(enabled)("accounts in a browser", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    // No auth variables at all, as on a fresh clone: email and guests, no OAuth buttons.
    server = await startAppServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function fillSignUp(page: Page, name: string, email: string) {
    await page.getByRole("button", { name: "I'm new here" }).click();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
  }

  const accountMenu = (page: Page, name: string) => page.getByLabel(`Account menu for ${name}`);

  it("signs up by email, signs out, and signs in again", async () => {
    const page = await (await browser.newContext()).newPage();
    const email = uniqueEmail("browser");
    await page.goto(`${server.url}/about-words`);
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await page.getByRole("list", { name: "Sign-in providers" }).count()).toBe(0);

    // Inline errors before anything is sent.
    await page.getByRole("button", { name: "I'm new here" }).click();
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Use at least 10 characters.").waitFor();
    await page.getByText("Enter a valid email address.").waitFor();

    await fillSignUp(page, "Browser Bea", email);
    await accountMenu(page, "Browser Bea").waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/about-words");

    await accountMenu(page, "Browser Bea").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();

    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "Wrong email or password." }).waitFor();

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await accountMenu(page, "Browser Bea").waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/about-words");
  });

  it("lets a guest play, sign up, and find that game in their account", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/play`);
    await page.getByRole("radio", { name: "3 rounds" }).check();
    await page.getByRole("button", { name: "Start" }).click();
    for (let round = 1; round <= 3; round++) {
      await page.getByText(`Question ${round} of 3`).waitFor();
      await page.getByRole("list", { name: "Choices" }).getByRole("button").first().click();
      await page
        .getByRole("status")
        .filter({ hasText: /Correct|Not quite/ })
        .waitFor();
      await page.getByRole("button", { name: round < 3 ? "Next question" : "See results" }).click();
    }
    const score = (await page.getByRole("heading", { name: /You got/ }).textContent())!;
    const right = /You got (\d+) of 3/.exec(score)![1];

    // The first game made them a guest: the quiet banner offers an account.
    await page.getByRole("link", { name: "Create an account to keep your progress" }).click();
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Name").fill("Guest Turned");
    await page.getByLabel("Email").fill(uniqueEmail("guest"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await accountMenu(page, "Guest Turned").waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/play");
    expect(await page.getByRole("link", { name: "Create an account to keep your progress" }).count()).toBe(0);

    await accountMenu(page, "Guest Turned").click();
    await page.getByRole("link", { name: "Your account" }).click();
    const games = page.getByRole("list", { name: "Your games" }).getByRole("listitem");
    await games.first().waitFor();
    expect(await games.count()).toBe(1);
    expect(await games.first().textContent()).toContain(`${right} of 3`);
  });
});
