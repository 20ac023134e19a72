# Sourced by the benchmarks: starts the packaged app on the shared 100k-article corpus and stops it on exit.
#   start_app NAME        (reads PORT, DATA_DIR, CACHE, ARTICLES_PER_SITE, JAVA_OPTS; sets APP_PID, APP_LOG)

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

start_app() {
  APP_LOG="target/bench-$1-app.log"
  local cache_entries=20000
  [ "${CACHE:-on}" = "off" ] && cache_entries=0
  # The corpus is generated on the first run; later runs reuse the data directory.
  PORTAL_EMBEDDED_DATA_DIR="${DATA_DIR:-target/bench-pgdata}" PORTAL_DEMO_ENABLED=true \
    PORTAL_DEMO_ARTICLES_PER_SITE="${ARTICLES_PER_SITE:-50000}" PORTAL_CACHE_MAX_ENTRIES=$cache_entries PORT="$PORT" \
    java ${JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar > "$APP_LOG" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 900); do
    curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null && break
    kill -0 $APP_PID 2>/dev/null || { cat "$APP_LOG"; exit 1; }
    sleep 1
  done
  grep -E "Demo content" "$APP_LOG" || true
}
