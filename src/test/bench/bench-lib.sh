# Sourced by the benchmarks: starts the packaged app on the shared 100k-article corpus and stops it on exit.
#   start_app NAME        (reads PORT, DATA_DIR, CACHE, ARTICLES_PER_SITE, JAVA_OPTS; sets APP_PID, APP_LOG)

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

# Linux autogroup schedules each terminal session as one group and shares the CPU between groups, not threads.
# pg_ctl starts PostgreSQL in a session of its own, so on this one machine the app's threads and the
# database's backends were two groups competing for the same 2 cores; a runnable backend then waited up to
# 1.5 s for its group's turn (pgbench -c8 beside a busy JVM: p99.9 102 ms, max 1,481 ms; with autogroup off:
# 5 ms and 12 ms). That is the price of load generator, app and database sharing 2 cores, not of the app, so
# the benchmarks turn autogroup off while they run (root only; AUTOGROUP=keep leaves it as it is) and put it
# back on exit.
trap 'exit 143' INT TERM   # so that the EXIT traps below also run when the benchmark is interrupted
AUTOGROUP_FILE=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_BEFORE=$(cat "$AUTOGROUP_FILE" 2>/dev/null || echo none)
restore_autogroup() {
  [ "$AUTOGROUP_BEFORE" = 1 ] && [ "${AUTOGROUP:-off}" = off ] && echo 1 > "$AUTOGROUP_FILE" 2>/dev/null || true
}
if [ "$AUTOGROUP_BEFORE" = 1 ] && [ "${AUTOGROUP:-off}" = off ]; then
  echo 0 > "$AUTOGROUP_FILE" 2>/dev/null || echo "could not turn autogroup off (not root?): expect a long latency tail"
  trap restore_autogroup EXIT
fi
echo "autogroup scheduling: $(cat "$AUTOGROUP_FILE" 2>/dev/null || echo absent) (was $AUTOGROUP_BEFORE)"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

start_app() {
  APP_LOG="target/bench-$1-app.log"
  local cache_bytes=67108864
  [ "${CACHE:-on}" = "off" ] && cache_bytes=0
  # The corpus is generated on the first run; later runs reuse the data directory.
  PORTAL_EMBEDDED_DATA_DIR="${DATA_DIR:-target/bench-pgdata}" PORTAL_DEMO_ENABLED=true \
    PORTAL_DEMO_ARTICLES_PER_SITE="${ARTICLES_PER_SITE:-50000}" PORTAL_DEMO_DOCUMENTS_PER_SITE="${DOCUMENTS_PER_SITE:-150}" \
    PORTAL_CACHE_MAX_BYTES=$cache_bytes PORT="$PORT" \
    java ${JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar > "$APP_LOG" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; restore_autogroup' EXIT
  for _ in $(seq 1 900); do
    curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null && break
    kill -0 $APP_PID 2>/dev/null || { cat "$APP_LOG"; exit 1; }
    sleep 1
  done
  grep -E "Demo content" "$APP_LOG" || true
}
