// Renders the production web-tier configs (apps/web/nginx.conf, caddy/Caddyfile) for
// a native run on loopback: no Docker, no root, no TLS. The production files are
// the single source; this only rewrites the few host-specific lines (nginx) or
// supplies environment placeholders (Caddy). Used by tests/deploy and start.mjs.
import { readFileSync } from "node:fs";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const nginxConfPath = path.join(repoRoot, "apps/web/nginx.conf");
export const caddyfilePath = path.join(repoRoot, "caddy/Caddyfile");
export const entrypointScriptPath = path.join(repoRoot, "apps/web/docker-entrypoint.d/40-lila-config.sh");

/** Replaces `pattern` exactly `times` times, or throws: a silent no-op would test the wrong config. */
function replaceExactly(text, pattern, replacement, times, what) {
  const found = text.match(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`),
  );
  const count = found ? found.length : 0;
  if (count !== times) {
    throw new Error(
      `apps/web/nginx.conf: expected ${times} × ${what}, found ${count}; update scripts/prod-topology/render.mjs`,
    );
  }
  return text.replace(new RegExp(pattern.source, "gm"), replacement);
}

/**
 * apps/web/nginx.conf for `nginx -p <prefix> -c <prefix>/nginx.conf -g "daemon off;"`.
 * @param {{ root: string, port: number, prefix: string, host?: string }} options
 *   root: the built SPA (apps/web/dist); prefix: a writable scratch directory.
 */
export function renderNginxConf({ root, port, prefix, host = "127.0.0.1" }) {
  let conf = readFileSync(nginxConfPath, "utf8");
  conf = replaceExactly(
    conf,
    /^pid \/tmp\/nginx\/nginx\.pid;$/m,
    `pid ${path.join(prefix, "nginx.pid")};`,
    1,
    "`pid /tmp/nginx/nginx.pid;`",
  );
  conf = replaceExactly(
    conf,
    /^(\s*)listen \[::\]:8080;$/m,
    "$1# listen [::]:8080 (native run: IPv4 loopback only)",
    1,
    "`listen [::]:8080;`",
  );
  conf = replaceExactly(conf, /^(\s*)listen 8080;$/m, `$1listen ${host}:${port};`, 1, "`listen 8080;`");
  conf = replaceExactly(
    conf,
    /^(\s*)root \/usr\/share\/nginx\/html;$/m,
    `$1root ${root};`,
    1,
    "`root /usr/share/nginx/html;`",
  );
  conf = replaceExactly(conf, /\/tmp\/nginx\//m, `${path.join(prefix, "tmp")}/`, 5, "`/tmp/nginx/` temp path");
  // Native nginx is not allowed to write /dev/stdout as some users; keep the logs in the prefix.
  conf = replaceExactly(
    conf,
    /^error_log \/dev\/stderr warn;$/m,
    `error_log ${path.join(prefix, "error.log")} warn;`,
    1,
    "`error_log /dev/stderr warn;`",
  );
  conf = replaceExactly(
    conf,
    /access_log \/dev\/stdout lila_json;/m,
    `access_log ${path.join(prefix, "access.log")} lila_json;`,
    1,
    "`access_log /dev/stdout lila_json;`",
  );
  return conf;
}

/**
 * Environment for `caddy run --config Caddyfile --adapter caddyfile` on loopback.
 * Plain HTTP by default: sites become http://localhost:<port>, http://api.localhost:<port>,
 * http://git.localhost:<port> (Chromium resolves *.localhost to loopback by itself).
 * With `https: true` the sites are https://…:<port> with certificates from Caddy's own
 * local CA (nothing installed into any trust store; clients must skip verification),
 * and Caddy's plain-HTTP redirect listener takes `httpPort`. HTTPS is what production
 * serves, and what a browser needs for Secure / __Secure- cookies.
 * @param {{ port: number, webUpstream: string, apiUpstream: string, gitUpstream?: string, domain?: string, https?: boolean, httpPort?: number }} options
 */
export function caddyEnv({
  port,
  webUpstream,
  apiUpstream,
  gitUpstream = "127.0.0.1:9",
  domain = "localhost",
  https = false,
  httpPort,
}) {
  if (https && !httpPort) throw new Error("caddyEnv: https needs an httpPort for Caddy's redirect listener");
  const globalOptions = https
    ? ["local_certs", "skip_install_trust", `http_port ${httpPort}`, `https_port ${port}`]
    : ["auto_https off", `http_port ${port}`];
  return {
    CADDY_GLOBAL_OPTIONS: [...globalOptions, "admin off", "default_bind 127.0.0.1"].join("\n"),
    LILA_SCHEME: https ? "https://" : "http://",
    LILA_WS_SCHEME: https ? "wss://" : "ws://",
    LILA_DOMAIN: domain,
    LILA_PUBLIC_PORT: `:${port}`,
    LILA_WEB_UPSTREAM: webUpstream,
    LILA_API_UPSTREAM: apiUpstream,
    LILA_GIT_UPSTREAM: gitUpstream,
  };
}

/** The public origins of a loopback topology rendered with caddyEnv(). */
export function loopbackOrigins(port, domain = "localhost", scheme = "http") {
  return {
    web: `${scheme}://${domain}:${port}`,
    api: `${scheme}://api.${domain}:${port}`,
    git: `${scheme}://git.${domain}:${port}`,
    www: `${scheme}://www.${domain}:${port}`,
  };
}

