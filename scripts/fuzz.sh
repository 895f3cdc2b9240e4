#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Runs libFuzzer targets for a given time: scripts/fuzz.sh TARGET|all SECONDS [JOBS]
# Builds them with the asan preset if needed. The growing corpus lives outside the
# repository (SYNCDESK_FUZZ_CORPUS, default ~/.cache/syncdesk-fuzz/TARGET), seeded
# from tests/fuzz/corpus/TARGET; crashes, hangs and OOMs go to
# SYNCDESK_FUZZ_ARTIFACTS (default ~/.cache/syncdesk-fuzz/artifacts/TARGET/).
# With "all", JOBS targets run at a time (default: number of cores), each for SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."

targets_all=(fuzz_record fuzz_canonical fuzz_jsonfast fuzz_journal fuzz_store fuzz_daemon fuzz_loadcache fuzz_intent)
[ $# -ge 2 ] || { echo "usage: $0 TARGET|all SECONDS [JOBS]   targets: ${targets_all[*]}" >&2; exit 2; }
what="$1" seconds="$2" jobs="${3:-$(nproc)}"
if [ "$what" = all ]; then targets=("${targets_all[@]}"); else targets=("$what"); fi
for t in "${targets[@]}"; do
    [[ " ${targets_all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target $t" >&2; exit 2; }
done

build=build-asan
[ -f "$build/CMakeCache.txt" ] || cmake --preset asan >/dev/null
cmake --build "$build" --target "${targets[@]}" >/dev/null

base="${SYNCDESK_FUZZ_CORPUS:-$HOME/.cache/syncdesk-fuzz}"
artifacts="${SYNCDESK_FUZZ_ARTIFACTS:-$base/artifacts}"
logs="$base/logs"
mkdir -p "$logs"

run() {
    local t="$1" corpus="$base/$t" out="$artifacts/$t/"
    mkdir -p "$corpus" "$out"
    # -rss_limit_mb and -malloc_limit_mb make an input that allocates without
    # bound a finding (OOM) instead of a stuck machine; -timeout makes a hang one.
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$out" \
        "$corpus" "tests/fuzz/corpus/$t" >"$logs/$t.log" 2>&1
    local rc=$?
    local execs
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" | grep -o '[0-9]*$' || true)
    local cov
    cov=$(grep -o 'cov: [0-9]*' "$logs/$t.log" | tail -1 || true)
    echo "$t: exit $rc, ${execs:-?} execs, ${cov:-cov ?}, corpus $(find "$corpus" -type f | wc -l) files, log $logs/$t.log"
    return $rc
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
status=0
pids=()
for t in "${targets[@]}"; do
    run "$t" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
[ $status -eq 0 ] || echo "fuzz.sh: findings; see $artifacts" >&2
exit $status
