#!/usr/bin/env bash
# Load test of the web server on loopback with wrk (Debian package 'wrk'): POST /api/v1/assess against the
# trivial GET /api/v1/ping of the same server, in the same run, so the ratio holds on a busy machine.
# Bounded in time: 2 x (WARMUP + ROUNDS x DURATION) seconds plus start-up (about 70 s by default).
#
#   backcrack-bench/scripts/web-load.sh [CONNECTIONS] [DURATION_S] [THREADS]
#
# Prints one Markdown table row per endpoint: requests/s, p50, p99, the server's CPU time per request,
# and the rate relative to ping.
set -euo pipefail
cd "$(dirname "$0")/../.."
. backcrack-bench/scripts/server.sh
CONNECTIONS=${1:-64}
DURATION=${2:-10}
THREADS=${3:-2}
WARMUP=${WARMUP:-5}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
[ -f backcrack-app/target/backcrack.jar ] || ./mvnw -q -B -Dmaven.test.skip=true -pl backcrack-app -am package

work=$(mktemp -d)
port=$(free_port)
XDG_DATA_HOME="$work" timeout $((4 * (WARMUP + 3 * DURATION) + 60)) \
  java ${BACKCRACK_JAVA_OPTS:-} -jar backcrack-app/target/backcrack.jar serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
wait_for_ping "$port"

cat >"$work/assess.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$(tr -d '\n' < examples/sciatica.json)]]
LUA
curl -fs -X POST -H 'Content-Type: application/json' --data @examples/sciatica.json \
  "http://127.0.0.1:$port/api/v1/assess" | grep -q '"triage"' || { echo "assess did not answer" >&2; exit 1; }

# The machine is shared, so background load drifts: the endpoints take turns in ROUNDS short runs and
# each one's figures are the sums (rate) and the median (latency) over its rounds.
ROUNDS=${ROUNDS:-3}
ping_args=("http://127.0.0.1:$port/api/v1/ping")
assess_args=(-s "$work/assess.lua" "http://127.0.0.1:$port/api/v1/assess")
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${ping_args[@]}" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${assess_args[@]}" >/dev/null
java_pid=$(pgrep -P "$server" java || echo "$server")
pid_cpu() { awk '{print $14 + $15}' "/proc/$java_pid/stat"; }
for r in $(seq 1 "$ROUNDS"); do
  for name in ping assess; do
    args_name="${name}_args[@]"
    c0=$(pid_cpu)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${!args_name}" >"$work/$name.$r.txt"
    echo $(( $(pid_cpu) - c0 )) >"$work/$name.$r.cpu"
  done
done

to_ms() {  # wrk prints 512.00us, 1.23ms or 1.20s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                          else if (v ~ /s$/) printf "%.2f", v * 1000; else print v }'
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ticks=$(getconf CLK_TCK)
declare -A RATE
echo "| endpoint | connections | requests/s | p50 (ms) | p99 (ms, median of $ROUNDS) | p99 worst (ms) | server CPU per request (µs) | non-2xx | vs. ping |"
echo "|---|---|---|---|---|---|---|---|---|"
for name in ping assess; do
  requests=$(cat "$work/$name".*.txt | awk '/requests in/ {n += $1} END {print n}')
  cpu=$(cat "$work/$name".*.cpu | awk '{n += $1} END {print n}')
  RATE[$name]=$(awk -v n="$requests" -v r="$ROUNDS" -v d="$DURATION" 'BEGIN { printf "%.0f", n / (r * d) }')
  p50=$(for f in "$work/$name".*.txt; do to_ms "$(awk '$1 == "50%" {print $2}' "$f")"; echo; done | median)
  p99=$(for f in "$work/$name".*.txt; do to_ms "$(awk '$1 == "99%" {print $2}' "$f")"; echo; done | median)
  worst=$(for f in "$work/$name".*.txt; do to_ms "$(awk '$1 == "99%" {print $2}' "$f")"; echo; done | sort -n | tail -1)
  bad=$(cat "$work/$name".*.txt | awk '/Non-2xx/ {n += $NF} END {print n + 0}')
  us=$(awk -v c="$cpu" -v t="$ticks" -v n="$requests" 'BEGIN { printf "%.0f", c / t * 1e6 / n }')
  ratio=$(awk -v a="${RATE[$name]}" -v b="${RATE[ping]}" 'BEGIN { printf "%.2f", a / b }')
  path=$([ "$name" = ping ] && echo "GET /api/v1/ping" || echo "POST /api/v1/assess")
  echo "| \`$path\` | $CONNECTIONS | ${RATE[$name]} | $p50 | $p99 | $worst | $us | $bad | $ratio |"
done
if grep -qiE 'sciatica|tingling|lower_back' "$work/server.log"; then
  echo "FAIL: the server log contains answers" >&2
  exit 1
fi
