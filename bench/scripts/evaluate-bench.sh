#!/usr/bin/env bash
# Speed figures of `modelci evaluate` against pandas + scikit-learn on the same 10M-row binary file.
#   bench/scripts/evaluate-bench.sh [FILE] [RUNS]
# Needs the command line jar (./modelci builds it), /usr/bin/time, and /usr/bin/python3 with pandas and
# scikit-learn for the comparison (skipped when missing).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
file="${1:-$root/target/bench/predictions-10m.csv}"
runs="${2:-3}"
jar="$root/cli/target/modelci.jar"
[[ -f "$jar" ]] || "$root/modelci" --version >/dev/null

java -jar "$jar" bench evaluate --file "$file" --generate-only
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

for run in $(seq "$runs"); do
    /usr/bin/time -f "modelci evaluate (whole process): %e s wall, %U s user, %S s system, peak RSS %M KB" \
        java -jar "$jar" evaluate --predictions "$file" --task binary --json >/dev/null
done

if /usr/bin/python3 -c 'import pandas, sklearn' 2>/dev/null; then
    /usr/bin/time -f "pandas + scikit-learn (whole process): %e s wall, %U s user, %S s system, peak RSS %M KB" \
        /usr/bin/python3 "$root/bench/scripts/sklearn_baseline.py" "$file" | tail -1
else
    echo "pandas + scikit-learn: not installed for /usr/bin/python3, comparison skipped"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
