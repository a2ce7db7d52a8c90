#!/usr/bin/env bash
# Deploys one release on the VPS, as the deploy user. The workflow copies the
# release's stack files to /opt/lila/releases/<tag>/ and runs, over SSH:
#   bash /opt/lila/releases/<tag>/scripts/deploy.sh <tag>
#
#  1. scripts/check-env.sh: the .env is fit for production
#  2. a pre-deploy dump of the database (kept apart, never offsite)
#  3. the stack files in use are kept aside; the release's are installed into the
#     existing directories (caddy/ and monitoring/ are bind-mounted directories:
#     their files change, the directories stay, so the containers see the change)
#  4. pull and start the release's images, wait until every health check passes
#  5. healthy: LILA_TAG=<tag> in .env, Caddy reloads its Caddyfile, Prometheus and
#     Alertmanager restart when monitoring/ changed, old images and build cache go
#     unhealthy: the kept files go back, the previous tag starts again, Caddy
#     reloads the previous Caddyfile, and the run fails
#
# Settings (environment): LILA_STACK_DIR (default /opt/lila), LILA_KEEP_IMAGES
# (default 3: image tags kept besides the running and previous one),
# LILA_KEEP_RELEASES (default 5 release directories), LILA_WAIT_SECONDS (300).
set -euo pipefail

me=$(basename "$0")
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$me" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

tag=${1:-}
[[ "$tag" =~ ^[A-Za-z0-9_.-]{1,128}$ ]] || die "usage: $me <image tag> (got '$tag')"
release=$(cd "$(dirname "$0")/.." && pwd)
stack=${LILA_STACK_DIR:-/opt/lila}
keep_images=${LILA_KEEP_IMAGES:-3}
keep_releases=${LILA_KEEP_RELEASES:-5}
wait_seconds=${LILA_WAIT_SECONDS:-300}
env_file="$stack/.env"
# What a release consists of; the same layout in the repository, the release and the stack.
items=(docker-compose.prod.yml caddy monitoring scripts)
# Forgejo (which runs this workflow) is upgraded by hand (DEPLOYMENT.md 3).
services=(database valkey api web caddy prometheus alertmanager node-exporter postgres-exporter valkey-exporter
    blackbox-exporter)

# shellcheck source-path=SCRIPTDIR
source "$release/scripts/lib/dotenv.sh"

compose() {
    docker compose -f "$stack/docker-compose.prod.yml" "$@"
}

# Copies the stack files from $1 into $2, updating existing directories in place.
# --checksum: an edit that keeps the size and the second of the mtime still counts.
install_items() {
    local from=$1 to=$2 item
    for item in "${items[@]}"; do
        if [ -d "$from/$item" ]; then
            mkdir -p "$to/$item"
            rsync -a --checksum --delete "$from/$item/" "$to/$item/"
        else
            rsync -a --checksum "$from/$item" "$to/$item"
        fi
    done
}

set_tag() {
    if grep -q '^LILA_TAG=' "$env_file"; then
        sed -i "s/^LILA_TAG=.*/LILA_TAG=$1/" "$env_file"
    else
        printf 'LILA_TAG=%s\n' "$1" >> "$env_file"
    fi
}

reload_caddy() {
    compose exec -T caddy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile
}

# Image tags of lila-api/lila-web beyond the running one, the previous one and the
# newest $keep_images go; then dangling images and week-old build cache.
prune_images() {
    local registry image keep line name
    registry=$(dotenv_get "$env_file" LILA_REGISTRY)
    for image in lila-api lila-web; do
        keep=0
        # docker lists the newest first.
        while IFS= read -r line; do
            name=${line%% *}
            case "$name" in "$tag" | "$previous" | latest | "<none>") continue ;; esac
            keep=$((keep + 1))
            if [ "$keep" -gt "$keep_images" ]; then
                docker image rm "$registry/$image:$name" >/dev/null || log "could not remove $image:$name (in use?)"
            fi
        done < <(docker image ls "$registry/$image" --format '{{.Tag}} {{.CreatedAt}}')
    done
    docker image prune -f >/dev/null
    docker builder prune -f --filter until=168h >/dev/null
}

prune_releases() {
    local dir count=0
    while IFS= read -r dir; do
        count=$((count + 1))
        if [ "$count" -gt "$keep_releases" ] && [ "$dir" != "$release" ]; then rm -rf -- "$dir"; fi
    done < <(find "$stack/releases" -mindepth 1 -maxdepth 1 -type d -name '[!.]*' -printf '%T@ %p\n' | sort -rn | cut -d' ' -f2-)
}

[ -r "$env_file" ] || die "$env_file is missing (DEPLOYMENT.md 1.5)"
bash "$release/scripts/check-env.sh" "$env_file"
if [ "$(cat /proc/sys/vm/overcommit_memory 2>/dev/null || echo 1)" != 1 ]; then
    echo "::warning::vm.overcommit_memory is not 1 on this host (DEPLOYMENT.md 1.2)"
fi

previous=$(dotenv_get "$env_file" LILA_TAG)
previous=${previous:-latest}
log "deploying $tag (previous: $previous)"

# A dump right before migrations run; kept apart from the daily ones, never offsite, not the metric.
if [ -f "$stack/docker-compose.prod.yml" ]; then
    BACKUP_ENV_FILE="$env_file" BACKUP_DIR="$HOME/backups/pre-deploy" BACKUP_KEEP=5 BACKUP_KEEP_DAYS=1 \
        BACKUP_S3_BUCKET="" BACKUP_FORGEJO=0 BACKUP_METRICS_DIR="" \
        BACKUP_COMPOSE_FILE="$stack/docker-compose.prod.yml" bash "$release/scripts/backup.sh"
fi

# The files in use, for a rollback.
kept="$stack/releases/.rollback"
rm -rf -- "$kept"
mkdir -p "$kept"
for item in "${items[@]}"; do
    if [ -e "$stack/$item" ]; then cp -a "$stack/$item" "$kept/$item"; fi
done
monitoring_changed=0
diff -rq "$release/monitoring" "$stack/monitoring" >/dev/null 2>&1 || monitoring_changed=1

install_items "$release" "$stack"
# The node exporter's textfile directory must exist before Docker would create it (as root).
metrics_dir=$(dotenv_get "$env_file" BACKUP_METRICS_DIR)
mkdir -p "${metrics_dir:-$stack/metrics}"

# A tag only built locally (the bootstrap in DEPLOYMENT.md 2) is not in the registry;
# an image missing everywhere still fails `up`, which rolls back.
if LILA_TAG=$tag compose pull --ignore-pull-failures api web \
    && LILA_TAG=$tag compose up -d --no-deps --wait --wait-timeout "$wait_seconds" "${services[@]}"; then
    set_tag "$tag"
    # The caddy/ directory is mounted, so Caddy reads the new Caddyfile (validated by the reload).
    reload_caddy
    if [ "$monitoring_changed" = 1 ]; then
        log "monitoring/ changed: restarting prometheus and alertmanager"
        compose restart prometheus alertmanager
    fi
    prune_images
    prune_releases
    log "deployed $tag"
else
    echo "::error::$tag is not healthy; rolling back to $previous"
    compose ps || true
    compose logs --tail=200 api web || true
    install_items "$kept" "$stack"
    LILA_TAG=$previous compose up -d --no-deps --wait --wait-timeout "$wait_seconds" "${services[@]}" \
        || echo "::error::rollback to $previous is not healthy either"
    reload_caddy || echo "::error::Caddy did not reload the previous Caddyfile"
    if [ "$monitoring_changed" = 1 ]; then compose restart prometheus alertmanager || true; fi
    exit 1
fi
