# Sourced (bash) by the scripts that test an installed product: releng/org.parley.product/smoke-test.sh and
# releng/org.parley.plugin.install.test/plugin-install-test.sh. Set checks_name first (the prefix of every line).
#
#   checks_workspace DIR   empties DIR, sets work to its absolute path, and keeps the product away from the user's
#                          cache and workspace (XDG_CACHE_HOME, PARLEY_WORKSPACE under it)
#   check WHAT CMD...      runs CMD, prints "ok" or "FAIL" with WHAT, counts the failures
#   fail_now WHAT          a failure after which nothing else can be checked
#   checks_report          with failures: prints them, the beginning of every output under $work, and exits 1

failures=0

checks_workspace() {
  rm -rf "$1"
  mkdir -p "$1"
  work=$(cd "$1" && pwd)
  export XDG_CACHE_HOME=$work/cache
  export PARLEY_WORKSPACE=$work/workspace
  unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS
}

check() {
  local what=$1; shift
  if "$@"; then
    printf '%s: ok   %s\n' "$checks_name" "$what"
  else
    printf '%s: FAIL %s\n' "$checks_name" "$what" >&2
    failures=$((failures + 1))
  fi
}

fail_now() {
  printf '%s: FAIL %s\n' "$checks_name" "$*" >&2
  exit 1
}

checks_report() {
  if [ "$failures" -gt 0 ]; then
    printf '%s: %d check(s) failed; outputs are in %s\n' "$checks_name" "$failures" "$work" >&2
    local f
    for f in "$work"/*.out "$work"/*.err "$work"/*.log; do
      [ -s "$f" ] && { printf -- '--- %s\n' "$f" >&2; head -n 40 "$f" >&2; }
    done
    exit 1
  fi
  printf '%s: all checks passed\n' "$checks_name"
}
