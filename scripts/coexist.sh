#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Issue 15, item 7: the long randomized coexistence run. Sync Desk's Apply beside a
# writer that writes the store as the daemon does (tests/common/daemonwriter.h), each run
# from its own seed: most with the daemon in a thread beside Apply (random batch,
# chunk size and sometimes an injected I/O error, then recovery), a share with the
# daemon in a process of its own while `syncdesk-cli resolve` is killed (SIGKILL)
# and then recovered. Prints each seed, and at the end the table of counts per
# category (tests/common/coexistcheck.h defines each) and the totals.
#
#   scripts/coexist.sh --runs 200
#   scripts/coexist.sh --runs 50 --seed 1000 --kill-percent 50 --tmpfs
#
# Stores are made under ${TMPDIR:-/tmp} (a disk, real fsync latencies), or in
# /dev/shm with --tmpfs. Exits non-zero when any count Sync Desk controls is not 0.
set -euo pipefail

usage() {
    cat <<EOF
usage: $0 [--runs N] [--seed S] [--kill-percent P] [--tmpfs] [--build-dir DIR] [--no-build]
  --runs          number of runs, default 200
  --seed          seed of the first run (run i uses S + i), default 1
  --kill-percent  share of runs that kill syncdesk-cli beside the daemon's process, default 25
  --tmpfs         stores in /dev/shm instead of \${TMPDIR:-/tmp}
  --build-dir     default build in the repository
  --no-build      use the build as it is
EOF
}

repo="$(cd "$(dirname "$0")/.." && pwd)"
runs=200
seed=1
kill=25
tmp="${TMPDIR:-/tmp}"
build="$repo/build"
do_build=1
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --kill-percent) kill="$2"; shift 2 ;;
    --tmpfs) tmp=/dev/shm; shift ;;
    --build-dir) build="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done

if [ "$do_build" = 1 ]; then
    [ -f "$build/CMakeCache.txt" ] || cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target tst_coexist coexist_daemon syncdesk-cli >/dev/null
fi

state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT
echo "coexist: $runs runs from seed $seed, $kill% kill runs, stores in $tmp"
echo "machine: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "started: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
start=$(date +%s)
rc=0
SYNCDESK_STATE_DIR="$state" SYNCDESK_COEXIST_RUNS="$runs" SYNCDESK_COEXIST_SEED="$seed" \
    SYNCDESK_COEXIST_KILL_PERCENT="$kill" SYNCDESK_COEXIST_TMP="$tmp" QT_QPA_PLATFORM=offscreen \
    "$build/tests/tst_coexist" randomizedLong -silent || rc=$?
echo "finished: $(date -u '+%Y-%m-%d %H:%M:%S UTC') ($(( $(date +%s) - start )) s)"
exit "$rc"
