#!/usr/bin/env bash
# Rewrites scripts/NAME.expected from the scripts listed in scripts/expected.txt (after a change
# that is meant to alter their output: review the diff before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
lede=${LEDE:-.build/debug/lede}
grep -v '^#' scripts/expected.txt | grep . | while read -r line; do
  eval "set -- $line"
  script=$1; shift
  NO_COLOR=1 XDG_CONFIG_HOME=/nonexistent "$lede" "scripts/$script" "$@" > "scripts/${script%.lede}.expected"
  echo "wrote scripts/${script%.lede}.expected"
done
