# Shared by kafka.sh and ferretdb.sh: a background server tracked by "$pidfile", named "$name".

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

# Stops the server: SIGTERM, up to 30 s for a clean exit, then SIGKILL.
stop() {
  if ! running; then rm -f "$pidfile"; return; fi
  local pid; pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  echo "$name: stopped"
}

# Fails the start with the last lines of the server's log.
fail_start() {
  echo "$name: did not start; last lines of $log:" >&2
  tail -40 "$log" >&2 || true
  stop
  exit 1
}

dispatch() {
  case "${1:-}" in
    start) start ;;
    stop) stop ;;
    restart)
      if declare -F restart >/dev/null; then restart; else stop; start; fi ;;
    status) if running; then echo "$name: running"; else echo "$name: stopped"; exit 1; fi ;;
    *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
  esac
}
