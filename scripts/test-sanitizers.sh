#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# The sanitizer run: installs what is missing (clang 14 and its runtimes, on top
# of scripts/install-deps.sh), configures with the "asan" preset (ASan + UBSan,
# clang 14, -Werror, libFuzzer targets), builds, and runs every test plus a
# 10-second smoke of each fuzz target. Usage: scripts/test-sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
packages=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "test-sanitizers: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
        sudo="sudo"
    fi
    echo "test-sanitizers: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
ctest --preset asan --parallel "$(nproc)"
