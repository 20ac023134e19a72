#!/usr/bin/env bash
# Hardening benchmark, three parts, each against the packaged app on a PostgreSQL this script starts itself
# (initdb + pg_ctl as the postgres user on a free port), so that it can stop and start it:
#   1. public reads alone, then the same reads during a flood of logins with random usernames (bcrypt);
#   2. a flood of hits at -Xmx512m while PostgreSQL is stopped for 15 s and started again: every hit answered
#      202 must be counted, the others refused (503), and the process's RSS stays bounded;
#   3. kill -9 under a flood of hits: hits accepted but lost, against the stated bound (the last flush interval).
#
#   src/test/bench/hardening-benchmark.sh            # DURATION=15s per measurement
#
# Needs wrk, the PostgreSQL server binaries (postgresql-15) and a packaged app (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-15s}
PORT=${PORT:-18095}
BASE="http://localhost:$PORT"
SITE=xa-an-binh
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

WORK=$(mktemp -d)
chmod 755 "$WORK"
PG_PORT=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg() { as_postgres "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w -o '-p $PG_PORT -k $WORK' $*"; }
mkdir -p "$WORK/pg" && [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg" "$WORK"
as_postgres "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust -E UTF8 > /dev/null"
pg start > /dev/null
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  pg stop -m immediate > /dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

start_app() { # JAVA_OPTS
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD= PORTAL_DEMO_ENABLED=true PORTAL_DEMO_ARTICLES_PER_SITE=300 PORT=$PORT \
  PORTAL_STATS_MAX_NEW_VISITORS_PER_ADDRESS=1000000000 \
    java $1 -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -fs "$BASE/q/health/ready" > /dev/null && return; sleep 1; done
  echo "the app did not start"; tail -30 "$WORK/app.log"; exit 1
}
metric() { curl -fs "$BASE/q/metrics" | awk -v name="$1" '$1 == name {printf "%d", $2}'; }
pageviews() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atc "select coalesce(sum(pageviews), 0) from site_daily_stats"; }
wrk_line() { awk '/Requests\/sec/ {rps=$2} $1=="99%" {p99=$2} /Non-2xx/ {n=$NF} END {printf "%s req/s, p99 %s, non-2xx %s", rps, p99, (n==""?0:n)}'; }

HITS_LUA="$WORK/hits.lua"
cat > "$HITS_LUA" <<LUA
local requests = {}
local i = 0
init = function(args)
  for n = 1, 20000 do
    requests[n] = wrk.format("POST", "/api/v1/sites/$SITE/hits", {
      ["Content-Type"] = "application/json",
      ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) flood-" .. math.random(1, 2000000000) .. "-" .. n
    }, '{}')
  end
end
request = function() i = i % #requests + 1; return requests[i] end
LUA
LOGIN_LUA="$WORK/login.lua"
cat > "$LOGIN_LUA" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/auth/login", {["Content-Type"] = "application/json"},
    '{"username":"nobody-' .. math.random(1, 1000000000) .. '-' .. n .. '","password":"wrong password"}')
end
LUA

echo "== 1. public reads during a login flood"
start_app "-Xmx1g"
READ="$BASE/api/v1/sites/$SITE/articles?limit=10"
wrk -t1 -c16 -d5s "$READ" > /dev/null
alone=$(wrk -t1 -c16 -d"$DURATION" --latency "$READ")
wrk -t1 -c32 -d"$DURATION" -s "$LOGIN_LUA" "$BASE" > "$WORK/logins.txt" &
FLOOD=$!
sleep 1
during=$(wrk -t1 -c16 -d"$DURATION" --latency "$READ")
wait $FLOOD
echo "reads alone:        $(echo "$alone" | wrk_line)"
echo "reads during flood: $(echo "$during" | wrk_line)"
echo "login flood:        $(wrk_line < "$WORK/logins.txt") (429/503 refusals count as non-2xx)"
python3 -c "
a=float('$(echo "$alone" | awk '/Requests\/sec/ {print $2}')'); d=float('$(echo "$during" | awk '/Requests\/sec/ {print $2}')')
print(f'reads during the flood: {100*d/a:.0f}% of reads alone (target 70%)')"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

echo "== 2. a hit flood at -Xmx512m, PostgreSQL stopped for 15 s"
start_app "-Xmx512m"
before_views=$(pageviews); before_accepted=$(metric portal_hits_accepted_total)
wrk -t2 -c32 -d45s -s "$HITS_LUA" "$BASE" > "$WORK/flood.txt" &
FLOOD=$!
sleep 10
pg stop -m fast > /dev/null
echo "PostgreSQL stopped at $(date +%T)"
max_rss=0
for _ in $(seq 1 15); do
  rss=$(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status); [ "$rss" -gt "$max_rss" ] && max_rss=$rss
  sleep 1
done
ready_while_down=$(curl -s -o /dev/null -w "%{http_code} in %{time_total}s" "$BASE/q/health/ready")
pg start > /dev/null
echo "PostgreSQL started at $(date +%T); readiness while it was down: $ready_while_down"
wait $FLOOD
for _ in $(seq 1 30); do
  [ "$(curl -fs "$BASE/q/health/ready" -o /dev/null -w '%{http_code}')" = 200 ] && break; sleep 1
done
sleep 3
accepted=$(( $(metric portal_hits_accepted_total) - before_accepted ))
counted=$(( $(pageviews) - before_views ))
refused=$(curl -fs "$BASE/q/metrics" | awk '/^portal_hits_refused_total\{reason="backlog"/ {printf "%d", $2}')
echo "flood: $(wrk_line < "$WORK/flood.txt")"
echo "accepted (202): $accepted; counted: $counted; exact: $([ "$accepted" = "$counted" ] && echo yes || echo NO);" \
     "refused (503): ${refused:-0}; peak RSS while down: $((max_rss / 1024)) MiB"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

echo "== 3. kill -9 under a hit flood"
start_app "-Xmx1g"
before_views=$(pageviews)
wrk -t2 -c32 -d20s -s "$HITS_LUA" "$BASE" > "$WORK/kill.txt" &
FLOOD=$!
sleep 10
accepted_before_kill=$(( $(metric portal_hits_accepted_total) ))
kill -9 "$APP_PID"; killed_at=$(date +%s.%N); APP_PID=""
wait $FLOOD 2>/dev/null || true
counted=$(( $(pageviews) - before_views ))
rate=$(python3 -c "print(round($accepted_before_kill / 10.0))")
echo "accepted at least $accepted_before_kill before kill -9 (about $rate/s); counted: $counted;" \
     "lost at most: $((accepted_before_kill - counted)) plus those accepted after the last scrape"
python3 -c "lost=$accepted_before_kill-$counted; print(f'lost about {lost/max($rate,1):.2f} s of hits (stated bound: the last flush interval, 1 s, while flushes complete)')"
