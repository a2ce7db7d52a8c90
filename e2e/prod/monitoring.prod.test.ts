import { spawnSync } from "node:child_process";
import { execFileSync } from "node:child_process";
import http from "node:http";
import https from "node:https";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { requireCommand } from "../../tests/support/external.js";
import {
  eventually,
  prometheusApi,
  requireMonitoringTools,
  startAlertmanager,
  startBlackboxExporter,
  startNodeExporter,
  startPostgresExporter,
  startPrometheus,
  startValkeyExporter,
  type NativeService,
} from "./support/monitoring.js";
import {
  createThrowawayDatabase,
  deleteValkeyKeys,
  requireDataServers,
  startApiFromImage,
  uniqueKeyPrefix,
  valkeyUrl,
  type ApiProcess,
  type ThrowawayDatabase,
} from "./support/services.js";

// The monitoring stack of docker-compose.prod.yml, natively: Prometheus (its
// entrypoint, the repository's template and alert rules) scrapes the API started
// from the replayed image, the node exporter (with backup.sh's textfile metric, from
// a real backup), the PostgreSQL and Redis exporters and a blackbox probe of an
// HTTPS server; Alertmanager (its entrypoint) posts to a webhook. Every metric the
// alert rules read must exist, every rule must evaluate cleanly, and stopping the
// API must fire ApiDown (after its production `for: 1m`) and reach the webhook.
const root = path.resolve(import.meta.dirname, "../..");
const available = requireMonitoringTools() && requireCommand("openssl") && (await requireDataServers());

interface Alert {
  labels: Record<string, string>;
  state: string;
}

