import { defineConfig } from "vitest/config";

// Test tiers, named by file (docs/STYLE.md):
//   *.test.ts     no network; PGlite allowed (embedded)
//   *.db.test.ts  a real PostgreSQL when TEST_DATABASE_URL is set, PGlite otherwise
//   e2e/          Playwright on the built app
//   tests/deploy  static checks of the deployment files with real tools
const resolve = { conditions: ["@lila/source"] };
const ssr = { resolve: { conditions: ["@lila/source"], externalConditions: ["@lila/source"] } };
const shared = { resolve, ssr };

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{packages,apps,data-pipeline}/**/*.test.ts", "{packages,apps,data-pipeline}/**/*.test.tsx"],
          exclude: ["**/node_modules/**", "**/dist/**", "**/*.db.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "db",
          include: ["{packages,apps}/**/*.db.test.ts"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          globalSetup: ["tests/support/db-global-setup.ts"],
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        ...shared,
        test: {
          name: "deploy",
          include: ["tests/deploy/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
