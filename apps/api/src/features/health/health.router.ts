import { Router } from "express";
import type { HealthResponse } from "@lila/shared";
import { endpoint } from "../../http/validate.js";

/** Liveness: the process answers. Readiness (dependencies) is a separate check. */
export function createHealthRouter(): Router {
  const router = Router();
  router.get(
    "/health",
    endpoint({}, (): HealthResponse => ({ status: "ok", uptimeSeconds: Math.round(process.uptime()) })),
  );
  return router;
}
