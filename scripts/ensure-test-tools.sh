#!/bin/sh
# Before `npm test`: the end-to-end tests need a Chromium, and use nginx and ImageMagick where
# present. On a Debian machine where we are root, install what is missing; elsewhere, say what
# to install (or point CHROMIUM_PATH at a Chromium of your own).
set -eu
missing=""
[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v nginx >/dev/null 2>&1 || missing="$missing nginx"
command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q ImageMagick || missing="$missing imagemagick"
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
