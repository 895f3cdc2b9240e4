// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

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

/// A value parseFlat() found: its kind and where its bytes are in the document.
struct FlatValue final
{
    ScannedMember::Kind kind = ScannedMember::Kind::Missing;
    /// A string with an escape: raw is its undecoded bytes, not its text.
    bool escaped = false;
    /// A number without a fraction or an exponent (parseJson() gives it as an
    /// int64 when negative, a uint64 otherwise: parseFlat() gives up on others).
    bool integer = false;
    /// A string's bytes between its quotes; a number's or a literal's text.
    std::string_view raw;
    /// A top-level member's object members or array items: FlatDocument::items
    /// [first, first + count). Zero for anything deeper.
    std::uint32_t first = 0;
    std::uint32_t count = 0;
};

struct FlatMember final
{
    std::string_view key; ///< empty for an array's item
    FlatValue value;
};

/// A JSON object as parseFlat() lists it: views into the parsed bytes.
struct FlatDocument final
{
    std::vector<FlatMember> members; ///< the document's own, in order
    /// The members and items of those members that are objects or arrays, each
    /// container's together (FlatValue::first). Deeper values are not listed.
    std::vector<FlatMember> items;
    /// Asked about each member of the document as it is listed: false gives
    /// up at once, for a caller that can tell early it will not use the listing.
    bool (*keep)(const FlatMember &member) = nullptr;

    /// The member named key, or null (keys are unique: parseFlat() gives up on duplicates).
    const FlatMember *find(std::string_view key) const;
    std::span<const FlatMember> children(const FlatValue &v) const
    {
        return { items.data() + v.first, v.count };
    }
};

/**
 * Lists a record's top-level members, and the items of those that are objects
 * or arrays, without building the document: for the loader, which extracts and
 * validates most records from this. It checks every byte with the rules of
 * parseJsonFast() (the same code) and allocates only when doc's vectors grow,
 * to at most 1,024 items.
 *
 * False means "unusual, take parseJson()": on anything parseJsonFast() gives
 * up on, on a document that is not an object, on a key with an escape, on
 * more than 1,024 items, and when doc.keep says so. doc is then empty.
 * When it returns true, parseJson() accepts bytes without duplicate keys, its
 * value is an object whose members are doc.members in order (scannedKindOf()
 * of each is its kind; a string without an escape is its raw bytes; a number
 * is raw's literal), and so for the items of its members.
 */
bool parseFlat(std::string_view bytes, FlatDocument &doc);

/// For tests: with false, parseFlat() always returns false.
void setFlatParseEnabled(bool enabled);

/// For tests: with false, scanTopLevelMembers() always returns false, so that
/// callers take their full path (whose results the fast one must match).
void setTopLevelScanEnabled(bool enabled);

} // namespace SyncDesk
