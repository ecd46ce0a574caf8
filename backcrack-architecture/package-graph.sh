#!/usr/bin/env bash
# Prints the package dependency table of docs/architecture.md from the compiled classes (run ./mvnw compile
# first): one row per package, the backcrack packages it depends on. Cycles are checked by ArchitectureTest.
set -euo pipefail
cd "$(dirname "$0")/.."
CLASSES=$(ls -d backcrack-{core,physics,acoustics,assess,fhir,app,spark,bench}/target/classes)
# shellcheck disable=SC2086
jdeps -verbose:package -filter:none -e 'org\.backcrack\..*' -q --multi-release 17 $CLASSES \
  | awk '$1 ~ /^org\.backcrack/ && $3 ~ /^org\.backcrack/ && $1 != $3 { print $1, $3 }' | sort -u \
  | sed 's/org\.backcrack\.//g' \
  | awk '{ if ($1 != p) { if (p != "") print row " |"; row = "| `" $1 "` | `" $2 "`"; p = $1 } else row = row ", `" $2 "`" }
         END { if (p != "") print row " |" }'
