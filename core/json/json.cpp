// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: the checking parser must reach the daemon's (Python's)
// verdict on every input, and the big-integer, repr and str rules it needs are
// only correct together.

#include "core/json/json.h"

#include "core/json/jsonfast_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_set>
#include <vector>

namespace SyncDesk {
namespace {

using DomParser = nlohmann::detail::json_sax_dom_parser<Json>;

/// The keys of one object: a short list while small (records have ~25 keys), a
/// hash set once large, so that a hostile object with 10^6 keys stays linear.
class KeySet final
{
public:
    /// False when the key was already there.
    bool insert(const std::string &key)
    {
        if (!m_large.empty())
            return m_large.insert(key).second;
        if (std::find(m_small.begin(), m_small.end(), key) != m_small.end())
            return false;
        m_small.push_back(key);
        if (m_small.size() > 32) {
            m_large.insert(m_small.begin(), m_small.end());
            m_small.clear();
        }
        return true;
    }
    void clear()
    {
        m_small.clear();
        m_large.clear();
    }

private:
    std::vector<std::string> m_small;
    std::unordered_set<std::string> m_large;
};

/// An integer literal beyond 64 bits, found by findBigLiterals().
struct BigLiteral final
{
    std::size_t ordinal = 0; ///< how many number tokens come before it
    std::size_t offset = 0;
    std::size_t size = 0;
};

struct BigLiterals final
{
    std::vector<BigLiteral> literals;
    /// Offset and digit count of the first literal Python refuses as too long.
    std::optional<std::size_t> tooLongAt;
    std::size_t tooLongDigits = 0;
};

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// -?[1-9][0-9]* beyond int64 (negative) or uint64 (otherwise), where
/// nlohmann falls back to a double or, past 1.8e308, refuses the document.
bool isBigIntegerLiteral(std::string_view token)
{
    const bool negative = token.front() == '-';
    const auto digits = negative ? token.substr(1) : token;
    if (digits.empty() || digits.front() < '1' || digits.front() > '9')
        return false;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return false;
    const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
    return digits.size() != limit.size() ? digits.size() > limit.size() : digits > limit;
}

/**
 * nlohmann cannot be told to keep a number's text, and refuses an integer
 * that overflows a double before any callback sees it. So the full path finds
 * the big integer literals first, in a copy of the input puts a small number
 * of the same length in their place ("0" and spaces: every offset, and so
 * every error position, stays the same), and CheckingSax swaps the big value
 * back in by its position among the number tokens.
 *
 * The scan outside strings takes each run of number characters that starts
 * with '-' or a digit as one token. In a valid document that is exactly
 * nlohmann's tokenisation; in an invalid one the parse fails anyway and its
 * value is dropped, and the error stays at the same offset (the replacement
 * has the length of the literal, which nlohmann too reads as one token).
 */
BigLiterals findBigLiterals(std::string_view bytes)
{
    BigLiterals out;
    std::size_t ordinal = 0;
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size();) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\') {
                i += 2;
            } else {
                inString = c != '"';
                ++i;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            ++i;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9')) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < bytes.size() && isNumberChar(bytes[end]))
            ++end;
        const auto token = bytes.substr(i, end - i);
        if (isBigIntegerLiteral(token)) {
            out.literals.push_back({ ordinal, i, token.size() });
            const std::size_t digits = token.size() - (token.front() == '-' ? 1 : 0);
            if (digits > kMaxIntegerDigits && !out.tooLongAt) {
                out.tooLongAt = i;
                out.tooLongDigits = digits;
            }
        }
        ++ordinal;
        i = end;
    }
    return out;
}

/// Forwards to nlohmann's DOM builder and adds the checks it does not make.
class CheckingSax final
{
public:
    /// source is the original input, big the literals replaced in the text parsed.
    CheckingSax(Json &root, std::string_view source, const std::vector<BigLiteral> &big)
        : m_dom(root, false)
        , m_source(source)
        , m_big(big)
    { }

    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(Json::number_integer_t v)
    {
        return nextIsBig() ? bigInteger() : m_dom.number_integer(v);
    }
    bool number_unsigned(Json::number_unsigned_t v)
    {
        return nextIsBig() ? bigInteger() : m_dom.number_unsigned(v);
    }
    bool number_float(Json::number_float_t v, const std::string &s)
    {
        return nextIsBig() ? bigInteger() : m_dom.number_float(v, s);
    }
    bool string(std::string &v) { return m_dom.string(v); }
    bool binary(Json::binary_t &v) { return m_dom.binary(v); }

