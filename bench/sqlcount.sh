#!/usr/bin/env bash
# SQL statements per page at 10 and at 1,000 parties (bench/README.md). For each size: a fresh database with the
# generator (size S shape, one tenant, --parties N), log_statement=all on that database only, the bench server
# pointed at it and restarted (so that its pool's connections log), one regisseur session counted per request from
# the PostgreSQL log, then log_statement reset. Needs read access to the PostgreSQL log (PGLOG).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_RESULTS=${BENCH_RESULTS:-$PWD/bench/results}
WLP=target/liberty/wlp
mkdir -p "$BENCH_RESULTS/logs"
for n in ${PARTIES_LIST:-10 1000}; do
  export BENCH_DB=verbonden_bench_p$n
  echo "== $(date -u +%H:%M:%S) $n parties into $BENCH_DB"
  python3 bench/harness.py stop || true
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
  mvn -B -q -f bench/generator/pom.xml compile exec:java \
    -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/$BENCH_DB --user postgres --size S --parties $n" \
    > "$BENCH_RESULTS/logs/generate-p$n.log" 2>&1
  psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $BENCH_DB SET log_statement = 'all'"
  sed -i "s#^postgresql.url=.*#postgresql.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB#" "$WLP/usr/servers/bench/bootstrap.properties"
  python3 bench/harness.py start-cold
  python3 bench/harness.py sqlcount "p$n" || echo "sqlcount failed for $n parties"
  psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $BENCH_DB RESET log_statement"
done
python3 bench/harness.py stop || true
