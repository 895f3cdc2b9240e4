#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Renders every view of the window on a copy of the demo store under Xvfb with
# a window manager (openbox, so minimum sizes and focus behave as on a desktop)
# (the window is 1366x768 on a larger screen), in English into docs/screenshots/ and in German into
# docs/screenshots/de/ (light palette; SYNCDESK_DARK=1 for dark).
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
if ! command -v xvfb-run >/dev/null || ! command -v openbox >/dev/null; then
    echo "screenshots: installing xvfb and openbox" >&2
    apt-get install -y -qq xvfb xauth openbox >/dev/null
fi
cmake --build "$build" --target syncdesk >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="${SYNCDESK_SCREENSHOT_DIR:-docs/screenshots}"
for lang in en de; do
    dir="$out"
    [ "$lang" = en ] || dir="$out/$lang"
    mkdir -p "$dir"
    rm -rf "$work/workspace-demo" "$work/config" "$work/state"
    cp -r examples/workspace-demo "$work/workspace-demo"
    # Private settings and state: screenshots never depend on (or change) the user's.
    XDG_CONFIG_HOME="$work/config" SYNCDESK_STATE_DIR="$work/state" LANGUAGE="$lang" \
        LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1440x900x24" sh -c '
            openbox >/dev/null 2>&1 &
            sleep 1
            "$0" --actor actor:local-user --screenshots "$1" "$2"' \
        "$build/app/desktop/syncdesk" "$dir" "$work/workspace-demo"
done
ls -1 "$out"/*.png "$out"/de/*.png
