#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# The main job: installs what is missing, builds, and opens the Sync Desk window
# on a fresh copy of the demo store (examples/ itself is never written to).
# Without a display it prints the CLI's summary of the demo store instead.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build}"

scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target syncdesk syncdesk-cli

work="${SYNCDESK_DEMO_COPY:-$(mktemp -d)/workspace-demo}"
rm -rf "$work"
mkdir -p "$(dirname "$work")"
cp -r examples/workspace-demo "$work"
echo "Demo store copied to $work"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: showing the store with syncdesk-cli instead of the window."
    "$build/app/cli/syncdesk-cli" store summary "$work" || [ $? -eq 1 ]   # 1: the demo's intended problems
    "$build/app/cli/syncdesk-cli" conflicts list --pending "$work"
    exit 0
fi
exec "$build/app/desktop/syncdesk" --actor actor:local-user "$work"
