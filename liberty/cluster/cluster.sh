#!/usr/bin/env bash
# Issue 21: two Verbonden servers on one PostgreSQL database behind HAProxy, on this machine.
#
#   mvn -B -DskipTests package liberty:create     # once: the WAR and the Liberty runtime in target/
#   liberty/cluster/cluster.sh start              # both servers (started at the same moment) and the balancer
#   liberty/cluster/cluster.sh status             # which parts run
#   liberty/cluster/cluster.sh kill A             # kill -9 of server A (the other goes on)
#   liberty/cluster/cluster.sh start-node A       # start server A again
#   liberty/cluster/cluster.sh stop               # stop everything
#
# Open http://127.0.0.1:9681/ (the balancer) and log in with a demo account (README). Each server is its own
# Liberty (vbcluA, vbcluB) made from liberty/config plus liberty/cluster/cluster.xml: sessions in embedded
# Hazelcast members that find each other by TCP on loopback, the same LTPA keys, the balancer's health check on
# /health/ready. Only server A loads the demo data (into an empty database). The tests (nl.verbonden.web.*ClusterIT,
# mvn -Pcluster verify) use this script too. docs/deployment.md, "Two servers", describes the setup.
#
# Settings (environment): CLUSTER_WLP (target/liberty/wlp), CLUSTER_WAR (target/verbonden.war),
# CLUSTER_DB (vb_clu; CLUSTER_FRESH_DB=true drops and creates it at start), CLUSTER_PG_HOST (127.0.0.1),
# CLUSTER_PG_USER (postgres), CLUSTER_BALANCER_PORT (9681), CLUSTER_PORT_A/CLUSTER_PORT_B (9682/9684; HTTPS one
# above), CLUSTER_HAZELCAST_PORT_A/B (9686/9687), CLUSTER_READY_TIMEOUT (seconds, 900).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

WLP=${CLUSTER_WLP:-$ROOT/target/liberty/wlp}
WAR=${CLUSTER_WAR:-$ROOT/target/verbonden.war}
DB=${CLUSTER_DB:-vb_clu}
PG_HOST=${CLUSTER_PG_HOST:-127.0.0.1}
PG_USER=${CLUSTER_PG_USER:-postgres}
BALANCER_PORT=${CLUSTER_BALANCER_PORT:-9681}
PORT_A=${CLUSTER_PORT_A:-9682}
PORT_B=${CLUSTER_PORT_B:-9684}
HZ_A=${CLUSTER_HAZELCAST_PORT_A:-9686}
HZ_B=${CLUSTER_HAZELCAST_PORT_B:-9687}
READY_TIMEOUT=${CLUSTER_READY_TIMEOUT:-900}
LDAP_HTTP_PORT=${CLUSTER_LDAP_HTTP_PORT:-9690}
LDAP_PORT=${CLUSTER_LDAP_PORT:-9692}
LDAP_BIND_PASSWORD=${CLUSTER_LDAP_BIND_PASSWORD:-directory-test-only}
LDAP_SERVER=vbcluL
OP_SERVER=vbcluOP
RP_SERVER=vbcluRP
OP_HTTP_PORT=${CLUSTER_OP_HTTP_PORT:-9693}
RP_HTTP_PORT=${CLUSTER_RP_HTTP_PORT:-9695}
OIDC_SECRET=${CLUSTER_OIDC_SECRET:-oidc-test-only}
HOST=127.0.0.1
STATE=$ROOT/target/cluster
NODES="A B"

die() { echo "cluster.sh: $*" >&2; exit 1; }
server_name() { echo "vbclu$1"; }
http_port() { if [ "$1" = A ]; then echo "$PORT_A"; else echo "$PORT_B"; fi; }
hazelcast_port() { if [ "$1" = A ]; then echo "$HZ_A"; else echo "$HZ_B"; fi; }
pid_of() { cat "$WLP/usr/servers/.pid/$(server_name "$1").pid" 2>/dev/null || true; }

ready() { curl -fs -o /dev/null --max-time 3 "http://$HOST:$1/health/ready"; }

