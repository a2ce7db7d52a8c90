import { Router } from "express";
import type { HealthResponse, ReadyResponse } from "@lila/shared";
import { endpoint } from "../../http/validate.js";
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
  router.get("/ready", async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await runCheck(name, check, logger)] as const),
    );
    const body: ReadyResponse = {
      status: results.every(([, result]) => result === "ok") ? "ok" : "unavailable",
      checks: Object.fromEntries(results),
    };
    res.status(body.status === "ok" ? 200 : 503).json({ success: body.status === "ok", data: body });
  });
  return router;
}

/** "ok", or "failed": the reason (host names, users) goes to the log, not to the public response. */
async function runCheck(name: string, check: () => Promise<void>, logger: Logger): Promise<string> {
  try {
    await withTimeout(check(), CHECK_TIMEOUT_MS, `no answer within ${CHECK_TIMEOUT_MS} ms`);
    return "ok";
  } catch (error) {
    logger.warn({ err: error, check: name }, "readiness check failed");
    return "failed";
  }
}
