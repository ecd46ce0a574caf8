#!/usr/bin/env bash
# Durability of journal writes under a crash: WRITERS concurrent clients create entries over HTTP and record
# every id the server acknowledged (201); after SECONDS the server is killed with SIGKILL (no shutdown hook
# runs), restarted on the same data, and every acknowledged entry must be there and the SQLite file must pass
# PRAGMA integrity_check. Repeated ROUNDS times; loopback only, bounded in time.
#
#   backcrack-bench/scripts/kill9-durability.sh [ROUNDS] [WRITERS] [SECONDS]     (defaults 3 4 10)
#
# Prints one Markdown table row per round and exits 1 if any acknowledged write is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. backcrack-bench/scripts/server.sh
ROUNDS=${1:-3}
WRITERS=${2:-4}
SECONDS_=${3:-10}
[ -f backcrack-app/target/backcrack.jar ] || ./mvnw -q -B -Dmaven.test.skip=true -pl backcrack-app -am package
work=$(mktemp -d)
java_pid=""
trap '[ -n "$java_pid" ] && kill -9 "$java_pid" 2>/dev/null; rm -rf "$work"' EXIT
port=$(free_port)
base="http://127.0.0.1:$port"

start() {
  XDG_DATA_HOME="$work/data" java ${BACKCRACK_JAVA_OPTS:-} -jar backcrack-app/target/backcrack.jar serve \
    --port "$port" >>"$work/server.log" 2>&1 &
  java_pid=$!
  wait_for_ping "$port"
}

writer() {  # writer N ROUND: posts entries until the server dies or the deadline passes
  local csrf
  csrf=$(curl -fs "$base/api/v1/account" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf"])')
  local end=$((SECONDS + SECONDS_ + 5))
  local i=0
  while [ "$SECONDS" -lt "$end" ]; do
    i=$((i + 1))
    out=$(curl -s -m 5 -w '\n%{http_code}' -X POST -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
      --data "{\"date\": \"2026-03-01\", \"note\": \"round $2 writer $1 entry $i\"}" "$base/api/v1/journal") || break
    code=${out##*$'\n'}
    [ "$code" = 201 ] || continue
    if [[ ${out%$'\n'*} =~ \"id\":\"([^\"]+)\" ]]; then
      echo "${BASH_REMATCH[1]}" >>"$work/acked"
    fi
  done
}

echo "| round | writers | acknowledged writes (all rounds so far) | present after kill -9 and restart | missing | integrity_check |"
echo "|---|---|---|---|---|---|"
failed=0
for r in $(seq 1 "$ROUNDS"); do
  start
    pids=()
  for w in $(seq 1 "$WRITERS"); do
    (writer "$w" "$r") &
    pids+=($!)
  done
  sleep "$SECONDS_"
  kill -9 "$java_pid"
  wait "$java_pid" 2>/dev/null || true
  java_pid=""
  wait "${pids[@]}" 2>/dev/null || true
  start
  curl -fs "$base/api/v1/journal" >"$work/journal.json"
  kill -9 "$java_pid"; wait "$java_pid" 2>/dev/null || true; java_pid=""
  python3 - "$work/acked" "$work/journal.json" "$work/data/backcrack/journal.db" "$r" "$WRITERS" <<'PY' || failed=1
import json, sqlite3, sys
acked = [l.strip() for l in open(sys.argv[1]) if l.strip()]
present = {e["id"] for e in json.load(open(sys.argv[2]))}
missing = [a for a in acked if a not in present]
integrity = sqlite3.connect(sys.argv[3]).execute("PRAGMA integrity_check").fetchone()[0]
print(f"| {sys.argv[4]} | {sys.argv[5]} | {len(acked)} | {len(set(acked) & present)} | {len(missing)} | {integrity} |")
sys.exit(1 if missing or integrity != "ok" else 0)
PY
done
exit $failed
