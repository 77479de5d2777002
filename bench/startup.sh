#!/usr/bin/env bash
# Start-up to healthy with the embedded database, as an operator sees it: the packaged app is
# started N times against one data directory (the first start initialises it and is not
# counted), plainly with `java -jar` and then with a JDK AOT cache (JEP 483/514) trained once.
# Prints each time and the medians, in seconds. Needs `./mvnw package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls target/clientele-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=${PORT:-18080}
trap 'rm -rf "$work"' EXIT

start_once() { # java options...
  local begin end pid
  begin=$(date +%s.%N)
  CLIENTELE_DATA_DIR="$work/data" SERVER_PORT=$port java "$@" >"$work/run.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "app died:" >&2; tail -50 "$work/run.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $begin" | bc
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "first start (initialises the data directory): $(start_once -jar "$jar") s"
plain=()
for i in $(seq "$runs"); do t=$(start_once -jar "$jar"); plain+=("$t"); echo "java -jar, start $i: $t s"; done

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app="$work/app/$(basename "$jar")"
CLIENTELE_DATA_DIR="$work/data" SERVER_PORT=$port java -XX:AOTCacheOutput="$work/app/app.aot" \
  -Dspring.context.exit=onRefresh -jar "$app" >"$work/train.log" 2>&1
aot=()
for i in $(seq "$runs"); do t=$(start_once -XX:AOTCache="$work/app/app.aot" -jar "$app"); aot+=("$t"); echo "with AOT cache, start $i: $t s"; done

echo "startup: runs=$runs java_jar_median_s=$(median "${plain[@]}") aot_cache_median_s=$(median "${aot[@]}")"
