#!/usr/bin/env bash
# Times the whole CLI run — process start to PDF written — for the sample edition, twice over:
#   1. the Release build (what `dotnet build -c Release` gives), and
#   2. the published tool with ReadyToRun code (what the office installs, see README).
# Usage: bench/cli.sh [runs]   (default 10). Prints every run and the median, in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
out=$(mktemp -d)
publish=$(mktemp -d)
trap 'rm -rf "$out" "$publish"' EXIT

measure() {
  local label="$1" exe="$2"
  "$exe" build input -o "$out" >/dev/null 2>&1   # warm the disk cache once
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$exe" build input -o "$out" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(awk "BEGIN { printf \"%.3f\", ($end - $start) / 1e9 }")")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  echo "$label: runs ${times[*]}"
  echo "$label: median of $runs: $median s ($(ls -l "$out"/*.pdf | awk '{ print $5 }') bytes)"
}

dotnet build src/Hengnan.Report.Cli -c Release -v q -nologo >/dev/null
measure "release build" src/Hengnan.Report.Cli/bin/Release/net10.0/hengnan-report

rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
dotnet publish src/Hengnan.Report.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$publish" -v q -nologo >/dev/null
measure "published (ReadyToRun)" "$publish/hengnan-report"
