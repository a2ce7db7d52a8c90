import { Router } from "express";
import type { HealthResponse, ReadyResponse } from "@lila/shared";
import { endpoint } from "../../http/validate.js";

/** Named checks of what the API needs to serve: each resolves, or rejects with the reason. */
export type ReadinessChecks = Record<string, () => Promise<void>>;

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Liveness (/health: the process answers) and readiness (/ready: its database
 * and other dependencies answer too, so a proxy or orchestrator may send traffic).
 */
export function createHealthRouter(checks: ReadinessChecks = {}): Router {
  const router = Router();
  router.get(
    "/health",
    endpoint({}, (): HealthResponse => ({ status: "ok", uptimeSeconds: Math.round(process.uptime()) })),
  );
  router.get("/ready", async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await runCheck(check)] as const),
    );
    const body: ReadyResponse = {
      status: results.every(([, result]) => result === "ok") ? "ok" : "unavailable",
      checks: Object.fromEntries(results),
    };
    res.status(body.status === "ok" ? 200 : 503).json({ success: body.status === "ok", data: body });
  });
  return router;
}

async function runCheck(check: () => Promise<void>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : "failed";
  } finally {
    clearTimeout(timer);
  }
}
