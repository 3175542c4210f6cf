#!/usr/bin/env bash
# `make serve`: the app as it runs for real, under gunicorn with DJANGO_ENV=production.
# Prepares the database (migrations, the cache table) and the static files, then replaces itself
# with gunicorn. With SERVE_PREPARE=false it only starts gunicorn: for the second and later app
# servers, once one release step has prepared the shared database (docs/deploy.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_ENV=production DJANGO_SETTINGS_MODULE=parole_screen.settings
BIN=${BIN:-.venv/bin}

# Production settings refuse to load without their secrets: say which one, and how to try it.
if ! problem=$("$BIN/python" -c 'import django; django.setup()' 2>&1); then
  echo "make serve runs with DJANGO_ENV=production and cannot start:" >&2
  echo "  $(printf '%s\n' "$problem" | tail -n 1 | sed 's/^[A-Za-z_.]*: //')" >&2
  echo "It needs at least SECRET_KEY, ALLOWED_HOSTS, FIELD_ENCRYPTION_KEYS and BLIND_INDEX_KEY;" >&2
  echo "the README (Serving it for real, Keys and rotation) shows how to make them and how to" >&2
  echo "try it on this machine over plain HTTP (SECURE_SSL_REDIRECT=false)." >&2
  exit 2
fi

if [ "${SERVE_PREPARE:-true}" != "false" ]; then
  "$BIN/python" manage.py migrate --noinput
  # a migration makes the cache table; this makes it again if REDIS_URL was set back then
  "$BIN/python" manage.py createcachetable
fi
"$BIN/python" manage.py collectstatic --noinput --verbosity 0
exec "$BIN/gunicorn" -c parole_screen/gunicorn_conf.py parole_screen.wsgi
