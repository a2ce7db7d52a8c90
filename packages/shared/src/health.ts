import { z } from "zod";

export const HealthResponse = z.object({
  status: z.literal("ok"),
  uptimeSeconds: z.number(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const ReadyResponse = z.object({
  status: z.enum(["ok", "unavailable"]),
  /** Each dependency: "ok" or "failed" (the reason is in the API's log). */
  checks: z.record(z.string(), z.string()),
});
export type ReadyResponse = z.infer<typeof ReadyResponse>;
