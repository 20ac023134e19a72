#!/usr/bin/env bash
# Hit-ingestion benchmark: wrk POSTs page views from many synthetic visitors (2 threads x 64 connections),
# then checks that every accepted hit was counted and how many transactions PostgreSQL committed.
#
#   src/test/bench/hits-benchmark.sh     # DURATION=30s by default
#
# Shares the corpus in target/bench-pgdata with the other benchmarks. Needs wrk, psql and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-30s}
PORT=${PORT:-18094}
DATA_DIR=${DATA_DIR:-target/bench-pgdata}
SITE=xa-an-binh
BASE="http://localhost:$PORT"

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
PORTAL_EMBEDDED_DATA_DIR="$DATA_DIR" PORTAL_DEMO_ENABLED=true PORTAL_DEMO_ARTICLES_PER_SITE=${ARTICLES_PER_SITE:-50000} PORT=$PORT \
  java ${JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar > target/bench-hits-app.log 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  curl -fs "$BASE/q/health/ready" > /dev/null && break
  kill -0 $APP_PID 2>/dev/null || { cat target/bench-hits-app.log; exit 1; }
  sleep 1
done
PG_PORT=$(grep -o "started on port [0-9]*" target/bench-hits-app.log | tail -n 1 | awk '{print $4}')
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
article=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=1" | json 'd["items"][0]["slug"]')
pageviews() { curl -fs "$BASE/api/v1/sites/$SITE/stats/daily" | json 'sum(x["pageviews"] for x in d["days"])'; }
accepted() { curl -fs "http://localhost:$PORT/q/metrics" | awk '/^portal_hits_accepted_total/ {printf "%d", $2}'; }
commits() { psql -h localhost -p "$PG_PORT" -U postgres -Atc "select xact_commit from pg_stat_database where datname = 'postgres'"; }

LUA=$(mktemp --suffix .lua)
cat > "$LUA" <<LUA
-- 20,000 synthetic visitors (User-Agents), requests formatted once up front so wrk spends its CPU on
-- sending; every third hit is a view of one article.
local requests = {}
local i = 0
init = function(args)
  for n = 1, 20000 do
    local body = '{"path":"/"}'
    if n % 3 == 0 then body = '{"path":"/tin/$article","article":"$article"}' end
    requests[n] = wrk.format("POST", "/api/v1/sites/$SITE/hits", {
      ["Content-Type"] = "application/json",
      ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) bench-visitor-" .. math.random(1, 2000000) .. "-" .. n
    }, body)
  end
end
request = function()
  i = i % #requests + 1
  return requests[i]
end
LUA
wrk -t2 -c64 -d3s -s "$LUA" "$BASE" > /dev/null   # JIT warm-up
sleep 2
before_views=$(pageviews); before_accepted=$(accepted); before_commits=$(commits); started=$(date +%s.%N)
out=$(wrk -t2 -c64 -d"$DURATION" --latency -s "$LUA" "$BASE")
ended=$(date +%s.%N)
sleep 3   # one flush interval and then some
after_views=$(pageviews); after_accepted=$(accepted); after_commits=$(commits)
rm -f "$LUA"
echo "$out" | grep -E "Requests/sec|Latency|50%|99%|requests in|Non-2xx|Socket"
# wrk does not count requests still in flight when it stops; the server's own counter does
sent=$((after_accepted - before_accepted))
counted=$((after_views - before_views))
seconds=$(python3 -c "print(round($ended - $started, 1))")
echo "accepted hits: $sent; counted pageviews: $counted; exact: $([ "$sent" = "$counted" ] && echo yes || echo NO)"
echo "PostgreSQL commits during the run: $((after_commits - before_commits)) in ${seconds}s" \
     "($(python3 -c "print(round(($after_commits - $before_commits) / $seconds, 1))")/s, flush interval 1 s)"
