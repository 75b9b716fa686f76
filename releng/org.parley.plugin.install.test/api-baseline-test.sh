#!/usr/bin/env bash
# Proves the API baseline check: freezes the API of the update site just built (as a release does, with
# freeze-api-baseline.pom.xml), then builds a copy of Parley's source against it: unchanged, the build passes;
# with a public method of an exported package made package-private, the build fails on the baseline check.
#
#   api-baseline-test.sh REPO_ROOT PARLEY_SITE WORK_DIR MAVEN [offline=true|false]
set -euo pipefail

repo=$(cd "$1" && pwd)
site=$(cd "$2" && pwd)
work=$3
mvn=$4
mvn_options=(-B -Dstyle.color=never)
[ "${5:-offline=false}" = offline=true ] && mvn_options+=(-o)
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

fail_now() {
  printf 'api-baseline: FAIL %s\n' "$*" >&2
  exit 1
}

"$mvn" "${mvn_options[@]}" -f "$repo/releng/org.parley.plugin.install.test/freeze-api-baseline.pom.xml" package \
  "-Dparley.site=file:$site" "-Dparley.baseline=$work/baseline" >"$work/freeze.log" 2>&1 ||
  { tail -n 40 "$work/freeze.log" >&2; fail_now "the API of $site could not be frozen"; }
ls "$work"/baseline/plugins/org.parley.format_*.jar >/dev/null 2>&1 || fail_now "the frozen baseline lacks org.parley.format"
printf 'api-baseline: ok   the API of the update site frozen into %s\n' "$work/baseline"

# A copy of the source (without build output), so that the change below never touches the checkout.
source=$work/source
mkdir -p "$source"
(cd "$repo" && tar --exclude=target --exclude=.git --exclude=examples -cf - .) | (cd "$source" && tar -xf -)

build_format() {
  "$mvn" "${mvn_options[@]}" -f "$source/pom.xml" verify -pl bundles/org.parley.format \
    "-Dparley.api.baseline=file:$work/baseline" >"$work/$1.log" 2>&1
}

build_format unchanged || { tail -n 40 "$work/unchanged.log" >&2; fail_now "the unchanged bundle fails its baseline check"; }
grep -q 'No baseline problems found' "$work/unchanged.log" || fail_now "the baseline check did not run (see $work/unchanged.log)"
printf 'api-baseline: ok   an unchanged bundle passes the baseline check\n'

csv=$source/bundles/org.parley.format/src/org/parley/format/CsvReader.java
grep -q '    public int recordLine() {' "$csv" || fail_now "CsvReader.recordLine() is not where this test expects it"
sed -i 's/    public int recordLine() {/    int recordLine() {/' "$csv"
if build_format incompatible; then
  fail_now "a public method removed from an exported package did not fail the build"
fi
grep -q 'Baseline problems found' "$work/incompatible.log" ||
  { tail -n 40 "$work/incompatible.log" >&2; fail_now "the build failed, but not on the baseline check"; }
printf 'api-baseline: ok   a public method removed from org.parley.format fails the build on the baseline check\n'
printf 'api-baseline: all checks passed\n'
