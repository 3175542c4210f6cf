#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium); a test tool's own browser
# download does not work here. Install it when we can; otherwise the browser tests skip locally
# with a printed reason (and fail in CI, where CI=true).
set -uo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "No /usr/bin/chromium: the browser tests will be skipped (sudo apt-get install chromium)." >&2
fi
exit 0
