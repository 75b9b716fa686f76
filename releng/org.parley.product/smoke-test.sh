#!/usr/bin/env bash
# Smoke test of an installed Parley product, through its start scripts, as a user runs it:
#   1. parley-cli db info on a fresh workspace: exit code 0, the embedded database created, stdout/stderr
#      free of OSGi/JVM noise;
#   2. parley-cli with an unknown command: a non-zero exit code passed through the launcher;
#   3. the workbench (only with a DISPLAY, e.g. under xvfb-run): starts and keeps running without errors
#      in its -consoleLog, and parley-cli db info works on the same workspace while it runs (its own
#      configuration area; H2 AUTO_SERVER shares the database).
#
#   smoke-test.sh INSTALL_DIR WORK_DIR
set -euo pipefail

install=$(cd "$1" && pwd)
checks_name=smoke
# shellcheck source=../scripts/product-checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/product-checks.sh"
checks_workspace "$2"

# Lines that are not the program's own output: Equinox log entries, JVM warnings, SLF4J/H2 chatter.
noise() {
  grep -E '^!(ENTRY|MESSAGE|STACK|SESSION)|^An error has occurred|^WARNING: |^SLF4J|Exception|could not be resolved|Unresolved requirement' "$@"
}

run_cli() {
  local name=$1; shift
  set +e
  "$install/parley-cli" "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null
  echo $? >"$work/$name.rc"
  set -e
}

rc_is() { [ "$(cat "$work/$1.rc")" = "$2" ]; }
rc_is_not() { [ "$(cat "$work/$1.rc")" != "$2" ]; }
has_output() { [ -s "$work/$1.out" ]; }
no_noise() { ! noise "$work/$1.out" "$work/$1.err"; }
database_exists() { [ -f "$PARLEY_WORKSPACE/.parley/db/parley.mv.db" ]; }

run_cli info db info
check "parley-cli db info exits 0 (got $(cat "$work/info.rc"))" rc_is info 0
check "parley-cli db info prints the database information" has_output info
check "parley-cli db info output has no OSGi/JVM noise" no_noise info
check "the embedded database is created in the workspace" database_exists

run_cli unknown no-such-command
check "parley-cli no-such-command exits non-zero (got $(cat "$work/unknown.rc"))" rc_is_not unknown 0
check "parley-cli no-such-command output has no OSGi/JVM noise" no_noise unknown

if [ -z "${DISPLAY:-}" ]; then
  printf 'smoke: skip the workbench checks: no DISPLAY (run under xvfb-run, as ./test does)\n'
else
  "$install/parley" -consoleLog >"$work/gui.log" 2>&1 </dev/null &
  gui=$!
  # The workbench opens the database in the background: wait for H2's lock file (AUTO_SERVER).
  for _ in $(seq 1 60); do
    [ -f "$PARLEY_WORKSPACE/.parley/db/parley.lock.db" ] && break
    kill -0 "$gui" 2>/dev/null || break
    sleep 1
  done
  sleep 3
  gui_running() { kill -0 "$gui" 2>/dev/null; }
  check "the workbench is running" gui_running
  gui_log_clean() { ! grep -E '^!ENTRY [^ ]+ 4 |could not be resolved|Unresolved requirement|Exception' "$work/gui.log"; }
  check "the workbench's console log has no errors ($work/gui.log)" gui_log_clean

  run_cli concurrent db info
  check "parley-cli db info works while the workbench runs (got $(cat "$work/concurrent.rc"))" rc_is concurrent 0
  check "its output has no OSGi/JVM noise" no_noise concurrent

  kill "$gui" 2>/dev/null || true
  wait "$gui" 2>/dev/null || true
fi

checks_report
