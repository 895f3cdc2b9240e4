#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Installs the build into a scratch DESTDIR with prefix /usr and checks that every
# file lands exactly where desktops and software centres look it up, and that the
# installed CLI runs on its own (no build-tree RPATH left behind).
# Usage: install-layout.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build="$1"
id="$2"
version="$3"
dest="$(mktemp -d)"
trap 'rm -rf "$dest"' EXIT

DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null

fail=0
expected=(
    "usr/bin/syncdesk"
    "usr/bin/syncdesk-cli"
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    "usr/share/icons/hicolor/symbolic/apps/$id-symbolic.svg"
    "usr/share/syncdesk/translations/syncdesk_de.qm"
    "usr/share/syncdesk/translations/syncdesk_en.qm"
)
for f in "${expected[@]}"; do
    if [ ! -s "$dest/$f" ]; then
        echo "FAIL: missing or empty after install: /$f" >&2
        fail=1
    fi
done
for f in usr/bin/syncdesk usr/bin/syncdesk-cli; do
    [ -x "$dest/$f" ] || { echo "FAIL: not executable: /$f" >&2; fail=1; }
done
[ "$fail" -eq 0 ] || { echo "installed tree:" >&2; (cd "$dest" && find . -type f | sort) >&2; exit 1; }

got="$("$dest/usr/bin/syncdesk-cli" --version)"
if [ "$got" != "syncdesk-cli $version" ]; then
    echo "FAIL: installed syncdesk-cli --version printed '$got', expected 'syncdesk-cli $version'" >&2
    exit 1
fi
echo "install layout OK ($(cd "$dest" && find . -type f | wc -l) files)"
