#!/usr/bin/env bash
# Load test of the web server on loopback with wrk (Debian package 'wrk'): POST /api/v1/assess against the
# trivial GET /api/v1/ping of the same server, in the same run, so the ratio holds on a busy machine.
# Bounded in time: about 2 x (WARMUP + DURATION) seconds plus start-up.
#
#   backcrack-bench/scripts/web-load.sh [CONNECTIONS] [DURATION_S] [THREADS]
#
# Prints one Markdown table row per endpoint: requests/s, p50, p99, and the rate relative to ping.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${1:-64}
DURATION=${2:-15}
THREADS=${3:-2}
WARMUP=${WARMUP:-5}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
[ -f backcrack-app/target/backcrack.jar ] || ./mvnw -q -B -Dmaven.test.skip=true -pl backcrack-app -am package

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
XDG_DATA_HOME="$work" timeout $((4 * (WARMUP + DURATION) + 60)) \
  java ${BACKCRACK_JAVA_OPTS:-} -jar backcrack-app/target/backcrack.jar serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/api/v1/ping" >/dev/null && break
  sleep 0.2
done

cat >"$work/assess.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$(tr -d '\n' < examples/sciatica.json)]]
LUA
curl -fs -X POST -H 'Content-Type: application/json' --data @examples/sciatica.json \
  "http://127.0.0.1:$port/api/v1/assess" | grep -q '"triage"' || { echo "assess did not answer" >&2; exit 1; }

run() {  # name, extra wrk args...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" >"$work/$name.txt"
}
to_ms() {  # wrk prints 512.00us, 1.23ms or 1.20s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                          else if (v ~ /s$/) printf "%.2f", v * 1000; else print v }'
}
run ping "http://127.0.0.1:$port/api/v1/ping"
run assess -s "$work/assess.lua" "http://127.0.0.1:$port/api/v1/assess"

base=$(awk '/^Requests\/sec/ {print $2}' "$work/ping.txt")
echo "| endpoint | connections | requests/s | p50 (ms) | p99 (ms) | non-2xx | vs. ping |"
echo "|---|---|---|---|---|---|---|"
for name in ping assess; do
  f="$work/$name.txt"
  rate=$(awk '/^Requests\/sec/ {print $2}' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
  bad=$(awk '/Non-2xx/ {print $NF}' "$f"); bad=${bad:-0}
  ratio=$(awk -v a="$rate" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  path=$([ "$name" = ping ] && echo "GET /api/v1/ping" || echo "POST /api/v1/assess")
  echo "| \`$path\` | $CONNECTIONS | ${rate%.*} | $p50 | $p99 | $bad | $ratio |"
done
if grep -qiE 'sciatica|tingling|lower_back' "$work/server.log"; then
  echo "FAIL: the server log contains answers" >&2
  exit 1
fi