    bool start_object(std::size_t n)
    {
        if (!enter())
            return false;
        if (m_keys.size() < static_cast<std::size_t>(m_depth))
            m_keys.resize(static_cast<std::size_t>(m_depth));
        m_keys[static_cast<std::size_t>(m_depth) - 1].clear();
        m_path.resize(static_cast<std::size_t>(m_depth));
        return m_dom.start_object(n);
    }
    bool key(std::string &k)
    {
        if (!m_keys[static_cast<std::size_t>(m_depth) - 1].insert(k))
            m_duplicates.append(duplicatePath(k));
        m_path[static_cast<std::size_t>(m_depth) - 1] = k;
        return m_dom.key(k);
    }
    bool end_object()
    {
        --m_depth;
        return m_dom.end_object();
    }
    bool start_array(std::size_t n)
    {
        if (!enter())
            return false;
        if (m_keys.size() < static_cast<std::size_t>(m_depth))
            m_keys.resize(static_cast<std::size_t>(m_depth));
        m_keys[static_cast<std::size_t>(m_depth) - 1].clear();
        m_path.resize(static_cast<std::size_t>(m_depth));
        m_path[static_cast<std::size_t>(m_depth) - 1] = "[]";
        return m_dom.start_array(n);
    }
    bool end_array()
    {
        --m_depth;
        return m_dom.end_array();
    }
    bool parse_error(
        std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        m_errorOffset = static_cast<qint64>(position);
        std::string what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> the reason
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        m_error = QString::fromStdString(what);
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }
    const QString &error() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    QStringList takeDuplicates() { return std::move(m_duplicates); }

private:
    /// Counts the number tokens; true when this one is a replaced big literal.
    bool nextIsBig()
    {
        const std::size_t ordinal = m_numbers++;
        return m_nextBig < m_big.size() && m_big[m_nextBig].ordinal == ordinal;
    }
    bool bigInteger()
    {
        // The representation makeBigInteger() makes, built in place.
        const auto &literal = m_big[m_nextBig++];
        const auto text = m_source.substr(literal.offset, literal.size);
        Json::binary_t value(
            Json::binary_t::container_type(text.begin(), text.end()), kBigIntegerSubtype);
        return m_dom.binary(value);
    }
    bool enter()
    {
        if (++m_depth > kMaxJsonDepth) {
            m_tooDeep = true;
            return false;
        }
        return true;
    }
    QString duplicatePath(const std::string &k) const
    {
        std::string path;
        for (int i = 0; i + 1 < m_depth; ++i) {
            path += m_path[static_cast<std::size_t>(i)];
            path += '.';
        }
        path += k;
        return QString::fromStdString(path);
    }

    DomParser m_dom;
    std::string_view m_source;
    const std::vector<BigLiteral> &m_big;
    std::size_t m_numbers = 0;
    std::size_t m_nextBig = 0;
    int m_depth = 0;
    bool m_tooDeep = false;
    std::vector<KeySet> m_keys;
    std::vector<std::string> m_path;
    QStringList m_duplicates;
    QString m_error;
    qint64 m_errorOffset = 0;
};

