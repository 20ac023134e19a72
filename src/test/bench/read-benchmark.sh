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

DURATION=${DURATION:-15s}
PORT=${PORT:-18090}
BASE="http://localhost:$PORT"
SITE=xa-an-binh

source src/test/bench/bench-lib.sh
start_app read

first_slug=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=1" | json 'd["items"][0]["slug"]')
cursor=""
for _ in $(seq 1 25); do   # 25 pages of 100: the cursor sits 2,500 rows deep
  cursor=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=100${cursor:+&cursor=$cursor}" | json 'd["nextCursor"]')
done
year_month=$(curl -fs "$BASE/api/v1/sites/$SITE/archive" | json 'max(d["years"], key=lambda y: y["count"])["year"]')
busy_day=$(curl -fs "$BASE/api/v1/sites/$SITE/archive?year=$year_month&month=6" | json 'd["days"][0]["date"]')
total=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?page=1" | json 'd["totalItems"]')
echo "corpus: $total public articles on $SITE; cache ${CACHE:-on}"

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
