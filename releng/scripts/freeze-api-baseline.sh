#!/usr/bin/env bash
# At a release: freezes the released API into releng/api-baseline (a p2 repository of the SDK feature's bundles,
# about 1.5 MB). Commit it with the release; from then on every build compares each bundle with it (profile
# api-baseline in pom.xml) and fails when a public package changed without the version increase it needs.
#
#   releng/scripts/freeze-api-baseline.sh [UPDATE-SITE-URL]   (default: the site just built by ./mvnw verify)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
site=${1:-file:$PWD/releng/org.parley.product/target/repository}
rm -rf releng/api-baseline
./mvnw -B -q -f releng/org.parley.plugin.install.test/freeze-api-baseline.pom.xml package \
  "-Dparley.site=$site" "-Dparley.baseline=$PWD/releng/api-baseline"
printf 'freeze-api-baseline: the API of %s is frozen in releng/api-baseline; commit it with the release.\n' "$site"
