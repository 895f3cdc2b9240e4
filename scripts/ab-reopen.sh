#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Alternating reopens of one store by two builds of the window, for an A/B of
# a change to the reopen path: each build keeps its own load cache (a cache's
# key names its executable), the store is read once first so that both find it
# warm, and each pair runs A then B. Prints one line per run and the medians.
#
#   scripts/ab-reopen.sh A_SYNCDESK B_SYNCDESK STORE [PAIRS]
#
# e.g. scripts/ab-reopen.sh /tmp/buildA/app/desktop/syncdesk \
#        build/app/desktop/syncdesk /var/tmp/syncdesk-bench/store-n100000-s42-g... 9
set -euo pipefail

if [[ $# -lt 3 ]]; then
    sed -n '6,14p' "$0" >&2
    exit 2
fi
a=$1 b=$2 store=$3 pairs=${4:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

# Read every file once (cat: nothing of Sync Desk's), then a first open each
# that writes its cache.
find "$store" -type f -exec cat {} + >/dev/null
for x in a b; do
    XDG_CACHE_HOME="$work/$x" "${!x}" --exit-after-load "$store" >/dev/null 2>&1
done
for ((i = 0; i < pairs; ++i)); do
    for x in a b; do
        XDG_CACHE_HOME="$work/$x" "${!x}" --exit-after-load "$store" 2>/dev/null | tail -1 |
            python3 -c 'import json, sys
d = json.loads(sys.stdin.read())
print(sys.argv[1], d["load_ms"], d["first_paint_ms"], d["checked_ms"], d["peak_rss_mb"], d["files_from_cache"])' "${x^^}"
    done
done | tee "$work/runs"
python3 - "$work/runs" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print("build  runs  load  first-frame (min-max)  checked   (medians, ms)")
for x in "AB":
    r = [list(map(float, l[1:4])) for l in rows if l[0] == x]
    med = lambda i: statistics.median(v[i] for v in r)
    print(f"{x:5}  {len(r):4}  {med(0):4.0f}  {med(1):5.0f} ({min(v[1] for v in r):.0f}-{max(v[1] for v in r):.0f})"
          f"      {med(2):5.0f}")
PY
