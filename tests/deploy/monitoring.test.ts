import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { requireCommand } from "../support/external.js";

// The monitoring configuration (monitoring/), checked with the real Prometheus
// tools: promtool validates the rules and runs their unit tests, amtool checks
// each Alertmanager configuration the entrypoint writes. The native run (Prometheus
// scraping the real API, the alert firing and reaching a webhook) is
// e2e/prod/monitoring.prod.test.ts.
const root = path.resolve(import.meta.dirname, "../..");
const monitoring = path.join(root, "monitoring");
const rulesFile = path.join(monitoring, "prometheus/rules/lila.rules.yml");
const scratch = mkdtempSync(path.join(tmpdir(), "lila-monitoring-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const hasPromtool = requireCommand("promtool", "apt-get install prometheus");
const hasAmtool = requireCommand("amtool", "apt-get install prometheus-alertmanager");

type Rule = { alert: string; expr: string; for?: string; labels?: Record<string, string> };
const groups = (parse(readFileSync(rulesFile, "utf8")) as { groups: Array<{ rules: Rule[] }> }).groups;
const rules = groups.flatMap((group) => group.rules);

/** A directory with a stand-in for `name` that records its arguments and the config file they name. */
function recordingBinary(name: string): { bin: string; log: string } {
  const bin = mkdtempSync(path.join(scratch, "bin-"));
  const log = path.join(bin, "calls.log");
  writeFileSync(
    path.join(bin, name),
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\nfor a in "$@"; do case "$a" in --config.file=*) cat "\${a#--config.file=}" >> "${log}.config" ;; esac; done\n`,
  );
  chmodSync(path.join(bin, name), 0o755);
  return { bin, log };
}

function runEntrypoint(script: string, binary: string, env: Record<string, string>, args: string[] = []) {
  const { bin, log } = recordingBinary(binary);
  const result = spawnSync("sh", [path.join(monitoring, script), ...args], {
    encoding: "utf8",
    env: { PATH: `${bin}:${process.env.PATH}`, ...env },
  });
  const read = (file: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return "";
    }
  };
  return { ...result, args: read(log).split("\n").filter(Boolean), config: read(`${log}.config`) };
}

describe.skipIf(!hasPromtool)("alert rules (promtool)", () => {
  it("are valid", () => {
    const result = spawnSync("promtool", ["check", "rules", rulesFile], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toContain("SUCCESS");
    expect(result.status).toBe(0);
  });

  it("pass their unit tests (lila.rules.test.yml)", () => {
    const result = spawnSync("promtool", ["test", "rules", "lila.rules.test.yml"], {
      cwd: path.dirname(rulesFile),
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toContain("SUCCESS");
    expect(result.status).toBe(0);
  });

  it("unit tests catch a changed threshold (the tests really assert)", () => {
    const dir = mkdtempSync(path.join(scratch, "rules-"));
    const text = readFileSync(rulesFile, "utf8");
    const mutated = text.replace("> 26 * 3600", "> 30 * 3600");
    expect(mutated).not.toBe(text);
    writeFileSync(path.join(dir, "lila.rules.yml"), mutated);
    writeFileSync(
      path.join(dir, "lila.rules.test.yml"),
      readFileSync(path.join(path.dirname(rulesFile), "lila.rules.test.yml")),
    );
    const result = spawnSync("promtool", ["test", "rules", "lila.rules.test.yml"], { cwd: dir, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain("BackupMissing");
  });
});

describe("alert rules", () => {
  it("cover what an operator must hear about", () => {
    const expected: Record<string, RegExp> = {
      ApiDown: /up\{job="api"\} == 0/,
      ApiHighErrorRate: /status=~"5\.\."/,
      ApiSlowResponses: /histogram_quantile\(0\.99,/,
      DiskAlmostFull: /node_filesystem_avail_bytes[\s\S]*> 0\.80/,
      BackupMissing: /lila_backup_last_success_timestamp_seconds > 26 \* 3600/,
      CertificateExpiresSoon: /probe_ssl_earliest_cert_expiry - time\(\) < 14 \* 86400/,
      ValkeyMemoryNearLimit: /redis_memory_used_bytes \/ redis_memory_max_bytes/,
      PostgresConnectionsNearMax: /pg_stat_activity_count[\s\S]*pg_settings_max_connections/,
    };
    for (const [alert, expr] of Object.entries(expected)) {
      const rule = rules.find((r) => r.alert === alert);
      expect(rule, alert).toBeDefined();
      expect(rule!.expr, alert).toMatch(expr);
      expect(rule!.labels?.severity, alert).toMatch(/^(critical|warning)$/);
    }
  });

  it("each have a unit test", () => {
    const tests = readFileSync(path.join(path.dirname(rulesFile), "lila.rules.test.yml"), "utf8");
    for (const rule of rules) expect(tests, rule.alert).toContain(`alertname: ${rule.alert}`);
  });
});

describe("prometheus.yml.in and its entrypoint", () => {
  it("writes the domain in and starts Prometheus on the result, with the arguments given", () => {
    const out = path.join(mkdtempSync(path.join(scratch, "prom-")), "prometheus.yml");
    const result = runEntrypoint(
      "prometheus/entrypoint.sh",
      "prometheus",
      {
        LILA_DOMAIN: "example.com",
        PROMETHEUS_TEMPLATE: path.join(monitoring, "prometheus/prometheus.yml.in"),
        PROMETHEUS_CONFIG: out,
      },
      ["--storage.tsdb.path=/prometheus"],
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.args).toEqual([`--config.file=${out}`, "--storage.tsdb.path=/prometheus"]);
    expect(result.config).not.toContain("${");
    const config = parse(result.config) as {
      scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }>;
    };
    const targets = Object.fromEntries(
      config.scrape_configs.map((job) => [job.job_name, job.static_configs[0]!.targets]),
    );
    expect(targets.blackbox).toEqual([
      "https://example.com/healthz",
      "https://api.example.com/api/v1/health",
      "https://git.example.com/api/healthz",
    ]);
    // Every scraped address is a service and port of docker-compose.prod.yml.
    const compose = readFileSync(path.join(root, "docker-compose.prod.yml"), "utf8");
    for (const [job, list] of Object.entries(targets)) {
      if (job === "blackbox" || job === "prometheus") continue;
      for (const target of list) {
        const [service, port] = target.split(":");
        expect(compose, `${job} -> ${target}`).toMatch(new RegExp(`^  ${service}:$`, "m"));
        expect(compose, `${job} -> ${target}`).toContain(`127.0.0.1:${port}`);
      }
    }
  });

  it.skipIf(!hasPromtool)("renders a configuration promtool accepts", () => {
    const out = path.join(mkdtempSync(path.join(scratch, "prom-")), "prometheus.yml");
    runEntrypoint("prometheus/entrypoint.sh", "prometheus", {
      LILA_DOMAIN: "example.com",
      PROMETHEUS_TEMPLATE: path.join(monitoring, "prometheus/prometheus.yml.in"),
      PROMETHEUS_CONFIG: out,
    });
    const result = spawnSync("promtool", ["check", "config", "--syntax-only", out], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toContain("SUCCESS");
    expect(result.status).toBe(0);
  });

  it("refuses a missing or malformed domain", () => {
    for (const domain of ["", "example.com/x", "a b", "$(id)"]) {
      const out = path.join(mkdtempSync(path.join(scratch, "prom-")), "prometheus.yml");
      const result = runEntrypoint("prometheus/entrypoint.sh", "prometheus", {
        LILA_DOMAIN: domain,
        PROMETHEUS_CONFIG: out,
      });
      expect(result.status, domain).not.toBe(0);
      expect(result.stderr, domain).toContain("LILA_DOMAIN");
      expect(result.args, domain).toEqual([]);
    }
  });
});

describe("alertmanager entrypoint", () => {
  const out = () => path.join(mkdtempSync(path.join(scratch, "am-")), "alertmanager.yml");
  type Receiver = {
    name: string;
    webhook_configs?: Array<{ url: string }>;
    email_configs?: Array<Record<string, string | boolean>>;
  };
  const receiversOf = (config: string) =>
    (parse(config) as { route: { receiver: string }; receivers: Receiver[] }).receivers;

  it("sends to a webhook", () => {
    const result = runEntrypoint(
      "alertmanager/entrypoint.sh",
      "alertmanager",
      { ALERT_WEBHOOK_URL: "https://hooks.example.com/lila?token=a&b=c", ALERTMANAGER_CONFIG: out() },
      ["--storage.path=/alertmanager"],
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.args.slice(1)).toEqual(["--storage.path=/alertmanager"]);
    expect(receiversOf(result.config)).toEqual([
      {
        name: "operators",
        webhook_configs: [{ url: "https://hooks.example.com/lila?token=a&b=c", send_resolved: true }],
      },
    ]);
  });

  it("sends e-mail, with credentials that survive quoting", () => {
    const password = `pa"ss\\word: #1`;
    const result = runEntrypoint("alertmanager/entrypoint.sh", "alertmanager", {
      ALERT_EMAIL_TO: "ops@example.com",
      ALERT_EMAIL_FROM: "alerts@example.com",
      ALERT_SMTP_SMARTHOST: "smtp.example.com:587",
      ALERT_SMTP_USERNAME: "alerts@example.com",
      ALERT_SMTP_PASSWORD: password,
      ALERTMANAGER_CONFIG: out(),
    });
    expect(result.status, result.stderr).toBe(0);
    const [receiver] = receiversOf(result.config);
    expect(receiver!.webhook_configs).toBeUndefined();
    expect(receiver!.email_configs).toEqual([
      {
        to: "ops@example.com",
        from: "alerts@example.com",
        smarthost: "smtp.example.com:587",
        auth_username: "alerts@example.com",
        auth_password: password,
        require_tls: true,
        send_resolved: true,
      },
    ]);
  });

  it.skipIf(!hasAmtool)("writes configurations amtool accepts (webhook, e-mail, both)", () => {
    const cases: Array<Record<string, string>> = [
      { ALERT_WEBHOOK_URL: "http://127.0.0.1:9/hook" },
      { ALERT_EMAIL_TO: "ops@example.com", ALERT_EMAIL_FROM: "a@example.com", ALERT_SMTP_SMARTHOST: "mail:25" },
      {
        ALERT_WEBHOOK_URL: "https://hooks.example.com/x",
        ALERT_EMAIL_TO: "ops@example.com",
        ALERT_EMAIL_FROM: "a@example.com",
        ALERT_SMTP_SMARTHOST: "smtp.example.com:465",
        ALERT_SMTP_USERNAME: "u",
        ALERT_SMTP_PASSWORD: "p",
      },
    ];
    for (const env of cases) {
      const file = out();
      const result = runEntrypoint("alertmanager/entrypoint.sh", "alertmanager", { ...env, ALERTMANAGER_CONFIG: file });
      expect(result.status, result.stderr).toBe(0);
      const check = spawnSync("amtool", ["check-config", file], { encoding: "utf8" });
      expect(check.stdout + check.stderr, JSON.stringify(env)).toContain("SUCCESS");
      expect(check.status).toBe(0);
    }
  });

  it("refuses to start without a receiver, or with an incomplete one, naming the setting", () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{}, "ALERT_WEBHOOK_URL or ALERT_EMAIL_TO"],
      [{ ALERT_WEBHOOK_URL: "hooks.example.com" }, "ALERT_WEBHOOK_URL must start with"],
      [{ ALERT_EMAIL_TO: "ops@example.com", ALERT_SMTP_SMARTHOST: "mail:25" }, "ALERT_EMAIL_FROM"],
      [{ ALERT_EMAIL_TO: "ops@example.com", ALERT_EMAIL_FROM: "a@example.com" }, "ALERT_SMTP_SMARTHOST"],
    ];
    for (const [env, message] of cases) {
      const result = runEntrypoint("alertmanager/entrypoint.sh", "alertmanager", {
        ...env,
        ALERTMANAGER_CONFIG: out(),
      });
      expect(result.status, JSON.stringify(env)).not.toBe(0);
      expect(result.stderr).toContain(message);
      expect(result.args).toEqual([]);
    }
  });
});

describe.skipIf(!requireCommand("prometheus-blackbox-exporter", "apt-get install prometheus-blackbox-exporter"))(
  "blackbox.yml",
  () => {
    it("is a valid blackbox exporter configuration", () => {
      const result = spawnSync(
        "prometheus-blackbox-exporter",
        ["--config.check", `--config.file=${path.join(monitoring, "blackbox/blackbox.yml")}`],
        { encoding: "utf8" },
      );
      expect(result.stdout + result.stderr).toContain("Config file is ok");
      expect(result.status).toBe(0);
    });
  },
);
