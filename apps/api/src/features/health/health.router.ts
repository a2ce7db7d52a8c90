import { Router } from "express";
import type { HealthResponse, ReadyResponse } from "@lila/shared";
import { endpoint } from "../../http/validate.js";
import { UnavailableError } from "../../lib/errors.js";
import type { Logger } from "../../lib/logger.js";
import { withTimeout } from "../../lib/timeout.js";

/** Named checks of what the API needs to serve: each resolves, or rejects. */
export type ReadinessChecks = Record<string, () => Promise<void>>;

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Liveness (/health: the process answers) and readiness (/ready: its database
 * and other dependencies answer too, so a proxy or orchestrator may send traffic).
 */
export function createHealthRouter(checks: ReadinessChecks, logger: Logger): Router {
  const router = Router();
  router.get(
    "/health",
    endpoint({}, (): HealthResponse => ({ status: "ok", uptimeSeconds: Math.round(process.uptime()) })),
  );
  router.get(
    "/ready",
    endpoint({}, async (): Promise<ReadyResponse> => {
      const results = await Promise.all(
        Object.entries(checks).map(async ([name, check]) => [name, await runCheck(name, check, logger)] as const),
      );
      const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
      // Which dependency is down may be told; why (host names, users) goes to the log only.
      if (failed.length > 0) throw new UnavailableError(`Not ready: ${failed.join(", ")} did not answer.`);
      return { status: "ok", checks: Object.fromEntries(results.map(([name]) => [name, "ok" as const])) };
    }),
  );
  return router;
}

/** Whether the check answered in time; the reason of a failure goes to the log, not to the public response. */
async function runCheck(name: string, check: () => Promise<void>, logger: Logger): Promise<boolean> {
  try {
    await withTimeout(check(), CHECK_TIMEOUT_MS, `no answer within ${CHECK_TIMEOUT_MS} ms`);
    return true;
  } catch (error) {
    logger.warn({ err: error, check: name }, "readiness check failed");
    return false;
  }
}
