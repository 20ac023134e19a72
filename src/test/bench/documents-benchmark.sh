#!/usr/bin/env bash
# Official documents at 100k per site (2 demo sites, 2,000 articles each): the list, its filters, facets and the
# number lookup, uncached (CACHE=off: every request runs its SQL), wrk -t2 -c32; then each path's statements
# with EXPLAIN (ANALYZE, BUFFERS).
#
#   src/test/bench/documents-benchmark.sh                       # DOCUMENTS_PER_SITE=100000
#   DOCUMENTS_PER_SITE=10000 src/test/bench/documents-benchmark.sh
#
# The corpus is generated on first use into target/bench-docs-<n>. Needs wrk, psql and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-10s}
DOCUMENTS_PER_SITE=${DOCUMENTS_PER_SITE:-100000}
ARTICLES_PER_SITE=${ARTICLES_PER_SITE:-2000}
PORT=${PORT:-18311}
SITE=xa-an-binh
CACHE=off
export CACHE DOCUMENTS_PER_SITE ARTICLES_PER_SITE

source src/test/bench/bench-lib.sh
enc() { python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))" "$1"; }

DATA_DIR="target/bench-docs-$DOCUMENTS_PER_SITE" start_app "documents-$DOCUMENTS_PER_SITE"
PG_PORT=$(grep -o "started on port [0-9]*" "$APP_LOG" | tail -n 1 | awk '{print $4}')
BASE="http://localhost:$PORT/api/v1/sites/$SITE/documents"
total=$(psql -h localhost -p "$PG_PORT" -U postgres -Atc "select count(*) from documents")
# a number in the middle of the corpus, written as a reader would type it
number=$(curl -fs "$BASE?page=400&limit=100" | json 'd["items"][0]["number"]')
typed=$(echo "$number" | tr '/-' '  ' | tr '[:upper:]' '[:lower:]')
prefix=${number%%-*}
cursor=""
for _ in $(seq 1 20); do
  cursor=$(curl -fs "$BASE?limit=100${cursor:+&cursor=$cursor}" | json 'd["nextCursor"]')
done
declare -A URLS=(
  [01-list]="$BASE"
  [02-list-type]="$BASE?type=ke-hoach"
  [03-list-type-field-year]="$BASE?type=quyet-dinh&field=y-te&year=2025"
  [04-list-in-effect]="$BASE?status=in_effect"
  [05-list-deep-cursor]="$BASE?cursor=$cursor"
  [06-list-page-50]="$BASE?page=50"
  [07-facets]="$BASE/facets"
  [08-facets-type-year]="$BASE/facets?type=ke-hoach&year=2025"
  [09-number-exact]="$BASE?q=$(enc "$number")"
  [10-number-typed]="$BASE?q=$(enc "$typed")"
  [11-number-prefix]="$BASE?q=$(enc "$prefix")"
  [12-words]="$BASE?q=$(enc 'phòng chống thiên tai')"
  [13-facets-words]="$BASE/facets?q=$(enc 'phong chong thien tai')"
  [14-facets-in-effect]="$BASE/facets?status=in_effect"
  [15-detail]="$BASE/$(curl -fs "$BASE?limit=1" | json 'd["items"][0]["id"]')"
)
for url in "${URLS[@]}"; do wrk -t2 -c32 -d3s "$url" > /dev/null; done
echo "== $total documents, lookup of '$number' typed as '$typed'; cache off, wrk -t2 -c32 -d$DURATION"
printf '%-24s %10s %9s %9s %s\n' path req/s p50 p99 first
for name in $(printf '%s\n' "${!URLS[@]}" | sort); do
  first=$(curl -fs "${URLS[$name]}" | python3 -c "import json,sys; d=json.load(sys.stdin); i=d.get('items'); print(i[0]['number'] if i else (str(len(d['types']))+' types, '+str(sum(y['count'] for y in d['years']))+' docs') if 'types' in d else '-')")
  out=$(wrk -t2 -c32 -d"$DURATION" --latency "${URLS[$name]}")
  printf '%-24s %10s %9s %9s %s %s\n' "${name#*-}" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" "$first" \
    "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' || true)"
done

echo "== plans on $total documents (EXPLAIN (ANALYZE, BUFFERS))"
site_id=$(psql -h localhost -p "$PG_PORT" -U postgres -Atc "select id from sites where slug = '$SITE'")
type_id=$(psql -h localhost -p "$PG_PORT" -U postgres -Atc "select id from document_terms where site_id = $site_id and kind = 'type' and slug = 'ke-hoach'")
key=$(python3 -c "import sys,unicodedata,re; s=sys.argv[1].replace('đ','d').replace('Đ','D'); s=''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).lower(); print(re.sub('[^a-z0-9]','',s))" "$number")
explain() {
  echo "-- $1"
  psql -h localhost -p "$PG_PORT" -U postgres -Atc "explain (analyze, buffers, costs off, summary on) $2" \
    | grep -E "Scan|Limit|Join|Loop|Sort|Aggregate|Execution|Planning|Buffers: shared" | head -14 || true
}
pub="d.site_id = $site_id and d.status = 'PUBLISHED'"
explain list "select d.id from documents d where $pub order by d.issued_on desc, d.id desc limit 21"
explain list-type "select d.id from documents d where $pub and d.type_id = $type_id order by d.issued_on desc, d.id desc limit 21"
explain count-rollup "select coalesce(sum(c.n), 0) from document_counts c where c.site_id = $site_id and c.n > 0"
explain facet-type-rollup "select c.type_id, sum(c.n) from document_counts c where c.site_id = $site_id and c.n > 0 group by 1 having sum(c.n) > 0"
explain facet-year-of-type-rollup "select c.issued_year, sum(c.n) from document_counts c where c.site_id = $site_id and c.n > 0 and c.type_id = $type_id group by 1 having sum(c.n) > 0"
explain facet-type-in-effect "select d.type_id, count(*) from documents d where $pub and d.replaced_by_id is null and (d.effective_on is null or d.effective_on <= current_date) and (d.expires_on is null or d.expires_on >= current_date) group by 1"
explain number "select d.id, (d.number_key = '$key') as exact from documents d where $pub and (d.number_key like '$key' || '%' or d.search_all @@ plainto_tsquery('vn_unaccent', '$typed')) order by exact desc, d.issued_on desc, d.id desc limit 21"
explain words-window "select d.id from (select d.* from documents d where $pub order by d.issued_on desc, d.id desc limit 2000) d where d.search_all @@ plainto_tsquery('vn_unaccent', 'phong chong thien tai') order by d.issued_on desc, d.id desc limit 21"
explain words-all "select d.id from documents d where $pub and d.search_all @@ plainto_tsquery('vn_unaccent', 'phong chong thien tai') order by d.issued_on desc, d.id desc limit 21"
