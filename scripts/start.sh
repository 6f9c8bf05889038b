#!/usr/bin/env bash
# Sets lede up on a fresh Debian machine with Swift and starts it on the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -e /usr/include/histedit.h ] || [ ! -e /usr/include/sqlite3.h ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libedit-dev libsqlite3-dev >/dev/null
fi
# One build of every product (lede, and lede-numbers: the Swift example plugin in plugins/numbers).
# Building the products one at a time would switch SwiftPM's build plan and rebuild lede on each
# run; with one plan a second run only checks that nothing changed.
swift build -c release
exec .build/release/lede scripts/samples "$@"
