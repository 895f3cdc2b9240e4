#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>
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
 * nothing after the value, nesting capped at kMaxJsonDepth.
 */
JsonParseResult parseJson(std::string_view bytes);

/// The value under key, or a null value when object is not an object or lacks the key.
const Json &jsonMember(const Json &object, std::string_view key);

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
