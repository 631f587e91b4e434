#!/usr/bin/env bash
# Times the whole CLI process (start to PDF written) on the sample and on generated editions.
#
#   bench/measure.sh [-n RUNS] [-v VALIDATE_RUNS] [-k DIR] [-p] EXE [SIZE[:RUNS] ...]
#
#   EXE      the tool, e.g. the office package (natively compiled):
#              dotnet publish src/Hengnan.Report.Cli -p:PublishProfile=linux-x64
#              bench/measure.sh publish/linux-x64/hengnan-report/hengnan-report
#            or the ReadyToRun program for the installed .NET runtime:
#              dotnet publish src/Hengnan.Report.Cli -c Release -r linux-x64 --self-contained false \
#                -p:PublishReadyToRun=true -o /tmp/pub
#              bench/measure.sh /tmp/pub/hengnan-report
#   SIZE     'sample' (input/ as is) or a page count for bench/generate-edition.sh;
#            default: sample 20 100 500 1000. 'SIZE:RUNS' overrides the run count for that size;
#            'none' builds nothing (with -v: validate only).
#   -n RUNS  timed runs per size (default 5), after one untimed warm-up run.
#   -v N     also time `validate` on the sample N times (default 9; 0 = skip).
#   -k DIR   keep the generated editions in DIR (reused if already there), else a temp dir.
#   -p       on a shared machine: run in a scheduling group of its own at the highest priority (Linux
#            autogroups; needs root), so that other users' work takes less of the wall time measured.
#            Their processes still share the caches and cores: CPU times stay 10-30 % above a quiet machine's.
#
# Each run is `EXE build EDITION -o OUT` under /usr/bin/time -f "%e %U %S %M". The table gives,
# per size: pages (counted in the PDF), runs, median wall s, median CPU s (user+sys), CPU/wall
# (median CPU / median wall), median peak RSS MiB, PDF size KiB, and 'other s', the CPU time
# per run that other processes used meanwhile (the machine may be shared); every run is listed after it.
set -euo pipefail
runs=5; vruns=9; keep=""; prio=""
args=("$@")
while getopts "n:v:k:p" opt; do
  case $opt in
    n) runs=$OPTARG ;; v) vruns=$OPTARG ;; k) keep=$OPTARG ;; p) prio=1 ;;
    *) sed -n '2,26p' "$0" >&2; exit 2 ;;
  esac
done
if [[ -n $prio && -z ${MEASURE_PRIORITY:-} ]]; then
  export MEASURE_PRIORITY=1
  exec setsid bash -c 'echo -20 > /proc/self/autogroup && exec "$0" "$@"' "$0" "${args[@]}"
