import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server.js";
import { launchChromium, requireChromium } from "./support/browser.js";

const enabled = requireChromium();

describe.runIf(enabled)("singleplayer in a browser", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a guest plays a 3-round quiz by clicking and sees the score", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(server.url);
    await page.getByRole("link", { name: "Play now" }).click();
    await expect.poll(() => page.url()).toMatch(/\/play$/);

    await page.getByRole("radio", { name: "3 rounds" }).check();
    await page.getByRole("button", { name: "Start" }).click();

    const answers: Array<{ prompt: string; correct: boolean }> = [];
    for (let round = 1; round <= 3; round++) {
      await page.getByText(`Question ${round} of 3`).waitFor();
      const prompt = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
      const options = page.getByRole("list", { name: "Choices" }).getByRole("button");
      expect(await options.count()).toBe(4);
      await options.nth(round % 4).click();
      const feedback = (await page
        .getByRole("status")
        .filter({ hasText: /Correct|Not quite/ })
        .textContent())!;
      answers.push({ prompt, correct: feedback.includes("Correct!") });
      await page.getByRole("button", { name: round < 3 ? "Next question" : "See results" }).click();
    }

    const heading = page.getByRole("heading", { name: /You got/ });
    await heading.waitFor();
    const right = answers.filter((answer) => answer.correct).length;
    expect(await heading.textContent()).toContain(`You got ${right} of 3`);
    for (const answer of answers) await expect.poll(() => page.getByText(answer.prompt).count()).toBeGreaterThan(0);
    // The page fits a 360 px phone: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("answers with the number keys", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/play`);
    await page.getByRole("radio", { name: "3 rounds" }).check();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByText("Question 1 of 3").waitFor();
    await page.keyboard.press("2");
    await page
      .getByRole("status")
      .filter({ hasText: /Correct|Not quite/ })
      .waitFor();
    const states = await page
      .getByRole("list", { name: "Choices" })
      .getByRole("button")
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-state")));
    expect(states.filter((state) => state === "correct")).toHaveLength(1);
  });

  it("serves deep links from the SPA and answers unknown API routes with JSON", async () => {
    const deepLink = await fetch(`${server.url}/about-words`, { headers: { accept: "text/html" } });
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    const missingAsset = await fetch(`${server.url}/assets/missing-0000.js`);
    expect(missingAsset.status).toBe(404);
    const api = await fetch(`${server.url}/api/v1/missing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ success: false, code: "not_found" });
  });
});
