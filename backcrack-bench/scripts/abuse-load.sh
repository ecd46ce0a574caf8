#!/usr/bin/env bash
# Soak and abuse test of the web server on loopback with wrk (Debian package 'wrk'). Two parts, bounded in time:
#
#  1. soak (local mode): ping, the home page, assess and journal writes (create then delete, so the journal
#     does not grow past its quota), each at CONNECTIONS connections for DURATION seconds;
#  2. abuse mix (public mode): for MIX seconds at once, hostile WAV uploads (65,535-channel headers), a flood
#     of simulations, and wrong logins, while ping is measured at 4 connections.
#
#   backcrack-bench/scripts/abuse-load.sh [CONNECTIONS] [DURATION_S] [MIX_S]     (defaults 64 60 60)
#   PARTS=mix backcrack-bench/scripts/abuse-load.sh     only the abuse mix (PARTS="soak mix" by default)
#
# Prints Markdown tables: requests/s, p50, p99 and the slowest request, socket errors (connect/read/write/
# timeout, wrk's timeout set to 10 s) and non-2xx answers per endpoint.
# Traffic goes only to 127.0.0.1; every loop is bounded by wrk's duration and the script's own timeout.
set -euo pipefail
cd "$(dirname "$0")/../.."
. backcrack-bench/scripts/server.sh
CONNECTIONS=${1:-64}
DURATION=${2:-60}
MIX=${3:-60}
THREADS=${THREADS:-2}
PARTS=${PARTS:-soak mix}
TIMEOUT=10s
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
[ -f backcrack-app/target/backcrack.jar ] || ./mvnw -q -B -Dmaven.test.skip=true -pl backcrack-app -am package

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start() {  # start [--public]: a server on a free port, its pid in $server and its port in $port
  port=$(free_port)
  XDG_DATA_HOME="$work/data-$port" timeout $((6 * DURATION + 2 * MIX + 300)) \
    java ${BACKCRACK_JAVA_OPTS:-} -jar backcrack-app/target/backcrack.jar serve --port "$port" "$@" \
    >"$work/server-$port.log" 2>&1 &
  server=$!
  wait_for_ping "$port"
}
stop() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; server=""; }

to_ms() {  # wrk prints 512.00us, 1.23ms or 1.20s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                          else if (v ~ /s$/) printf "%.2f", v * 1000; else print v }'
}
row() {  # row NAME CONNECTIONS FILE
  local f=$3
  local reqs rate p50 p99 max sock bad
  reqs=$(awk '/requests in/ {print $1}' "$f")
  rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
  max=$(to_ms "$(awk '$1 == "Latency" {print $4}' "$f")")
  sock=$(awk '/Socket errors/ {gsub(",", ""); print $4 "/" $6 "/" $8 "/" $10}' "$f")
  bad=$(awk '/Non-2xx/ {print $NF}' "$f")
  echo "| $1 | $2 | $reqs | $rate | $p50 | $p99 | $max | ${sock:-0/0/0/0} | ${bad:-0} |"
}
header() {
  echo "| $1 | connections | requests | requests/s | p50 (ms) | p99 (ms) | slowest (ms) | socket errors c/r/w/t | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|---|"
}

