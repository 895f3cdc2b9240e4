#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# The folder layers of docs/architecture.md, checked: every `#include "dir/..."`
# in core/, ui/ and app/ must name its own folder or one this table allows.
# Usage: tests/layering.sh SOURCE_DIR
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

declare -A allowed=(
    [core/io]=""
    [core/json]=""
    [core/i18n]=""
    [core/records]="core/io core/json"
    [core/store]="core/io core/json core/records"
    [core/resolution]="core/io core/json core/records core/store"
    [core/daemon]="core/io core/json core/records"
    [core/review]="core/io core/json core/records core/store core/resolution"
    [core/models]="core/io core/json core/records core/store core/resolution core/daemon core/review"
    [core/demo]="core/io core/json core/records core/store"
    [ui/widgets]="core/*"
    [ui/queue]="core/* ui/widgets"
    [ui/timeline]="core/* ui/widgets"
    [ui/conflicts]="core/* ui/widgets"
    [ui/evidence]="core/* ui/widgets"
    [ui/problems]="core/* ui/widgets"
    [ui/daemon]="core/* ui/widgets"
    [ui/review]="core/* ui/widgets"
    [ui/window]="core/* ui/*"
    [app/cli]="core/*"
    [app/desktop]="core/* ui/*"
)

bad=0
while IFS= read -r file; do
    dir=$(dirname "$file")
    if [[ ! -v allowed[$dir] ]]; then
        echo "$file: folder $dir is not in the layer table (tests/layering.sh, docs/architecture.md)"
        bad=1
        continue
    fi
    while IFS=: read -r line target; do
        tdir=$(dirname "$target")
        [ "$tdir" = "$dir" ] && continue
        ok=0
        for pattern in ${allowed[$dir]}; do
            # shellcheck disable=SC2053 # the table's entries are globs
            [[ $tdir == $pattern ]] && ok=1
        done
        [ $ok = 1 ] || { echo "$file:$line: includes $target, but $dir may not depend on $tdir"; bad=1; }
    done < <(grep -noE '^#include "(core|ui|app)/[^"]+"' "$file" | sed -E 's/:#include "/:/; s/"$//')
done < <(git ls-files --cached --others --exclude-standard -- 'core/*' 'ui/*' 'app/*' 2>/dev/null | grep -E '\.(h|cpp)$' \
    || find core ui app -name '*.h' -o -name '*.cpp')

[ $bad = 0 ] && echo "layering: every include follows the folder layers"
exit $bad
