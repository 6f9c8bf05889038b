#!/usr/bin/env bash
# Runs lede's whole test suite on a fresh Debian machine with Swift: installs what the tests need
# (libedit-dev, libsqlite3-dev, tmux, python3, a Java runtime, chromium; the Python MCP client and PySpark in
# a virtual environment), builds lede and its relocatable tarball, and runs the Swift Testing suites
# (units, end-to-end runs of the built binary and of the tarball, interactive sessions through tmux,
# lede mcp with the Python client, lede analyze under Spark) and the example plugins' own tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -e /usr/include/histedit.h ] || need+=(libedit-dev)
[ -e /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
command -v tmux >/dev/null || need+=(tmux)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The official Python MCP client, for the `lede mcp` tests, in a virtual environment of its own.
venv=.build/test-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import mcp' 2>/dev/null; then
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
  fi
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check 'mcp>=2,<3'
fi
export LEDE_TEST_PYTHON="$PWD/$venv/bin/python"

# Spark for the RDD.pipe test: PySpark from PyPI and a Java runtime from Debian.
if ! command -v java >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
"$venv/bin/python" -c 'import pyspark' 2>/dev/null \
  || "$venv/bin/pip" install -q --disable-pip-version-check 'pyspark>=4,<5'
export LEDE_TEST_SPARK=1

# Headless Chromium for the report tests.
if ! command -v chromium >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
export LEDE_TEST_CHROMIUM="$(command -v chromium)"

# The relocatable tarball, which the package and Spark tests unpack and run.
bash scripts/package.sh
tarball=$(ls -t dist/lede-*-linux-*.tar.gz | head -n 1)
export LEDE_TEST_TARBALL="$PWD/$tarball"

swift build --build-tests
for t in plugins/*/test_*.py; do
  [ -e "$t" ] || continue
  python3 "$t"
done
# The log goes to a file, not a pipe: nothing a test leaves running can hold the run open. A run
# that outlasts 20 minutes is stopped and fails.
log="$(mktemp)"
trap 'rm -f "$log"; tmux -L lede-tests kill-server 2>/dev/null || true' EXIT
status=0
timeout --kill-after=30 1200 swift test --skip-build >"$log" 2>&1 || status=$?
tail -n 400 "$log"
[ "$status" -ne 124 ] || echo "test.sh: the tests did not finish within 20 minutes" >&2
exit "$status"
