#!/usr/bin/env bash
# Sets lede up on a fresh Debian machine with Swift and starts it on the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -e /usr/include/histedit.h ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libedit-dev >/dev/null
fi
swift build -c release --product lede
swift build -c release --product lede-numbers   # the Swift example plugin in plugins/numbers
exec .build/release/lede scripts/samples "$@"
