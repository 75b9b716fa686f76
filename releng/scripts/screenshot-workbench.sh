#!/usr/bin/env bash
# Takes a screenshot of the Parley workbench of an installed product, on a virtual display, with demo data.
#
#   releng/scripts/screenshot-workbench.sh INSTALL_DIR OUT.png [parley options, e.g. -nl ru]
#
# Needs xvfb-run and ImageMagick's import (apt-get install xvfb xauth imagemagick).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 INSTALL_DIR OUT.png [parley options]" >&2; exit 2; }
install=$(cd "$1" && pwd)
out=$(realpath -m "$2")
shift 2
for tool in xvfb-run import; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshot: $tool is missing (apt-get install xvfb xauth imagemagick)" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/parley-screenshot.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
export PARLEY_WORKSPACE=$work/workspace
mkdir -p "$(dirname "$out")"

"$install/parley-cli" demo-data --cases 300 --clients 120 --seed 7 >"$work/demo.log" 2>&1 ||
  { cat "$work/demo.log" >&2; echo "screenshot: demo-data failed" >&2; exit 1; }

# One script on the virtual display: start the workbench, wait until its window has settled, shoot, stop.
cat >"$work/shoot.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
install=$1 out=$2 log=$3; shift 3
"$install/parley" -consoleLog "$@" >"$log" 2>&1 &
gui=$!
sleep "${PARLEY_SCREENSHOT_WAIT:-20}"
kill -0 "$gui" 2>/dev/null || { echo "screenshot: the workbench exited early, see $log" >&2; exit 1; }
# Xvfb has no window manager: cut the black desktop around the window away.
import -window root png:- | convert png:- -trim +repage "$out"
kill "$gui"
wait "$gui" 2>/dev/null || true
INNER
chmod +x "$work/shoot.sh"
xvfb-run -a -s "-screen 0 1440x900x24" "$work/shoot.sh" "$install" "$out" "$work/gui.log" "$@" ||
  { cat "$work/gui.log" >&2; exit 1; }
echo "screenshot: $out"
