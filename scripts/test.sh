#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# The test command: installs what is missing, configures with warnings as errors,
# builds everything, runs every test (ctest) and checks that every file says its
# licence (`reuse lint`). Usage: scripts/test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"

scripts/install-deps.sh
# Benchmarks are compiled so that a change cannot break them unnoticed; they are
# run (and timed) only by scripts/bench.sh.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNCDESK_WERROR=ON \
    -DSYNCDESK_BUILD_BENCHMARKS=ON
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
cd ..
# REUSE: every file carries SPDX headers or is listed in .reuse/dep5.
reuse lint --quiet || { reuse lint | tail -n 30; exit 1; }
