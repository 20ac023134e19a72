#!/usr/bin/env bash
# Read-path benchmark: 100k generated articles on a fresh embedded PostgreSQL, wrk 2 threads x 32
# connections against each public read and the trivial API index (the machine's ceiling) in the same run.
#
#   src/test/bench/read-benchmark.sh            # production settings (response cache on)
#   CACHE=off src/test/bench/read-benchmark.sh  # every request goes to PostgreSQL
#
# Needs wrk (apt-get install wrk) and a packaged app (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../../.."

ARTICLES_PER_SITE=${ARTICLES_PER_SITE:-50000}
DURATION=${DURATION:-15s}
PORT=${PORT:-18090}
CACHE=${CACHE:-on}
DATA_DIR=${DATA_DIR:-target/bench-pgdata}
BASE="http://localhost:$PORT"
SITE=xa-an-binh

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

cache_entries=20000
[ "$CACHE" = "off" ] && cache_entries=0
# The corpus is generated once; later runs reuse the data directory.
PORTAL_EMBEDDED_DATA_DIR="$DATA_DIR" PORTAL_DEMO_ENABLED=true PORTAL_DEMO_ARTICLES_PER_SITE=$ARTICLES_PER_SITE \
  PORTAL_CACHE_MAX_ENTRIES=$cache_entries PORT=$PORT \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/q/health/ready" > /dev/null && break
  kill -0 $APP_PID 2>/dev/null || { cat target/bench-app.log; exit 1; }
  sleep 1
done
grep -E "Demo content" target/bench-app.log || true

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
first_slug=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=1" | json 'd["items"][0]["slug"]')
cursor=""
for _ in $(seq 1 25); do   # 25 pages of 100: the cursor sits 2,500 rows deep
  cursor=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=100${cursor:+&cursor=$cursor}" | json 'd["nextCursor"]')
done
year_month=$(curl -fs "$BASE/api/v1/sites/$SITE/archive" | json 'max(d["years"], key=lambda y: y["count"])["year"]')
busy_day=$(curl -fs "$BASE/api/v1/sites/$SITE/archive?year=$year_month&month=6" | json 'd["days"][0]["date"]')
total=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?page=1" | json 'd["totalItems"]')
echo "corpus: $total public articles on $SITE; cache $CACHE"

declare -A URLS=(
  [0-trivial]="/api/v1"
  [1-latest]="/api/v1/sites/$SITE/articles"
  [2-deep-cursor]="/api/v1/sites/$SITE/articles?cursor=$cursor"
  [3-page-200]="/api/v1/sites/$SITE/articles?page=200"
  [4-detail]="/api/v1/sites/$SITE/articles/$first_slug"
  [5-by-date]="/api/v1/sites/$SITE/articles?date=$busy_day"
  [6-archive]="/api/v1/sites/$SITE/archive?year=$year_month&month=6"
  [7-related]="/api/v1/sites/$SITE/articles/$first_slug/related"
)
# Warm the JIT on every endpoint first, so the first one measured is not penalized.
for url in "${URLS[@]}"; do wrk -t2 -c32 -d3s "$BASE$url" > /dev/null; done
printf '%-14s %10s %9s %9s  %s\n' endpoint req/s p50 p99 url
for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
  url="${URLS[$name]}"
  out=$(wrk -t2 -c32 -d"$DURATION" --latency "$BASE$url")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | grep -E "Non-2xx|Socket errors" || true)
  printf '%-14s %10s %9s %9s  %s %s\n' "${name#*-}" "$rps" "$p50" "$p99" "$url" "$errors"
done
