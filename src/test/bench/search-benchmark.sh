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

# Mixed: what readers type, taken from the corpus's own titles, a different query on each request. Searches
# are a title's first 1 to 4 words, with accents or without; suggestions are its first words and part of the
# next, as typed one letter at a time.
PATHS_FILE=target/bench-search-paths.txt
python3 - "$BASE" > "$PATHS_FILE" <<'PY'
import json, random, sys, unicodedata, urllib.parse, urllib.request
base = sys.argv[1]
site = urllib.parse.urlparse(base).path
titles, cursor = [], None
while len(titles) < 200:
    url = base + "/articles?limit=20" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
    page = json.load(urllib.request.urlopen(url))
    titles += [item["title"] for item in page["items"]]
    cursor = page.get("nextCursor")
    if not cursor:
        break
def plain(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
random.seed(7)
paths = set()
for title in titles:
    words = title.lower().split()
    for n in range(1, 5):
        q = " ".join(words[:n])
        paths.add(site + "/search?q=" + urllib.parse.quote(q))
        paths.add(site + "/search?q=" + urllib.parse.quote(plain(q)))
    for n in range(1, min(len(words), 5)):
        for cut in range(1, len(words[n]) + 1):
            q = " ".join(words[:n] + [words[n][:cut]])
            paths.add(site + "/search/suggest?q=" + urllib.parse.quote(random.choice([q, plain(q)])))
for path in sorted(paths):
    print(path)
PY
for kind in search suggest; do
  grep "/$kind?" "$PATHS_FILE" > "$PATHS_FILE.$kind"
  # warmed like every fixed row: the mix takes code paths (older periods, all time) the fixed rows do not
  PATHS_FILE="$PATHS_FILE.$kind" wrk -t2 -c8 -d"${WARMUP:-4s}" -s src/test/bench/random-path.lua "http://localhost:$PORT" > /dev/null
  out=$(PATHS_FILE="$PATHS_FILE.$kind" wrk -t2 -c8 -d"$DURATION" --latency -s src/test/bench/random-path.lua "http://localhost:$PORT")
  printf '%-8s %-28s %8s %8s %9s %6s %s\n' "$kind" "mixed ($(wc -l < "$PATHS_FILE.$kind") queries)" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1=="50%" {print $2}')" \
    "$(echo "$out" | awk '$1=="99%" {print $2}')" "" "$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)"
done
