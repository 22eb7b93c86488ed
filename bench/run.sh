#!/usr/bin/env bash
# The whole benchmark, in one command (bench/README.md). Not part of `mvn verify`; nothing asserts on time.
#   GENERATE=1 SIZE=L bench/run.sh     generate the data set first (drops and recreates the database!)
#   SIZE=L bench/run.sh                measure against an existing generated database
# Settings: SIZE (S|M|L), BENCH_DB (verbonden_bench_<size>), USERS_LIST ("1 10 20 50"), DURATION (60 s per
# session run), SINGLE_DURATION (20 s per single-page run), SINGLE_USERS (10), SINGLE_PAGES, PDF_EVERY (10),
# MAX_REQUESTS (20000), SKIP_IMPORT (1: leave the data set as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-L}
size_lc=$(echo "$SIZE" | tr 'A-Z' 'a-z')
export BENCH_DB=${BENCH_DB:-verbonden_bench_$size_lc}
export BENCH_RESULTS=${BENCH_RESULTS:-$PWD/bench/results}
USERS_LIST=${USERS_LIST:-1 10 20 50}
DURATION=${DURATION:-120}
THINK_MIN=${THINK_MIN:-1000}
THINK_MAX=${THINK_MAX:-5000}
SATURATION_USERS=${SATURATION_USERS:-10}
SATURATION_DURATION=${SATURATION_DURATION:-60}
LONG_USERS=${LONG_USERS:-20}
LONG_DURATION=${LONG_DURATION:-600}
SINGLE_USERS_LIST=${SINGLE_USERS_LIST:-1 10 50}
SINGLE_DURATION=${SINGLE_DURATION:-15}
SINGLE_PAGES=${SINGLE_PAGES:-list page filter search party dashboard agreement matrix start calendar api positioning headersearch}
PDF_EVERY=${PDF_EVERY:-10}
MAX_REQUESTS=${MAX_REQUESTS:-20000}
WLP=target/liberty/wlp
REPORTS=$BENCH_RESULTS/gatling-reports
mkdir -p "$BENCH_RESULTS/logs" "$REPORTS"
step() { echo "== $(date -u +%H:%M:%S) $*"; }

if [ "${GENERATE:-0}" = 1 ]; then
  step "generate size $SIZE into $BENCH_DB"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
  start=$(date +%s)
  mvn -B -q -f bench/generator/pom.xml compile exec:java \
    -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/$BENCH_DB --user postgres --size $SIZE" \
    | tee "$BENCH_RESULTS/logs/generate-$SIZE.log" | grep -v '^INFO\|liquibase' || true
  end=$(date +%s)
  result=$(grep '^RESULT ' "$BENCH_RESULTS/logs/generate-$SIZE.log" | sed 's/^RESULT //')
  [ -n "$result" ] || { echo "generation failed, see $BENCH_RESULTS/logs/generate-$SIZE.log"; exit 1; }
  dbsize=$(psql -h 127.0.0.1 -U postgres -Atc "SELECT pg_size_pretty(pg_database_size('$BENCH_DB'))")
  echo "{\"kind\": \"generate\", \"at\": \"$(date -u +%FT%T+00:00)\", \"db\": \"$BENCH_DB\", \"wall_s\": $((end - start)), \"db_size\": \"$dbsize\", \"generator\": $result}" \
    >> "$BENCH_RESULTS/measurements.jsonl"
fi

if [ ! -f "$WLP/usr/servers/bench/server.xml" ]; then
  step "build the WAR and create the server bench"
  mvn -B -q -Pbench -DskipTests package liberty:create liberty:deploy
fi
sed -i "s#^postgresql.url=.*#postgresql.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB#" "$WLP/usr/servers/bench/bootstrap.properties"

rm -rf bench/loadtest/target/gatling  # this run's reports only (each is copied to results/gatling-reports)

step "cold start"
python3 bench/harness.py stop || true
python3 bench/harness.py start-cold
python3 bench/harness.py baseline

gatling() {
  local label=$1 loop=$2; shift 2
  step "gatling $label"
  mvn -B -q -f bench/loadtest/pom.xml gatling:test -DmaxRequests="$MAX_REQUESTS" "$@" \
    > "$BENCH_RESULTS/logs/gatling-$label.log" 2>&1 || echo "   (gatling reported failures, see logs/gatling-$label.log)"
  local dir
  # sed reads to the end: "| head -1" can kill ls with SIGPIPE, which pipefail and set -e turn into an exit
  dir=$(ls -td bench/loadtest/target/gatling/*/ | sed -n 1p)
  python3 bench/harness.py summarise "$dir" "$label" "$loop"
  rm -rf "${REPORTS:?}/$label" && cp -r "$dir" "$REPORTS/$label"
}
think=(-DthinkMin="$THINK_MIN" -DthinkMax="$THINK_MAX")

# Warm-up without pauses, so that the JIT has compiled the hot paths before anything is recorded
gatling warmup "" -Dusers=10 -Dduration=60 -DpdfEvery="$PDF_EVERY"
python3 bench/harness.py memory after-warmup
step "heap per view kept in the session"
python3 bench/harness.py viewmem 10

# People working through their session, with a pause between pages (the targets' "concurrent users")
for u in $USERS_LIST; do
  gatling "session-${u}u" "" -Dusers="$u" -Dduration="$DURATION" -DpdfEvery="$PDF_EVERY" "${think[@]}"
done
python3 bench/harness.py memory after-session-runs

# Saturation: the same session without pauses, as fast as the server answers
if [ "$SATURATION_DURATION" -gt 0 ]; then
  gatling "saturation-${SATURATION_USERS}u" "" -Dusers="$SATURATION_USERS" -Dduration="$SATURATION_DURATION" -DpdfEvery="$PDF_EVERY"
  python3 bench/harness.py memory after-saturation
fi

# Ten minutes of sessions, memory sampled every 30 s: does anything grow?
if [ "$LONG_DURATION" -gt 0 ]; then
  python3 bench/harness.py memory before-long-run
  python3 bench/harness.py memory-watch "long-${LONG_USERS}u" "$LONG_DURATION" 30 &
  watch_pid=$!
  gatling "long-${LONG_USERS}u" "" -Dusers="$LONG_USERS" -Dduration="$LONG_DURATION" -DpdfEvery="$PDF_EVERY" "${think[@]}"
  wait "$watch_pid" || true
  python3 bench/harness.py memory after-long-run
fi

# Each page alone, as fast as it goes, next to the static file at the same concurrency
for u in $SINGLE_USERS_LIST; do
  # The static file answers in about a millisecond: its cap is higher, or the cap and not the server would set its rate
  gatling "static-${u}u" "$SINGLE_DURATION" -Dsimulation=nl.verbonden.bench.SinglePage -Dpage=static -Dusers="$u" \
    -Dduration="$SINGLE_DURATION" -DmaxRequests=$((MAX_REQUESTS * 10))
  for page in $SINGLE_PAGES; do
    gatling "single-$page-${u}u" "$SINGLE_DURATION" -Dsimulation=nl.verbonden.bench.SinglePage -Dpage=$page \
      -Dusers="$u" -Dduration="$SINGLE_DURATION"
  done
done
python3 bench/harness.py memory after-single-pages

step "overview PDF, unloaded"
python3 bench/harness.py pdf 3
if [ "${SKIP_IMPORT:-0}" != 1 ]; then  # the import adds 10,000 measurements: skip it for a before/after pair
  step "import 10,000 measurements"
  python3 bench/harness.py import
fi
python3 bench/harness.py memory after-pdf-and-import
step "done; results in $BENCH_RESULTS"
