import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// .ci/run tests on the README's oldest Node.js and on the images' Node.js.
const root = path.resolve(import.meta.dirname, "../..");
const ci = readFileSync(path.join(root, ".ci/run"), "utf8");
const engines = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } })
  .engines.node;
const imageNode = /^ARG NODE_IMAGE=node:(\d+\.\d+\.\d+)-/m.exec(
  readFileSync(path.join(root, "apps/api/Dockerfile"), "utf8"),
)![1]!;

describe(".ci/run", () => {
  it("takes the two Node.js versions from package.json's engines and the API image", () => {
    expect(engines).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(ci).toContain(`require("./package.json").engines.node`);
    expect(ci).toContain("s/^ARG NODE_IMAGE=node:");
    expect(ci).toContain('npm install --prefix "$prefix"');
    expect(ci).toContain('"node@$version"');
  });

  it("runs npm test on both, and the production topology on the images' Node.js", () => {
    expect(ci).toMatch(/^with_oldest npm test /m);
    expect(ci).toMatch(/^with_image npm test /m);
    expect(ci).toMatch(/^with_image npm run test:prod /m);
  });

  it("the workflow's test container uses the images' major version", () => {
    const major = imageNode.split(".")[0];
    const workflow = parse(readFileSync(path.join(root, ".forgejo/workflows/deploy.yml"), "utf8")) as {
      jobs: { test: { container: { image: string } } };
    };
    expect(workflow.jobs.test.container.image).toBe(`node:${major}-bookworm`);
  });
});
