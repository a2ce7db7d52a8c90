#!/usr/bin/env node
// Fails when the Drizzle schema has changes that no committed migration holds:
// generates into a copy of packages/db/migrations and looks for new files.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const db = path.join(root, "packages/db");
// drizzle-kit wants a relative output path, so the copy sits inside packages/db (ignored by git).
const work = mkdtempSync(path.join(db, ".drizzle-check-"));
try {
  const copy = path.join(work, "migrations");
  cpSync(path.join(db, "migrations"), copy, { recursive: true });
  const config = path.join(db, `.drizzle-check-${process.pid}.config.mjs`);
  writeFileSync(
    config,
    `export default ${JSON.stringify({ dialect: "postgresql", schema: "./src/schema/index.ts", out: `./${path.relative(db, copy)}` })};\n`,
  );
  try {
    const build = spawnSync("npm", ["run", "build", "-w", "@lila/shared"], { cwd: root, stdio: "ignore" });
    if (build.status !== 0) throw new Error("could not build @lila/shared");
    const result = spawnSync("npx", ["drizzle-kit", "generate", "--config", config], { cwd: db, encoding: "utf8" });
    // drizzle-kit can exit 0 after an error, so its output is checked too.
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0 || !/No schema changes|migration file/.test(output)) {
      throw new Error(`drizzle-kit generate failed:\n${output}`);
    }
  } finally {
    rmSync(config, { force: true });
  }
  const before = new Set(readdirSync(path.join(db, "migrations")));
  const added = readdirSync(copy).filter((name) => !before.has(name));
  if (added.length > 0) {
    console.error(`The schema has changes without a migration (${added.join(", ")}). Run: npm run db:generate`);
    process.exitCode = 1;
  } else {
    console.log("migrations are up to date with the schema");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