fi
shift $((OPTIND - 1))
if [[ $# -lt 1 ]]; then sed -n '2,26p' "$0" >&2; exit 2; fi
exe=$(realpath "$1"); shift
sizes=("$@"); (( ${#sizes[@]} )) || sizes=(sample 20 100 500 1000)
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
editions=${keep:-$work/editions}
mkdir -p "$editions"

# CPU seconds the whole machine spent busy so far (all cores, from /proc/stat)
busy() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
pdf_pages() { LC_ALL=C grep -ao '/Type */Page[^s]' "$1" | wc -l; }

echo "# bench/measure.sh $(date -u +%Y-%m-%dT%H:%MZ)  exe=$exe"
echo "# commit $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src || echo ' (+ uncommitted changes in src/)')  $(nproc) cores  $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)  dotnet $(dotnet --list-runtimes 2>/dev/null | awk '/NETCore.App/ { v = $2 } END { print v }')"

git -C "$repo" diff HEAD -- src | grep '^[-+][^-+]' | sed 's/^/#   /' || true
# The machine's speed at the moment: best of 3 of a fixed CPU loop (0.6 s on the idle 2-core machine).
probe() { for _ in 1 2 3; do /usr/bin/time -f %U awk 'BEGIN { for (i = 0; i < 2e7; i++) s += i }' 2>&1 >/dev/null; done | sort -g | head -1; }
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg); speed probe before: $(probe) s${MEASURE_PRIORITY:+; run at the highest priority in $(cat /proc/self/autogroup)}"

rows=(); raws=()
time_runs() {   # label count cmd... -> sets T_WALL T_CPU T_RSS, appends raw lines
  local label=$1 n=$2; shift 2
  "$@" >/dev/null 2>&1 || { echo "$label: warm-up run failed: $*" >&2; "$@" 2>&1 | grep -v IMG001 | tail -5 >&2; return 1; }
  : > "$work/times"
  local b0; b0=$(busy)
  for _ in $(seq "$n"); do
    /usr/bin/time -o "$work/t" -f "%e %U %S %M" "$@" >/dev/null 2>"$work/err" || { echo "$label: run failed" >&2; tail -5 "$work/err" >&2; return 1; }
    tail -1 "$work/t" >> "$work/times"
  done
  # busy CPU time of the machine during the runs that was not the tool's: other processes (a
  # shared machine), per run; more than a few hundredths means the numbers are disturbed
  T_OTHER=$(awk -v b0="$b0" -v b1="$(busy)" -v n="$n" '{ own += $2 + $3 } END { o = (b1 - b0 - own) / n; printf "%.2f", (o < 0 ? 0 : o) }' "$work/times")
  T_WALL=$(awk '{ print $1 }' "$work/times" | median)
  T_CPU=$(awk '{ print $2 + $3 }' "$work/times" | median)
  T_RSS=$(awk '{ print $4 / 1024 }' "$work/times" | median)
  raws+=("$label  (wall user sys maxrss_KiB): $(awk '{ printf "%s[%s %s %s %s]", (NR > 1 ? " " : ""), $1, $2, $3, $4 }' "$work/times")")
}

for spec in "${sizes[@]}"; do
  size=${spec%%:*}; n=$runs; [[ $spec == *:* ]] && n=${spec#*:}
  [[ $size == none ]] && continue
  if [[ $size == sample ]]; then ed=$repo/input
  else
    ed=$editions/p$size
    [[ -f $ed/outline.txt ]] || "$repo/bench/generate-edition.sh" "$size" "$ed" 2>/dev/null
  fi
  out=$work/out-$size
  time_runs "build $size" "$n" "$exe" build "$ed" -o "$out" || continue
  pdf=$(ls "$out"/*.pdf | head -1)
  rows+=("$(printf '%-8s %6d %5d %8.2f %8.2f %6.2f %8.0f %9.0f %7s' "$size" "$(pdf_pages "$pdf")" "$n" "$T_WALL" "$T_CPU" \
    "$(awk -v c="$T_CPU" -v w="$T_WALL" 'BEGIN { print (w > 0 ? c / w : 0) }')" "$T_RSS" "$(( $(stat -c %s "$pdf") / 1024 ))" "$T_OTHER")")
done
if (( vruns > 0 )); then
  if time_runs "validate sample" "$vruns" "$exe" validate "$repo/input"; then
    rows+=("$(printf '%-8s %6s %5d %8.2f %8.2f %6.2f %8.0f %9s %7s' "validate" "-" "$vruns" "$T_WALL" "$T_CPU" \
      "$(awk -v c="$T_CPU" -v w="$T_WALL" 'BEGIN { print (w > 0 ? c / w : 0) }')" "$T_RSS" "-" "$T_OTHER")")
  fi
fi

echo
printf '%-8s %6s %5s %8s %8s %6s %8s %9s %7s\n' edition pages runs "wall s" "CPU s" CPU/wl "RSS MiB" "PDF KiB" "other s"
printf '%s\n' "${rows[@]}"
echo "# other s: CPU s per run that the rest of the machine used meanwhile (from /proc/stat); load average after: $(cut -d' ' -f1-3 /proc/loadavg); speed probe after: $(probe) s"
echo
echo "# every run"
printf '%s\n' "${raws[@]}"
