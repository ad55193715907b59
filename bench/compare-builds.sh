#!/bin/bash
# Two builds of the API against the same Elasticsearch, in alternating wrk rounds at c=16: the
# API's CPU per search and its rate, old against new, with the machine's drift shared by both.
#
# Why: ApiBenchmark's ratio moves by ±0.05 between runs with the machine (Elasticsearch's own CPU
# per query went from 2.5 to 3.6 ms between runs on 2026-11-26), more than a single change to the
# API moves it. Rounds that alternate between two servers on one Elasticsearch show what a change
# did to the API itself.
#
# Needs: the benchmark Elasticsearch up (XINYONG_HOME=/var/lib/xinyong-bench ./xinyong es) with
# ApiBenchmark's index and request files (run ApiBenchmark once), wrk and bc, and both builds
# packaged (`mvn -o package -DskipTests -pl cli -am` in each; for an older commit use a worktree:
# `git worktree add /tmp/old <commit>`, and package there, not install).
#
# Usage: bench/compare-builds.sh OLD_ROOT NEW_ROOT [rounds=6] [seconds=20]
# OLD_JAVA / NEW_JAVA (default: java on the PATH) and OLD_OPTS / NEW_OPTS (JVM options) run a side
# on another JDK or with other options, OLD_ARGS / NEW_ARGS (e.g. --xinyong.api.batch.scheduling=true)
# with other settings: with the same root twice they compare JDKs or settings. DIRECT=1 adds a round
# straight to Elasticsearch in every cycle (the same searches, ApiBenchmark's es-sequences.txt), so
# each side's ratio against it is measured on the same machine minutes.
set -euo pipefail
old_root=${1:?old build root}; new_root=${2:?new build root}; rounds=${3:-6}; secs=${4:-20}
home=${XINYONG_HOME:-/var/lib/xinyong-bench}
es_port=${XINYONG_ES_PORT:-40695}
requests=$home/api-bench
work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true' EXIT

start() { # name root java args
  mkdir -p "$work/$1"
  XINYONG_HOME="$work/$1" $3 -Xmx2g -cp "$2/cli/target/cli-0.1.0-SNAPSHOT.jar:$2/cli/target/lib/*" \
    org.xinyong.cli.Main serve --es-url "http://127.0.0.1:$es_port" --index-prefix bench --port 0 --host 127.0.0.1 \
    --xinyong.cache.max.entries=0 --xinyong.api.anonymous.requests.per.minute=1000000000 $4 >"$work/$1.log" 2>&1 &
  echo $! >"$work/$1.pid"
}
port() { sed -n 's/.*Xinyong is up: http:\/\/[0-9.]*:\([0-9]*\)\/.*/\1/p' "$work/$1.log"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system, in clock ticks
hz=$(getconf CLK_TCK)
es_pid=$(pgrep -n -f "es.path.home=$home/es")

start old "$old_root" "${OLD_JAVA:-java} ${OLD_OPTS:-}" "${OLD_ARGS:-}"
start new "$new_root" "${NEW_JAVA:-java} ${NEW_OPTS:-}" "${NEW_ARGS:-}"
for name in old new; do
  for _ in $(seq 90); do grep -q "Xinyong is up" "$work/$name.log" && break; sleep 1; done
  grep -q "Xinyong is up" "$work/$name.log" || { echo "the $name build did not start:"; tail -20 "$work/$name.log"; exit 1; }
done

round() { # name seconds label
  local pid api0 es0 out n
  if [ "$1" = direct ]; then
    pid=$$; api0=$(ticks "$pid"); es0=$(ticks "$es_pid")
    # a search is two requests (three with the typo search) here: counted as sequences, like the API's
    out=$(cd "$requests" && wrk -t16 -c16 -d"$2"s -s sequences.lua "http://127.0.0.1:$es_port" -- es-sequences.txt 2>&1)
    n=$(echo "$out" | sed -n 's/^WRK requests=\([0-9]*\) .*/\1/p')
    out=$(echo "$out" | sed "s/^Requests\/sec: .*/Requests\/sec: $(echo "scale=2; $n / $2" | bc)/")
  else
    pid=$(cat "$work/$1.pid"); api0=$(ticks "$pid"); es0=$(ticks "$es_pid")
    out=$(cd "$requests" && wrk -t16 -c16 -d"$2"s -s requests.lua "http://127.0.0.1:$(port "$1")" -- api-search.txt 2>&1)
    n=$(echo "$out" | sed -n 's/ *\([0-9]*\) requests in.*/\1/p')
  fi
  printf '%-6s %-4s %8s req/s  CPU ms per search: API %s, Elasticsearch %s%s\n' "$3" "$1" \
    "$(echo "$out" | sed -n 's/Requests\/sec: *//p')" \
    "$(echo "scale=3; ($(ticks "$pid") - $api0) * 1000 / $hz / $n" | bc)" \
    "$(echo "scale=2; ($(ticks "$es_pid") - $es0) * 1000 / $hz / $n" | bc)" \
    "$(echo "$out" | grep -q 'Non-2xx' && echo '  (errors!)' || true)"
}

echo "== $(date -u '+%F %T') UTC, $(nproc) cores; old $old_root ($(git -C "$old_root" rev-parse --short HEAD)), new $new_root ($(git -C "$new_root" rev-parse --short HEAD)); java: old ${OLD_JAVA:-java} ${OLD_OPTS:-}, new ${NEW_JAVA:-java} ${NEW_OPTS:-}"
for _ in 1 2 3; do round old 30 warm; round new 30 warm; done
[ "${DIRECT:-0}" = 1 ] && round direct 30 warm
for r in $(seq "$rounds"); do
  [ "${DIRECT:-0}" = 1 ] && (( r % 2 )) && round direct "$secs" "r$r"
  if (( r % 2 )); then round old "$secs" "r$r"; round new "$secs" "r$r"; else round new "$secs" "r$r"; round old "$secs" "r$r"; fi
  [ "${DIRECT:-0}" = 1 ] && ! (( r % 2 )) && round direct "$secs" "r$r"
done
