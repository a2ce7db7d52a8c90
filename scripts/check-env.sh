#!/usr/bin/env bash
# Checks a production .env before the stack uses it (scripts/deploy.sh runs it first;
# run it by hand after editing /opt/lila/.env):
#   scripts/check-env.sh [/opt/lila/.env]
# Refuses, naming the variable: a missing or development secret (the values
# .env.example and docker-compose.yml ever published), a secret too short to be
# generated, a Forgejo image that cannot be pulled, and alerts that reach nobody.
# The file is parsed (scripts/lib/dotenv.sh), never executed. Prints nothing secret.
set -euo pipefail

me=$(basename "$0")
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR
source "$here/lib/dotenv.sh"

file=${1:-/opt/lila/.env}
[ -r "$file" ] || { echo "$me: cannot read $file" >&2; exit 1; }

problems=()
problem() { problems+=("$1: $2"); }
get() { dotenv_get "$file" "$1"; }

# Values published in this repository as development settings.
is_development_value() {
    case "$1" in
        lila | dev-only* | *change-me* | changeme | password | secret) return 0 ;;
    esac
    return 1
}

for name in POSTGRES_PASSWORD BETTER_AUTH_SECRET FORGEJO_SECRET_KEY; do
    value=$(get "$name")
    if [ -z "$value" ]; then
        problem "$name" "is empty (openssl rand -hex 32)"
    elif is_development_value "$value"; then
        problem "$name" "is a published development value (openssl rand -hex 32)"
    elif [ "${#value}" -lt 32 ]; then
        problem "$name" "is shorter than 32 characters (openssl rand -hex 32)"
    fi
done

domain=$(get LILA_DOMAIN)
if [[ ! "$domain" =~ ^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$ ]]; then
    problem LILA_DOMAIN "must be the public apex domain, e.g. example.com (got '$domain')"
fi
[ -n "$(get ACME_EMAIL)" ] || problem ACME_EMAIL "is empty (Let's Encrypt account and expiry notices)"
[ -n "$(get LILA_REGISTRY)" ] || problem LILA_REGISTRY "is empty (git.<domain>/<forgejo owner>)"

# <registry host>/forgejo/forgejo:<version>: a bare name would be looked up on the
# default registry, where Forgejo publishes no image.
forgejo_image=$(get FORGEJO_IMAGE)
if [[ ! "$forgejo_image" =~ ^[a-z0-9.-]+\.[a-z]+(:[0-9]+)?/forgejo/forgejo:[0-9][0-9A-Za-z.-]*(@sha256:[0-9a-f]{64})?$ ]]; then
    problem FORGEJO_IMAGE "must be Forgejo's official image with its registry host, <host>/forgejo/forgejo:<version> (got '$forgejo_image'; DEPLOYMENT.md 1.5)"
fi

if [ -z "$(get ALERT_WEBHOOK_URL)" ] && [ -z "$(get ALERT_EMAIL_TO)" ]; then
    problem ALERT_WEBHOOK_URL "or ALERT_EMAIL_TO must be set: alerts that reach nobody are no alerts"
fi

if [ ${#problems[@]} -gt 0 ]; then
    echo "$me: $file is not fit for production:" >&2
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
fi
echo "$me: $file looks fit for production"
