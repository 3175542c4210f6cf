#!/usr/bin/env bash
# Creates the virtual environment. A fresh Debian has Python but not always its venv module
# (package python3-venv): install it when we can (root with apt-get), otherwise say what to install.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
  rm -rf "$venv"
  version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Python's venv module (python3-venv, python$version-venv)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python$version-venv" >/dev/null \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    "$python" -m venv "$venv"
  else
    echo "Python's venv module is missing. Install it, then run make again:" >&2
    echo "    sudo apt-get install python$version-venv" >&2
    exit 1
  fi
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
