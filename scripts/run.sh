#!/usr/bin/env bash
# The main job: installs what is missing, builds, and shows the demo store.
# Until the window lands this is the CLI's summary of examples/workspace-demo.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build}"

scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target syncdesk-cli
cli="$build/app/cli/syncdesk-cli"

"$cli" store summary examples/workspace-demo || [ $? -eq 1 ]   # 1: the demo's intended problems
echo
"$cli" conflicts list --pending examples/workspace-demo
