#include "core/json.h"

#include "core/jsonfast_p.h"

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

/// Forwards to nlohmann's DOM builder and adds the checks it does not make.
class CheckingSax final
{
public:
    explicit CheckingSax(Json &root)
        : m_dom(root, false)
    { }

    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(Json::number_integer_t v) { return m_dom.number_integer(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return m_dom.number_unsigned(v); }
    bool number_float(Json::number_float_t v, const std::string &s)
    {
        return m_dom.number_float(v, s);
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

} // namespace

JsonParseResult parseJson(std::string_view bytes)
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
    if (parseJsonFast(bytes, result.value))
        return result;
    CheckingSax sax(result.value);
    const bool ok = Json::sax_parse(
        bytes.begin(), bytes.end(), &sax, nlohmann::detail::input_format_t::json, true, false);
    if (sax.tooDeep()) {
        fail(0,
            QCoreApplication::translate("SyncDesk::Json", "nested deeper than %1 levels")
                .arg(kMaxJsonDepth));
        return result;
    }
    if (!ok) {
        fail(sax.errorOffset() > 0 ? sax.errorOffset() - 1 : 0,
            sax.error().isEmpty() ? QCoreApplication::translate("SyncDesk::Json", "not valid JSON")
                                  : sax.error());
        return result;
    }
    // nlohmann's lexer takes a NUL byte outside a string for the end of input, so
    // "{}\0anything" would parse; Python's json.loads refuses it ("Extra data").
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        fail(static_cast<qint64>(nul),
            QCoreApplication::translate("SyncDesk::Json", "unexpected NUL byte"));
        return result;
    }
    result.duplicateKeys = sax.takeDuplicates();
    return result;
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
    default:
        return QStringLiteral("unknown");
    }
}

} // namespace SyncDesk
