#!/usr/bin/env bash
# Two instances behind HAProxy on one PostgreSQL (the machine's, 127.0.0.1:5432, database portal_instances,
# made afresh with 10k demo articles):
#   1. an edit through one instance is visible on the other: milliseconds until it shows there;
#   2. hits spread over both instances by the balancer are counted exactly (page views and article views);
#   3. read throughput through the balancer with one instance, then with two (both on these same 2 cores).
#
#   src/test/bench/instances-benchmark.sh     # DURATION=15s
#
# Needs haproxy, wrk, psql (apt-get install haproxy wrk postgresql-client) and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-15s}
DB=${DB:-portal_instances}
LB_PORT=18100
HITS=${HITS:-20000}
SITE=xa-an-binh
LB="http://localhost:$LB_PORT"

source src/test/bench/bench-lib.sh
command -v haproxy > /dev/null || { echo "haproxy is missing: apt-get install haproxy"; exit 1; }
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"; restore_autogroup
}
trap cleanup EXIT

start_instance() {  # start_instance PORT
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    PORTAL_DEMO_ENABLED=true PORTAL_DEMO_ARTICLES_PER_SITE=5000 PORT="$1" \
    PORTAL_STATS_MAX_NEW_VISITORS_PER_ADDRESS=1000000000 \
    java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "target/bench-instance-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 300); do
    curl -fs "http://localhost:$1/q/health/ready" > /dev/null && return
    sleep 1
  done
  echo "instance on $1 did not start"; tail -20 "target/bench-instance-$1.log"; exit 1
}
start_instance 18101   # writes the demo content
start_instance 18102   # finds it there

balancer() {  # balancer "server lines"
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null && sleep 0.5
  cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  option http-keep-alive
frontend portal
  bind 127.0.0.1:$LB_PORT
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /q/health/ready
$1
CFG
  haproxy -D -p "$WORK/haproxy.pid" -f "$WORK/haproxy.cfg"
  for _ in $(seq 1 50); do curl -fs "$LB/api/v1" > /dev/null && break; sleep 0.2; done
}
BOTH="  server a 127.0.0.1:18101 check inter 1s
  server b 127.0.0.1:18102 check inter 1s"
balancer "$BOTH"
trap 'kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true; cleanup' EXIT

echo "== 1. an edit through instance a, seen on instance b"
TOKEN=$(curl -fs "http://localhost:18101/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"bientap","password":"bientap-demo-2026"}' | json "d['accessToken']")
SLUG=$(curl -fs "$LB/api/v1/sites/$SITE/articles?limit=1" | json "d['items'][0]['slug']")
ID=$(curl -fs "$LB/api/v1/sites/$SITE/articles/$SLUG" | json "d['id']")
for round in 1 2 3 4 5; do
  curl -fs -o /dev/null "http://localhost:18102/api/v1/sites/$SITE/articles/$SLUG"   # b has the page cached
  ETAG=$(curl -fsI "http://localhost:18101/api/v1/editor/sites/$SITE/articles/$ID" -H "Authorization: Bearer $TOKEN" \
    | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
  TITLE="Tiêu đề sửa lần $round $(date +%s%N)"
  python3 - "$SITE" "$SLUG" "$ID" "$TOKEN" "$ETAG" "$TITLE" <<'PY'
import json, sys, time, urllib.request
site, slug, id_, token, etag, title = sys.argv[1:]
req = urllib.request.Request(f"http://localhost:18101/api/v1/editor/sites/{site}/articles/{id_}",
    data=json.dumps({"title": title}).encode(), method="PATCH",
    headers={"Authorization": "Bearer " + token, "If-Match": etag, "Content-Type": "application/merge-patch+json"})
urllib.request.urlopen(req).read()
saved = time.monotonic()
polls = 0
while True:
    polls += 1
    body = json.load(urllib.request.urlopen(f"http://localhost:18102/api/v1/sites/{site}/articles/{slug}"))
    if body["title"] == title:
        break
print(f"  edit {title.split()[4]}: visible on b {1000 * (time.monotonic() - saved):.1f} ms after a's answer ({polls} reads)")
PY
done

echo "== 2. $HITS hits from distinct visitors through the balancer"
views_before=$(curl -fs "http://localhost:18101/api/v1/sites/$SITE/articles/$SLUG" | json "d['viewCount']")
pages_before=$(curl -fs "http://localhost:18101/api/v1/sites/$SITE/stats/daily" | json 'sum(x["pageviews"] for x in d["days"])')
cat > "$WORK/hits.lua" <<LUA
-- every hit a new visitor: wrk's threads each run their own Lua with the same random sequence, so the
-- thread's number is part of the User-Agent
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("thread_id", threads) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/sites/$SITE/hits", {["Content-Type"] = "application/json",
    ["User-Agent"] = "Mozilla/5.0 instances-visitor-" .. thread_id .. "-" .. n}, '{"article":"$SLUG"}')
end
LUA
accepted() { curl -fs "http://localhost:$1/q/metrics" | awk '/^portal_hits_accepted_total/ {printf "%d", $2}'; }
a0=$(accepted 18101); b0=$(accepted 18102)
wrk -t2 -c32 -d10s -s "$WORK/hits.lua" "$LB" | grep -E "Requests/sec|Non-2xx" || true
sleep 3   # a flush interval and then some, on both
a1=$(accepted 18101); b1=$(accepted 18102)
views_after=$(curl -fs "http://localhost:18102/api/v1/sites/$SITE/articles/$SLUG" | json "d['viewCount']")
pages_after=$(curl -fs "http://localhost:18102/api/v1/sites/$SITE/stats/daily" | json 'sum(x["pageviews"] for x in d["days"])')
sent=$(( (a1 - a0) + (b1 - b0) ))
echo "  accepted: a $((a1 - a0)), b $((b1 - b0)), together $sent"
echo "  counted page views $((pages_after - pages_before)), article views $((views_after - views_before))" \
     "— exact: $([ "$sent" = "$((pages_after - pages_before))" ] && [ "$sent" = "$((views_after - views_before))" ] && echo yes || echo NO)"

echo "== 3. reads through the balancer (wrk -t2 -c32, $DURATION): latest 20, article, day"
DAY=$(curl -fs "$LB/api/v1/sites/$SITE/articles/$SLUG" | json "d['publishedAt'][:10]")
printf '%s\n' "/api/v1/sites/$SITE/articles" "/api/v1/sites/$SITE/articles/$SLUG" "/api/v1/sites/$SITE/articles?date=$DAY" > "$WORK/paths"
measure() {
  PATHS_FILE="$WORK/paths" wrk -t2 -c32 -d5s -s src/test/bench/random-path.lua "$LB" > /dev/null
  out=$(PATHS_FILE="$WORK/paths" wrk -t2 -c32 -d"$DURATION" --latency -s src/test/bench/random-path.lua "$LB")
  printf '  %-14s %10s req/s  p50 %8s  p99 %8s  %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
    "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' || true)"
}
balancer "  server a 127.0.0.1:18101 check inter 1s"
measure "one instance"
balancer "$BOTH"
measure "two instances"
balancer "  server a 127.0.0.1:18101 check inter 1s"
measure "one again"
