#!/usr/bin/env bash
# WeasyPrint needs Pango (>= 1.44) and at least one font, and Noto Naskh Arabic (fonts-noto-core)
# for the Dari summary (right to left, Arabic script); the catalogues are compiled with GNU
# gettext (msgfmt, and xgettext/msgmerge for makemessages). Install them when we can (root with
# apt-get), otherwise stop with the exact Debian package names to install.
set -euo pipefail
packages="libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-noto-core fontconfig gettext"
have_pango() {
  python3 -c "import ctypes.util, sys; sys.exit(0 if ctypes.util.find_library('pangoft2-1.0') else 1)"
}
have_fonts() {
  [ -n "$(find /usr/share/fonts /usr/local/share/fonts -name '*.ttf' -print -quit 2>/dev/null)" ] &&
    [ -n "$(find /usr/share/fonts /usr/local/share/fonts -name 'NotoNaskhArabic-Regular.*' -print -quit 2>/dev/null)" ]
}
have_gettext() { command -v msgfmt >/dev/null && command -v xgettext >/dev/null && command -v msgmerge >/dev/null; }
if have_pango && have_fonts && have_gettext; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing WeasyPrint's system libraries and GNU gettext: $packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
  exit 0
fi
echo "WeasyPrint needs Pango and its fonts (Noto Naskh Arabic too), and the catalogues GNU gettext. Install them, then run make again:" >&2
echo "    sudo apt-get install $packages" >&2
exit 1
