// Renders the production web-tier configs (apps/web/nginx.conf, caddy/Caddyfile) for
// a native run on loopback: no Docker, no root, no TLS. The production files are
// the single source; this only rewrites the few host-specific lines (nginx) or
// supplies environment placeholders (Caddy). Used by tests/deploy and start.mjs.
import { readFileSync } from "node:fs";
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
