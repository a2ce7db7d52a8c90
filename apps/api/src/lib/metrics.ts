import type { RequestHandler } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Prometheus metrics of one API process, served at /metrics (which Caddy does
 * not expose). Socket and match gauges read the realtime server at scrape time.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "lila_" });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({
    name: "lila_http_requests_total",
    help: "HTTP requests by method, route and status",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "lila_http_request_duration_seconds",
    help: "HTTP request latency by method, route and status",
    labelNames,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Read when Prometheus scrapes, from whatever the realtime server reports.
  let realtime: RealtimeGauges | undefined;
  new Gauge({
    name: "lila_ws_open_sockets",
    help: "Open /ws connections in this process",
    registers: [registry],
    collect() {
      this.set(realtime?.socketCount ?? 0);
    },
  });
  new Gauge({
    name: "lila_matches_running",
    help: "Match rooms live in this process (lobbies waiting or playing, with players connected here)",
    registers: [registry],
    collect() {
      this.set(realtime?.roomCount ?? 0);
    },
  });

  const middleware: RequestHandler = (req, res, next) => {
    const stop = duration.startTimer();
    res.on("finish", () => {
      const route = req.route ? routeLabel(req.originalUrl) : "unmatched";
      const labels = { method: req.method, route, status: String(res.statusCode) };
      requests.inc(labels);
      stop(labels);
    });
    next();
  };

  return {
    registry,
    middleware,
    /** Lets the realtime server, attached after the app, report its sockets and rooms. */
    observeRealtime(source: RealtimeGauges) {
      realtime = source;
    },
  };
}

export interface RealtimeGauges {
  readonly socketCount: number;
  readonly roomCount: number;
}

export type Metrics = ReturnType<typeof createMetrics>;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A matched route's URL with ids and lobby codes replaced, so the label set stays
 * small. (Express resets nested routers' baseUrl before "finish", so the pattern
 * itself is not available there.)
 */
export function routeLabel(url: string): string {
  const path = url.split("?")[0] ?? "";
  // Catch-all routes match any path: one label each, or a scan of random paths would grow memory.
  if (path.startsWith("/api/auth/")) return "/api/auth/*";
  if (!path.startsWith("/api/") && path !== "/metrics") return "static";
  return path.replace(UUID, ":id").replace(/\/lobbies\/[^/]+/, "/lobbies/:code");
}
