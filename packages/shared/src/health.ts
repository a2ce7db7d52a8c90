import { z } from "zod";

export const HealthResponse = z.object({
  status: z.literal("ok"),
  uptimeSeconds: z.number(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** GET /api/v1/ready when every dependency answers; otherwise a 503 with code "unavailable". */
export const ReadyResponse = z.object({
  status: z.literal("ok"),
  /** Each dependency's check: "ok". */
  checks: z.record(z.string(), z.literal("ok")),
});
export type ReadyResponse = z.infer<typeof ReadyResponse>;
