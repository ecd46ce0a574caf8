#!/usr/bin/env bash
# Scaling of the batch analysis, one run, same corpus: the plain single-thread CLI loop
# ('backcrack analyze DIR'), then 'backcrack batch' on Spark local[1] and local[2].
# Prints files/s and hours of audio per second for each: whole process (JVM and Spark start included) and,
# for Spark, the job alone (the summary's own wall time, after the session is up).
#
# Usage: backcrack-bench/scripts/batch-scaling.sh CORPUS_DIR
#   e.g. ./backcrack corpus --out scaling --count 300 --plan-seed 4
set -euo pipefail
corpus=${1:?usage: batch-scaling.sh CORPUS_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/backcrack" --version >/dev/null
"$root/backcrack" batch --help >/dev/null
files=$(ls "$corpus"/*.wav | wc -l)
now() { date +%s.%N; }
start=$(now)
"$root/backcrack" analyze "$corpus" --format labels > "$work/cli.txt"
cli=$(echo "$(now) - $start" | bc -l)
declare -A whole job hours
for m in 1 2; do
  start=$(now)
  line=$("$root/backcrack" batch "$corpus" --out "$work/out$m" --master "local[$m]" 2>/dev/null | head -1)
  whole[$m]=$(echo "$(now) - $start" | bc -l)
  job[$m]=$(echo "$line" | sed -n 's/.*; \([0-9.]*\) s, .*/\1/p')
  hours[$m]=$(echo "$line" | sed -n 's/.*failed), \([0-9.]*\) hours.*/\1/p')
done
h=${hours[1]}
printf "corpus: %s (%d files, %.3f hours of audio); %d cores\n" "$corpus" "$files" "$h" "$(nproc)"
printf "%-28s %12s %16s %14s %18s\n" "run" "wall s" "files/s" "audio-h/s" "vs CLI loop"
printf "%-28s %12.2f %16.1f %14.4f %18.2f\n" "CLI loop (whole process)" "$cli" "$(echo "$files / $cli" | bc -l)" "$(echo "$h / $cli" | bc -l)" 1
for m in 1 2; do
  printf "%-28s %12.2f %16.1f %14.4f %18.2f\n" "local[$m] (whole process)" "${whole[$m]}" "$(echo "$files / ${whole[$m]}" | bc -l)" "$(echo "$h / ${whole[$m]}" | bc -l)" "$(echo "$cli / ${whole[$m]}" | bc -l)"
  printf "%-28s %12.2f %16.1f %14.4f %18.2f\n" "local[$m] (job only)" "${job[$m]}" "$(echo "$files / ${job[$m]}" | bc -l)" "$(echo "$h / ${job[$m]}" | bc -l)" "$(echo "$cli / ${job[$m]}" | bc -l)"
done
printf "local[2] / local[1] (job only): %.2f\n" "$(echo "${job[1]} / ${job[2]}" | bc -l)"
