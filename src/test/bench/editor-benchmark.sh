#!/usr/bin/env bash
# Editor API benchmark on the 100k-article corpus: sign-in latency (bcrypt at the production cost), then
# wrk 2 threads x 8 connections on the editors' reads, and sequential saves (PATCH with If-Match).
#
#   src/test/bench/editor-benchmark.sh
#
# Shares the corpus in target/bench-pgdata with the other benchmarks. Needs wrk and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-10s}
PORT=${PORT:-18093}
API="http://localhost:$PORT/api/v1"
EDITOR="$API/editor/sites/xa-an-binh"

source src/test/bench/bench-lib.sh
start_app editor

login() {
  curl -fs "$API/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"bientap","password":"bientap-demo-2026"}'
}
echo "sign-in, 10 sequential logins (bcrypt cost 12):"
for _ in $(seq 1 10); do curl -fs -o /dev/null -w '%{time_total}\n' "$API/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"bientap","password":"bientap-demo-2026"}'; done | sort -n | awk '{t[NR]=$1} END {printf "  min %.0f ms, median %.0f ms, max %.0f ms\n", t[1]*1000, t[int((NR+1)/2)]*1000, t[NR]*1000}'

TOKEN=$(login | json "d['accessToken']")
ID=$(curl -fs "$EDITOR/articles?limit=1" -H "Authorization: Bearer $TOKEN" | json "d['items'][0]['id']")
CURSOR=$(curl -fs "$EDITOR/articles?limit=100" -H "Authorization: Bearer $TOKEN" | json "d['nextCursor']")
for _ in $(seq 1 24); do   # 2,400 rows deep
  CURSOR=$(curl -fs "$EDITOR/articles?limit=100&cursor=$CURSOR" -H "Authorization: Bearer $TOKEN" | json "d['nextCursor']")
done

declare -A URLS=(
  [list]="$EDITOR/articles?limit=20"
  [list-deep]="$EDITOR/articles?limit=20&cursor=$CURSOR"
  [list-drafts]="$EDITOR/articles?limit=20&status=DRAFT"
  [list-q]="$EDITOR/articles?limit=20&q=cai%20cach"
  [article]="$EDITOR/articles/$ID"
  [revisions]="$EDITOR/articles/$ID/revisions"
  [me]="$API/auth/me"
)
echo "reads, wrk -t2 -c8 -d$DURATION with a bearer token:"
printf '  %-12s %8s %8s %9s\n' endpoint req/s p50 p99
for name in list list-deep list-drafts list-q article revisions me; do
  wrk -t2 -c8 -d2s -H "Authorization: Bearer $TOKEN" "${URLS[$name]}" > /dev/null
  out=$(wrk -t2 -c8 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "${URLS[$name]}")
  printf '  %-12s %8s %8s %9s\n' "$name" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')"
done

echo "saves, 50 sequential PATCHes with If-Match (sanitize, version check, revision, cache invalidation):"
for i in $(seq 1 50); do
  TAG=$(curl -fsI "$EDITOR/articles/$ID" -H "Authorization: Bearer $TOKEN" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
  curl -fs -o /dev/null -w '%{time_total}\n' -X PATCH "$EDITOR/articles/$ID" -H "Authorization: Bearer $TOKEN" \
    -H "If-Match: $TAG" -H 'Content-Type: application/merge-patch+json' -d "{\"summary\":\"Bản tóm tắt số $i\"}"
done | sort -n | awk '{t[NR]=$1} END {printf "  median %.1f ms, p90 %.1f ms, max %.1f ms\n", t[int((NR+1)/2)]*1000, t[int(NR*0.9)]*1000, t[NR]*1000}'
