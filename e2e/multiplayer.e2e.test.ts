import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server.js";
import { launchChromium, requireChromium } from "./support/browser.js";

const enabled = requireChromium();

/** Short rounds and breaks keep the match quick; the timeout round still waits out a real deadline. */
const ROUND_SECONDS = 8;

function choices(page: Page) {
  return page.getByRole("list", { name: "Choices" }).getByRole("button");
}

function roundResults(page: Page) {
  return page.getByRole("list", { name: "Round results" });
}

describe.runIf(enabled)("multiplayer in two browsers", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startAppServer({
      ROUND_SECONDS: String(ROUND_SECONDS),
      ROUND_BREAK_SECONDS: "2",
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it("a host creates a lobby, a guest joins through the link, they play 3 rounds to the final ranking", async () => {
    const hostContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const guestContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    contexts.push(hostContext, guestContext);
    const host = await hostContext.newPage();
    const guest = await guestContext.newPage();

    // Host: a guest session, a nickname, a lobby.
    await host.goto(server.url);
    await host.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Multiplayer" }).click();
    await host.getByLabel("Your nickname").fill("Ann");
    await host.getByRole("button", { name: "Create lobby" }).click();
    await host.waitForURL(/\/lobby\/[0-9A-Z]{6}$/);
    const code = host.url().split("/").pop()!;
    await host.getByText("Waiting for one more player to join.").waitFor();
    expect(await host.getByRole("button", { name: "Start" }).isDisabled()).toBe(true);

    // The join link, straight from the clipboard.
    await host.getByRole("button", { name: "Copy link" }).click();
    await host.getByText("Link copied").waitFor();
    const link = await host.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${server.url}/join/${code}`);

    // Guest: opens the link, picks a nickname, lands in the waiting room.
    await guest.goto(link);
    await guest.getByLabel("Your nickname").fill("Bob");
    await guest.getByRole("button", { name: "Join lobby" }).click();
    await guest.getByText("Waiting for the host to start").waitFor();
    await guest.waitForURL(new RegExp(`/lobby/${code}$`));
    await guest.getByRole("list", { name: "Players" }).getByText("Ann").waitFor();
    expect(await guest.getByRole("button", { name: "Start" }).count()).toBe(0);

    // Host: both players connected, 3 rounds, start.
    await host.getByRole("heading", { name: "Players (2 of 4)" }).waitFor();
    await host.getByRole("radio", { name: "3 rounds" }).check();
    await guest.getByText("3", { exact: true }).waitFor();
    await host.getByRole("button", { name: "Start" }).and(host.locator(":enabled")).waitFor();
    await host.getByRole("button", { name: "Start" }).click();

    for (let round = 1; round <= 3; round++) {
      await host.getByText(`Question ${round} of 3`).waitFor();
      await guest.getByText(`Question ${round} of 3`).waitFor();
      const prompt = (await host.getByRole("heading", { level: 1 }).textContent())!.trim();
      expect((await guest.getByRole("heading", { level: 1 }).textContent())!.trim()).toBe(prompt);
      expect(await choices(host).count()).toBe(4);

      // The host answers by clicking; the guest sees that Ann answered.
      await choices(host)
        .nth(round - 1)
        .click();
      await expect
        .poll(() =>
          choices(host)
            .nth(round - 1)
            .getAttribute("data-state"),
        )
        .toBe("selected");
      await guest.getByText("Ann answered.").waitFor();

      if (round < 3) {
        // The guest answers with a number key.
        await guest.keyboard.press(String(round + 1));
      }
      // Round 3: the guest lets the timer run out.

      for (const page of [host, guest]) {
        const results = roundResults(page);
        await results.waitFor({ timeout: (ROUND_SECONDS + 5) * 1000 });
        expect(await results.getByRole("listitem").count()).toBe(2);
      }
      expect(await host.locator("[data-state='correct']").count()).toBe(1);
      if (round === 3) expect(await roundResults(guest).getByText("no answer").count()).toBe(1);
    }

    // Final ranking: both players, a podium, a rematch for the host only.
    for (const page of [host, guest]) {
      const ranking = page.getByRole("list", { name: "Final ranking" });
      await ranking.waitFor({ timeout: 15_000 });
      expect(await ranking.getByRole("listitem").count()).toBe(2);
      await page.getByRole("list", { name: "Podium" }).waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/won|wins|tie/);
    }
    await host.getByRole("button", { name: "Rematch" }).waitFor();
    await guest.getByText("Waiting for the host to start a rematch").waitFor();
    expect(await guest.getByRole("button", { name: "Rematch" }).count()).toBe(0);

    // The final scores agree between the two screens.
    const hostRanking = await host.getByRole("list", { name: "Final ranking" }).innerText();
    const guestRanking = await guest.getByRole("list", { name: "Final ranking" }).innerText();
    const scores = (page: Page) =>
      page
        .getByRole("list", { name: "Final ranking" })
        .getByRole("listitem")
        .evaluateAll((items) => items.map((item) => item.lastElementChild?.textContent));
    expect(await scores(guest)).toEqual(await scores(host));

    // A 360 px phone never scrolls sideways.
    expect(await guest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A rematch brings both players back to question 1.
    await host.getByRole("button", { name: "Rematch" }).click();
    await host.getByText("Question 1 of 3").waitFor();
    await guest.getByText("Question 1 of 3").waitFor();

    // The guest plays under the nickname typed on the join page.
    expect(hostRanking).toContain("Bob");
    expect(guestRanking).toContain("Ann");
  });
});
