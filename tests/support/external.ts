import { execFileSync } from "node:child_process";

/**
 * Tests that need a program a fresh laptop lacks (Chromium, Caddy, nginx, a
 * PostgreSQL server...) call this at the top of their file. Where the program
 * is missing they are skipped with a visible notice; under CI=true a missing
 * program is a failure, so CI never passes by skipping.
 */
export function isCi(): boolean {
  return process.env.CI === "true" || process.env.CI === "1";
}

export function requireExternal(what: string, available: boolean, hint: string): boolean {
  if (available) return true;
  const message = `${what} is not available (${hint}).`;
  if (isCi()) throw new Error(`${message} CI=true: refusing to skip.`);
  console.warn(`\n[skipped] ${message} These tests are skipped; .ci/run installs it.\n`);
  return false;
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function requireCommand(command: string, hint = `apt-get install ${command}`): boolean {
  return requireExternal(`'${command}'`, hasCommand(command), hint);
}