void locate(std::string_view bytes, qint64 offset, int &line, int &column)
{
    line = 1;
    column = 1;
    const auto end = std::min<std::size_t>(
        static_cast<std::size_t>(std::max<qint64>(offset, 0)), bytes.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

std::string pythonStrRepr(const std::string &s)
{
    // Python picks single quotes unless the text holds ' and no ".
    const bool dq = s.find('\'') != std::string::npos && s.find('"') == std::string::npos;
    const char quote = dq ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c == static_cast<unsigned char>(quote)) {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += quote;
    return out;
}

std::string pythonRepr(const Json &v)
{
    if (v.is_string())
        return pythonStrRepr(v.get_ref<const std::string &>());
    if (v.is_array()) {
        std::string out = "[";
        bool first = true;
        for (const auto &e : v) {
            if (!first)
                out += ", ";
            first = false;
            out += pythonRepr(e);
        }
        return out + "]";
    }
    if (v.is_object()) {
        std::string out = "{";
        bool first = true;
        for (const auto &[k, e] : v.items()) {
            if (!first)
                out += ", ";
            first = false;
            out += pythonStrRepr(k) + ": " + pythonRepr(e);
        }
        return out + "}";
    }
    return pythonStr(v);
}

JsonParseResult parse(std::string_view bytes, bool tryFast)
{
    JsonParseResult result;
    auto fail = [&](qint64 offset, const QString &message) {
        JsonParseError e;
        e.offset = offset;
        locate(bytes, offset, e.line, e.column);
        e.message = QCoreApplication::translate("SyncDesk::Json", "line %1, column %2: %3")
                        .arg(e.line)
                        .arg(e.column)
                        .arg(message);
        result.error = std::move(e);
        result.value = Json();
    };

    if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF
        && static_cast<unsigned char>(bytes[1]) == 0xBB
        && static_cast<unsigned char>(bytes[2]) == 0xBF) {
        fail(0,
            QCoreApplication::translate("SyncDesk::Json",
                "starts with a UTF-8 byte order mark, which the daemon "
                "does not accept"));
        return result;
    }

    // Nearly every record is well formed: take the fast path, and the exact one
    // (with its messages and duplicate-key paths) only when that gives up.
    if (tryFast && parseJsonFast(bytes, result.value))
        return result;
    const BigLiterals big = findBigLiterals(bytes);
    std::string replaced;
    std::string_view text = bytes;
    if (!big.literals.empty()) {
        replaced.assign(bytes);
        for (const auto &literal : big.literals) {
            replaced[literal.offset] = '0';
            std::fill_n(replaced.begin() + std::ptrdiff_t(literal.offset) + 1,
                std::ptrdiff_t(literal.size) - 1, ' ');
        }
        text = replaced;
    }
    CheckingSax sax(result.value, bytes, big.literals);
    const bool ok = Json::sax_parse(
        text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true, false);
    if (sax.tooDeep()) {
        fail(0,
            QCoreApplication::translate("SyncDesk::Json", "nested deeper than %1 levels")
                .arg(kMaxJsonDepth));
        return result;
    }
    // Python reads up to the first problem: a literal too long for it is the
    // error when it stands before the syntax error or the NUL.
    const auto tooLongFirst
        = [&](std::size_t other) { return big.tooLongAt && *big.tooLongAt < other; };
    const qint64 errorAt = sax.errorOffset() > 0 ? sax.errorOffset() - 1 : 0;
    if (!ok && !tooLongFirst(std::size_t(errorAt))) {
        fail(errorAt,
            sax.error().isEmpty() ? QCoreApplication::translate("SyncDesk::Json", "not valid JSON")
                                  : sax.error());
        return result;
    }
    // nlohmann's lexer takes a NUL byte outside a string for the end of input, so
    // "{}\0anything" would parse; Python's json.loads refuses it ("Extra data").
    const auto nul = bytes.find('\0');
    if (tooLongFirst(nul)) {
        fail(static_cast<qint64>(*big.tooLongAt),
            QCoreApplication::translate("SyncDesk::Json",
                "an integer with %1 digits; the daemon's Python refuses integers longer "
                "than %2 digits")
                .arg(big.tooLongDigits)
                .arg(kMaxIntegerDigits));
        return result;
    }
    if (nul != std::string_view::npos) {
        fail(static_cast<qint64>(nul),
            QCoreApplication::translate("SyncDesk::Json", "unexpected NUL byte"));
        return result;
    }
    result.duplicateKeys = sax.takeDuplicates();
    return result;
}

} // namespace

JsonParseResult parseJson(std::string_view bytes)
{
    return parse(bytes, true);
}

