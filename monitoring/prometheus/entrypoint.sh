#!/bin/sh
# Entrypoint of the prometheus service (docker-compose.prod.yml). Prometheus reads
# no environment variables, so this writes the public domain (for the blackbox
# probes) into prometheus.yml.in, then runs Prometheus with the arguments given.
#   LILA_DOMAIN          the apex domain, e.g. example.com (required)
#   PROMETHEUS_TEMPLATE  default /etc/prometheus/prometheus.yml.in
#   PROMETHEUS_CONFIG    where the result goes; default /prometheus/prometheus.yml
#                        (the data volume: the one place the image's user may write)
set -eu

me="prometheus entrypoint"
domain="${LILA_DOMAIN:-}"
template="${PROMETHEUS_TEMPLATE:-/etc/prometheus/prometheus.yml.in}"
config="${PROMETHEUS_CONFIG:-/prometheus/prometheus.yml}"

case "$domain" in
    '' | *[!A-Za-z0-9.-]*)
        echo "$me: LILA_DOMAIN must be a domain name such as example.com (got '$domain')" >&2
        exit 1
        ;;
esac

sed "s/[\$]{LILA_DOMAIN}/$domain/g" "$template" > "$config.tmp"
mv "$config.tmp" "$config"
echo "$me: wrote $config for $domain"
exec prometheus --config.file="$config" "$@"
