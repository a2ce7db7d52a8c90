#!/bin/sh
# Writes the SPA's runtime configuration (config.js) from the environment, so one
# web image serves every environment. nginx:alpine's /docker-entrypoint.sh runs
# every executable /docker-entrypoint.d/*.sh before it starts nginx.
#
#   LILA_API_URL   public URL of the API, e.g. https://api.example.com
#                  unset or empty: the config.js from the build is kept (it sets {},
#                  so the app falls back to VITE_API_URL baked in at build time).
#   LILA_WEB_ROOT  directory served by nginx (default /usr/share/nginx/html;
#                  the tests point it at a temporary directory).
set -eu

me="40-lila-config.sh"
root="${LILA_WEB_ROOT:-/usr/share/nginx/html}"
api_url="${LILA_API_URL:-}"

if [ -z "$api_url" ]; then
    echo "$me: LILA_API_URL is not set; keeping the build's config.js"
    exit 0
fi

case "$api_url" in
    http://*|https://*) ;;
    *)
        echo "$me: LILA_API_URL must start with http:// or https:// (got '$api_url')" >&2
        exit 1
        ;;
esac

# The value is written into a JavaScript string: allow URL characters only, so a
# quote, backslash, angle bracket or newline can never reach the page.
if printf '%s' "$api_url" | LC_ALL=C grep -q "[^A-Za-z0-9._~:/?#@!\$&()*+,;=%-]"; then
    echo "$me: LILA_API_URL contains characters not allowed in a URL: '$api_url'" >&2
    exit 1
fi
if [ "$(printf '%s\n' "$api_url" | wc -l)" -ne 1 ]; then
    echo "$me: LILA_API_URL must be a single line" >&2
    exit 1
fi

# No trailing slash: the app appends paths such as /api/v1/...
while [ "${api_url%/}" != "$api_url" ]; do
    api_url="${api_url%/}"
done

if [ ! -d "$root" ]; then
    echo "$me: web root $root does not exist" >&2
    exit 1
fi

# Rewritten in place: the container runs as the nginx user, which owns config.js
# but not the web root (so no temporary file next to it). This runs before nginx
# starts, so no reader ever sees a half-written file.
printf 'window.__LILA_CONFIG__ = { apiUrl: "%s" };\n' "$api_url" > "$root/config.js"
echo "$me: wrote $root/config.js (apiUrl: $api_url)"
