#!/usr/bin/env bash
# A real Apache Kafka 3.9.1 broker (KRaft, one combined broker/controller) on 127.0.0.1 for CI.
# The jars come from Maven Central (cached outside the clone); no Docker needed.
#   deploy/ci/kafka.sh start|stop|restart|status
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), GONGJIAN_CI_CACHE (~/.cache/gongjian-ci),
#      GONGJIAN_CI_RUN (run dir for data, log and pid; default /tmp/gongjian-ci-kafka-$KAFKA_PORT)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
cache="${GONGJIAN_CI_CACHE:-$HOME/.cache/gongjian-ci}/kafka-3.9.1"
run="${GONGJIAN_CI_RUN:-/tmp/gongjian-ci-kafka-$port}"
pidfile="$run/kafka.pid"
log="$run/kafka.log"

name=kafka
# shellcheck source=lib.sh
. "$here/lib.sh"

fetch() {
  if [ -f "$cache/libs/.complete" ]; then return; fi
  echo "kafka: fetching broker jars from Maven Central into $cache/libs"
  mkdir -p "$cache/libs"
  mvn -q -B -f "$here/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$cache/libs"
  touch "$cache/libs/.complete"
}

start() {
  if running; then echo "kafka: already running (pid $(cat "$pidfile"))"; return; fi
  command -v java >/dev/null || { echo "kafka: java not found" >&2; exit 1; }
  fetch
  rm -rf "$run" && mkdir -p "$run/data"
  launch
}

# Stops the broker and starts it again on the same data: topics, messages and committed offsets
# survive, as in a real broker restart (fault tests use it).
restart() {
  stop
  [ -f "$run/server.properties" ] || { echo "kafka: no previous run in $run" >&2; exit 1; }
  launch
}

launch() {
  sed -e "s|@PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$controller_port|g" -e "s|@LOG_DIR@|$run/data|g" \
    "$here/kafka/server.properties" > "$run/server.properties"
  local jvm=(java -Xms256m -Xmx512m "-Dlog4j.configuration=file:$here/kafka/log4j.properties" -cp "$cache/libs/*")
  # a fixed 22-character base64 cluster id; formatting an already formatted data dir is a no-op
  "${jvm[@]}" kafka.tools.StorageTool format -t "gongjianCIclusterAAAAA" -c "$run/server.properties" --ignore-formatted > "$run/format.log" 2>&1
  local from=0
  [ -f "$log" ] && from=$(wc -l < "$log")
  nohup "${jvm[@]}" kafka.Kafka "$run/server.properties" >> "$log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 240); do
    if tail -n +"$((from + 1))" "$log" | grep -q "Kafka Server started"; then echo "kafka: started on 127.0.0.1:$port (pid $(cat "$pidfile"))"; return; fi
    if ! running; then break; fi
    sleep 0.5
  done
  fail_start
}

dispatch "${1:-}"
