#!/usr/bin/env bash
# WeasyPrint needs Pango (>= 1.44) and at least one font. Install them when we can (root with
# apt-get), otherwise stop with the exact Debian package names to install.
set -euo pipefail
packages="libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"
have_pango() { ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0'; }
have_fonts() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; }
if have_pango && have_fonts; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing WeasyPrint's system libraries: $packages fontconfig"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages fontconfig >/dev/null
  exit 0
fi
echo "WeasyPrint needs Pango and a font. Install them, then run make again:" >&2
echo "    sudo apt-get install $packages fontconfig" >&2
exit 1
