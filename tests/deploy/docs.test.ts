import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const doc = readFileSync(path.join(root, "DEPLOYMENT.md"), "utf8");

describe("DEPLOYMENT.md", () => {
  it("covers provisioning, first and routine deploy, rollback and the restore drill", () => {
    for (const heading of [
      /^## 1\. Provision the VPS from zero$/m,
      /^### 1\.3 Docker$/m,
      /^### 1\.4 DNS$/m,
      /^### 1\.6 Forgejo/m,
      /^### 1\.7 Forgejo runner$/m,
      /^### 1\.9 OAuth applications$/m,
      /^## 2\. First deploy$/m,
      /^## 3\. Routine deploy and rollback$/m,
      /^### 4\.5 Restore drill/m,
      /^## 6\. Known issues/m,
    ]) {
      expect(doc).toMatch(heading);
    }
  });

  it("gives the wildcard DNS record and the OAuth redirect URIs", () => {
    expect(doc).toMatch(/\| `\*` \| A \|/);
    expect(doc).toContain("https://api.example.com/api/auth/callback/google");
    expect(doc).toContain("https://api.example.com/api/auth/callback/github");
  });

  it("explains publishing the Google consent screen before 100 users", () => {
    expect(doc).toContain("Publish app");
    expect(doc).toMatch(/before about\s+80 users/);
  });

  it("answers every known issue of the seed", () => {
    const table = doc.slice(doc.indexOf("## 6. Known issues"));
    for (const issue of [/health check/i, /overcommit/i, /monitoring/i, /offsite|S3/i, /Google OAuth/i, /exec form/i]) {
      expect(table).toMatch(issue);
    }
  });

  it("names no registry host (the registry is the project's own Forgejo)", () => {
    expect(doc).not.toMatch(/registry\.npmjs|docker\.io\/|codeberg\.org|ghcr\.io|quay\.io/);
  });
});
