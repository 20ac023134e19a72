#!/usr/bin/env bash
# Media, in one run on the embedded demo database:
#   1. upload + variant generation of a 12-megapixel JPEG (4000×3000, ~4 MB): time per upload (curl, the whole
#      request: transfer, type check, decode, orientation, re-encode, 8 variants, storage, row) and the JVM's
#      peak heap while it runs (jvm_memory_used_bytes, sampled every 50 ms);
#   2. serving one variant (the 640 px WebP) to many readers: req/s and p99 from the app, then from nginx
#      serving the same file from disk (sendfile, open file cache), same wrk settings.
#
#   src/test/bench/media-benchmark.sh        # UPLOADS=5 DURATION=15s CONNECTIONS=32
#
# Needs wrk and nginx (apt-get install wrk nginx) and a packaged app.
set -euo pipefail
cd "$(dirname "$0")/../../.."

UPLOADS=${UPLOADS:-5}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
PORT=18120
NGINX_PORT=18121
B="http://localhost:$PORT/api/v1"

source src/test/bench/bench-lib.sh
command -v nginx > /dev/null || { echo "nginx is missing: apt-get install nginx"; exit 1; }

WORK=$(mktemp -d)
DATA_DIR="$WORK/pgdata" ARTICLES_PER_SITE=180 JAVA_OPTS="-Xmx1g" start_app media
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")"; rm -rf "$WORK"; restore_autogroup' EXIT

java src/test/bench/TwelveMegapixelPhoto.java "$WORK/photo.jpg"
echo "photo: 4000x3000, $(stat -c %s "$WORK/photo.jpg") bytes"

TOKEN=$(curl -s "$B/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"bientap","password":"bientap-demo-2026"}' | json 'd["accessToken"]')

heap() { curl -s "localhost:$PORT/q/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%d", sum}'; }
BASE_HEAP=$(heap)
( peak=0; while true; do h=$(heap); [ "$h" -gt "$peak" ] && peak=$h && echo "$peak" > "$WORK/peak"; sleep 0.05; done ) &
SAMPLER=$!

echo "== upload + variants of a 12 MP JPEG, $UPLOADS times, one after another"
for i in $(seq 1 "$UPLOADS"); do
  curl -s -o "$WORK/upload.json" -w "%{http_code} %{time_total}\n" "$B/editor/sites/xa-an-binh/media" \
    -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/photo.jpg" -F "alt=Ảnh thử 12 megapixel" >> "$WORK/times"
done
kill $SAMPLER 2>/dev/null || true
awk '{ if ($1 != 201) bad++; t[NR] = $2; sum += $2 } END {
  n = asort(t); printf "status not 201: %d; seconds per upload: min %.2f, median %.2f, max %.2f, mean %.2f\n",
  bad, t[1], t[int((n + 1) / 2)], t[n], sum / n }' "$WORK/times"
echo "JVM heap before: $((BASE_HEAP / 1048576)) MiB; peak during uploads: $(( $(cat "$WORK/peak" 2>/dev/null || echo 0) / 1048576 )) MiB (-Xmx1g)"
VARIANT=$(json 'd["variants"][2]["url"]' < "$WORK/upload.json")
echo "variant: $VARIANT ($(json 'd["variants"][2]["width"]' < "$WORK/upload.json") px $(json 'd["variants"][2]["format"]' < "$WORK/upload.json"))"

mkdir -p "$WORK/www/api/v1/media"
curl -s -o "$WORK/www$VARIANT" "localhost:$PORT$VARIANT"
echo "variant bytes: $(stat -c %s "$WORK/www$VARIANT")"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=1000 inactive=60s;
  types { image/webp webp; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location /api/v1/media/ { add_header Cache-Control "public, max-age=31536000, immutable"; etag on; }
  }
}
CONF
chmod 755 "$WORK"; chmod -R a+rX "$WORK/www"   # nginx's workers run as an unprivileged user
nginx -c "$WORK/nginx.conf"

run() {  # run LABEL URL
  curl -fs -o /dev/null "$2" || { echo "$1: $2 does not answer"; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d5s "$2" > /dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/wrk-$1.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$1.txt")
  echo "$1: $rps req/s, p99 $p99"
}
echo "== serving the variant, wrk -t2 -c$CONNECTIONS -d$DURATION (nginx with a worker per core; the app, wrk and nginx share the 2 cores)"
run app "http://localhost:$PORT$VARIANT"
run nginx "http://localhost:$NGINX_PORT$VARIANT"