wait_ready() { # port, what
  local deadline=$((SECONDS + READY_TIMEOUT))
  until ready "$1"; do
    [ $SECONDS -lt $deadline ] || die "$2 not ready on port $1 after ${READY_TIMEOUT}s"
    sleep 2
  done
  echo "== $2 ready (http://$HOST:$1/health/ready)"
}

ltpa_password() {
  mkdir -p "$STATE"
  [ -s "$STATE/ltpa.password" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$STATE/ltpa.password"
  cat "$STATE/ltpa.password"
}

# One set of LTPA keys for all servers: made once by Liberty's securityUtility, copied to each server.
ltpa_keys() {
  if [ ! -s "$STATE/ltpa.keys" ]; then
    "$WLP/bin/securityUtility" createLTPAKeys --file="$STATE/ltpa.keys" --password="$(ltpa_password)" >/dev/null
  fi
}

# A Verbonden server made from liberty/config with the WAR; its bootstrap.properties is written by the caller.
base_server() { # name
  local dir=$WLP/usr/servers/$1
  rm -rf "$dir"
  mkdir -p "$dir/apps" "$dir/configDropins/overrides" "$dir/resources/security"
  cp "$ROOT"/liberty/config/* "$dir/"
  cp "$WAR" "$dir/apps/verbonden.war"
  # what "server create" writes: the passwords of the generated keystore and LTPA keys
  server_env >"$dir/server.env"
}

server_env() {
  echo "keystore_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  echo "ltpa_keys_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
}

common_bootstrap() { # http port
  echo "http.host=$HOST"
  echo "http.port=$1"
  echo "https.port=$(($1 + 1))"
  echo "db.type=postgresql"
  echo "postgresql.url=jdbc:postgresql://$PG_HOST:5432/$DB"
  echo "postgresql.user=$PG_USER"
  echo "verbonden.https.only=false"
  echo "verbonden.clock=${VERBONDEN_CLOCK:-}"
}

make_server() { # node
  local node=$1 name dir port
  name=$(server_name "$node")
  dir=$WLP/usr/servers/$name
  port=$(http_port "$node")
  base_server "$name"
  cp "$ROOT/liberty/cluster/cluster.xml" "$dir/configDropins/overrides/cluster.xml"
  # Hazelcast's JCache provider is a client by default: here each server is a member itself
  # and the module access Hazelcast asks for on Java 17
  printf '%s\n' "" "-Dhazelcast.jcache.provider.type=member" "--add-modules=java.se" \
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED" "--add-opens=java.base/java.lang=ALL-UNNAMED" \
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" "--add-opens=java.management/sun.management=ALL-UNNAMED" \
    "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED" >>"$dir/jvm.options"
  cp "$STATE/ltpa.keys" "$dir/resources/security/ltpa.keys"
  # the class of MyFaces that the session cache must be able to read back (cluster.xml, decision 0032)
  unzip -q -o "$(ls "$WLP"/lib/io.openliberty.org.apache.myfaces.4.1_*.jar | head -1)" \
    'org/apache/myfaces/cdi/NonContextualKey.class' -d "$dir/myfaces-session-keys"
  local members="" other
  for other in $NODES; do
    members="$members<member>$HOST:$(hazelcast_port "$other")</member>"
  done
  sed -e "s|@CLUSTER@|verbonden-$DB|" -e "s|@NAME@|$name|" -e "s|@HOST@|$HOST|g" \
    -e "s|@PORT@|$(hazelcast_port "$node")|g" -e "s|@MEMBERS@|$members|" \
    "$ROOT/liberty/cluster/hazelcast.xml.template" >"$dir/hazelcast.xml"
  local demo=false
  [ "$node" = A ] && demo=true # one server loads the demo into the empty database, not both at once
  {
    echo "# Written by liberty/cluster/cluster.sh: server $node of the two-server setup"
    common_bootstrap "$port"
    echo "verbonden.mode=demo"
    echo "demo.data=$demo"
    echo "ltpa.keys.password=$(ltpa_password)"
    echo 'cluster.balancer.addresses=127\\.0\\.0\\.1'
  } >"$dir/bootstrap.properties"
}

# A third Verbonden server on the same database whose users come from a directory: users.xml is
# liberty/registries/ldap-users.xml as docs/deployment.md says, the directory is the one LdapClusterIT runs.
make_ldap_server() {
  local dir=$WLP/usr/servers/$LDAP_SERVER
  base_server "$LDAP_SERVER"
  cp "$ROOT/liberty/registries/ldap-users.xml" "$dir/users.xml"
  {
    echo "# Written by liberty/cluster/cluster.sh: Verbonden with an LDAP directory"
    common_bootstrap "$LDAP_HTTP_PORT"
    echo "verbonden.mode=run"
    echo "demo.data=false"
    echo "ldap.host=$HOST"
    echo "ldap.port=$LDAP_PORT"
    echo "ldap.ssl=false"
    echo "ldap.base.dn=DC=ssc,DC=example,DC=nl"
    echo "ldap.bind.dn=CN=svc-verbonden,OU=Service accounts,DC=ssc,DC=example,DC=nl"
    echo "ldap.bind.password=$LDAP_BIND_PASSWORD"
  } >"$dir/bootstrap.properties"
}

start_server() { # node
  local name
  name=$(server_name "$1")
  # server start waits a while for the start message; the health check below decides
  "$WLP/bin/server" start "$name" >"$STATE/$name.start.log" 2>&1 || true
}

balancer() {
  local servers="" node
  for node in $NODES; do
    servers="$servers    server $(server_name "$node") $HOST:$(http_port "$node") check cookie $node\n"
  done
  sed -e "s|@PIDFILE@|$STATE/haproxy.pid|" -e "s|@BIND@|$HOST|" -e "s|@PORT@|$BALANCER_PORT|" \
    -e "s|@SERVERS@|$servers|" "$ROOT/liberty/cluster/haproxy.cfg.template" >"$STATE/haproxy.cfg"
  haproxy -c -q -f "$STATE/haproxy.cfg"
  haproxy -D -f "$STATE/haproxy.cfg"
}

stop_balancer() {
  if [ -s "$STATE/haproxy.pid" ]; then
    kill "$(cat "$STATE/haproxy.pid")" 2>/dev/null || true
    rm -f "$STATE/haproxy.pid"
  fi
}

stop_node() {
  local name
  name=$(server_name "$1")
  [ -d "$WLP/usr/servers/$name" ] && "$WLP/bin/server" stop "$name" >/dev/null 2>&1 || true
}

database() {
  if [ "${CLUSTER_FRESH_DB:-false}" = true ]; then
    psql -h "$PG_HOST" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
      -c "CREATE DATABASE $DB"
  elif ! psql -h "$PG_HOST" -U "$PG_USER" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    psql -h "$PG_HOST" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"
  fi
}

# The OpenID Connect provider of OidcClusterIT (src/test/resources/cluster/op-server.xml), a Liberty of its own
make_op_server() {
  local dir=$WLP/usr/servers/$OP_SERVER
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$ROOT/src/test/resources/cluster/op-server.xml" "$dir/server.xml"
  server_env >"$dir/server.env"
  {
    echo "op.http.port=$OP_HTTP_PORT"
    echo "op.https.port=$((OP_HTTP_PORT + 1))"
    echo "op.keystore.password=$(ltpa_password)"
    echo "rp.http.port=$RP_HTTP_PORT"
    echo "oidc.client.secret=$OIDC_SECRET"
  } >"$dir/bootstrap.properties"
}

# A Verbonden server on the same database whose users come from that provider: users.xml and mode-run.xml are
# liberty/registries/oidc-users.xml and oidc-mode-run.xml, as docs/deployment.md says.
make_rp_server() {
  local dir=$WLP/usr/servers/$RP_SERVER
  base_server "$RP_SERVER"
  cp "$ROOT/liberty/registries/oidc-users.xml" "$dir/users.xml"
  cp "$ROOT/liberty/registries/oidc-mode-run.xml" "$dir/mode-run.xml"
  {
    echo "# Written by liberty/cluster/cluster.sh: Verbonden with an OpenID Connect provider"
    common_bootstrap "$RP_HTTP_PORT"
    echo "verbonden.mode=run"
    echo "demo.data=false"
    echo "oidc.client.id=verbonden"
    echo "oidc.client.secret=$OIDC_SECRET"
    echo "oidc.discovery.url=http://$HOST:$OP_HTTP_PORT/oidc/endpoint/OP/.well-known/openid-configuration"
    echo "oidc.user.claim=sub"
    echo "oidc.groups.claim=groupIds"
    echo "oidc.realm=ssc"
    echo "oidc.https.required=false"
  } >"$dir/bootstrap.properties"
}

case "${1:-}" in
  start)
    command -v haproxy >/dev/null || die "HAProxy is not installed (apt-get install haproxy)"
    [ -x "$WLP/bin/server" ] || die "no Liberty runtime in $WLP: run mvn -B -DskipTests package liberty:create"
    [ -f "$WAR" ] || die "no $WAR: run mvn -B -DskipTests package"
    for node in $NODES; do stop_node "$node"; done
    stop_balancer
    mkdir -p "$STATE"
    database
    ltpa_keys
    for node in $NODES; do make_server "$node"; done
    # both at the same moment: the migrations hold Liquibase's lock in the database, the other waits for it
    for node in $NODES; do start_server "$node" & done
    wait
    balancer
    for node in $NODES; do wait_ready "$(http_port "$node")" "server $(server_name "$node")"; done
    wait_ready "$BALANCER_PORT" "balancer"
    echo "== Verbonden on two servers: http://$HOST:$BALANCER_PORT/"
    ;;
  stop)
    stop_balancer
    for name in $(server_name A) $(server_name B) $LDAP_SERVER $OP_SERVER $RP_SERVER; do
      if [ -d "$WLP/usr/servers/$name" ]; then "$WLP/bin/server" stop "$name" >/dev/null 2>&1 || true; fi &
    done
    wait
    echo "== stopped"
    ;;
  kill)
    node=${2:?kill A or B}
    pid=$(pid_of "$node")
    [ -n "$pid" ] || die "server $(server_name "$node") does not run"
    kill -9 "$pid"
    echo "== kill -9 $pid (server $(server_name "$node"))"
    ;;
  start-node)
    node=${2:?start-node A or B}
    start_server "$node"
    wait_ready "$(http_port "$node")" "server $(server_name "$node")"
    ;;
  stop-node)
    stop_node "${2:?stop-node A or B}"
    ;;
  start-ldap)
    # after start: the database exists and holds the demo accounts
    "$WLP/bin/server" stop "$LDAP_SERVER" >/dev/null 2>&1 || true
    make_ldap_server
    "$WLP/bin/server" start "$LDAP_SERVER" >"$STATE/$LDAP_SERVER.start.log" 2>&1 || true
    wait_ready "$LDAP_HTTP_PORT" "server $LDAP_SERVER (LDAP)"
    ;;
  stop-ldap)
    "$WLP/bin/server" stop "$LDAP_SERVER" >/dev/null 2>&1 || true
    ;;
  start-oidc)
    # after start: the database exists and holds the demo accounts
    for name in $OP_SERVER $RP_SERVER; do "$WLP/bin/server" stop "$name" >/dev/null 2>&1 || true; done
    mkdir -p "$STATE"
    make_op_server
    make_rp_server
    "$WLP/bin/server" start "$OP_SERVER" >"$STATE/$OP_SERVER.start.log" 2>&1 &
    "$WLP/bin/server" start "$RP_SERVER" >"$STATE/$RP_SERVER.start.log" 2>&1 &
    wait
    wait_ready "$RP_HTTP_PORT" "server $RP_SERVER (OpenID Connect)"
    ;;
  stop-oidc)
    for name in $OP_SERVER $RP_SERVER; do "$WLP/bin/server" stop "$name" >/dev/null 2>&1 || true; done
    ;;
  status)
    for node in $NODES; do
      if ready "$(http_port "$node")"; then s=ready; else s=down; fi
      echo "server $(server_name "$node") (http://$HOST:$(http_port "$node")/): $s"
    done
    if ready "$BALANCER_PORT"; then s=ready; else s=down; fi
    echo "balancer (http://$HOST:$BALANCER_PORT/): $s"
    ;;
  *)
    sed -n '2,14p' "$0"
    exit 2
    ;;
esac
