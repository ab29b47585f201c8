#!/usr/bin/env bash
# Run gaiko's whole test suite on a fresh machine: installs what the tests need
# (Debian's chromium and postgresql, the Python package with its dev extras), starts a
# throw-away PostgreSQL server on loopback, runs pytest against SQLite and PostgreSQL.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

apt_need=()
command -v chromium >/dev/null 2>&1 || apt_need+=(chromium chromium-driver)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || apt_need+=(postgresql)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || apt_need+=(fonts-noto-cjk)
if [ "${GAIKO_TEST_FAST:-}" = 1 ]; then  # the compiled build needs a C compiler and Python's headers
  command -v gcc >/dev/null 2>&1 || apt_need+=(gcc)
  python3 -c 'import os, sysconfig, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
    || apt_need+=(python3-dev)
fi
if ((${#apt_need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "installing: ${apt_need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${apt_need[@]}" >/dev/null
  else
    echo "warning: missing ${apt_need[*]} (not root, not installing); their tests will skip" >&2
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v -E '^(WARNING|  )' || true

# A PostgreSQL server of our own on loopback, in a temporary directory, stopped on exit.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "${GAIKO_TEST_PG:-}" ] && [ -n "$pgbin" ]; then
  pgdir=$(mktemp -d /tmp/gaiko-pg.XXXXXX)
  chmod 755 "$pgdir"
  port=$(( 20000 + RANDOM % 20000 ))
  run_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$pgdir"; su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  run_pg "$pgbin/initdb -D $pgdir/data -U gaiko --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  run_pg "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/log -o '-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off' -w start >/dev/null"
  trap 'run_pg "$pgbin/pg_ctl -D $pgdir/data -m immediate stop >/dev/null 2>&1"; rm -rf "$pgdir"' EXIT
  "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U gaiko gaiko_test
  export GAIKO_TEST_PG="postgresql://gaiko@127.0.0.1:$port/gaiko_test"
  echo "PostgreSQL test server at $GAIKO_TEST_PG"
fi

export GAIKO_TEST_OUTPUT="${GAIKO_TEST_OUTPUT:-$root/test-output}"
.venv/bin/python -m ruff check --quiet gaiko tests bench scripts   # lint first: a finding fails the run
.venv/bin/python -m mypy   # then types ([tool.mypy] in pyproject.toml: gaiko/)
# GAIKO_TEST_FAST=1: also build the optional compiled build (.venv-fast, ~4-5 min on 2 cores), so that
# tests/test_compiled_build.py checks it gives the same records and passes the extraction tests
if [ "${GAIKO_TEST_FAST:-}" = 1 ]; then bash scripts/build_fast.sh; fi
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
exit $rc
