#!/bin/sh
# Stands in for nvidia-smi: prints recorded output from $FAKE_NVIDIA_SMI_DIR (query.csv, list.txt, apps.csv),
# or the driver error with exit code 9 when that directory holds a file named "fail".
dir="${FAKE_NVIDIA_SMI_DIR:-$(dirname "$0")}"
if [ -f "$dir/fail" ]; then
    cat "$dir/fail"
    exit 9
fi
case "$1" in
    -L) cat "$dir/list.txt" ;;
    --query-gpu=*) cat "$dir/query.csv" ;;
    --query-compute-apps=*) if [ -f "$dir/apps.csv" ]; then cat "$dir/apps.csv"; else echo "fake nvidia-smi: no apps.csv" >&2; exit 2; fi ;;
    *) echo "fake nvidia-smi: unsupported arguments: $*" >&2; exit 2 ;;
esac
