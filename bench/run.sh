#!/usr/bin/env bash
# The whole benchmark, in one command (bench/README.md). Not part of `mvn verify`; nothing asserts on time.
#   GENERATE=1 SIZE=L bench/run.sh     generate the data set first (drops and recreates the database!)
#   SIZE=L bench/run.sh                measure against an existing generated database
# Settings: SIZE (S|M|L), BENCH_DB (verbonden_bench_<size>), USERS_LIST ("1 10 20 50"), DURATION (60 s per
# session run), SINGLE_DURATION (20 s per single-page run), SINGLE_USERS (10), SINGLE_PAGES, PDF_EVERY (10),
# MAX_REQUESTS (20000)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-L}
size_lc=$(echo "$SIZE" | tr 'A-Z' 'a-z')
export BENCH_DB=${BENCH_DB:-verbonden_bench_$size_lc}
export BENCH_RESULTS=${BENCH_RESULTS:-$PWD/bench/results}
USERS_LIST=${USERS_LIST:-1 10 20 50}
DURATION=${DURATION:-60}
SINGLE_DURATION=${SINGLE_DURATION:-20}
SINGLE_USERS=${SINGLE_USERS:-10}
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
  dir=$(ls -td bench/loadtest/target/gatling/*/ | head -1)
  python3 bench/harness.py summarise "$dir" "$label" "$loop"
  rm -rf "${REPORTS:?}/$label" && cp -r "$dir" "$REPORTS/$label"
}

gatling warmup "" -Dusers=10 -Dduration=60 -DpdfEvery="$PDF_EVERY"
python3 bench/harness.py memory after-warmup

for u in $USERS_LIST; do
  gatling "static-${u}u" "$SINGLE_DURATION" -Dsimulation=nl.verbonden.bench.SinglePage -Dpage=static -Dusers="$u" -Dduration="$SINGLE_DURATION"
  gatling "session-${u}u" "" -Dusers="$u" -Dduration="$DURATION" -DpdfEvery="$PDF_EVERY"
done
python3 bench/harness.py memory after-session-runs

# A fresh server for the single pages: a session run that hits its hard stop leaves requests executing on the
# server (at L and 50 users, dashboards that exhausted the heap), which would otherwise slow the next runs.
python3 bench/harness.py stop || true
python3 bench/harness.py start-cold
python3 bench/harness.py memory after-restart

# The agreement dashboard is not run alone: at L it is the page that exhausts the heap (bench/README.md);
# add "dashboard" to SINGLE_PAGES to run it anyway.
for page in ${SINGLE_PAGES:-list page filter search party agreement matrix}; do
  gatling "single-$page-${SINGLE_USERS}u" "$SINGLE_DURATION" -Dsimulation=nl.verbonden.bench.SinglePage -Dpage=$page \
    -Dusers="$SINGLE_USERS" -Dduration="$SINGLE_DURATION"
done
python3 bench/harness.py memory after-single-pages

step "overview PDF, unloaded"
python3 bench/harness.py pdf 3
step "import 10,000 measurements"
python3 bench/harness.py import
step "done; results in $BENCH_RESULTS"
