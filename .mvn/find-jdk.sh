# Sourced by ./colony and ./mvnw: exports JAVA_HOME for a JDK >= 21, looking at JAVA_HOME first,
# then the java on PATH, then the newest JDK under /usr/lib/jvm.
colony_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
colony_find_jdk() {
  local c major best="" best_major=0
  local preferred=("${JAVA_HOME:-}")
  if command -v java >/dev/null 2>&1; then preferred+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"); fi
  for c in "${preferred[@]}"; do
    [[ -n "$c" && -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    major=$(colony_java_major "$c")
    if [[ "${major:-0}" -ge 21 ]]; then export JAVA_HOME="$c"; return 0; fi
  done
  for c in /usr/lib/jvm/*; do
    [[ -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    major=$(colony_java_major "$c")
    if [[ "${major:-0}" -gt "$best_major" ]]; then best="$c"; best_major=$major; fi
  done
  if [[ "$best_major" -lt 21 ]]; then
    echo "colony: no JDK >= 21 found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
colony_find_jdk || { [[ "${BASH_SOURCE[0]}" == "$0" ]] && exit 1 || return 1; }
# Run (not sourced), it prints the JDK it chose: ./mvnw uses it that way.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then echo "$JAVA_HOME"; fi
