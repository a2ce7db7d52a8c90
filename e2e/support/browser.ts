import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { requireExternal } from "../../tests/support/external.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium; never a browser downloaded by a test tool. */
export function requireChromium(): boolean {
  return requireExternal("Chromium", existsSync(CHROMIUM), "apt-get install chromium");
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}
