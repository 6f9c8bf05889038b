#!/usr/bin/env bash
# Fuzzes lede's parsers with libFuzzer + AddressSanitizer for a bounded time (never run in CI).
#   usage: Benchmarks/fuzz.sh [TARGET|all] [SECONDS] [PER_INPUT_SECONDS]
#   TARGET: text (default), entities, line, analyses, json, html, markdown, frontmatter, wire, table
# Each input must finish within PER_INPUT_SECONDS (default 3), so a parser that turns
# super-linear on some input is reported as a timeout, like a crash.
# The fuzzing build lives in .build-fuzz (the ordinary .build is left alone). Inputs that crash or
# time out are written to .build-fuzz/fuzz/TARGET/ as crash-* or timeout-*; replay one with an
# ordinary build: `LEDE_FUZZ_TARGET=TARGET swift run LedeFuzz PATH`.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-text}
seconds=${2:-60}
per_input=${3:-3}
export SWIFT_BACKTRACE=enable=no
# Known problem: SwiftPM passes -sanitize=fuzzer before -sanitize=address, and swiftc 6.3 then
# emits no coverage counters for Swift code (a lone `swiftc -sanitize=address -sanitize=fuzzer`
# does), so libFuzzer reports ~43 counters and mutates the seeds blindly. It still catches crashes
# and timeouts on what it tries.
flock /tmp/lede-build.lock swift build -c release --product LedeFuzz --scratch-path .build-fuzz \
  --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING

run() {
  local name=$1 max_len=4096
  case $name in
    html | markdown | frontmatter) max_len=65536 ;;  # long enough for quadratic scans to show
  esac
  local work=$PWD/.build-fuzz/fuzz/$name
  mkdir -p "$work/corpus"
  if [[ -d Benchmarks/fuzz-seeds/$name ]]; then cp -n Benchmarks/fuzz-seeds/"$name"/* "$work/corpus/" 2>/dev/null || true; fi
  # One job in one worker process; libFuzzer writes its log to fuzz-0.log in the work folder.
  local status=0
  (cd "$work" && LEDE_FUZZ_TARGET=$name "$OLDPWD/.build-fuzz/release/LedeFuzz" corpus -jobs=1 -workers=1 \
    -max_total_time="$seconds" -max_len="$max_len" -timeout="$per_input" -artifact_prefix="$work/" \
    -print_final_stats=1) || status=$?
  cat "$work/fuzz-0.log"
  return "$status"
}

if [[ $target == all ]]; then
  failed=0
  for name in text entities line analyses json html markdown frontmatter wire table; do run "$name" || failed=1; done
  exit "$failed"
else
  run "$target"
fi
