/** Liveness and readiness. */
export { createHealthRouter, type ReadinessChecks } from "./health.router.js";
