#!/usr/bin/env bash
# Installs what the full test suite needs beyond Node.js: Debian's Chromium (browser
# tests), Caddy and nginx (production-topology tests), docker-compose v1, shellcheck
# and yamllint (static checks of the deployment files), lttoolbox (the vocabulary
# pipeline), and the PostgreSQL and Redis servers. Debian 12; needs root.
set -euo pipefail

packages=(chromium caddy nginx docker-compose shellcheck yamllint lttoolbox postgresql redis-server rsync)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-machine: installing ${missing[*]}"
  apt-get update -qq
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
