// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QByteArray>

#include <string>

namespace SyncDesk {

/**
 * The daemon's canonical form, byte for byte: Python's
 * json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).
 * Keys sorted by code point, no spaces, non-ASCII and DEL as \uXXXX,
 * integers of any size with all their digits (see makeBigInteger()), floats
 * as Python's repr.
 */
std::string canonicalJson(const Json &value);

/// Lower-case hex SHA-256 of the bytes.
QByteArray sha256Hex(std::string_view bytes);

/// "sha256:" + hex SHA-256 of canonicalJson(value): the envelope's artifact_digest.
QString artifactDigest(const Json &value);

} // namespace SyncDesk
