import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { replayDockerfileInChild } from "../../../scripts/prod-topology/replay-dockerfile.mjs";

/**
 * What the "prod" project's global setup built, once for all its files:
 * apps/api/Dockerfile's `runner` stage and apps/web/Dockerfile's `builder`
 * stage, replayed natively (scripts/prod-topology/replay-dockerfile.mjs; no
 * Docker engine here). Paths are on this machine; container path /x of the api
 * image is `${api.dir}/x`.
 */
export interface ProdBuild {
  api: {
    dir: string;
    env: Record<string, string>;
    workdir: string;
    user: string;
    cmd: string[];
    healthcheck: string[];
    stages: string[];
  };
  /** apps/web/dist as the web image's builder stage leaves it (what production copies into nginx's root). */
  webDist: string;
  /** How long the replays took (both at once), in seconds; 0 when reused. */
  buildSeconds: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    prodBuild: ProdBuild;
  }
}

/** Host path of a path inside the api image. */
export function apiImagePath(build: ProdBuild, containerPath: string): string {
  return path.join(build.api.dir, containerPath);
}

/**
 * Vitest global setup of the "prod" project. Both images replay in parallel (each
 * runs `npm ci` like its Dockerfile; the API's twice: deps and runner).
 * LILA_PROD_BUILD_DIR=<dir> keeps the result there and reuses it on the next run
 * (for working on the tests; delete the directory after changing the app).
 */
export default async function setup(project: TestProject) {
  // The replay runs the image's stages on this machine's Node.js: it stands in for the
  // base image only when it is the same major version (.ci/run sees to that).
  const imageNode = /^ARG NODE_IMAGE=node:(\d+)\./m.exec(readFileSync("apps/api/Dockerfile", "utf8"))?.[1];
  const hostNode = process.versions.node.split(".")[0];
  if (imageNode && imageNode !== hostNode) {
    console.warn(
      `[prod] the images run Node.js ${imageNode}, this replay Node.js ${hostNode}: run it on ${imageNode} to test what ships (.ci/run does)`,
    );
  }
  const keepDir = process.env.LILA_PROD_BUILD_DIR ? path.resolve(process.env.LILA_PROD_BUILD_DIR) : undefined;
  const manifest = keepDir && path.join(keepDir, "prod-build.json");
  if (manifest && existsSync(manifest)) {
    const reused = JSON.parse(readFileSync(manifest, "utf8")) as ProdBuild;
    console.warn(`[prod] reusing the build in ${keepDir} (LILA_PROD_BUILD_DIR)`);
    project.provide("prodBuild", { ...reused, buildSeconds: 0 });
    return;
  }
  if (keepDir) mkdirSync(keepDir, { recursive: true });
  const scratch = keepDir ?? mkdtempSync(path.join(tmpdir(), "lila-prod-build-"));
  const started = Date.now();
  // npm takes packages already in this machine's cache without asking the registry
  // whether they are still current (minutes saved: `npm ci` otherwise revalidates
  // every one). What is installed is the same: package-lock.json pins every version
  // and its integrity hash, and anything not cached is still downloaded.
  const env = { npm_config_prefer_offline: "true" };
  try {
    const [api, web] = await Promise.all([
      replayDockerfileInChild({
        dockerfile: "apps/api/Dockerfile",
        target: "runner",
        dest: path.join(scratch, "api"),
        env,
      }),
      replayDockerfileInChild({
        dockerfile: "apps/web/Dockerfile",
        target: "builder",
        dest: path.join(scratch, "web"),
        env,
      }),
    ]);
    if (!api.cmd || !api.healthcheck)
      throw new Error("apps/api/Dockerfile: the runner stage has no CMD or HEALTHCHECK");
    const webDist = web.appDir("/app/apps/web/dist");
    if (!existsSync(path.join(webDist, "index.html"))) throw new Error(`the web build left no ${webDist}/index.html`);
    const build: ProdBuild = {
      api: {
        dir: api.dir,
        env: api.env,
        workdir: api.workdir,
        user: api.user,
        cmd: api.cmd,
        healthcheck: api.healthcheck,
        stages: api.stages,
      },
      webDist,
      buildSeconds: Math.round((Date.now() - started) / 1000),
    };
    console.warn(`[prod] replayed the api (runner) and web (builder) images in ${build.buildSeconds} s`);
    if (manifest) writeFileSync(manifest, JSON.stringify(build, null, 2));
    project.provide("prodBuild", build);
  } catch (error) {
    if (!keepDir) rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return () => {
    if (!keepDir) rmSync(scratch, { recursive: true, force: true });
  };
}
