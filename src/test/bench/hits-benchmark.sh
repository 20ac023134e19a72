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
SITE=xa-an-binh
BASE="http://localhost:$PORT"

source src/test/bench/bench-lib.sh
# one address plays 20,000 visitors here; the per-address bound on new visitors would refuse most of them
export PORTAL_STATS_MAX_NEW_VISITORS_PER_ADDRESS=1000000000
start_app hits
PG_PORT=$(grep -o "started on port [0-9]*" "$APP_LOG" | tail -n 1 | awk '{print $4}')
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
    local body = '{}'
    if n % 3 == 0 then body = '{"article":"$article"}' end
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
