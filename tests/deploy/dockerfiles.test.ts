import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// No Docker engine here: these read the Dockerfiles. What the stages do is
// exercised natively elsewhere (nginx.test.ts runs nginx.conf and the entrypoint
// script; the app's own tests cover the build).
const root = path.resolve(import.meta.dirname, "../..");

type Instruction = { stage: string; op: string; args: string };

function parseDockerfile(file: string): Instruction[] {
  const text = readFileSync(path.join(root, file), "utf8").replace(/\\\n/g, " ");
  const out: Instruction[] = [];
  let stage = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [op = "", ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (op.toUpperCase() === "FROM") stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? "";
    out.push({ stage, op: op.toUpperCase(), args });
  }
  return out;
}

function stages(ins: Instruction[]) {
  return ins.filter((i) => i.op === "FROM").map((i) => i.args);
}
function inStage(ins: Instruction[], stage: string) {
  return ins.filter((i) => i.stage === stage);
}

const archSpecific = /\b(amd64|x86_64|aarch64|arm64|linux-x64|qemu|--platform)\b/i;

describe("apps/api/Dockerfile", () => {
  const ins = parseDockerfile("apps/api/Dockerfile");
  const runner = inStage(ins, "runner");

  it("has the stages deps -> dev -> builder -> runner", () => {
    expect(stages(ins)).toEqual(["${NODE_IMAGE} AS deps", "deps AS dev", "deps AS builder", "${NODE_IMAGE} AS runner"]);
    // Node.js 24 LTS, an exact release (optionally pinned by digest too).
    expect(ins.find((i) => i.op === "ARG")?.args).toMatch(
      /^NODE_IMAGE=node:24\.\d+\.\d+-alpine(@sha256:[0-9a-f]{64})?$/,
    );
  });

  it("installs production dependencies only in the runner", () => {
    const installs = runner.filter((i) => i.op === "RUN" && /npm (ci|install)/.test(i.args));
    expect(installs).toHaveLength(1);
    expect(installs[0]!.args).toMatch(/npm ci --omit=dev --omit=optional/);
    expect(installs[0]!.args).toContain("-w @lila/api");
    expect(
      runner.filter((i) => i.op === "COPY" && i.args.startsWith("--from=builder")).map((i) => i.args.split(" ")[1]),
    ).toEqual(["/app/packages/shared/dist", "/app/packages/db/dist", "/app/apps/api/dist"]);
    const copied = runner.filter((i) => i.op === "COPY").map((i) => i.args);
    expect(copied).toContain("packages/db/migrations packages/db/migrations");
    expect(copied).toContain("vocabulary vocabulary");
  });

  it("runs as a non-root user with a Node-based health check", () => {
    expect(runner.find((i) => i.op === "USER")?.args).toBe("node");
    const health = runner.find((i) => i.op === "HEALTHCHECK")?.args ?? "";
    expect(health).toContain('CMD ["node", "-e"');
    expect(health).toContain("/api/v1/health");
    expect(health).not.toMatch(/curl|wget/);
  });

  it("starts one process that migrates then serves (no && in an exec-form CMD)", () => {
    const cmd = runner.filter((i) => i.op === "CMD").at(-1)?.args ?? "";
    expect(JSON.parse(cmd)).toEqual(["node", "dist/server.js"]);
    for (const i of ins.filter((x) => x.op === "CMD" || x.op === "ENTRYPOINT")) {
      if (i.args.startsWith("[")) expect(JSON.parse(i.args), i.args).not.toContain("&&");
    }
  });

  it("downloads nothing architecture-specific", () => {
    for (const i of ins) expect(`${i.op} ${i.args}`).not.toMatch(archSpecific);
    expect(ins.some((i) => i.op === "RUN" && /\b(curl|wget)\b/.test(i.args))).toBe(false);
  });
});

describe("apps/web/Dockerfile", () => {
  const ins = parseDockerfile("apps/web/Dockerfile");
  const production = inStage(ins, "production");

  it("has the stages deps -> dev -> builder -> production on nginx:alpine", () => {
    expect(stages(ins)).toEqual([
      "${NODE_IMAGE} AS deps",
      "deps AS dev",
      "deps AS builder",
      "${NGINX_IMAGE} AS production",
    ]);
    expect(ins.find((i) => i.op === "ARG" && i.args.startsWith("NGINX_IMAGE"))?.args).toMatch(
      /^NGINX_IMAGE=nginx:[a-z0-9.-]*alpine$/,
    );
  });

  it("still accepts VITE_API_URL at build time", () => {
    const builder = inStage(ins, "builder");
    expect(builder.some((i) => i.op === "ARG" && i.args.startsWith("VITE_API_URL"))).toBe(true);
    expect(builder.some((i) => i.op === "ENV" && i.args.includes("VITE_API_URL=${VITE_API_URL}"))).toBe(true);
  });

  it("ships nginx.conf, the config.js entrypoint script, the build and a health check", () => {
    const copies = production.filter((i) => i.op === "COPY").map((i) => i.args);
    expect(copies).toContain("apps/web/nginx.conf /etc/nginx/nginx.conf");
    expect(copies).toContain(
      "--chmod=0755 apps/web/docker-entrypoint.d/40-lila-config.sh /docker-entrypoint.d/40-lila-config.sh",
    );
    expect(copies).toContain("--from=builder /app/apps/web/dist /usr/share/nginx/html");
    expect(production.find((i) => i.op === "HEALTHCHECK")?.args).toContain("http://127.0.0.1:8080/healthz");
  });

  it("runs nginx as the nginx user from the start (no root master), on 8080", () => {
    const users = production.filter((i) => i.op === "USER").map((i) => i.args);
    expect(users).toEqual(["nginx"]);
    const userAt = production.findIndex((i) => i.op === "USER");
    expect(production.findIndex((i) => i.op === "CMD")).toBeGreaterThan(userAt);
    expect(production.filter((i) => i.op === "EXPOSE").map((i) => i.args)).toEqual(["8080"]);
    // The nginx user may write only its scratch directory and config.js.
    const runs = production
      .filter((i) => i.op === "RUN")
      .map((i) => i.args)
      .join("\n");
    expect(runs).toContain("install -d -o nginx -g nginx -m 0755 /tmp/nginx");
    expect(runs).toContain("chown nginx:nginx /usr/share/nginx/html/config.js");
  });

  it("builds on the same Node.js as the API image", () => {
    const api = parseDockerfile("apps/api/Dockerfile").find((i) => i.op === "ARG")?.args;
    expect(ins.find((i) => i.op === "ARG" && i.args.startsWith("NODE_IMAGE="))?.args).toBe(api);
  });

  it("downloads nothing architecture-specific", () => {
    for (const i of ins) expect(`${i.op} ${i.args}`).not.toMatch(archSpecific);
  });
});

describe(".dockerignore", () => {
  const ignore = readFileSync(path.join(root, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim());
  it("keeps dependencies, build output, git and secrets out of the build context", () => {
    for (const entry of [".git", "**/node_modules", "**/dist", ".env", ".env.*"]) expect(ignore).toContain(entry);
  });
  it("does not exclude what the images need", () => {
    for (const needed of ["vocabulary", "packages", "apps", "package-lock.json", "tsconfig.base.json"]) {
      expect(ignore).not.toContain(needed);
    }
  });
});
