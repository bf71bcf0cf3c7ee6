#!/usr/bin/env bash
# A real PostgreSQL server for CI: Debian's package (`postgresql`, installed with apt-get when no
# initdb is found), a cluster initialised in a temporary directory on its own port, unix socket in
# that directory, started and stopped with pg_ctl. PostgreSQL refuses to run as root: as root the
# cluster belongs to the `postgres` system user (the package creates it) and runs as it.
#   deploy/ci/postgres.sh start|stop|restart|status   (start begins on an empty cluster; restart keeps it)
# Env: POSTGRES_PORT (15432), POSTGRES_DB (gongjian_ci),
#      GONGJIAN_CI_RUN (run dir for data, socket and log; default /tmp/gongjian-ci-postgres-$POSTGRES_PORT)
# Connect with POSTGRES_URL=postgres://postgres@127.0.0.1:$POSTGRES_PORT/$POSTGRES_DB (trust auth,
# listening on 127.0.0.1 only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${POSTGRES_PORT:-15432}"
database="${POSTGRES_DB:-gongjian_ci}"
run="${GONGJIAN_CI_RUN:-/tmp/gongjian-ci-postgres-$port}"
data="$run/data"
log="$run/postgres.log"
pidfile="$data/postmaster.pid"

name=postgres
# shellcheck source=lib.sh
. "$here/lib.sh"

# postmaster.pid holds more than the pid: its first line is the pid
running() { [ -f "$pidfile" ] && kill -0 "$(head -1 "$pidfile")" 2>/dev/null; }

# Debian keeps the server's programs out of PATH, under /usr/lib/postgresql/<major>/bin
bindir() {
  local dir
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
  return 1
}

install_server() {
  bindir >/dev/null && return
  echo "postgres: no initdb found, installing Debian's postgresql package"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  bindir >/dev/null || { echo "postgres: initdb still not found after installing postgresql" >&2; exit 1; }
}

# Runs a server program as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  if running; then echo "postgres: already running (pid $(head -1 "$pidfile"))"; return; fi
  install_server
  local bin; bin="$(bindir)"
  rm -rf "$run" && mkdir -p "$run"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$run"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >> "$log.init" 2>&1 ||
    as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >> "$log.init" 2>&1 ||
    { log="$log.init"; fail_start; }
  launch
  as_owner "$bin/createdb" -h "$run" -p "$port" -U postgres "$database"
  echo "postgres: database $database at postgres://postgres@127.0.0.1:$port/$database"
}

launch() {
  local bin; bin="$(bindir)"
  # fsync stays on: the contract suites test the store as it runs in production
  as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -k $run -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null || fail_start
  for _ in $(seq 1 60); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      echo "postgres: started on 127.0.0.1:$port (pid $(head -1 "$pidfile"))"
      return
    fi
    sleep 0.5
  done
  fail_start
}

# Fast shutdown (clients disconnected, then a clean checkpoint); the run directory is removed.
stop() {
  if running; then
    as_owner "$(bindir)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null ||
      kill -9 "$(head -1 "$pidfile")" 2>/dev/null || true
    echo "postgres: stopped"
  fi
  case "${1:-}" in keep) ;; *) rm -rf "$run" ;; esac
}

# Stops the server and starts it again on the same cluster: every row survives, as in a real restart.
restart() {
  stop keep
  [ -d "$data" ] || { echo "postgres: no previous run in $run" >&2; exit 1; }
  launch
}

dispatch "${1:-}"
