#!/usr/bin/env bash
# Installs a company plug-in into an installed Parley the way a company does, and removes it again:
#   1. builds the sample plug-in examples/review-watch against Parley's update site and the SDK target
#      published in it (parley-sdk.target) — nothing from Parley's source tree;
#   2. installs Parley from its update site with the p2 director, fills its workspace with demo data and records the core data;
#   3. installs the plug-in's feature from its own p2 repository with the p2 director;
#   4. starts the product headless (parley-cli) and proves the plug-in is active: its commands are listed, its
#      table is migrated, a review file is imported (a bad one refused with nothing stored), its client
#      indicator is computed and its termination condition is on the checklist; the workbench starts with it;
#   5. uninstalls the feature with the p2 director and proves the product runs without it and the core data
#      is exactly as before.
#
#   plugin-install-test.sh REPO_ROOT PARLEY_SITE WORK_DIR MAVEN [offline=true|false]
set -euo pipefail

repo=$(cd "$1" && pwd)
site=$(cd "$2" && pwd)
work=$3
mvn=$4
mvn_options=(-Dstyle.color=never)
[ "${5:-offline=false}" = offline=true ] && mvn_options+=(-o)
checks_name=plugin-install
# shellcheck source=../scripts/product-checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/product-checks.sh"
checks_workspace "$work"

install=$work/parley
# Runs parley-cli as the demo department's user $user (an agent unless a step says otherwise).
user=m.ionescu
cli() {
  local name=$1; shift
  set +e
  "$install/parley-cli" "-Dparley.user=$user" "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null
  echo $? >"$work/$name.rc"
  set -e
}
rc_is() { [ "$(cat "$work/$1.rc")" = "$2" ]; }
says() { grep -q -F -- "$2" "$work/$1.out" "$work/$1.err"; }
silent_about() { ! grep -q -F -- "$2" "$work/$1.out" "$work/$1.err"; }
no_noise() {
  ! grep -E '^!(ENTRY|MESSAGE|STACK)|^An error has occurred|Exception|could not be resolved|Unresolved requirement' \
    "$work/$1.out" "$work/$1.err"
}

# --- 1. the plug-in, built as a company builds it -------------------------------------------------------------
sample=$work/review-watch
cp -r "$repo/examples/review-watch" "$sample"
rm -rf "$sample"/*/*/target "$sample"/site/target
printf 'plugin-install: building the sample plug-in against %s\n' "$site"
"$mvn" -B -q "${mvn_options[@]}" -f "$sample/pom.xml" clean verify \
  "-Dparley.site=file:$site" "-Dparley.sdk.target=$site/parley-sdk.target" >"$work/plugin-build.log" 2>&1 ||
  { tail -n 60 "$work/plugin-build.log" >&2; fail_now "the sample plug-in does not build against the update site"; }
plugin_site=$sample/site/target/repository
[ -f "$plugin_site/content.jar" ] || fail_now "the plug-in build made no p2 repository"

# The director, as an administrator runs it: Tycho's p2 director (or eclipse -application org.eclipse.equinox.p2.director).
director() {
  local log=$1; shift
  "$mvn" -B "${mvn_options[@]}" -N -f "$repo/releng/org.parley.plugin.install.test/director.pom.xml" \
    org.eclipse.tycho:tycho-p2-director-plugin:director "-Ddestination=$install" "-Dprofile=$profile" \
    -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64 "$@" >"$work/$log" 2>&1
}

# --- 2. an installed product with data --------------------------------------------------------------------------
# A p2 profile remembers the folder it was installed into, so the product is installed here, from the update
# site, as an administrator installs it (a copy of another installation would still update the original).
profile=Parley
director product.log "-Drepositories=file:$site" -DinstallIUs=org.parley.app.product ||
  { tail -n 40 "$work/product.log" >&2; fail_now "the p2 director did not install Parley from its update site"; }

user=admin cli demo demo-data --cases 60 --clients 12 --seed 11
check "demo data written" rc_is demo 0
cli export-before export --format csv --out "$work/before" --what all
check "core data exported before the install" rc_is export-before 0
cli classify-before client classify "Victor Grant"
check "the problem client is classified before the install" rc_is classify-before 0
check "  without the plug-in's indicator" silent_about classify-before "Low-rated public reviews"

# --- 3. install ---------------------------------------------------------------------------------------------------
director install.log "-Drepositories=file:$plugin_site,file:$site" \
  -DinstallIUs=com.example.reviewwatch.feature.feature.group ||
  { tail -n 40 "$work/install.log" >&2; fail_now "the p2 director did not install the plug-in"; }
installed() { ls "$install"/plugins/com.example.reviewwatch_*.jar >/dev/null 2>&1 &&
  grep -q 'com.example.reviewwatch.ui_' "$install/configuration/config.ini"; }
check "the director put the plug-in's bundles into the installation and its configuration" installed

# --- 4. the plug-in at work, headless -------------------------------------------------------------------------------
cli help help
check "parley-cli lists the plug-in's commands" says help "parley-cli reviews import"
check "  without OSGi noise" no_noise help