describe.skipIf(!available)(
  "monitoring: Prometheus, exporters, alert rules and Alertmanager",
  { timeout: 180_000 },
  () => {
    const build = inject("prodBuild");
    const scratch = mkdtempSync(path.join(tmpdir(), "lila-monitoring-prod-"));
    const keyPrefix = uniqueKeyPrefix("monitoring");
    const services: NativeService[] = [];
    const webhookCalls: Array<{ status: string; alerts: Alert[] }> = [];
    let database: ThrowawayDatabase;
    let api: ApiProcess;
    let prometheus: NativeService;
    let webhook: http.Server;
    let site: https.Server;

    beforeAll(async () => {
      database = createThrowawayDatabase("monitoring");
      api = await startApiFromImage(build, {
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        VALKEY_URL: valkeyUrl,
        VALKEY_KEY_PREFIX: keyPrefix,
        BETTER_AUTH_URL: "https://api.lila.test",
        BETTER_AUTH_SECRET: "monitoring-test-secret-0123456789abcdef",
        CORS_ORIGIN: "https://lila.test",
        LOG_LEVEL: "warn",
      });

      // The daily backup, for real, writing its metric where the node exporter reads.
      const textfile = path.join(scratch, "textfile");
      mkdirSync(textfile);
      const backup = spawnSync("bash", [path.join(root, "scripts/backup.sh")], {
        encoding: "utf8",
        env: {
          PATH: process.env.PATH ?? "",
          HOME: scratch,
          DATABASE_URL: database.url,
          BACKUP_DIR: path.join(scratch, "backups"),
          BACKUP_METRICS_DIR: textfile,
        },
      });
      expect(backup.status, backup.stderr).toBe(0);

      // An HTTPS site whose certificate expires in 10 days (a probe target for the blackbox exporter).
      const key = path.join(scratch, "site.key");
      const cert = path.join(scratch, "site.crt");
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-days",
          "10",
          "-subj",
          "/CN=lila.test",
          "-keyout",
          key,
          "-out",
          cert,
        ],
        { stdio: "ignore" },
      );
      site = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end("ok\n"));
      await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));

      webhook = http.createServer((req, res) => {
        let body = "";
        req.on("data", (chunk: Buffer) => (body += chunk.toString()));
        req.on("end", () => {
          webhookCalls.push(JSON.parse(body) as { status: string; alerts: Alert[] });
          res.end();
        });
      });
      await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));

      const alertmanager = await startAlertmanager(scratch, {
        ALERT_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/alerts`,
      });
      services.push(alertmanager);
      const [node, postgres, valkey, blackbox] = await Promise.all([
        startNodeExporter(textfile),
        startPostgresExporter(database.url),
        startValkeyExporter(valkeyUrl),
        startBlackboxExporter(scratch),
      ]);
      services.push(node, postgres, valkey, blackbox);
      prometheus = await startPrometheus(scratch, {
        targets: {
          api: `127.0.0.1:${api.port}`,
          alertmanager: `127.0.0.1:${alertmanager.port}`,
          node: `127.0.0.1:${node.port}`,
          postgres: `127.0.0.1:${postgres.port}`,
          valkey: `127.0.0.1:${valkey.port}`,
          blackbox: [`https://127.0.0.1:${(site.address() as AddressInfo).port}/healthz`],
        },
        alertmanager: `127.0.0.1:${alertmanager.port}`,
        blackbox: `127.0.0.1:${blackbox.port}`,
      });
      services.push(prometheus);
    });

    beforeEach(({ onTestFailed }) => {
      onTestFailed(() => {
        for (const service of services)
          console.warn(`--- ${service.name} (tail) ---\n${service.output().slice(-3_000)}`);
      });
    });

    afterAll(async () => {
      for (const service of services.reverse()) await service.stop();
      await api?.stop();
      webhook?.close();
      site?.close();
      deleteValkeyKeys(keyPrefix);
      database?.drop();
      rmSync(scratch, { recursive: true, force: true });
    }, 60_000);

    it("scrapes the API and every exporter", async () => {
      const up = await eventually("every target up", 30_000, async () => {
        const targets = await prometheusApi<{ activeTargets: Array<{ labels: { job: string }; health: string }> }>(
          prometheus,
          "targets",
        );
        const health = Object.fromEntries(targets.activeTargets.map((t) => [t.labels.job, t.health]));
        return Object.values(health).every((h) => h === "up") && Object.keys(health).length >= 6 ? health : undefined;
      });
      expect(Object.keys(up).sort()).toEqual(["alertmanager", "api", "blackbox", "node", "postgres", "valkey"]);
    });

    it("has every metric the alert rules read, from the real sources", async () => {
      // Some API traffic for the request counter and the latency histogram.
      for (let i = 0; i < 5; i++) await fetch(`http://127.0.0.1:${api.port}/api/v1/ready`);
      const series = [
        "lila_http_requests_total",
        "lila_http_request_duration_seconds_bucket",
        'node_filesystem_avail_bytes{mountpoint="/"}',
        'node_filesystem_size_bytes{mountpoint="/"}',
        "lila_backup_last_success_timestamp_seconds",
        "pg_stat_activity_count",
        "pg_settings_max_connections",
        "redis_memory_used_bytes",
        "redis_memory_max_bytes",
        "probe_ssl_earliest_cert_expiry",
        "probe_success",
      ];
      for (const query of series) {
        await eventually(query, 30_000, async () => {
          const result = await prometheusApi<{ result: unknown[] }>(
            prometheus,
            `query?query=${encodeURIComponent(query)}`,
          );
          return result.result.length > 0 ? true : undefined;
        });
      }
      const expiry = await prometheusApi<{ result: Array<{ value: [number, string] }> }>(
        prometheus,
        `query?query=${encodeURIComponent("(probe_ssl_earliest_cert_expiry - time()) / 86400")}`,
      );
      const days = Number(expiry.result[0]!.value[1]);
      expect(days).toBeGreaterThan(9);
      expect(days).toBeLessThanOrEqual(10);
      const backupAge = await prometheusApi<{ result: Array<{ value: [number, string] }> }>(
        prometheus,
        `query?query=${encodeURIComponent("time() - lila_backup_last_success_timestamp_seconds")}`,
      );
      expect(Number(backupAge.result[0]!.value[1])).toBeLessThan(600);
    });

    it("loads every alert rule and evaluates each without error", async () => {
      const rules = await eventually("rules evaluated", 30_000, async () => {
        const data = await prometheusApi<{
          groups: Array<{ rules: Array<{ name: string; health: string; lastError?: string }> }>;
        }>(prometheus, "rules");
        const all = data.groups.flatMap((group) => group.rules);
        return all.length > 0 && all.every((rule) => rule.health !== "unknown") ? all : undefined;
      });
      expect(rules.map((rule) => rule.name)).toEqual(
        expect.arrayContaining(["ApiDown", "BackupMissing", "CertificateExpiresSoon", "PostgresConnectionsNearMax"]),
      );
      for (const rule of rules)
        expect({ name: rule.name, health: rule.health, error: rule.lastError ?? "" }).toEqual({
          name: rule.name,
          health: "ok",
          error: "",
        });
      const alerts = await prometheusApi<{ alerts: Alert[] }>(prometheus, "alerts");
      // Healthy: nothing pending or firing but the certificate that expires in 10 days.
      expect(alerts.alerts.map((a) => a.labels.alertname).filter((name) => name !== "CertificateExpiresSoon")).toEqual(
        [],
      );
    });

    it("fires ApiDown when the API stops, and Alertmanager posts it to the webhook", async () => {
      expect(await api.stop()).toBe(0);
      const firing = await eventually("ApiDown firing", 120_000, async () => {
        const alerts = await prometheusApi<{ alerts: Alert[] }>(prometheus, "alerts");
        return alerts.alerts.find((a) => a.labels.alertname === "ApiDown" && a.state === "firing");
      });
      expect(firing.labels).toMatchObject({ alertname: "ApiDown", job: "api", severity: "critical" });
      const delivered = await eventually("the webhook call", 60_000, async () =>
        webhookCalls.find(
          (call) => call.status === "firing" && call.alerts.some((a) => a.labels.alertname === "ApiDown"),
        ),
      );
      expect(delivered.alerts.find((a) => a.labels.alertname === "ApiDown")!.labels.severity).toBe("critical");
    });
  },
);
