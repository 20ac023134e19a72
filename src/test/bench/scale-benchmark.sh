#!/usr/bin/env bash
# Cost with size: every public read path, uncached (CACHE=off: each request runs its SQL), wrk -t2 -c32, on
# corpora of 10k, 100k and 1M generated articles (2 demo sites), each in its own data directory; then the
# plan of each path's main statement on the largest corpus, with its timing (EXPLAIN ANALYZE, buffers).
#
#   src/test/bench/scale-benchmark.sh                     # SIZES="5000 50000 500000" articles per site
#   SIZES=50000 src/test/bench/scale-benchmark.sh         # only the 100k corpus
#
# A corpus is generated on its first use (1M: see the README for time and disk) into target/bench-pgdata-<n>.
# Needs wrk, psql and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-10s}
SIZES=${SIZES:-5000 50000 500000}
SITE=xa-an-binh
CACHE=off
export CACHE

source src/test/bench/bench-lib.sh
enc() { python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))" "$1"; }

for size in $SIZES; do
  PORT=$((18200 + size % 97)); BASE="http://localhost:$PORT"
  DATA_DIR="target/bench-pgdata-$size" ARTICLES_PER_SITE=$size start_app "scale-$size"
  PG_PORT=$(grep -o "started on port [0-9]*" "$APP_LOG" | tail -n 1 | awk '{print $4}')
  total=$(psql -h localhost -p "$PG_PORT" -U postgres -Atc "select count(*) from articles")
  disk=$(psql -h localhost -p "$PG_PORT" -U postgres -Atc "select pg_size_pretty(pg_database_size('postgres'))")
  slug=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=1" | json 'd["items"][0]["slug"]')
  cursor=""
  for _ in $(seq 1 25); do
    cursor=$(curl -fs "$BASE/api/v1/sites/$SITE/articles?limit=100${cursor:+&cursor=$cursor}" | json 'd["nextCursor"]')
  done
  day=$(curl -fs "$BASE/api/v1/sites/$SITE/articles/$slug" | json 'd["publishedAt"][:10]')
  year=${day:0:4}; month=$((10#${day:5:2}))
  declare -A URLS=(
    [1-latest]="/api/v1/sites/$SITE/articles"
    [2-deep-cursor]="/api/v1/sites/$SITE/articles?cursor=$cursor"
    [3-page-50]="/api/v1/sites/$SITE/articles?page=50"
    [4-by-day]="/api/v1/sites/$SITE/articles?date=$day"
    [5-archive]="/api/v1/sites/$SITE/archive?year=$year&month=$month"
    [6-related]="/api/v1/sites/$SITE/articles/$slug/related"
    [7-detail]="/api/v1/sites/$SITE/articles/$slug"
    [8-search]="/api/v1/sites/$SITE/search?q=$(enc 'cải cách hành chính')"
    [9-suggest]="/api/v1/sites/$SITE/search/suggest?q=$(enc 'cai cach hanh ch')"
  )
  for url in "${URLS[@]}"; do wrk -t2 -c32 -d3s "$BASE$url" > /dev/null; done
  echo "== $total articles ($disk database), cache off, wrk -t2 -c32 -d$DURATION"
  printf '%-12s %10s %9s %9s\n' path req/s p50 p99
  for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
    out=$(wrk -t2 -c32 -d"$DURATION" --latency "$BASE${URLS[$name]}")
    printf '%-12s %10s %9s %9s  %s\n' "${name#*-}" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
      "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
      "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' || true)"
  done
  if [ "$size" = "${SIZES##* }" ]; then
    echo "== plans on $total articles (EXPLAIN (ANALYZE, BUFFERS), the statements the paths run)"
    site_id=$(psql -h localhost -p "$PG_PORT" -U postgres -Atc "select id from sites where slug = '$SITE'")
    explain() {
      echo "-- $1"
      psql -h localhost -p "$PG_PORT" -U postgres -Atc "explain (analyze, buffers, costs off, summary on) $2" \
        | grep -E "Scan|Limit|Join|Loop|Sort|Execution|Planning|Buffers: shared" | head -12 || true
    }
    rule="a.status = 'PUBLISHED' and a.published_at <= now()"
    explain latest "select a.id from articles a where a.site_id = $site_id and $rule order by a.published_at desc, a.id desc limit 21"
    explain by-day "select a.id from articles a where a.site_id = $site_id and $rule and a.published_at >= '$day'::date - interval '7 hours' and a.published_at < '$day'::date + interval '17 hours' order by a.published_at desc, a.id desc limit 21"
    explain count "select count(*) from articles a where a.site_id = $site_id and $rule"
    explain most-viewed "select v.article_id from article_counters v join articles a on a.id = v.article_id where v.site_id = $site_id and $rule order by v.view_count desc, v.article_id desc limit 10"
    explain changed-counters "select article_id, view_count from article_counters where counted_at >= now() - interval '10 seconds' order by counted_at limit 50000"
  fi
  kill $APP_PID; wait $APP_PID 2>/dev/null || true
done
