#!/usr/bin/env bash
# Search benchmark: 100k generated articles, wrk 2 threads x 8 connections per query.
#
#   CACHE=off src/test/bench/search-benchmark.sh   # every request runs the SQL (the honest figure)
#   src/test/bench/search-benchmark.sh             # production settings: repeated queries come from memory
#
# Shares the corpus in target/bench-pgdata with read-benchmark.sh. Needs wrk and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-10s}
PORT=${PORT:-18091}
CACHE=${CACHE:-off}
BASE="http://localhost:$PORT/api/v1/sites/xa-an-binh"

source src/test/bench/bench-lib.sh
start_app search

enc() { python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))" "$1"; }
QUERIES=(
  "search|tiêm" "search|tiem"
  "search|chuyển đổi" "search|chuyen doi"
  "search|cải cách hành chính" "search|cai cach hanh chinh"
  "search|ủy ban nhân dân xã" "search|uy ban nhan dan xa"
  "search|dịch vụ công trực tuyến" "search|dich vu cong truc tuyen"
  "suggest|cai cach hanh ch" "suggest|chuyển đ" "suggest|tiem chung mo r" "suggest|tiem chugn"
)
# Warm the JIT and PostgreSQL's buffers: C2 still compiled thousands of methods 20 s into the load
# (-XX:+PrintCompilation), and a run measured meanwhile has a tail of its own.
for entry in "${QUERIES[@]}"; do
  kind=${entry%%|*}; q=${entry#*|}
  url="$BASE/search?q=$(enc "$q")"; [ "$kind" = suggest ] && url="$BASE/search/suggest?q=$(enc "$q")"
  wrk -t2 -c8 -d"${WARMUP:-4s}" "$url" > /dev/null
done
echo "cache $CACHE; wrk -t2 -c8 -d$DURATION"
printf '%-8s %-28s %8s %8s %9s %6s\n' kind query req/s p50 p99 hits
for entry in "${QUERIES[@]}"; do
  kind=${entry%%|*}; q=${entry#*|}
  url="$BASE/search?q=$(enc "$q")"; [ "$kind" = suggest ] && url="$BASE/search/suggest?q=$(enc "$q")"
  hits=$(curl -fs "$url" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['items']))")
  out=$(wrk -t2 -c8 -d"$DURATION" --latency "$url")
  printf '%-8s %-28s %8s %8s %9s %6s %s\n' "$kind" "$q" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" "$hits" \
    "$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)"
done
