#!/bin/sh
# Entrypoint of the alertmanager service (docker-compose.prod.yml): writes
# alertmanager.yml from the ALERT_* settings of .env, then runs Alertmanager with
# the arguments given. Alertmanager reads no environment variables itself.
#
#   ALERT_WEBHOOK_URL     POSTs every alert as JSON (e.g. a chat webhook); http(s)://
#   ALERT_EMAIL_TO        mails every alert to this address; needs as well:
#   ALERT_EMAIL_FROM        the sender address
#   ALERT_SMTP_SMARTHOST    host:port of the mail server (STARTTLS required)
#   ALERT_SMTP_USERNAME, ALERT_SMTP_PASSWORD   optional SMTP login
#   ALERTMANAGER_CONFIG   where the result goes; default /alertmanager/alertmanager.yml
#                         (the data volume: the one place the image's user may write)
# At least one receiver is required: alerts that reach nobody are no alerts.
set -eu

me="alertmanager entrypoint"
config="${ALERTMANAGER_CONFIG:-/alertmanager/alertmanager.yml}"
webhook="${ALERT_WEBHOOK_URL:-}"
email_to="${ALERT_EMAIL_TO:-}"
email_from="${ALERT_EMAIL_FROM:-}"
smarthost="${ALERT_SMTP_SMARTHOST:-}"
smtp_user="${ALERT_SMTP_USERNAME:-}"
smtp_password="${ALERT_SMTP_PASSWORD:-}"

fail() {
    echo "$me: $*" >&2
    exit 1
}

# A YAML double-quoted scalar: backslashes and quotes escaped; one line only.
quote() {
    case "$1" in
        *"
"*) fail "a setting contains a line break" ;;
    esac
    printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

# printf, not echo: dash's echo would turn a password's backslashes into escapes.
line() {
    printf '%s\n' "$*"
}

if [ -z "$webhook" ] && [ -z "$email_to" ]; then
    fail "set ALERT_WEBHOOK_URL or ALERT_EMAIL_TO (with ALERT_EMAIL_FROM and ALERT_SMTP_SMARTHOST) in .env"
fi
if [ -n "$webhook" ]; then
    case "$webhook" in
        http://* | https://*) ;;
        *) fail "ALERT_WEBHOOK_URL must start with http:// or https://" ;;
    esac
fi
if [ -n "$email_to" ]; then
    [ -n "$email_from" ] || fail "ALERT_EMAIL_TO is set: set ALERT_EMAIL_FROM too"
    case "$smarthost" in
        *:[0-9]*) ;;
        *) fail "ALERT_EMAIL_TO is set: set ALERT_SMTP_SMARTHOST to host:port" ;;
    esac
fi

{
    line "# Written by monitoring/alertmanager/entrypoint.sh at container start; do not edit."
    line "route:"
    line "  receiver: operators"
    line "  group_by: [alertname]"
    # The first notice quickly, then at most one a group every 5 min; reminders every 4 h.
    line "  group_wait: 10s"
    line "  group_interval: 5m"
    line "  repeat_interval: 4h"
    line "receivers:"
    line "  - name: operators"
    if [ -n "$webhook" ]; then
        line "    webhook_configs:"
        line "      - url: $(quote "$webhook")"
        line "        send_resolved: true"
    fi
    if [ -n "$email_to" ]; then
        line "    email_configs:"
        line "      - to: $(quote "$email_to")"
        line "        from: $(quote "$email_from")"
        line "        smarthost: $(quote "$smarthost")"
        if [ -n "$smtp_user" ]; then
            line "        auth_username: $(quote "$smtp_user")"
            line "        auth_password: $(quote "$smtp_password")"
        fi
        line "        require_tls: true"
        line "        send_resolved: true"
    fi
} > "$config.tmp"
chmod 0600 "$config.tmp"
mv "$config.tmp" "$config"
# The webhook URL often holds a token: the log says only whether there is one.
echo "$me: wrote $config (webhook: ${webhook:+yes}, e-mail: ${email_to:-no})"
exec alertmanager --config.file="$config" "$@"
