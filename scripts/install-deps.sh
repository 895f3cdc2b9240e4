#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Installs the Debian packages Sync Desk builds and tests with. Idempotent: only
# what is missing is installed, and apt's lists are refreshed only then.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev nlohmann-json3-dev
    qt6-translations-l10n
    # Qt's SVG icon engine and image plugins: they draw the icons of resources/
    # at run time, checked by tst_resources; nothing links Qt6::Svg: no -dev package.
    libqt6svg6
    desktop-file-utils appstream
)
# Built by the test command too (compiled, never timed there); kept out of
# `packages`, which scripts/ci-trixie.sh also installs in its chroot.
bench_packages=(libbenchmark-dev)
packages+=("${bench_packages[@]}")
# scripts/test.sh checks licensing with `reuse lint` (once, natively; it reads
# the file list from git so that build folders are skipped).
lint_packages=(reuse git)
packages+=("${lint_packages[@]}")
# Debian 13 moved those SVG plugins out of libqt6svg6 into qt6-svg-plugins, which
# Debian 12 does not have (scripts/ci-trixie.sh lists it for its chroot).
if [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ] && [ "${VERSION_ID%%.*}" -ge 13 ] 2>/dev/null; then
    packages+=(qt6-svg-plugins)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
