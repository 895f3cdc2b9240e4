// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace SyncDesk {

/**
 * Parses the common case, a well-formed document without duplicate keys, into
 * value directly, several times faster than nlohmann's lexer. It accepts only
 * what parseJson() accepts and builds the same value; on anything else
 * (errors, duplicate keys, deep nesting, numbers at the edges of their range)
 * it returns false and parseJson() takes its full path, which reports exactly.
 */
bool parseJsonFast(std::string_view bytes, Json &value);

/// parseJson() without the fast path: what it falls back to. For the
/// differential fuzzer and tests, which check that both paths agree.
JsonParseResult parseJsonChecked(std::string_view bytes);

/// What scanTopLevelMembers() found under one wanted key.
struct ScannedMember final
{
    enum class Kind : std::uint8_t
    {
        Missing,
        Null,
        Boolean,
        Number,
        String,
        Object,
        Array
    };
    Kind kind = Kind::Missing;
    /// A string's text: its bytes in the document, which are the decoded text
    /// since the scan gives up on a wanted string with an escape. Empty otherwise.
    std::string_view text;
};

/// The kind scanTopLevelMembers() reports for a member parseJson() gave as
/// value (tests and the fuzzer compare both paths with it).
ScannedMember::Kind scannedKindOf(const Json &value);

/**
 * Reads the top-level members named in keys without building the document:
 * for a caller that needs a few strings of each of many small objects (the
 * journal's lines). It checks every byte with the rules of parseJsonFast() (the
 * same code), allocates nothing, and fills found[i] for keys[i].
 *
 * False means "unusual, take parseJson()", which then reports exactly: on
 * anything parseJsonFast() gives up on (errors, a duplicate key at any depth,
 * deep nesting, numbers at the edges of their range, a byte order mark), on a
 * document that is not an object, on a wanted string with an escape, and on a
 * key with an escape. When it returns true, parseJson() accepts the document
 * without duplicate keys, and jsonMember(value, keys[i]) is missing (null),
 * or of found[i]'s kind and, for a string, equal to found[i].text.
 */
bool scanTopLevelMembers(
    std::string_view bytes, std::span<const std::string_view> keys, std::span<ScannedMember> found);

/// For tests: with false, scanTopLevelMembers() always returns false, so that
/// callers take their full path (whose results the fast one must match).
void setTopLevelScanEnabled(bool enabled);

} // namespace SyncDesk
