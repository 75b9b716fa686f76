# Shared by ./parley and ./parley-cli (sourced, bash).
#
# The product ships without the native Eclipse launcher (it is not on Maven Central), so nothing reads
# eclipse.ini: this file finds a JDK, chooses the configuration and workspace areas and starts
# Equinox through plugins/org.eclipse.equinox.launcher_*.jar with the JVM options itself.
#
# Areas:
#   install       <install>/configuration stays read-only (config.ini written by p2); every run
#                 cascades from it, so a shared, root-owned install works for every user.
#   configuration each program has its own writable area under the user's cache directory, so
#                 parley-cli runs while the workbench is open (Equinox locks its configuration area).
#   workspace     -data, else $PARLEY_WORKSPACE, else ~/parley-workspace: both programs use the same
#                 one, so they see the same embedded database.

parley_min_java=21

parley_fail() {
  printf 'parley: %s\n' "$*" >&2
  exit 1
}

# Prints the major version of the given java executable (8 for 1.8), nothing if it does not run.
parley_java_major() {
  local spec
  spec=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$spec" in
    1.*) printf '%s\n' "${spec#1.}" ;;
    [0-9]*) printf '%s\n' "${spec%%.*}" ;;
  esac
}

# Sets parley_java and parley_java_version: JAVA_HOME, then java on PATH, then the system's JVM folders.
parley_find_java() {
  local candidate major tried=()
  local candidates=()
  if [ -n "${JAVA_HOME:-}" ]; then candidates+=("$JAVA_HOME/bin/java"); fi
  if command -v java >/dev/null 2>&1; then candidates+=("$(command -v java)"); fi
  local dir
  for dir in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -x "$dir/bin/java" ]; then candidates+=("$dir/bin/java"); fi
  done
  for candidate in ${candidates[@]+"${candidates[@]}"}; do
    [ -x "$candidate" ] || continue
    major=$(parley_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$parley_min_java" ]; then
      parley_java=$candidate
      parley_java_version=$major
      return 0
    fi
    tried+=("$candidate (Java ${major:-unknown})")
  done
  local found="none found" entry
  if [ ${#tried[@]} -gt 0 ]; then
    found="found only:"
    for entry in "${tried[@]}"; do found="$found $entry;"; done
    found=${found%;}
  fi
  parley_fail "Parley needs Java $parley_min_java or newer ($found).
Install a JDK $parley_min_java+ (for example: apt-get install openjdk-21-jre, or https://adoptium.net)
and set JAVA_HOME to it, or put its bin directory first on PATH."
}

# Sets parley_launcher_jar: the Equinox launcher in plugins/ (the last in name order, should p2 keep two).
parley_find_launcher() {
  local jar
  parley_launcher_jar=
  for jar in "$parley_install"/plugins/org.eclipse.equinox.launcher_*.jar; do
    [ -f "$jar" ] && parley_launcher_jar=$jar
  done
  [ -n "$parley_launcher_jar" ] || parley_fail "no Equinox launcher in $parley_install/plugins: the installation is incomplete."
}

# Splits the user's leading options into JVM options (-D..., -X...) and Equinox options
# (-data DIR, -nl LOCALE, -configuration DIR, -clean, -consoleLog, ...). The first other argument
# and everything after it is passed through unchanged (for parley-cli: the command and its arguments).
# Sets parley_jvm_args, parley_eclipse_args, parley_rest_args, parley_data, parley_configuration.
parley_split_args() {
  parley_jvm_args=()
  parley_eclipse_args=()
  parley_rest_args=()
  parley_data=
  parley_configuration=
  while [ $# -gt 0 ]; do
    case "$1" in
      -D*|-X*|--add-opens|--add-exports|--enable-native-access=*|--add-opens=*|--add-exports=*)
        if [ "$1" = --add-opens ] || [ "$1" = --add-exports ]; then
          [ $# -ge 2 ] || parley_fail "$1 needs a value."
          parley_jvm_args+=("$1" "$2"); shift 2
        else
          parley_jvm_args+=("$1"); shift
        fi ;;
      -data|-configuration|-nl|-product|-vm)
        [ $# -ge 2 ] || parley_fail "$1 needs a value."
        case "$1" in
          -data) parley_data=$2 ;;
          -configuration) parley_configuration=$2 ;;
          -vm) parley_fail "-vm is not supported by this script: set JAVA_HOME instead." ;;
          *) parley_eclipse_args+=("$1" "$2") ;;
        esac
        shift 2 ;;
      -clean|-consoleLog|-consolelog|-debug|-noSplash|-nosplash|-clearPersistedState)
        parley_eclipse_args+=("$1"); shift ;;
      --)
        shift; parley_rest_args+=("$@"); break ;;
      *)
        parley_rest_args+=("$@"); break ;;
    esac
  done
}

# Runs Equinox with the user's arguments. The calling script sets parley_area (name of its own
# configuration area), parley_fixed_jvm (JVM options) and parley_fixed_program (Equinox options).
parley_run() {
  parley_find_java
  parley_find_launcher
  parley_split_args "$@"

  local workspace=${parley_data:-${PARLEY_WORKSPACE:-$HOME/parley-workspace}}
  local configuration=$parley_configuration
  if [ -z "$configuration" ]; then
    # One directory per installation, so two installed versions never share cached bundle state.
    local install_key
    install_key=$(printf '%s' "$parley_install" | cksum | cut -d ' ' -f 1)
    configuration="${XDG_CACHE_HOME:-$HOME/.cache}/parley/$install_key/$parley_area"
  fi
  mkdir -p "$configuration" || parley_fail "cannot create the configuration area $configuration."

  local jvm=(-Dosgi.requiredJavaVersion=$parley_min_java
             -Dosgi.sharedConfiguration.area="$parley_install/configuration"
             -Dosgi.configuration.cascaded=true
             -Djava.util.logging.config.file="$parley_install/lib/logging.properties"
             --enable-native-access=ALL-UNNAMED)
  # JDK 24+ warns on every start about sun.misc.Unsafe use by libraries; the option does not exist before 23.
  if [ "$parley_java_version" -ge 23 ]; then jvm+=(--sun-misc-unsafe-memory-access=allow); fi
  # SWT on macOS must own the first thread.
  if [ "$(uname -s)" = Darwin ]; then jvm+=(-XstartOnFirstThread); fi

  exec "$parley_java" "${jvm[@]}" ${parley_fixed_jvm[@]+"${parley_fixed_jvm[@]}"} ${parley_jvm_args[@]+"${parley_jvm_args[@]}"} \
    -jar "$parley_launcher_jar" \
    -configuration "$configuration" \
    -data "$workspace" \
    ${parley_fixed_program[@]+"${parley_fixed_program[@]}"} ${parley_eclipse_args[@]+"${parley_eclipse_args[@]}"} ${parley_rest_args[@]+"${parley_rest_args[@]}"}
}
