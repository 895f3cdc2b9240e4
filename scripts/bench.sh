#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Issue 6's benchmarks: builds Release with the benchmarks, generates the stores
# with `syncdesk-cli demo-store` (reused while the generator is unchanged), runs
# every case and prints a table of medians against the targets.
#
#   scripts/bench.sh                               # N = 1k, 10k, 100k, 5 repetitions
#   scripts/bench.sh --sizes 1000,10000 --filter 'paint|resolve' --repetitions 3
#
# Stores live in ${SYNCDESK_BENCH_DIR:-/var/tmp/syncdesk-bench}, never in the
# repository; benchmarks that write work on a private copy next to them.
set -euo pipefail

usage() {
    cat <<EOF
usage: $0 [--sizes N,N,...] [--filter REGEX] [--repetitions R] [--build-dir DIR] [--no-build] [--json FILE] [--keep DIR]
  --sizes        store sizes N (N operations, N tasks, N/10 conflicts, N/10 evidence); default 1000,10000,100000
  --filter       only cases whose name matches REGEX (e.g. 'paint|scroll', 'exit_after_load')
  --repetitions  runs per case, the median is reported; default 5 (some cases fix their own count)
  --build-dir    default build-bench in the repository
  --no-build     use the build as it is
  --json FILE    also write every measured row as JSON
  --keep DIR     keep Google Benchmark's raw JSON output (every repetition) in DIR
EOF
}

repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="1000,10000,100000"
filter="."
reps=5
build="$repo/build-bench"
do_build=1
json_out=""
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --filter) filter="$2"; shift 2 ;;
    --repetitions) reps="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    --json) json_out="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done
bench_dir="${SYNCDESK_BENCH_DIR:-/var/tmp/syncdesk-bench}"
seed=42

if [ "$do_build" = 1 ]; then
    "$repo/scripts/install-deps.sh"
    # Google Benchmark only here: the default build and test run never need it.
    if ! dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed"; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        echo "bench: installing libbenchmark-dev"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libbenchmark-dev
    fi
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSYNCDESK_BUILD_BENCHMARKS=ON -DSYNCDESK_WERROR=ON >/dev/null
    cmake --build "$build" --target syncdesk syncdesk-cli syncdesk-bench-core syncdesk-bench-ui
fi
cli="$build/app/cli/syncdesk-cli"
app="$build/app/desktop/syncdesk"
[ -x "$cli" ] && [ -x "$app" ] || { echo "bench: no build in $build (drop --no-build)" >&2; exit 2; }

# A store is reused while N, the seed and the generator's source are the same.
generator="$(cat "$repo/core/demo/demostore.cpp" "$repo/core/demo/demostore.h" | sha256sum | cut -c1-12)"
mkdir -p "$bench_dir"
find "$bench_dir" -maxdepth 1 -name 'copy-*' -mmin +60 -exec rm -rf {} + 2>/dev/null || true

store_for() {
    local n="$1" dir="$bench_dir/store-n$1-s$seed-g$generator"
    if [ ! -d "$dir" ]; then
        echo "bench: generating N=$n in $dir" >&2
        rm -rf "$dir.tmp"
        "$cli" demo-store "$dir.tmp" --operations "$n" --tasks "$n" --conflicts $((n / 10)) \
            --evidence $((n / 10)) --seed "$seed" >/dev/null
        mv "$dir.tmp" "$dir"
    fi
    echo "$dir"
}

if [ -n "$keep" ]; then
    results="$keep"
    mkdir -p "$results"
else
    results="$(mktemp -d)"
    trap 'rm -rf "$results"' EXIT
fi
export QT_QPA_PLATFORM=offscreen

IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
    store="$(store_for "$n")"
    sync
    cat "$store"/*/* >/dev/null 2>&1 || true # warm cache, as the targets say
    for exe in syncdesk-bench-core syncdesk-bench-ui; do
        echo "bench: N=$n $exe" >&2
        "$build/tests/benchmarks/$exe" --store="$store" --benchmark_filter="$filter" \
            --benchmark_repetitions="$reps" --benchmark_display_aggregates_only=true \
            --benchmark_out="$results/$exe-$n.json" --benchmark_out_format=json >&2 || true
    done
    if echo exit_after_load | grep -Eq -- "$filter"; then
        # Three ways to open: the first time (no load cache yet; it is written),
        # again (the cache of an unchanged store), and reading every file.
        echo "bench: N=$n syncdesk --exit-after-load x$reps (first open, reopen, --no-load-cache)" >&2
        for i in $(seq "$reps"); do
            XDG_CACHE_HOME="$results/xdg-first-$n-$i" "$app" --exit-after-load "$store" 2>/dev/null | tail -n 1
            rm -rf "$results/xdg-first-$n-$i"
        done >"$results/exit-first_open-$n.jsonl"
        # The benchmarks' private copies hard-link the store's files, which
        # changes their ctime: files changed within 2 s of a load are not cached.
        sleep 3
        XDG_CACHE_HOME="$results/xdg-$n" "$app" --exit-after-load "$store" >/dev/null 2>&1
        for _ in $(seq "$reps"); do
            XDG_CACHE_HOME="$results/xdg-$n" "$app" --exit-after-load "$store" 2>/dev/null | tail -n 1
        done >"$results/exit-reopen-$n.jsonl"
        rm -rf "$results/xdg-$n"
        for _ in $(seq "$reps"); do
            "$app" --exit-after-load --no-load-cache "$store" 2>/dev/null | tail -n 1
        done >"$results/exit-no_cache-$n.jsonl"
    fi
done

python3 - "$results" "$json_out" <<'EOF'
import glob, json, os, re, statistics, sys

results, json_out = sys.argv[1], sys.argv[2]
# case: (target text, test on the median) — None where the issue sets no target.
targets = {
    "open_store": None,
    "cancel_load": None,
    "validate/threads:1": None,
    "validate/threads:2": ("≥ 250k rec/s", lambda v: v >= 250000),
    "digest": None,
    "resolve_one": ("≤ 10 ms", lambda v: v <= 10),
    "resolve_batch": ("≤ 2000 ms", lambda v: v <= 2000),
    "change_reflected": ("≤ 100 ms", lambda v: v <= 100),
    "change_reflected_window": ("≤ 100 ms", lambda v: v <= 100),
    "populate_window": None,
    "paint_queue": ("≤ 8 ms", lambda v: v <= 8),
    "paint_timeline": ("≤ 8 ms", lambda v: v <= 8),
    "paint_cards": ("≤ 8 ms", lambda v: v <= 8),
    "paint_evidence": ("≤ 8 ms", lambda v: v <= 8),
    "scroll_queue": ("max ≤ 50 ms", lambda v: v <= 50),
    "scroll_timeline": ("max ≤ 50 ms", lambda v: v <= 50),
    "scroll_cards": ("max ≤ 50 ms", lambda v: v <= 50),
    "first_paint reopen": ("≤ 1500 ms", lambda v: v <= 1500),
    "first_paint first_open": ("≤ 1500 ms", lambda v: v <= 1500),
    "first_paint no_cache": ("≤ 1500 ms", lambda v: v <= 1500),
    "complete reopen": None,
    "complete first_open": None,
    "complete no_cache": None,
    "peak_rss reopen": ("≤ 600 MB", lambda v: v <= 600),
    "peak_rss first_open": ("≤ 600 MB", lambda v: v <= 600),
    "peak_rss no_cache": ("≤ 600 MB", lambda v: v <= 600),
}
rows = []

def add(case, n, value, unit, shown, runs):
    t = targets.get(case)
    met = "" if t is None else ("yes" if t[1](value) else "NO")
    rows.append(dict(case=case, n=n, median=value, unit=unit, shown=shown, runs=runs,
                     target="" if t is None else t[0], met=met))

for path in sorted(glob.glob(os.path.join(results, "syncdesk-bench-*.json"))):
    n = int(re.search(r"-(\d+)\.json$", path).group(1))
    try:
        data = json.load(open(path))
    except ValueError:  # the filter matched no case of this executable
        continue
    runs = {}
    for b in data.get("benchmarks", []):
        if b.get("run_type") != "iteration" or b.get("error_occurred"):
            continue
        runs.setdefault(b["run_name"], []).append(b)
    for run_name, bs in runs.items():
        # "resolve_one/iterations:1/repeats:21/real_time" -> "resolve_one"
        name = re.sub(r"/(iterations|repeats):\d+|/(real|manual)_time", "", run_name)
        ms = statistics.median(b["real_time"] for b in bs)  # every case reports ms
        k = len(bs)
        if name.startswith("validate") or name == "digest":
            rate = statistics.median(b["records_per_s"] for b in bs)
            add(name, n, rate, "rec/s", f"{rate / 1000:.0f}k rec/s ({ms:.0f} ms)", k)
        elif name.startswith("scroll_"):
            worst = max(b["max_ms"] for b in bs)
            p50 = statistics.median(b["p50_ms"] for b in bs)
            add(name, n, worst, "ms", f"p50 {p50:.2f} ms, max {worst:.1f} ms", k)
        elif name == "cancel_load":
            half = statistics.median(b["halfway_ms"] for b in bs)
            stopped = statistics.mean(b["cancelled"] for b in bs)
            add(name, n, ms, "ms",
                f"{ms:.1f} ms after the flag (set at {half:.0f} ms; {stopped:.0%} stopped)", k)
        elif name == "resolve_batch":
            d = int(bs[0]["decisions"])
            add(name, n, ms, "ms", f"{ms:.0f} ms for {d}", k)
            if d != 1000:  # a small store has fewer pending conflicts: the target scales
                rows[-1]["target"] = f"≤ {2 * d} ms ({d})"
                rows[-1]["met"] = "yes" if ms <= 2 * d else "NO"
        else:
            # On a shared machine wall time includes waiting for a core: show the CPU too.
            cpu = statistics.median(b["cpu_time"] for b in bs)
            fmt = lambda v: f"{v:.2f}" if v < 100 else f"{v:.0f}"
            add(name, n, ms, "ms", f"{fmt(ms)} ms (cpu {fmt(cpu)})", k)

for path in sorted(glob.glob(os.path.join(results, "exit-*.jsonl"))):
    how, n = re.search(r"exit-(\w+)-(\d+)\.jsonl$", path).groups()
    n = int(n)
    lines = [json.loads(l) for l in open(path) if l.strip().startswith("{")]
    if not lines:
        continue
    fp = statistics.median(l["first_paint_ms"] for l in lines)
    load = statistics.median(l["load_ms"] for l in lines)
    rss = statistics.median(l["peak_rss_mb"] for l in lines)
    cached = statistics.median(l.get("files_from_cache", 0) for l in lines)
    complete = statistics.median(l.get("complete_ms", l["first_paint_ms"]) for l in lines)
    preview = sum(1 for l in lines if l.get("preview")) > len(lines) / 2
    add(f"first_paint {how}", n, fp, "ms",
        f"{fp:.0f} ms ({'queue first, ' if preview else ''}{cached / max(1, lines[0]['records']):.0%} cached)",
        len(lines))
    add(f"complete {how}", n, complete, "ms", f"{complete:.0f} ms (load {load:.0f})", len(lines))
    add(f"peak_rss {how}", n, rss, "MB", f"{rss:.0f} MB", len(lines))

order = list(targets)
rows.sort(key=lambda r: (order.index(r["case"]) if r["case"] in order else 99, r["n"]))
print()
print(f"| {'case':<29} | {'N':>6} | {'median':<34} | {'runs':>4} | {'target':<15} | met |")
print(f"|{'-' * 31}|{'-' * 8}|{'-' * 36}|{'-' * 6}|{'-' * 17}|-----|")
for r in rows:
    print(f"| {r['case']:<29} | {r['n']:>6} | {r['shown']:<34} | {r['runs']:>4} | {r['target']:<15} | {r['met']:<3} |")
if json_out:
    json.dump(rows, open(json_out, "w"), indent=1)
EOF
