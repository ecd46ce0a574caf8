#!/usr/bin/env bash
# Whole-process wall time of short commands through the ./backcrack launcher (quick compiler, serial collector,
# a class-data archive per command) against the same jar with the JVM's defaults (`java -jar`, what the
# launcher ran before), alternating, in rounds; median and range of each. The launcher's archives are made
# first, outside the timing. Results are the same either way (docs/benchmarks.md, "Start-up").
#
# Usage: backcrack-bench/scripts/startup-compare.sh [ROUNDS] [RECORDING.wav]
#   ROUNDS     rounds of every command (default 8)
#   RECORDING  a recording for analyze (default: a 16 s simulated snapping-tendon recording made here)
set -euo pipefail
rounds=${1:-8}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/backcrack-app/target/backcrack.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/backcrack" --version >/dev/null   # build once, outside the timing
recording=${2:-}
if [ -z "$recording" ]; then
  recording="$work/snaps.wav"
  "$root/backcrack" simulate --scenario snapping_tendon --out "$recording" >/dev/null
fi
commands=("--version" "knowledge" "assess --help" "analyze $recording")
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086
  "$root/backcrack" $c >/dev/null 2>&1 || true   # makes the command's archive if it is missing
done
declare -A times
for _ in $(seq "$rounds"); do
  for c in "${commands[@]}"; do
    for how in defaults launcher; do
      if [ "$how" = defaults ]; then run="java -jar $jar $c"; else run="$root/backcrack $c"; fi
      # shellcheck disable=SC2086
      /usr/bin/time -o "$work/t" -f %e $run >/dev/null 2>&1 || true
      times["$c|$how"]="${times["$c|$how"]:-} $(tail -1 "$work/t")"
    done
  done
done
stats() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%s (%s-%s)", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "| command | java -jar, JVM defaults: median (range) s | ./backcrack: median (range) s |"
echo "|---|---|---|"
for c in "${commands[@]}"; do
  label=${c/$recording/REC}
  echo "| \`$label\` | $(echo "${times["$c|defaults"]}" | stats) | $(echo "${times["$c|launcher"]}" | stats) |"
done
echo "($rounds rounds; REC = $recording, $(python3 -c "import wave,sys; w=wave.open(sys.argv[1]); print(round(w.getnframes()/w.getframerate(),1))" "$recording") s)"
