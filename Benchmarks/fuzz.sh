#!/usr/bin/env bash
# Fuzzes lede's parsers with libFuzzer + AddressSanitizer for a bounded time (never run in CI).
#   usage: Benchmarks/fuzz.sh [TARGET] [SECONDS]     TARGET: text (default), line, or any entry in LedeFuzz
# Inputs that crash are written to .build/fuzz/TARGET/ as crash-*; replay one with an ordinary
# build: `swift run LedeFuzz PATH` (with LEDE_FUZZ_TARGET=TARGET).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-text}
seconds=${2:-60}
export SWIFT_BACKTRACE=enable=no
flock /tmp/lede-build.lock swift build -c release --product LedeFuzz \
  --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING
work=.build/fuzz/$target
mkdir -p "$work/corpus"
if [[ -d Benchmarks/fuzz-seeds/$target ]]; then cp -n Benchmarks/fuzz-seeds/"$target"/* "$work/corpus/" 2>/dev/null || true; fi
LEDE_FUZZ_TARGET=$target .build/release/LedeFuzz "$work/corpus" \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix="$work/" -print_final_stats=1