JsonParseResult parseJsonChecked(std::string_view bytes)
{
    return parse(bytes, false);
}

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    if (value == 0.0)
        return std::signbit(value) ? "-0.0" : "0.0";

    // Shortest round-trip digits and decimal exponent from to_chars' scientific form.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    std::string sign;
    if (sci.front() == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    const auto ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exp10 = std::stoi(sci.substr(ePos + 1));
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits += c;
    const int decpt = exp10 + 1; // value = 0.DIGITS * 10^decpt

    std::string out;
    if (decpt <= -4 || decpt > 16) {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        const int e = decpt - 1;
        out += e < 0 ? "e-" : "e+";
        const std::string ed = std::to_string(std::abs(e));
        if (ed.size() < 2)
            out += "0";
        out += ed;
    } else if (decpt <= 0) {
        out = "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
        out = digits + std::string(static_cast<std::size_t>(decpt) - digits.size(), '0') + ".0";
    } else {
        out = digits.substr(0, static_cast<std::size_t>(decpt)) + "."
            + digits.substr(static_cast<std::size_t>(decpt));
    }
    return sign + out;
}

Json makeBigInteger(std::string_view decimal)
{
    return Json::binary(
        Json::binary_t::container_type(decimal.begin(), decimal.end()), kBigIntegerSubtype);
}

bool isBigInteger(const Json &value)
{
    return value.is_binary() && value.get_binary().has_subtype()
        && value.get_binary().subtype() == kBigIntegerSubtype;
}

std::string_view bigIntegerText(const Json &value)
{
    if (!isBigInteger(value))
        return {};
    const auto &bytes = value.get_binary();
    return std::string_view(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

bool isJsonInteger(const Json &value)
{
    return value.is_number_integer() || isBigInteger(value);
}

namespace {

std::string dumpScalar(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void dumpTo(std::string &out, const Json &value, int indent, int level)
{
    if (isBigInteger(value)) {
        out += bigIntegerText(value);
        return;
    }
    const bool object = value.is_object();
    if ((!object && !value.is_array()) || value.empty()) {
        out += dumpScalar(value);
        return;
    }
    // nlohmann's layout: with an indent, one member per line and ": " after keys.
    const auto newline = [&](int depth) {
        if (indent >= 0) {
            out += '\n';
            out.append(std::size_t(indent) * std::size_t(depth), ' ');
        }
    };
    out += object ? '{' : '[';
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        newline(level + 1);
        if (object) {
            out += dumpScalar(Json(it.key()));
            out += indent >= 0 ? ": " : ":";
        }
        dumpTo(out, it.value(), indent, level + 1);
    }
    newline(level);
    out += object ? '}' : ']';
}

} // namespace

std::string dumpJson(const Json &value, int indent)
{
    std::string out;
    dumpTo(out, value, indent, 0);
    return out;
}

const Json &jsonMember(const Json &object, std::string_view key)
{
    static const Json missing;
    if (!object.is_object())
        return missing;
    const auto it = object.find(key);
    return it == object.end() ? missing : *it;
}

std::string pythonStr(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "None";
    case Json::value_t::boolean:
        return value.get<bool>() ? "True" : "False";
    case Json::value_t::number_integer:
        return std::to_string(value.get<std::int64_t>());
    case Json::value_t::number_unsigned:
        return std::to_string(value.get<std::uint64_t>());
    case Json::value_t::number_float:
        return pythonFloatRepr(value.get<double>());
    case Json::value_t::string:
        return value.get_ref<const std::string &>();
    case Json::value_t::array:
    case Json::value_t::object:
        return pythonRepr(value);
    case Json::value_t::binary:
        return std::string(bigIntegerText(value));
    default:
        return {};
    }
}

QStringList jsonStrings(const Json &value)
{
    QStringList out;
    if (value.is_array())
        for (const auto &e : value)
            out << (e.is_string() ? QString::fromStdString(e.get<std::string>())
                                  : QString::fromStdString(pythonStr(e)));
    return out;
}

QString jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::boolean:
        return QStringLiteral("boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return QStringLiteral("integer");
    case Json::value_t::number_float:
        return QStringLiteral("number");
    case Json::value_t::string:
        return QStringLiteral("string");
    case Json::value_t::array:
        return QStringLiteral("array");
    case Json::value_t::object:
        return QStringLiteral("object");
    case Json::value_t::binary:
        if (isBigInteger(value))
            return QStringLiteral("integer");
        break;
    default:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace SyncDesk
