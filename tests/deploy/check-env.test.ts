import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requireCommand } from "../support/external.js";

// scripts/check-env.sh: the production .env is checked before every deploy.
const root = path.resolve(import.meta.dirname, "../..");
const script = path.join(root, "scripts/check-env.sh");
const scratch = mkdtempSync(path.join(tmpdir(), "lila-check-env-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const hex = (seed: string) => seed.repeat(64).slice(0, 64);
/** A production .env as DEPLOYMENT.md writes it (secrets generated). */
const good: Record<string, string> = {
  COMPOSE_FILE: "docker-compose.prod.yml",
  LILA_DOMAIN: "example.com",
  ACME_EMAIL: "ops@example.com",
  LILA_REGISTRY: "git.example.com/lila",
  POSTGRES_PASSWORD: hex("3f9a"),
  BETTER_AUTH_SECRET: hex("b7c2"),
  FORGEJO_SECRET_KEY: hex("51de"),
  FORGEJO_IMAGE: "registry.example.org/forgejo/forgejo:11",
  ALERT_WEBHOOK_URL: "https://hooks.example.com/lila",
};

function check(env: Record<string, string>, extra = "") {
  const file = path.join(mkdtempSync(path.join(scratch, "env-")), ".env");
  writeFileSync(
    file,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join("") + extra,
  );
  return spawnSync("bash", [script, file], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
}

describe("scripts/check-env.sh", () => {
  it("accepts a production .env with generated secrets", () => {
    const result = check(good);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("refuses .env.example copied as it is, naming every variable to fix", () => {
    const file = path.join(scratch, "copied.env");
    copyFileSync(path.join(root, ".env.example"), file);
    const result = spawnSync("bash", [script, file], { encoding: "utf8" });
    expect(result.status).not.toBe(0);
    for (const name of [
      "POSTGRES_PASSWORD",
      "BETTER_AUTH_SECRET",
      "FORGEJO_SECRET_KEY",
      "LILA_DOMAIN",
      "FORGEJO_IMAGE",
      "ALERT_WEBHOOK_URL",
    ]) {
      expect(result.stderr).toMatch(new RegExp(`^  - ${name}: `, "m"));
    }
  });

  it("refuses every development secret this repository ever published", () => {
    const published: Array<[string, string]> = [
      ["POSTGRES_PASSWORD", "lila"],
      ["BETTER_AUTH_SECRET", "dev-only-secret-change-me-0123456789abcdef"],
      ["FORGEJO_SECRET_KEY", "dev-only-forgejo-secret"],
    ];
    for (const [name, value] of published) {
      const result = check({ ...good, [name]: value });
      expect(result.status, name).not.toBe(0);
      expect(result.stderr).toContain(`${name}: is a published development value`);
      // The value itself is never printed.
      expect(result.stderr).not.toContain(value === "lila" ? "'lila'" : value);
    }
  });

  it("refuses empty and short secrets", () => {
    expect(check({ ...good, BETTER_AUTH_SECRET: "" }).stderr).toContain("BETTER_AUTH_SECRET: is empty");
    expect(check({ ...good, FORGEJO_SECRET_KEY: "0123456789" }).stderr).toContain(
      "FORGEJO_SECRET_KEY: is shorter than 32 characters",
    );
  });

  it("refuses a Forgejo image that cannot be pulled, accepts the official name with its host", () => {
    for (const image of ["forgejo:11", "forgejo/forgejo:11", "", "registry.example.org/forgejo:11"]) {
      const result = check({ ...good, FORGEJO_IMAGE: image });
      expect(result.status, image).not.toBe(0);
      expect(result.stderr, image).toContain("FORGEJO_IMAGE: must be Forgejo's official image");
    }
    for (const image of [
      "registry.example.org/forgejo/forgejo:11.0.7",
      `registry.example.org:5000/forgejo/forgejo:11@sha256:${"a".repeat(64)}`,
    ]) {
      expect(check({ ...good, FORGEJO_IMAGE: image }).status, image).toBe(0);
    }
  });

  it("wants somewhere to send alerts", () => {
    const { ALERT_WEBHOOK_URL: _omit, ...silent } = good;
    expect(check(silent).stderr).toContain("ALERT_WEBHOOK_URL: or ALERT_EMAIL_TO must be set");
    expect(check({ ...silent, ALERT_EMAIL_TO: "ops@example.com" }).status).toBe(0);
  });

  it("reads values with inline comments as compose does, and never runs the file", () => {
    const marker = path.join(scratch, "pwned");
    const result = check(
      {},
      Object.entries(good)
        .map(([k, v]) => `${k}=${v}        # a comment, as in DEPLOYMENT.md\n`)
        .join("") + `LOG_LEVEL=$(touch ${marker})\n`,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(() => readFileSync(marker)).toThrow();
  });
});

describe.skipIf(!requireCommand("openssl"))("the production .env as DEPLOYMENT.md writes it", () => {
  it("gets fresh secrets; check-env.sh then asks only for what the operator must type in", () => {
    // The shell block of DEPLOYMENT.md 1.5, run as it is: a procedure, not prose.
    const doc = readFileSync(path.join(root, "DEPLOYMENT.md"), "utf8");
    const block = /^cat > \.env <<EOF\n[\s\S]*?^EOF$/m.exec(doc)?.[0];
    expect(block).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), "lila-docs-env-"));
    try {
      const written = spawnSync("sh", ["-c", block!], { cwd: dir, encoding: "utf8" });
      expect(written.status, written.stderr).toBe(0);
      const envFile = path.join(dir, ".env");
      const text = readFileSync(envFile, "utf8");
      const secrets = ["POSTGRES_PASSWORD", "BETTER_AUTH_SECRET", "FORGEJO_SECRET_KEY"].map(
        (name) => new RegExp(`^${name}=([0-9a-f]{64})$`, "m").exec(text)?.[1],
      );
      expect(secrets.every(Boolean), text).toBe(true);
      expect(new Set(secrets).size).toBe(3);

      const check = (file: string) =>
        spawnSync("bash", [path.join(root, "scripts/check-env.sh"), file], { encoding: "utf8" });
      const first = check(envFile);
      expect(first.status).not.toBe(0);
      const named = [...first.stderr.matchAll(/^ {2}- ([A-Z_]+):/gm)].map((m) => m[1]);
      expect(named).toEqual(["FORGEJO_IMAGE", "ALERT_WEBHOOK_URL"]);

      writeFileSync(
        envFile,
        text
          .replace(/^FORGEJO_IMAGE=$/m, "FORGEJO_IMAGE=registry.example.org/forgejo/forgejo:11")
          .replace(/^ALERT_WEBHOOK_URL=/m, "ALERT_WEBHOOK_URL=https://hooks.example.com/lila"),
      );
      const second = check(envFile);
      expect(second.stderr).toBe("");
      expect(second.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