# ---- 1. soak, local mode
if [[ " $PARTS " == *" soak "* ]]; then
start
base="http://127.0.0.1:$port"
csrf=$(curl -fs "$base/api/v1/account" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf"])')
cat >"$work/assess.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$(tr -d '\n' < examples/sciatica.json)]]
LUA
cat >"$work/journal.lua" <<LUA
-- Each connection creates an entry, then deletes the one it created: two writes, and the journal stays small.
local ids = {}
local n = 0
request = function()
  if #ids > 0 then
    local id = table.remove(ids)
    return wrk.format("DELETE", "/api/v1/journal/" .. id, {["X-CSRF-Token"] = "$csrf"})
  end
  n = n + 1
  return wrk.format("POST", "/api/v1/journal", {["Content-Type"] = "application/json", ["X-CSRF-Token"] = "$csrf"},
    '{"date": "2026-02-14", "pain": 2, "sounds": {"cavitation": 3}, "note": "load ' .. n .. '"}')
end
response = function(status, headers, body)
  if status == 201 then
    local id = body:match('"id":"([^"]+)"')
    if id then table.insert(ids, id) end
  end
end
LUA
echo "### Soak: $CONNECTIONS connections, ${DURATION} s each, local mode"
echo
header endpoint
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base/api/v1/ping" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency "$base/api/v1/ping" >"$work/ping.txt"
row '`GET /api/v1/ping`' "$CONNECTIONS" "$work/ping.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency "$base/" >"$work/home.txt"
row '`GET /` (home page)' "$CONNECTIONS" "$work/home.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency -s "$work/assess.lua" "$base/api/v1/assess" >"$work/assess.txt"
row '`POST /api/v1/assess`' "$CONNECTIONS" "$work/assess.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency -s "$work/journal.lua" "$base/api/v1/journal" >"$work/journal.txt"
row '`POST`+`DELETE /api/v1/journal`' "$CONNECTIONS" "$work/journal.txt"
left=$(curl -fs "$base/api/v1/journal" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo
echo "Entries left in the journal after the write soak (created and not yet deleted when wrk stopped): $left."
stop
fi

# ---- 2. abuse mix, public mode
if [[ " $PARTS " == *" mix "* ]]; then
start --public
base="http://127.0.0.1:$port"
python3 - "$work/hostile.wav" <<'PY'
import struct, sys
fmt = struct.pack('<HHIIHH', 1, 65535, 8000, 8000 * 65535, 65535, 8)
body = b'fmt ' + struct.pack('<I', 16) + fmt + b'data' + struct.pack('<I', 0) + b'\x80' * 960
open(sys.argv[1], 'wb').write(b'RIFF' + struct.pack('<I', 4 + len(body)) + b'WAVE' + body)
PY
cat >"$work/upload.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "audio/wav"
local f = io.open("$work/hostile.wav", "rb")
wrk.body = f:read("*all")
f:close()
LUA
cat >"$work/simulate.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"scenario": "osteoarthritis_bend"}'
LUA
curl -fs -c "$work/cookies" "$base/api/v1/account" >"$work/account.json"
pre=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrf"])' "$work/account.json")
cat >"$work/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-CSRF-Token"] = "$pre"
wrk.headers["Cookie"] = "bc_csrf=$pre"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/api/v1/account/login", nil,
    '{"username": "victim' .. (n % 50) .. '", "password": "wrong guess ' .. n .. '"}')
end
LUA
echo
echo "### Abuse mix: ${MIX} s, public mode"
echo
wrk -t"$THREADS" -c4 -d"${MIX}s" --timeout "$TIMEOUT" --latency "$base/api/v1/ping" >"$work/ping-alone.txt"
wrk -t1 -c8 -d"${MIX}s" -s "$work/upload.lua" "$base/api/v1/analyze" >"$work/upload.txt" &
a=$!
wrk -t1 -c16 -d"${MIX}s" --latency -s "$work/simulate.lua" "$base/api/v1/simulate" >"$work/simulate.txt" &
b=$!
wrk -t1 -c16 -d"${MIX}s" -s "$work/login.lua" "$base/api/v1/account/login" >"$work/login.txt" &
c=$!
sleep 1
wrk -t1 -c4 -d"$((MIX - 2))s" --timeout "$TIMEOUT" --latency "$base/api/v1/ping" >"$work/ping-mix.txt"
wait $a $b $c
header stream
row 'ping, server otherwise idle' 4 "$work/ping-alone.txt"
row '**ping during the abuse mix**' 4 "$work/ping-mix.txt"
row 'hostile uploads (65,535-channel header; 400 expected)' 8 "$work/upload.txt"
row 'simulation flood (osteoarthritis_bend; 503 past the queue)' 16 "$work/simulate.txt"
row 'wrong logins over 50 names (401, then 429)' 16 "$work/login.txt"
rss=$(ps -o rss= -p "$(pgrep -P "$server" java || echo "$server")" 2>/dev/null | awk '{printf "%.0f", $1 / 1024}')
echo
echo "Server resident memory after the mix: ${rss:-?} MB."
stop
fi
