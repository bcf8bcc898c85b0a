#!/bin/sh
# Before `npm test`: the end-to-end tests need a Chromium, and use nginx where present; the test
# images are drawn with ImageMagick and one named font file (scripts/test-tools.mjs), which also
# gives Chromium the Chinese glyphs for readable screenshots. On a Debian machine where we are
# root, install what is missing; elsewhere, say what to install (or point CHROMIUM_PATH at a
# Chromium of your own, TEST_FONT_FILE at a font of your own).
set -eu
missing=""
[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v nginx >/dev/null 2>&1 || missing="$missing nginx"
# Some machines have a stand-in named convert: only ImageMagick's own answers with its name.
{ convert -version 2>/dev/null | grep -q ImageMagick; } || missing="$missing imagemagick"
[ -n "${TEST_FONT_FILE:-}" ] || [ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing="$missing fonts-wqy-zenhei"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test tools:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
else
  echo "Please install:$missing (Debian: sudo apt-get install$missing)" >&2
  case "$missing" in *chromium*) exit 1 ;; esac
fi
