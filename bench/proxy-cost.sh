#!/bin/bash
# What a process in between costs Elasticsearch on shared cores: alternating wrk rounds at c=16 of
# ApiBenchmark's direct searches, straight to Elasticsearch and through nginx as a plain
# keep-alive proxy (one worker), printing the rate and each process's CPU per HTTP request.
#
# Why: behind the API, Elasticsearch spent 0.1–0.5 ms more CPU per query than with the same
# queries sent straight to it. nginx asks nothing of Elasticsearch that wrk does not, so what it
# adds is the cost of any intermediary (its wakeups preempting search threads mid-query);
# NGINX_PREFIX="chrt -b 0" runs it under SCHED_BATCH (decision record 5, 2026-11-27).
#
# Needs: the benchmark Elasticsearch up (XINYONG_HOME=/var/lib/xinyong-bench ./xinyong es) with
# ApiBenchmark's request files (run it once), wrk, bc, and nginx (apt-get install nginx-light).
# Usage: [NGINX_PREFIX="chrt -b 0"] bench/proxy-cost.sh [pairs=6] [seconds=20]
set -euo pipefail
pairs=${1:-6}; secs=${2:-20}
home=${XINYONG_HOME:-/var/lib/xinyong-bench}
es_port=${XINYONG_ES_PORT:-40695}
proxy_port=${PROXY_PORT:-38400}
requests=$home/api-bench
work=$(mktemp -d)
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_buffer_size 1m;
  proxy_buffer_size 64k;
  proxy_buffers 16 64k;
  upstream es { server 127.0.0.1:$es_port; keepalive 64; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / { proxy_pass http://es; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
${NGINX_PREFIX:-} nginx -c "$work/nginx.conf" &
trap 'kill $(cat "$work/nginx.pid" 2>/dev/null) 2>/dev/null || true' EXIT
sleep 1
hz=$(getconf CLK_TCK)
es_pid=$(pgrep -n -f "es.path.home=$home/es")
nginx_pid=$(pgrep -n -f "nginx: worker")
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system, in clock ticks
round() { # label port
  local e0 n0 out n
  e0=$(ticks "$es_pid"); n0=$(ticks "$nginx_pid")
  out=$(cd "$requests" && wrk -t16 -c16 -d"$secs"s -s sequences.lua "http://127.0.0.1:$2" -- es-sequences.txt 2>&1)
  n=$(echo "$out" | sed -n 's/.* http_requests=\([0-9]*\).*/\1/p')
  printf '%-7s %8s req/s  CPU ms per request: Elasticsearch %s, nginx %s\n' "$1" \
    "$(echo "$out" | sed -n 's/Requests\/sec: *//p')" \
    "$(echo "scale=3; ($(ticks "$es_pid") - $e0) * 1000 / $hz / $n" | bc)" \
    "$(echo "scale=3; ($(ticks "$nginx_pid") - $n0) * 1000 / $hz / $n" | bc)"
}
echo "== $(date -u '+%F %T') UTC, $(nproc) cores; nginx ${NGINX_PREFIX:-(default policy)}"
round warm "$es_port"; round warm "$proxy_port"
for r in $(seq "$pairs"); do
  if (( r % 2 )); then round direct "$es_port"; round nginx "$proxy_port"
  else round nginx "$proxy_port"; round direct "$es_port"; fi
done
