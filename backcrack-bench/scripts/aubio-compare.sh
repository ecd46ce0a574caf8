#!/usr/bin/env bash
# Side by side on the same corpus: aubio's general onset detector (aubioonset, Debian aubio-tools) against
# backcrack's analyzer. Prints class-agnostic onset precision/recall/F1 of both (scored by
# 'backcrack evaluate --reference --estimate', same collars) and throughput in seconds of audio per second of
# wall time, whole process for both; backcrack's in-process figure is in docs/benchmarks.md (AnalyzerBenchmark).
#
# Usage: backcrack-bench/scripts/aubio-compare.sh CORPUS_DIR
#   CORPUS_DIR holds NAME.wav + NAME.txt (reference labels), e.g. from
#   ./backcrack corpus --out heldout --count 100 --plan-seed 3
set -euo pipefail
corpus=${1:?usage: aubio-compare.sh CORPUS_DIR (NAME.wav + NAME.txt reference labels)}
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v aubioonset >/dev/null; then
  echo "installing Debian aubio-tools (for aubioonset)..." >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq aubio-tools >/dev/null || { apt-get update -qq && apt-get install -y -qq aubio-tools >/dev/null; }
  else sudo apt-get install -y -qq aubio-tools >/dev/null || { sudo apt-get update -qq && sudo apt-get install -y -qq aubio-tools >/dev/null; }; fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ref" "$work/aubio" "$work/backcrack"
audio_seconds=0
for wav in "$corpus"/*.wav; do
  name=$(basename "$wav" .wav)
  [ -f "$corpus/$name.txt" ] || continue
  cp "$corpus/$name.txt" "$work/ref/$name.txt"
done
"$root/backcrack" --version >/dev/null   # build once, outside the timing
audio_seconds=$(python3 - "$corpus" <<'PY'
import sys, wave, glob, os, struct
total = 0.0
for p in glob.glob(os.path.join(sys.argv[1], "*.wav")):
    with open(p, "rb") as f:
        data = f.read()
    # RIFF walk: fmt for rate and block align, data for its size (works for PCM, float and extensible).
    i, rate, align, size = 12, None, None, None
    while i + 8 <= len(data):
        cid, n = data[i:i+4], struct.unpack("<I", data[i+4:i+8])[0]
        if cid == b"fmt ":
            rate = struct.unpack("<I", data[i+12:i+16])[0]; align = struct.unpack("<H", data[i+20:i+22])[0]
        if cid == b"data":
            size = n
        i += 8 + n + (n & 1)
    total += size / align / rate
print(f"{total:.3f}")
PY
)
# aubio: one process per file, as a user would run it; every onset becomes a label (it has no classes).
start=$(date +%s.%N)
for wav in "$corpus"/*.wav; do
  name=$(basename "$wav" .wav)
  [ -f "$work/ref/$name.txt" ] || continue
  aubioonset -i "$wav" 2>/dev/null | awk '{printf "%.4f\t%.4f\tcavitation\n", $1, $1}' > "$work/aubio/$name.txt"
done
aubio_wall=$(echo "$(date +%s.%N) - $start" | bc -l)
# backcrack: one process for the whole directory (it takes directories).
start=$(date +%s.%N)
"$root/backcrack" analyze "$corpus" --format labels --labels-dir "$work/backcrack" >/dev/null
ours_wall=$(echo "$(date +%s.%N) - $start" | bc -l)
score() {
  "$root/backcrack" evaluate --reference "$work/ref" --estimate "$1" | awk '/any class/ {print $(NF-2), $(NF-1), $NF}'
}
read -r ap ar af <<<"$(score "$work/aubio")"
read -r bp br bf <<<"$(score "$work/backcrack")"
files=$(ls "$work/ref" | wc -l)
printf "corpus: %s (%d recordings, %.0f s of audio)\n" "$corpus" "$files" "$audio_seconds"
printf "%-30s %9s %7s %7s %22s\n" "tool" "precision" "recall" "F1" "audio s per wall s"
printf "%-30s %9s %7s %7s %22.0f\n" "aubioonset (any class)" "$ap" "$ar" "$af" "$(echo "$audio_seconds / $aubio_wall" | bc -l)"
printf "%-30s %9s %7s %7s %22.0f\n" "backcrack analyze (any class)" "$bp" "$br" "$bf" "$(echo "$audio_seconds / $ours_wall" | bc -l)"
echo "(whole process for both; aubio is started once per file, backcrack once for the directory)"
