#!/usr/bin/env bash
# Writes real non-joint audio for the analyzer's negatives check (docs/acoustics.md, "Real negatives"):
# speech from Debian's espeak-ng and recordings shipped in Debian packages, as WAV, into two folders.
#
#   OUT/dev      tuned on: espeak-ng's English voice and eleven other languages reading the source article, a
#                Scottish English voice reading the README; the freedesktop and deepin sound themes; Chromium
#                B.S.U.'s game sounds and music
#   OUT/heldout  only scored: espeak-ng's other voices and languages reading other text; alsa-utils' voice
#                recordings; sound-icons; KDE's oxygen sounds; lbreakout2's game sound effects
#
# Nothing is committed: every file comes from a Debian package (.ci/run installs them).
# Usage: negative-audio.sh OUT
set -euo pipefail
out=${1:?usage: negative-audio.sh OUT}
here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "negative-audio.sh: $1 is missing; install the Debian package $2" >&2; exit 3; }
}
need espeak-ng espeak-ng
need oggdec vorbis-tools
for d in /usr/share/sounds/freedesktop/stereo:sound-theme-freedesktop /usr/share/sounds/alsa:alsa-utils \
         /usr/share/sounds/sound-icons:sound-icons /usr/share/sounds/Oxygen-Sys-Log-In.ogg:oxygen-sounds \
         /usr/share/games/lbreakout2/sounds:lbreakout2-data /usr/share/sounds/deepin/stereo:deepin-sound-theme \
         /usr/share/games/chromium-bsu/wav:chromium-bsu-data; do
  [ -e "${d%%:*}" ] || { echo "negative-audio.sh: ${d%%:*} is missing; install the Debian package ${d##*:}" >&2; exit 3; }
done
rm -rf "$out/dev" "$out/heldout"
mkdir -p "$out/dev" "$out/heldout"

# Converts Ogg (oggdec) or copies WAV into DIR with a prefix naming the package.
take() {
  local dir=$1 prefix=$2; shift 2
  for f in "$@"; do
    local base; base=$(basename "$f"); base=${base%.*}
    case "$f" in
      *.ogg|*.oga) oggdec -Q -o "$dir/${prefix}_$base.wav" "$f" ;;
      *.wav) cp "$f" "$dir/${prefix}_$base.wav" ;;
    esac
  done
}

text() { head -c 20000 "$1" | sed '$d'; }

# Development: tuned on. Languages that are not among the held-out ones.
espeak-ng -v en -w "$out/dev/espeak_en_seed.wav" -f "$here/docs/seed.txt"
for v in cs nl it pl sv hu fi ro pt tr da; do
  espeak-ng -v "$v" -w "$out/dev/espeak_${v}_seed.wav" -f "$here/docs/seed.txt"
done
espeak-ng -v en-gb-scotland+m5 -p 35 -s 150 -w "$out/dev/espeak_en-gb-scotland_readme.wav" -f <(text "$here/README.md")
take "$out/dev" freedesktop /usr/share/sounds/freedesktop/stereo/*.oga
# From the fourth session of 2026-11-28: musical chimes and game explosions of their own for development, since
# the held-out set has both and the development set had neither.
take "$out/dev" deepin /usr/share/sounds/deepin/stereo/*.wav
take "$out/dev" chromiumbsu /usr/share/games/chromium-bsu/wav/*.wav

# Held out: only scored. Other voices (a female variant, other pitch and speed) and languages, other text.
# Each text is its document's first 20,000 characters (whole lines), so the speech stays about an hour in all
# however the documents grow (a file over an hour is refused by the analyzer).
espeak-ng -v en-us+f3 -p 70 -s 190 -w "$out/heldout/espeak_en-us-f3_safety.wav" -f <(text "$here/docs/safety.md")
espeak-ng -v de -p 30 -s 140 -w "$out/heldout/espeak_de_science.wav" -f <(text "$here/docs/science.md")
espeak-ng -v fr -s 160 -w "$out/heldout/espeak_fr_web.wav" -f <(text "$here/docs/web.md")
espeak-ng -v es+m3 -s 170 -w "$out/heldout/espeak_es_batch.wav" -f <(text "$here/docs/batch.md")
take "$out/heldout" alsa /usr/share/sounds/alsa/*.wav
take "$out/heldout" soundicons /usr/share/sounds/sound-icons/*.wav
take "$out/heldout" oxygen /usr/share/sounds/Oxygen-*.ogg
take "$out/heldout" lbreakout2 /usr/share/games/lbreakout2/sounds/*.wav
echo "negative-audio.sh: $(ls "$out/dev" | wc -l) development and $(ls "$out/heldout" | wc -l) held-out files in $out" >&2
