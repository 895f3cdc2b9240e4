#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Issue 14 item 4: peak memory for a large journal of any content. Copies
# examples/workspace-demo five times into a temp folder, replaces each copy's
# journal.jsonl with ~SIZE_MB of `{}` lines, `[]` lines, `1` lines, of the
# demo's own events repeated (event ids renumbered) and of the shortest events
# with an id each (`{"event_id":"1f"}`), and prints the peak RSS
# (`/usr/bin/time -v`) of `syncdesk-cli store summary` and of
# `syncdesk --exit-after-load` (offscreen) on each.
#
#   scripts/journal-memory.sh                      # build/ in the repository, 30 MB
#   scripts/journal-memory.sh --build-dir build-rel --size-mb 30
#
# The load cache is kept out of it (a fresh XDG_CACHE_HOME per run), so every
# run parses the whole journal.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
build="$repo/build"
size_mb=30
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --size-mb) size_mb="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
cli="$build/app/cli/syncdesk-cli"
gui="$build/app/desktop/syncdesk"
for exe in "$cli" "$gui"; do
    [ -x "$exe" ] || { echo "missing $exe (build syncdesk and syncdesk-cli first)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/journal-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT
bytes=$((size_mb * 1024 * 1024))

make_store() { # name, then the journal on stdin
    cp -r "$repo/examples/workspace-demo" "$work/$1"
    head -c "$bytes" >"$work/$1/journal.jsonl.tmp"
    # Whole lines only: a torn last line is its own (single) problem.
    python3 - "$work/$1/journal.jsonl.tmp" "$work/$1/journal.jsonl" <<'EOF'
import sys
data = open(sys.argv[1], 'rb').read()
open(sys.argv[2], 'wb').write(data[:data.rfind(b'\n') + 1])
EOF
    rm "$work/$1/journal.jsonl.tmp"
}
repeat_line() { python3 -c "import sys; sys.stdout.buffer.write(sys.argv[1].encode() * ($bytes // len(sys.argv[1]) + 1))" "$1"; }

repeat_line $'{}\n' | make_store objects
repeat_line $'[]\n' | make_store arrays
repeat_line $'1\n' | make_store numbers
python3 - "$repo/examples/workspace-demo/journal.jsonl" "$bytes" <<'EOF' | make_store events
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
out, n, size = sys.stdout, 0, int(sys.argv[2])
while size > 0:
    for e in lines:
        n += 1
        e = dict(e, event_id='evt-%08d' % n)
        line = json.dumps(e, separators=(',', ':')) + '\n'
        out.write(line)
        size -= len(line.encode())
        if size <= 0:
            break
EOF

# The costliest lines per byte found: the shortest events, each with an id of
# its own (every id is interned).
python3 - "$bytes" <<'EOF' | make_store ids
import sys
out, n, size = sys.stdout, 0, int(sys.argv[1])
while size > 0:
    n += 1
    line = '{"event_id":"%x"}\n' % n
    out.write(line)
    size -= len(line)
EOF

peak_kb() { # command...: prints the peak RSS in KiB
    XDG_CACHE_HOME="$work/cache.$RANDOM" QT_QPA_PLATFORM=offscreen /usr/bin/time -v "$@" \
        >/dev/null 2>"$work/time.txt" || true
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt"
}

printf '%-8s %10s %10s %16s %16s\n' journal MB lines 'cli peak MB' 'window peak MB'
for name in objects arrays numbers events ids; do
    j="$work/$name/journal.jsonl"
    mb=$(awk -v b="$(stat -c %s "$j")" 'BEGIN { printf "%.1f", b / 1048576 }')
    lines=$(wc -l <"$j")
    cli_kb=$(peak_kb "$cli" store summary "$work/$name")
    gui_kb=$(peak_kb "$gui" --exit-after-load "$work/$name")
    printf '%-8s %10s %10s %16.0f %16.0f\n' "$name" "$mb" "$lines" \
        "$(echo "$cli_kb / 1024" | bc -l)" "$(echo "$gui_kb / 1024" | bc -l)"
done
