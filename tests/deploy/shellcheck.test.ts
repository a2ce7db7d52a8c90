import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireCommand } from "../support/external.js";

const root = path.resolve(import.meta.dirname, "../..");

/** Every shell script under scripts/ and monitoring/ (recursively) and apps/web/docker-entrypoint.d/. */
function shellScripts(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
      } else if (
        entry.name.endsWith(".sh") ||
        /^#!.*\b(ba|da)?sh\b/.test(readFileSync(full, "utf8").split("\n", 1)[0] ?? "")
      ) {
        found.push(path.relative(root, full));
      }
    }
  };
  walk(path.join(root, "scripts"));
  walk(path.join(root, "monitoring"));
  walk(path.join(root, "apps/web/docker-entrypoint.d"));
  return found.sort();
}

const scripts = shellScripts();

describe("shell scripts", () => {
  it("include the deployment scripts", () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        "apps/web/docker-entrypoint.d/40-lila-config.sh",
        "monitoring/alertmanager/entrypoint.sh",
        "monitoring/prometheus/entrypoint.sh",
        "scripts/backup.sh",
        "scripts/check-env.sh",
        "scripts/deploy.sh",
        "scripts/lib/dotenv.sh",
        "scripts/restore.sh",
        "scripts/sync-backups.sh",
      ]),
    );
  });

  it.each(scripts)("%s is executable and strict", (file) => {
    const full = path.join(root, file);
    expect(statSync(full).mode & 0o111, "chmod +x").not.toBe(0);
    const text = readFileSync(full, "utf8");
    expect(text.split("\n", 1)[0]).toMatch(/^#!/);
    expect(text).toMatch(/^set -e/m);
  });
});

describe.skipIf(!requireCommand("shellcheck"))("shellcheck", () => {
  it.each(scripts)("%s", (file) => {
    // -x follows sourced files; the default severity (style) is kept: no warnings at all.
    const result = spawnSync("shellcheck", ["-x", file], { cwd: root, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
