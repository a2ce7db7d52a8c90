#!/usr/bin/env bash
# Installs what the full test suite needs beyond Node.js: Debian's Chromium (browser
# tests), Caddy and nginx (production-topology tests), docker-compose v1, shellcheck
# and yamllint (static checks of the deployment files), lttoolbox (the vocabulary
# pipeline), the PostgreSQL and Redis servers, busybox (its wget is the one the
# Alpine images' health checks run), and Prometheus, Alertmanager and the node,
# PostgreSQL, Redis and blackbox exporters (promtool tests of the alert rules and the
# monitoring part of `npm run test:prod`). Debian 12; needs root. Service starts are
# held back during the install (policy-rc.d), so nothing listens that a test did not start.
set -euo pipefail

packages=(chromium caddy nginx docker-compose shellcheck yamllint lttoolbox postgresql redis-server rsync busybox
  prometheus prometheus-alertmanager prometheus-node-exporter prometheus-postgres-exporter
  prometheus-redis-exporter prometheus-blackbox-exporter)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-machine: installing ${missing[*]}"
  apt-get update -qq
  # Hold back service starts during the install unless the machine already does
  # (a container's policy-rc.d); a missing one is removed again afterwards.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod 0755 "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The servers the tests talk to, on loopback.
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | head -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && exit 0
  sleep 1
done
echo "setup-machine: PostgreSQL or Redis did not come up" >&2
exit 1
