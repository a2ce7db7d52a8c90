import { defineConfig } from "vitest/config";

// Test tiers, named by file (docs/ARCHITECTURE.md, "Tests"):
//   *.test.ts         no network; PGlite allowed (embedded)
//   *.db.test.ts      a real PostgreSQL when TEST_DATABASE_URL is set, PGlite otherwise
//   *.valkey.test.ts  Valkey/Redis on 127.0.0.1:6379 (skipped with a notice without it)
//   e2e/              Playwright on the built app
//   tests/deploy      static checks of the deployment files with real tools
const resolve = { conditions: ["@lila/source"] };
const ssr = { resolve: { conditions: ["@lila/source"], externalConditions: ["@lila/source"] } };
const shared = { resolve, ssr };

// The production topology on loopback (e2e/prod, `npm run test:prod`): both images
// replayed from their Dockerfiles once (e2e/prod/support/prod-build.ts: three
// `npm ci`), then PostgreSQL, Valkey/Redis, the API, nginx and Caddy, Chromium
// through Caddy, every compose health check, and the monitoring stack (Prometheus,
// Alertmanager, exporters). Minutes, not seconds: only when asked for by name
// (`--project prod`), never in a plain `npm test`.
const prodSelected = process.argv.some((arg) => /^(--project=)?prod$/.test(arg));

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{packages,apps,data-pipeline}/**/*.test.ts", "{packages,apps,data-pipeline}/**/*.test.tsx"],
          exclude: ["**/node_modules/**", "**/dist/**", "**/*.db.test.ts", "**/*.valkey.test.ts"],
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
          setupFiles: ["apps/api/test/support/error-contract.setup.ts"],
        },
      },
      {
        // A real Valkey/Redis on 127.0.0.1:6379 (VALKEY_URL) and a real PostgreSQL (TEST_DATABASE_URL):
        // skipped with a notice when unreachable, a failure under CI=true.
        ...shared,
        test: {
          name: "valkey",
          include: ["{packages,apps}/**/*.valkey.test.ts"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          setupFiles: ["apps/api/test/support/error-contract.setup.ts"],
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
      ...(prodSelected
        ? [
            {
              ...shared,
              test: {
                name: "prod",
                include: ["e2e/prod/**/*.prod.test.ts"],
                testTimeout: 120_000,
                hookTimeout: 240_000,
                fileParallelism: false,
                globalSetup: ["e2e/prod/support/prod-build.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
