#!/usr/bin/env bash
# Schemathesis (PyPI, pinned) against the compiled embedded platform, as a tool no one here wrote
# would use the API: it reads /api/v1/docs-json and sends what the document allows and what it
# does not, with every check, in the examples, coverage, fuzzing and stateful phases (the stateful
# one follows the document's links: build a county, post needs and offers, run matching, accept).
# Two runs: a fixed seed, then a random one, printed so that a failure can be replayed with
# `SCHEMATHESIS_SEEDS=<seed> deploy/ci/schemathesis.sh`. Each run starts the platform on a free
# port with a fresh data directory and a known administrator, logs in, and stops it after.
# A failed check fails the script. Reports (JUnit) go to test-artifacts/schemathesis/.
#
# Environment: SCHEMATHESIS_SEEDS (default "26 <random>"), SCHEMATHESIS_VENV (default
# .venv/schemathesis). How many cases each phase sends: deploy/ci/schemathesis.toml.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=4.32.5
VENV="${SCHEMATHESIS_VENV:-.venv/schemathesis}"
SEEDS="${SCHEMATHESIS_SEEDS:-26 $(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
REPORTS=test-artifacts/schemathesis
ADMIN_USER=schemathesis-admin
ADMIN_PASSWORD="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

if [ "$("$VENV/bin/schemathesis" --version 2>/dev/null || true)" != "schemathesis, version $VERSION" ]; then
  echo "[schemathesis.sh] installing schemathesis==$VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
fi

node scripts/ensure-native.js
node scripts/ensure-built.js >&2 # builds when the sources changed
ENTRY="$(node -p 'require("./scripts/ensure-built").entry')"

PID=""
DATA_DIR=""
stop_platform() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  PID=""
  if [ -n "$DATA_DIR" ]; then rm -rf "$DATA_DIR"; fi
  DATA_DIR=""
}
trap stop_platform EXIT

# The compiled platform on a free port, a fresh data directory and a known administrator.
start_platform() {
  PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})')"
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/gongjian-schemathesis-XXXXXX")"
  chmod 700 "$DATA_DIR"
  GONGJIAN_DATA_DIR="$DATA_DIR" PORT="$PORT" HOST=127.0.0.1 \
    GONGJIAN_ADMIN_USER="$ADMIN_USER" GONGJIAN_ADMIN_PASSWORD="$ADMIN_PASSWORD" MATCHING_EXPIRY_INTERVAL_MS=0 \
    node "$ENTRY" >"$DATA_DIR/platform.log" 2>&1 &
  PID=$!
  BASE="http://127.0.0.1:$PORT"
  for _ in $(seq 1 300); do
    if curl -fsS "$BASE/api/v1/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$PID" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "[schemathesis.sh] the platform did not start:" >&2
  tail -40 "$DATA_DIR/platform.log" >&2 || true
  exit 1
}

login() {
  curl -fsS "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"username\":\"$ADMIN_USER\",\"password\":\"$ADMIN_PASSWORD\"}" |
    node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).accessToken)'
}

# A county to start from (bench/demo-seed.ts: 1 district, 2 streets, 10 communities, 136 grids, 53 grid party organisations,
# 93 units and pairings, 267 needs, 300 offers), then a matching run over it: the lists answer real
# ids, which the fuzzing phase reuses and the stateful phase follows by the document's links
# (a proposal → accept or reject → its project → start, complete, evaluate…).
seed_county() {
  local county district
  county="$(GONGJIAN_URL="$BASE" GONGJIAN_ADMIN_USER="$ADMIN_USER" GONGJIAN_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    node dist/bench/demo-seed.js)"
  district="$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).district)' <<<"$county")"
  curl -fsS "$BASE/api/v1/matching/runs" -H "authorization: Bearer $1" -H 'content-type: application/json' \
    -d "{\"scopeOrgId\":\"$district\"}" >/dev/null
}

mkdir -p "$REPORTS"
status=0
for seed in $SEEDS; do
  start_platform
  token="$(login)"
  seed_county "$token"
  echo "[schemathesis.sh] seed $seed against $BASE (replay: SCHEMATHESIS_SEEDS=$seed deploy/ci/schemathesis.sh)"
  # --checks all: every check Schemathesis has; the expected statuses of positive_data_acceptance
  # are set in schemathesis.toml, with why. --generation-database none: what a run finds depends
  # on its seed alone, not on an example database of earlier runs.
  GONGJIAN_TOKEN="$token" "$VENV/bin/schemathesis" --config-file deploy/ci/schemathesis.toml run \
    "$BASE/api/v1/docs-json" \
    --checks all \
    --phases examples,coverage,fuzzing,stateful \
    --seed "$seed" \
    --generation-database none \
    --request-timeout 20 \
    --workers 1 \
    --no-color \
    --report junit --report-junit-path "$REPORTS/seed-$seed.xml" |
    # Its closing rule ("=== 2 warnings in 106.79s ===") has pytest's shape without a count of
    # tests, which CI's reader takes for a run that executed none: it is printed as a plain line.
    sed -u -E 's/^=+ (.+[0-9.]+s) =+$/[schemathesis] \1/' || status=$?
  stop_platform
  if [ "$status" -eq 0 ]; then
    node scripts/schemathesis-tally.js "$REPORTS/seed-$seed.xml"
  fi
  if [ "$status" -ne 0 ]; then
    echo "[schemathesis.sh] seed $seed failed (exit $status); replay: SCHEMATHESIS_SEEDS=$seed deploy/ci/schemathesis.sh" >&2
    exit "$status"
  fi
done
echo "[schemathesis.sh] no failed check (seeds: $SEEDS)"
