#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 Sync Desk contributors
#
# SPDX-License-Identifier: MIT

# Second CI platform: builds Sync Desk and runs the whole test suite inside a
# Debian 13 (trixie) chroot, where Qt 6.8 and KF6 SyntaxHighlighting come from
# Debian's own packages, so the KSyntaxHighlighting path of the JSON view is
# compiled (warnings as errors) and tested. Runs as root (CI does).
#
# The chroot lives outside the repository (default /var/cache/syncdesk/trixie-chroot,
# override with SYNCDESK_CHROOT) so that a fresh clone reuses the one an earlier run
# made: a marker records the package list it was completed with, and any other
# list (scripts/install-deps.sh grew, say) or an interrupted bootstrap rebuilds it.
# Only the host's configured Debian mirror is used.
#
# Environment: SYNCDESK_CHROOT (chroot dir), SYNCDESK_JOBS (build/test parallelism,
# default nproc), SYNCDESK_CLEAN_BUILD=1 (drop the build dir kept in the chroot).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
chroot_dir="${SYNCDESK_CHROOT:-/var/cache/syncdesk/trixie-chroot}"
jobs="${SYNCDESK_JOBS:-$(nproc)}"
marker="$chroot_dir/.syncdesk-chroot-complete"
src_in_chroot=/src/syncdesk
build_in_chroot=/build/syncdesk

log() { echo "ci-trixie: $*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and mounts need it)"

# --- the host's Debian mirror -------------------------------------------------------
# The first non-security Debian archive URI apt is configured with (deb822 .sources or
# one-line .list); debootstrap then fetches trixie from that same host.
host_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '
            /^[[:space:]]*$/ { if (uri != "" && suites !~ /security/) { print uri; exit } uri = ""; suites = ""; next }
            /^[[:space:]]*#/ { next }
            tolower($1) == "uris:" { uri = $2 }
            tolower($1) == "suites:" { $1 = ""; suites = $0 }
            END { if (uri != "" && suites !~ /security/) print uri }
        ' "$f" | head -n1
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" && $0 !~ /security/ {
                 for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/ && $i ~ /:\/\//) { print $i; exit }
             }' "$f" | head -n1
    done
}
mirror="$(host_mirror | grep -m1 -i 'debian' || true)"
[ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources.list{,.d/*}"
mirror="${mirror%/}"
log "mirror: $mirror"

# --- debootstrap on the host ----------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap on the host"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

# --- packages: the brief's list plus whatever scripts/install-deps.sh lists now --------
packages=(
    cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libkf6syntaxhighlighting-dev nlohmann-json3-dev desktop-file-utils appstream
    xauth ca-certificates
    qt6-svg-plugins
)
if [ -f "$repo/scripts/install-deps.sh" ]; then
    # The words of its `packages=( ... )` array, comments dropped.
    mapfile -t extra < <(sed -n '/^[[:space:]]*packages=(/,/)/p' "$repo/scripts/install-deps.sh" \
        | sed -e 's/#.*//' -e 's/packages=(//' -e 's/)//' | tr -s ' \t' '\n\n' | grep -E '^[a-z0-9][a-z0-9.+-]+$' || true)
    packages+=("${extra[@]}")
fi
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
wanted="trixie minbase ${packages[*]}"

# --- mounts, always undone ------------------------------------------------------------
mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM
# A mount left by a killed run is adopted, so this run's exit removes it.
mount_into_chroot() {
    mkdir -p "$chroot_dir/proc" "$chroot_dir/dev"
    mountpoint -q "$chroot_dir/proc" || mount -t proc proc "$chroot_dir/proc"
    mounted+=("$chroot_dir/proc")
    mountpoint -q "$chroot_dir/dev" || { mount --rbind /dev "$chroot_dir/dev" && mount --make-rslave "$chroot_dir/dev"; }
    mounted+=("$chroot_dir/dev")
    cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf" 2>/dev/null || true
}
in_chroot() {
    chroot "$chroot_dir" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
# Never let a removal reach through a mount (the host's /dev, say).
remove_chroot() {
    local m
    while read -r m; do umount -l "$m" 2>/dev/null || true; done \
        < <(awk -v d="$chroot_dir" 'index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r)
    rm -rf --one-file-system "$chroot_dir"
}

# Two runs at once would pull the chroot from under each other.
mkdir -p "$(dirname "$chroot_dir")"
exec 9>"$chroot_dir.lock"
flock 9

# --- (re)create the chroot unless a complete one with the same packages is there -----
t0=$SECONDS
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$wanted" ]; then
    log "reusing $chroot_dir"
else
    [ -e "$chroot_dir" ] && { log "rebuilding $chroot_dir (incomplete or other package list)"; remove_chroot; }
    mkdir -p "$(dirname "$chroot_dir")"
    log "debootstrap --variant=minbase trixie $chroot_dir $mirror"
    debootstrap --variant=minbase trixie "$chroot_dir" "$mirror" >"$(dirname "$chroot_dir")/debootstrap.log" 2>&1 \
        || { tail -n 30 "$(dirname "$chroot_dir")/debootstrap.log" >&2; die "debootstrap failed"; }
    mount_into_chroot
    in_chroot apt-get update -qq
    log "installing ${#packages[@]} packages in the chroot"
    in_chroot apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    in_chroot apt-get clean
    echo "$wanted" >"$marker"
    log "chroot ready in $((SECONDS - t0)) s"
fi
mount_into_chroot

# --- the sources: a copy, so the build sees one consistent snapshot --------------------
# git ls-files gives tracked plus untracked-but-not-ignored files (no build dirs, no
# .chroot); without git, a tar with the same exclusions.
rm -rf "$chroot_dir$src_in_chroot"
mkdir -p "$chroot_dir$src_in_chroot"
if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$repo" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
        | tar --null -T - -cf -) | tar -C "$chroot_dir$src_in_chroot" -xf -
else
    tar -C "$repo" --exclude='./build*' --exclude=./.chroot --exclude=./.git -cf - . \
        | tar -C "$chroot_dir$src_in_chroot" -xf -
fi
[ "${SYNCDESK_CLEAN_BUILD:-0}" = 1 ] && rm -rf "${chroot_dir:?}$build_in_chroot"

# --- configure, build, test -------------------------------------------------------------
in_chroot sh -c 'echo "Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev), KF6 SyntaxHighlighting $(dpkg-query -W -f="\${Version}" libkf6syntaxhighlighting-dev), $(g++ --version | head -n1), $(cmake --version | head -n1)"' >&2
configure_log="$chroot_dir/build/configure.log"
mkdir -p "$chroot_dir/build"
# The project supports Qt 6.4 (Debian 12), so what Qt deprecated after 6.4 (the
# Qt::TimeSpec overloads in 6.8, say) cannot always be replaced yet: only those
# deprecations are silenced; every other warning, gcc 14's included, stays an error.
in_chroot cmake -S "$src_in_chroot" -B "$build_in_chroot" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNCDESK_WERROR=ON \
    "-DCMAKE_CXX_FLAGS=${SYNCDESK_CXXFLAGS--DQT_WARN_DEPRECATED_UP_TO=0x060400}" | tee "$configure_log"
grep -q 'JSON highlighting: KSyntaxHighlighting' "$configure_log" \
    || die "configure did not choose KSyntaxHighlighting for JSON highlighting"
in_chroot cmake --build "$build_in_chroot" --parallel "$jobs"
in_chroot sh -c "cd '$build_in_chroot' && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel '$jobs' --timeout 600"
log "done in $((SECONDS - t0)) s"