export const prometheusTemplatePath = path.join(repoRoot, "monitoring/prometheus/prometheus.yml.in");
export const prometheusRulesDir = path.join(repoRoot, "monitoring/prometheus/rules");
export const blackboxConfigPath = path.join(repoRoot, "monitoring/blackbox/blackbox.yml");

/**
 * monitoring/prometheus/prometheus.yml.in for a native run, still a template
 * (monitoring/prometheus/entrypoint.sh writes LILA_DOMAIN in, as in the container).
 * Only what is host-specific changes: each job's target becomes a loopback address,
 * jobs not given are dropped, the rules come from the repository, and the intervals
 * shrink to `interval` (the rules' own `for:` durations stay as in production).
 * @param {{ targets: Record<string, string | string[]>, alertmanager?: string, blackbox?: string, interval?: string }} options
 *   targets: job name -> host:port (blackbox: the URLs to probe); blackbox: the exporter's host:port
 */
export function renderPrometheusTemplate({ targets, alertmanager, blackbox, interval = "1s" }) {
  const config = parseYaml(readFileSync(prometheusTemplatePath, "utf8"));
  const jobs = new Set(config.scrape_configs.map((job) => job.job_name));
  for (const name of Object.keys(targets)) {
    if (!jobs.has(name))
      throw new Error(`prometheus.yml.in has no job ${name}; update scripts/prod-topology/render.mjs`);
  }
  config.global = {
    ...config.global,
    scrape_interval: interval,
    evaluation_interval: interval,
    scrape_timeout: interval,
  };
  config.rule_files = [path.join(prometheusRulesDir, "*.rules.yml")];
  config.alerting.alertmanagers[0].static_configs[0].targets = alertmanager ? [alertmanager] : [];
  config.scrape_configs = config.scrape_configs
    .filter((job) => targets[job.job_name])
    .map((job) => {
      const list = [targets[job.job_name]].flat();
      if (job.job_name !== "blackbox") return { ...job, static_configs: [{ targets: list }] };
      if (!blackbox) throw new Error("renderPrometheusTemplate: the blackbox job needs the exporter's address");
      const relabel = job.relabel_configs.map((rule) =>
        rule.target_label === "__address__" ? { ...rule, replacement: blackbox } : rule,
      );
      return { ...job, static_configs: [{ targets: list }], relabel_configs: relabel };
    });
  return stringifyYaml(config);
}

/**
 * monitoring/blackbox/blackbox.yml for a native run: the same modules, with TLS
 * verification off (loopback servers have no publicly trusted certificate).
 */
export function renderBlackboxConfig() {
  const config = parseYaml(readFileSync(blackboxConfigPath, "utf8"));
  for (const module of Object.values(config.modules)) {
    module.http = { ...module.http, tls_config: { insecure_skip_verify: true } };
  }
  return stringifyYaml(config);
}
