// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace SyncDesk {

/// Records keep their key order: the daemon writes with Python's dict order and
/// Sync Desk must write a record back in the order it found it.
using Json = nlohmann::ordered_json;

/// Python's json module recurses per nesting level and gives up near 1000;
/// we refuse at the same depth instead of running out of stack.
inline constexpr int kMaxJsonDepth = 1000;

struct JsonParseError final
{
    QString message; ///< translated, names line and column
    qint64 offset = 0;
    int line = 0;
    int column = 0;
};

struct JsonParseResult final
{
    Json value;
    std::optional<JsonParseError> error;
    /// Keys that appeared twice in one object ("a.b" paths). The daemon keeps
    /// the last value (Python dict semantics) and so do we; these become warnings.
    QStringList duplicateKeys;

    bool ok() const { return !error.has_value(); }
};

/**
 * Parses one JSON document with the daemon's acceptance rules: strict RFC 8259,
 * UTF-8 only (a byte order mark is refused, as Python's json.loads does on text),
 * nothing after the value, nesting capped at kMaxJsonDepth. An integer beyond
 * 64 bits is kept exactly (see makeBigInteger()); one with more than
 * kMaxIntegerDigits digits is refused, as Python refuses it.
 */
JsonParseResult parseJson(std::string_view bytes);

/**
 * Integers beyond 64 bits ("big integers"). Python's int is unbounded and its
 * json module reads and writes such a literal exactly, so the daemon's digest
 * of an artifact holding one covers every digit; nlohmann can only hold one as
 * a double, where 2^64 + 1 and 2^64 + 2 are the same value.
 *
 * parseJson() keeps such a literal as its exact decimal text in a binary value
 * with the subtype kBigIntegerSubtype. Why binary:
 * - nothing else in a Json can be one: parseJson() reads JSON text, and only
 *   the binary formats (CBOR, MessagePack, ...) produce binary values, which
 *   Sync Desk never reads. So input cannot forge a big integer (an object with
 *   a marker key could be written by anyone, and would pass the daemon's
 *   "is an object" rule while a number fails it);
 * - is_number(), is_string(), is_object() and is_array() are all false, so the
 *   daemon's rules (required, controlled via str(), list, object) see it as
 *   they see any other number, and no code reads it as a double by mistake;
 * - two big integers compare equal only when their digits do.
 * A string would pass the type checks of string fields and collide with real
 * strings; a double with a side table would lose the text on every copy.
 *
 * The helpers below read it; canonicalJson(), pythonStr() and dumpJson() write
 * the digits. nlohmann's own dump() does not know the convention (it writes a
 * binary value as {"bytes":[...]}): write parsed documents with dumpJson().
 */
inline constexpr std::uint64_t kBigIntegerSubtype = 0x53444249; // "SDBI"

/// Python refuses to convert integers with more digits than this (the
/// default of sys.get_int_max_str_digits(), 3.11 and later and the security
/// releases before); json.loads raises ValueError on such a literal.
inline constexpr std::size_t kMaxIntegerDigits = 4300;

/// A big integer from its decimal text: -?[1-9][0-9]* beyond the 64-bit range.
Json makeBigInteger(std::string_view decimal);

/// True for a value made by makeBigInteger() or read by parseJson().
bool isBigInteger(const Json &value);

/// The decimal text of a big integer; empty for any other value.
std::string_view bigIntegerText(const Json &value);

/// An integer of any size: what Python's isinstance(x, int) says for a JSON
/// number (booleans are not numbers in a Json).
bool isJsonInteger(const Json &value);

/**
 * nlohmann's dump(indent, ' ', false, replace), byte for byte, except that big
 * integers are written as their digits. Use it to write back anything parsed.
 */
std::string dumpJson(const Json &value, int indent = -1);

/// The value under key, or a null value when object is not an object or lacks the key.
const Json &jsonMember(const Json &object, std::string_view key);

/// A JSON string as a QString; empty for any other value (never its Python text:
/// an id or a name that is not a string is no id or name).
QString jsonString(const Json &value);

/// A QString as a JSON string (UTF-8).
Json toJson(const QString &text);

/// The text Python's str() gives for a JSON value (None, True, 1.0, ['a'], {'k': 1}).
std::string pythonStr(const Json &value);

/// An array's items as text (strings as they are, anything else as Python's str());
/// empty when value is not an array.
QStringList jsonStrings(const Json &value);

/// The name of a JSON value's type for messages ("string", "number", "null", ...).
QString jsonTypeName(const Json &value);

/// Python's repr() of a float: shortest round trip, exponent outside [1e-4, 1e16).
std::string pythonFloatRepr(double value);

} // namespace SyncDesk
