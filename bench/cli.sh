#!/usr/bin/env bash
# Times the whole CLI run — process start to PDF written — for the sample edition.
# Usage: bench/cli.sh [runs]   (default 10). Prints every run and the median, in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
dotnet build src/Hengnan.Report.Cli -c Release -v q -nologo >/dev/null
exe=src/Hengnan.Report.Cli/bin/Release/net10.0/hengnan-report
out=$(mktemp -d)
"$exe" build input -o "$out" >/dev/null 2>&1   # warm the disk cache once
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$exe" build input -o "$out" >/dev/null 2>&1
  end=$(date +%s%N)
  t=$(awk "BEGIN { printf \"%.3f\", ($end - $start) / 1e9 }")
  times+=("$t")
  echo "run: $t s"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median of $runs: $median s ($(ls -l "$out"/*.pdf | awk '{ print $5 }') bytes)"
rm -rf "$out"
