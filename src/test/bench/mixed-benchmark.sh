#!/usr/bin/env bash
# Mixed traffic: public reads (latest, the detail of 100 different articles, their days and related news)
# alone, then while view hits on those same 100 articles arrive at about HITS_PER_SECOND, then alone again
# (this machine drifts: the ratio is taken against the mean of both "alone" runs). Prints read throughput
# and p99 per phase, the hits accepted, and the PostgreSQL transactions per phase: counting views must not
# drop the rendered pages, so the reads' transactions stay near zero while hits flow.
#
#   src/test/bench/mixed-benchmark.sh        # DURATION=20s, HITS_PER_SECOND=5000, the 100k corpus
#
# Shares the corpus in target/bench-pgdata with the other benchmarks. Needs wrk, psql and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-20s}
HITS_PER_SECOND=${HITS_PER_SECOND:-5000}
PORT=${PORT:-18095}
SITE=xa-an-binh
BASE="http://localhost:$PORT"

source src/test/bench/bench-lib.sh
# one address plays thousands of visitors here; the per-address bound on new visitors would refuse them
export PORTAL_STATS_MAX_NEW_VISITORS_PER_ADDRESS=1000000000
start_app mixed
PG_PORT=$(grep -o "started on port [0-9]*" "$APP_LOG" | tail -n 1 | awk '{print $4}')
commits() { psql -h localhost -p "$PG_PORT" -U postgres -Atc "select xact_commit from pg_stat_database where datname = 'postgres'"; }
accepted() { curl -fs "http://localhost:$PORT/q/metrics" | awk '/^portal_hits_accepted_total/ {printf "%d", $2}'; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; restore_autogroup' EXIT
curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=100" \
  | json '"\n".join(i["slug"] + " " + i["publishedAt"][:10] for i in d["items"])' > "$WORK/articles"
while read -r slug day; do
  echo "/api/v1/sites/$SITE/articles/$slug"
  echo "/api/v1/sites/$SITE/articles/$slug/related"
  echo "/api/v1/sites/$SITE/articles?date=$day"
  echo "/api/v1/sites/$SITE/articles"
done < "$WORK/articles" > "$WORK/paths"
echo "reads: $(wc -l < "$WORK/paths") paths over $(wc -l < "$WORK/articles") articles (detail, related, their day, latest)"

cat > "$WORK/hits.lua" <<LUA
-- views of the same 100 articles from many synthetic visitors, paced: each connection waits between hits
local slugs = {}
for line in io.lines("$WORK/articles") do slugs[#slugs + 1] = line:match("^(%S+)") end
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/sites/$SITE/hits", {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) mixed-visitor-" .. math.random(1, 5000000)
  }, '{"article":"' .. slugs[math.random(#slugs)] .. '"}')
end
-- 32 connections, each waiting this long between hits (a hit itself takes about a millisecond)
delay = function() return $((1000 * 32 / HITS_PER_SECOND - 1)) end
LUA

reads() {  # reads LABEL: one measured read run, printed as a row
  local before after out
  before=$(commits)
  out=$(PATHS_FILE="$WORK/paths" wrk -t2 -c32 -d"$DURATION" --latency -s src/test/bench/random-path.lua "$BASE")
  after=$(commits)
  printf '%-22s %10s %9s %9s %12s  %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
    "$((after - before))" "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' || true)"
  echo "$out" | awk '/Requests\/sec/ {print $2}' > "$WORK/last-rps"
}

PATHS_FILE="$WORK/paths" wrk -t2 -c32 -d15s -s src/test/bench/random-path.lua "$BASE" > /dev/null   # JIT warm-up
wrk -t1 -c32 -d5s -s "$WORK/hits.lua" "$BASE" > /dev/null
sleep 2
printf '%-22s %10s %9s %9s %12s\n' phase "reads/s" p50 p99 "pg commits"
reads "reads alone"; alone1=$(cat "$WORK/last-rps")
hits_before=$(accepted)
wrk -t1 -c32 -d"$((${DURATION%s} + 4))s" -s "$WORK/hits.lua" "$BASE" > "$WORK/hits.out" &
HITS_PID=$!
sleep 2
reads "reads + views"; mixed=$(cat "$WORK/last-rps")
wait $HITS_PID
hits_after=$(accepted)
reads "reads alone again"; alone2=$(cat "$WORK/last-rps")
echo "views during the mixed run: $(awk '/Requests\/sec/ {print $2}' "$WORK/hits.out") hits/s accepted by wrk's count," \
     "$((hits_after - hits_before)) by the server's; $(grep -E 'Non-2xx' "$WORK/hits.out" || echo 'no errors')"
python3 -c "a=($alone1+$alone2)/2; print(f'reads with views: {$mixed/a*100:.0f}% of reads alone (mean of {$alone1:.0f} and {$alone2:.0f})')"
