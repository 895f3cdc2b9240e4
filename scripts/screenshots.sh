#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Renders every view of the window on a copy of the demo store under Xvfb and
# writes docs/screenshots/*.png (light palette; SYNCDESK_DARK=1 for dark).
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
command -v xvfb-run >/dev/null || {
    echo "screenshots: installing xvfb" >&2
    apt-get install -y -qq xvfb xauth >/dev/null
}
cmake --build "$build" --target syncdesk >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/workspace-demo "$work/workspace-demo"
out="${SYNCDESK_SCREENSHOT_DIR:-docs/screenshots}"
mkdir -p "$out"
# A private settings folder: screenshots never depend on (or change) the user's.
export XDG_CONFIG_HOME="$work/config"
xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/app/desktop/syncdesk" --actor actor:local-user --screenshots "$out" "$work/workspace-demo"
ls -1 "$out"/*.png