# Dated within the classification's window (the last year), whatever day the test runs.
day() { date -u -d "$1 days ago" +%F; }
cat >"$work/reviews.csv" <<CSV
client,source,url,posted,rating,author,text
Victor Grant,Google Maps,https://maps.example/review/1,$(day 20),1,V. Grant,"Rude staff, they never call back. Avoid!"
Victor Grant,Trustpilot,https://trustpilot.example/r/2,$(day 12),2,Victor G.,"Third complaint, still nothing fixed."
C-1,Google Maps,https://maps.example/review/3,$(day 5),5,,"Quick and kind help, thank you."
CSV
cat >"$work/bad-reviews.csv" <<CSV
client,source,url,posted,rating,author,text
Victor Grant,Google Maps,https://maps.example/review/9,$(day 3),1,V. Grant,"Never again."
Victor Grant,Trustpilot,https://trustpilot.example/r/10,$(day 2),7,Victor G.,"Seven stars of anger."
CSV

cli import-bad reviews import "$work/bad-reviews.csv"
check "a bad review file is refused" rc_is import-bad 1
check "  naming its line and field" says import-bad "line 3: the rating"
cli import reviews import "$work/reviews.csv"
check "the review file is imported (the plug-in's entity is stored)" rc_is import 0
check "  three reviews for two clients" says import "imported 3 review(s) for 2 client(s)"
cli list reviews list "Victor Grant"
check "the client's reviews are listed, none from the refused file" \
  bash -c "[ \$(grep -c '^R-' '$work/list.out') = 2 ] && ! grep -q 'Never again' '$work/list.out'"
cli again reviews import "$work/reviews.csv"
check "importing the same file again stores nothing twice" says again "imported 0 review(s) for 0 client(s); 3 already known"
cli dbinfo db info
check "the plug-in's schema is migrated" says dbinfo "reviewwatch"

cli classify client classify "Victor Grant"
check "the plug-in's indicator is computed for the client" says classify "Low-rated public reviews"
check "  with its evidence" says classify "rated 1 of 5 on Google Maps"

user=a.popescu cli start termination start "Victor Grant" --reason "Abusive calls and public attacks after every remedy."
check "a supervisor starts ending the relationship" rc_is start 0
user=a.popescu cli checklist termination checklist "Victor Grant"
check "the plug-in's termination condition is on the checklist" says checklist "Public reviews answered"
check "  listing the unanswered reviews" says checklist "has no public answer"
review=$(grep -o '^R-[0-9]*' "$work/list.out" | head -n 1 || true)
cli answer reviews answer "$review" --text "We are sorry; we called you on 14 January to fix it."
check "a public answer is recorded" rc_is answer 0
user=a.popescu cli answered termination checklist "Victor Grant"
check "  and the checklist counts it" says answered "2 low-rated review(s), 1 answered"

if [ -n "${DISPLAY:-}" ]; then
  "$install/parley" "-Dparley.user=$user" -consoleLog >"$work/gui.log" 2>&1 </dev/null &
  gui=$!
  for _ in $(seq 1 60); do
    grep -q 'Parley' "$work/gui.log" 2>/dev/null && break
    [ -f "$PARLEY_WORKSPACE/.parley/db/parley.lock.db" ] && break
    kill -0 "$gui" 2>/dev/null || break
    sleep 1
  done
  sleep 5
  gui_running() { kill -0 "$gui" 2>/dev/null; }
  check "the workbench starts with the plug-in" gui_running
  gui_clean() { ! grep -E '^!ENTRY [^ ]+ 4 |could not be resolved|Unresolved requirement|Exception' "$work/gui.log"; }
  check "  and its log has no errors ($work/gui.log)" gui_clean
  if command -v import >/dev/null 2>&1 && [ -n "${PARLEY_SCREENSHOT:-}" ]; then
    import -window root "$PARLEY_SCREENSHOT" 2>/dev/null || true
  fi
  kill "$gui" 2>/dev/null || true
  wait "$gui" 2>/dev/null || true
fi

# --- 5. uninstall -------------------------------------------------------------------------------------------------
director uninstall.log -DuninstallIUs=com.example.reviewwatch.feature.feature.group ||
  { tail -n 40 "$work/uninstall.log" >&2; fail_now "the p2 director did not uninstall the plug-in"; }
removed() { ! grep -q 'com.example.reviewwatch' "$install/configuration/config.ini" &&
  ! ls "$install"/plugins/com.example.reviewwatch_*.jar >/dev/null 2>&1; }
check "the director removed the plug-in from the configuration" removed

cli help-after help
check "parley-cli no longer lists the plug-in's commands" silent_about help-after "reviews import"
check "  and starts without OSGi noise" no_noise help-after
cli classify-after client classify "Victor Grant"
check "the client is classified without the plug-in" rc_is classify-after 0
check "  and the plug-in's indicator is gone" silent_about classify-after "Low-rated public reviews"
user=a.popescu cli checklist-after termination checklist "Victor Grant"
check "the checklist no longer has the plug-in's condition" silent_about checklist-after "Public reviews answered"
cli export-after export --format csv --out "$work/after" --what all
check "core data exported after the uninstall" rc_is export-after 0
# The termination started above is the only change to core data, and it lives in its own table.
check "core data is untouched by install, use and uninstall" diff -r "$work/before" "$work/after"

checks_report
