#!/usr/bin/env bash
# A real MongoDB-wire server for CI: FerretDB v1.24.2 with its SQLite backend (no PostgreSQL),
# built from the Go module proxy through the embeddable package (ferretdb/main.go) — a plain
# `go install …/cmd/ferretdb@v1.24.2` panics at start (FerretDB #2982).
#   deploy/ci/ferretdb.sh start|stop|restart|status   (start begins on empty data; restart keeps it)
# Env: FERRETDB_PORT (27017), GONGJIAN_CI_CACHE (~/.cache/gongjian-ci),
#      GONGJIAN_CI_RUN (run dir for data, log and pid; default /tmp/gongjian-ci-ferretdb-$FERRETDB_PORT)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${FERRETDB_PORT:-27017}"
cache="${GONGJIAN_CI_CACHE:-$HOME/.cache/gongjian-ci}/ferretdb-1.24.2"
bin="$cache/ferretdb-launcher"
run="${GONGJIAN_CI_RUN:-/tmp/gongjian-ci-ferretdb-$port}"
pidfile="$run/ferretdb.pid"
log="$run/ferretdb.log"

name=ferretdb
# shellcheck source=lib.sh
. "$here/lib.sh"

build() {
  # rebuild when the launcher source or its module files changed
  local stamp; stamp="$(cat "$here/ferretdb/main.go" "$here/ferretdb/go.mod" "$here/ferretdb/go.sum" | sha256sum | cut -c1-16)"
  if [ -x "$bin" ] && [ "$(cat "$cache/.stamp" 2>/dev/null)" = "$stamp" ]; then return; fi
  command -v go >/dev/null || { echo "ferretdb: go not found" >&2; exit 1; }
  echo "ferretdb: building the launcher (first time only, a few minutes)"
  mkdir -p "$cache"
  (cd "$here/ferretdb" && go build -buildvcs=false -trimpath -o "$bin" .)
  echo "$stamp" > "$cache/.stamp"
}

ready() {
  # a real handshake: the MongoDB driver in node_modules pings the server
  node -e "
    const { MongoClient } = require('mongodb');
    const c = new MongoClient('mongodb://127.0.0.1:$port/', { serverSelectionTimeoutMS: 1000 });
    c.db('admin').command({ ping: 1 }).then(() => c.close()).then(() => process.exit(0), () => process.exit(1));
  " 2>/dev/null
}

start() {
  if running; then echo "ferretdb: already running (pid $(cat "$pidfile"))"; return; fi
  build
  rm -rf "$run" && mkdir -p "$run/data"
  launch
}

# Stops the server and starts it again on the same data directory: every database, document and
# index survives, as in a real restart (the read-store outage tests use it).
restart() {
  stop
  [ -d "$run/data" ] || { echo "ferretdb: no previous run in $run" >&2; exit 1; }
  launch
}

launch() {
  nohup "$bin" -listen-addr "127.0.0.1:$port" -sqlite-dir "$run/data" >> "$log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 120); do
    if (cd "$here/../.." && ready); then echo "ferretdb: started on 127.0.0.1:$port (pid $(cat "$pidfile"))"; return; fi
    if ! running; then break; fi
    sleep 0.5
  done
  fail_start
}

dispatch "${1:-}"
