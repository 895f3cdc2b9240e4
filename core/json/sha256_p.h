// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace SyncDesk {

using Sha256Digest = std::array<std::uint8_t, 32>;

/**
 * The SHA-256 digest of bytes. Where the CPU has the SHA extensions (x86-64
 * SHA-NI) it computes it with them; elsewhere, and when they are switched off,
 * with QCryptographicHash. Qt 6.4's SHA-256 is portable C at ~120 MB/s here: a
 * load of a 100k store hashes ~25 MB (every conflict's bytes for its version
 * token, every evidence artifact twice), ~0.2 s of CPU. Thread-safe.
 */
Sha256Digest sha256(std::string_view bytes);

/// Whether sha256() uses the CPU's SHA extensions on this machine now.
bool sha256UsesCpuExtensions();

/// For tests: with false, sha256() always takes QCryptographicHash, the
/// reference its CPU path is compared with.
void setSha256CpuExtensionsEnabled(bool enabled);

} // namespace SyncDesk
