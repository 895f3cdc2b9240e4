// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/json/jsonfast_p.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace SyncDesk {
namespace {

// Deeper documents and larger objects are rare; the full parser handles them
// (with its depth limit and its linear-time duplicate check).
constexpr int kFastMaxDepth = 128;
constexpr std::size_t kFastMaxKeys = 64;
/// The keys of the open objects a scan keeps to find duplicates: a fixed
/// array, so that a scan allocates nothing. More is never a record.
constexpr std::size_t kScanMaxOpenKeys = 256;
/// The items parseFlat() lists at most, so that its document stays small
/// (48 bytes an item) whatever a hostile file holds. More is never a record.
constexpr std::size_t kFlatMaxItems = 1024;

std::atomic<bool> g_scanEnabled { true };
std::atomic<bool> g_flatEnabled { true };

using Kind = ScannedMember::Kind;

/// What a scan keeps of a value: its kind and where its bytes are.
using ScanValue = FlatValue;

/// What a scan keeps of a string's text: only whether it had an escape.
struct ScanText final
{
    bool escaped = false;
    void append(const char *, std::size_t) { }
    ScanText &operator+=(char) { return *this; }
};

/// A key a scan keeps: trivially constructible, so the array costs nothing to set up.
struct ScanKey final
{
    const char *data;
    std::size_t size;
    std::string_view view() const { return { data, size }; }
};

struct ScanKeys final
{
    ScanKey keys[kScanMaxOpenKeys];
    std::size_t size = 0;
};

/**
 * One grammar, three outputs: with Build it makes the Json value
 * (parseJsonFast), with Scan it only checks every byte and notes the wanted
 * top-level members (scanTopLevelMembers), with Flat it checks every byte and
 * lists the top-level members and their items (parseFlat). All read the same
 * code, so they accept the same documents, except that Scan and Flat also give
 * up on a key with an escape (they compare keys as raw bytes) and on more
 * than kScanMaxOpenKeys keys in the open objects.
 */
enum class Mode
{
    Build,
    Scan,
    Flat
};

template<Mode kMode> class FastParser final
{
    static constexpr bool kBuild = kMode == Mode::Build;
    static constexpr bool kFlat = kMode == Mode::Flat;
    using Value = std::conditional_t<kBuild, Json, ScanValue>;
    using Text = std::conditional_t<kBuild, std::string, ScanText>;
    using Key = std::conditional_t<kBuild, std::string, std::string_view>;

public:
    FastParser(const char *begin, const char *end) requires kBuild : m_p(begin), m_end(end) { }
    FastParser(const char *begin, const char *end, std::span<const std::string_view> wanted,
        std::span<ScannedMember> found) requires(kMode == Mode::Scan)
        : m_p(begin)
        , m_end(end)
        , m_wanted(wanted)
        , m_found(found)
    { }
    FastParser(const char *begin, const char *end, FlatDocument &doc) requires kFlat : m_p(begin),
                                                                                       m_end(end),
                                                                                       m_doc(&doc)
    { }

    bool document(Value &out)
    {
        skipSpace();
        if (!value(out, 0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *text, std::size_t size)
    {
        if (std::size_t(m_end - m_p) < size || std::memcmp(m_p, text, size) != 0)
            return false;
        m_p += size;
        return true;
    }

    /// out becomes v (Build) or notes its kind (Scan).
    template<class T> static void set(Value &out, T &&v, Kind kind)
    {
        if constexpr (kBuild)
            out = Json(std::forward<T>(v));
        else
            out.kind = kind;
    }

    bool value(Value &out, int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"':
            return stringValue(out);
        case 't':
            set(out, true, Kind::Boolean);
            if constexpr (!kBuild)
                out.raw = "true";
            return literal("true", 4);
        case 'f':
            set(out, false, Kind::Boolean);
            if constexpr (!kBuild)
                out.raw = "false";
            return literal("false", 5);
        case 'n':
            set(out, nullptr, Kind::Null);
            return literal("null", 4);
        default:
            return number(out);
        }
    }

    bool stringValue(Value &out)
    {
        if constexpr (kBuild) {
            out = Json(Json::value_t::string);
            return string(out.template get_ref<std::string &>());
        } else {
            const char *begin = m_p + 1;
            ScanText text;
            if (!string(text))
                return false;
            out.kind = Kind::String;
            out.raw = std::string_view(begin, std::size_t(m_p - 1 - begin));
            out.escaped = text.escaped;
            return true;
        }
    }

    bool key(std::string &out) { return string(out); }
    bool key(std::string_view &out)
    {
        const char *begin = m_p + 1;
        ScanText text;
        if (!string(text) || text.escaped)
            return false;
        out = std::string_view(begin, std::size_t(m_p - 1 - begin));
        return true;
    }

    /// How many members (Build) or keys (Scan) the open objects hold.
    std::size_t stackSize() const
    {
        if constexpr (kBuild)
            return m_members.size();
        else
            return m_keys.size;
    }
    std::string_view keyAt(std::size_t i) const
    {
        if constexpr (kBuild)
            return m_members[i].first;
        else
            return m_keys.keys[i].view();
    }

    /// Keeps a member of an object at depth (1: the document's own members).
    bool push(Key &&key, Value &&member, [[maybe_unused]] int depth)
    {
        if constexpr (kBuild) {
            m_members.emplace_back(std::move(key), std::move(member));
        } else if constexpr (kFlat) {
            if (m_keys.size == kScanMaxOpenKeys)
                return false;
            m_keys.keys[m_keys.size++] = { key.data(), key.size() };
            if (depth == 1) {
                m_doc->members.push_back({ key, member });
                if (m_doc->keep && !m_doc->keep(m_doc->members.back()))
                    return false;
            } else if (depth == 2) {
                if (m_doc->items.size() == kFlatMaxItems)
                    return false;
                m_doc->items.push_back({ key, member });
            }
        } else {
            if (m_keys.size == kScanMaxOpenKeys)
                return false;
            m_keys.keys[m_keys.size++] = { key.data(), key.size() };
            if (depth != 1)
                return true;
            for (std::size_t i = 0; i < m_wanted.size(); ++i) {
                if (m_wanted[i] != key)
                    continue;
                if (member.kind == Kind::String && member.escaped)
                    return false; // its text needs decoding: the full path's job
                m_found[i] = { member.kind, member.kind == Kind::String ? member.raw : "" };
            }
        }
        return true;
    }

    bool object(Value &out, int depth)
    {
        if (depth > kFastMaxDepth)
            return false;
        ++m_p; // '{'
        set(out, Json::value_t::object, Kind::Object);
        if constexpr (kFlat)
            if (depth == 2)
                out.first = std::uint32_t(m_doc->items.size());
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        // Members gather on a stack shared by nested objects, then move into
        // one allocation of the exact size: growing the vector member by
        // member cost about six allocations for a 27-key record.
        const std::size_t first = stackSize();
        const auto finish = [&](bool ok) {
            if constexpr (kBuild) {
                if (ok) {
                    auto &members = out.template get_ref<Json::object_t &>();
                    members.reserve(m_members.size() - first);
                    for (std::size_t i = first; i < m_members.size(); ++i)
                        members.Container::push_back(std::move(m_members[i]));
                }
                m_members.resize(first);
            } else {
                m_keys.size = first;
            }
            if constexpr (kFlat)
                if (depth == 2)
                    out.count = std::uint32_t(m_doc->items.size()) - out.first;
            return ok;
        };
        while (true) {
            if (m_p == m_end || *m_p != '"' || stackSize() - first >= kFastMaxKeys)
                return finish(false);
            Key key;
            if (!this->key(key))
                return finish(false);
            for (std::size_t i = first; i < stackSize(); ++i)
                if (keyAt(i) == key)
                    return finish(false); // a duplicate: the full parser reports it
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return finish(false);
            ++m_p;
            skipSpace();
            Value member;
            if (!value(member, depth) || !push(std::move(key), std::move(member), depth))
                return finish(false);
            skipSpace();
            if (m_p == m_end)
                return finish(false);
            if (*m_p == '}') {
                ++m_p;
                return finish(true);
            }
            if (*m_p != ',')
                return finish(false);
            ++m_p;
            skipSpace();
        }
    }

    /// Where the next item of an array goes: its new last element (Build), or scratch.
    static Value &nextItem(Value &array, [[maybe_unused]] ScanValue &scratch)
    {
        if constexpr (kBuild)
            return array.template get_ref<Json::array_t &>().emplace_back();
        else
            return scratch;
    }

    bool array(Value &out, int depth)
    {
        if (depth > kFastMaxDepth)
            return false;
        ++m_p; // '['
        set(out, Json::value_t::array, Kind::Array);
        if constexpr (kFlat)
            if (depth == 2)
                out.first = std::uint32_t(m_doc->items.size());
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        ScanValue scratch;
        while (true) {
            if constexpr (kFlat)
                scratch = ScanValue();
            if (!value(nextItem(out, scratch), depth))
                return false;
            if constexpr (kFlat) {
                if (depth == 2) {
                    if (m_doc->items.size() == kFlatMaxItems)
                        return false;
                    m_doc->items.push_back({ std::string_view(), scratch });
                    ++out.count;
                }
            }
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            skipSpace();
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char32_t &out)
    {
        if (m_end - m_p < 4)
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return false;
            out = (out << 4) | char32_t(d);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(Text &out, char32_t c)
    {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }

    bool escape(Text &out)
    {
        if (m_p == m_end)
            return false;
        const char c = *m_p++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        char32_t cp;
        if (!hex4(cp))
            return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return false; // a lone low surrogate
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low;
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                return false;
            m_p += 2;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }

    /// Length of a valid UTF-8 sequence (RFC 3629, as nlohmann checks it) at m_p, or 0.
    std::size_t utf8Sequence() const
    {
        const auto *s = reinterpret_cast<const unsigned char *>(m_p);
        const auto left = std::size_t(m_end - m_p);
        auto cont = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
            return i < left && s[i] >= lo && s[i] <= hi;
        };
        const unsigned char b = s[0];
        if (b >= 0xC2 && b <= 0xDF)
            return cont(1) ? 2 : 0;
        if (b == 0xE0)
            return cont(1, 0xA0) && cont(2) ? 3 : 0;
        if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF)
            return cont(1) && cont(2) ? 3 : 0;
        if (b == 0xED)
            return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
        if (b == 0xF0)
            return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        if (b >= 0xF1 && b <= 0xF3)
            return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (b == 0xF4)
            return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        return 0;
    }

    /**
     * Moves m_p past the plain bytes (printable ASCII but '"' and '\\') that
     * follow, eight at a time. A word is plain when no byte is below 0x20, has
     * the high bit, or equals '"' or '\\'; a subtraction borrows only out of
     * such a byte, so the lowest byte flagged is the first one that is not plain.
     */
    void skipPlainWords()
    {
        if constexpr (std::endian::native == std::endian::little) {
            constexpr std::uint64_t ones = 0x0101010101010101, high = 0x8080808080808080;
            while (m_end - m_p >= 8) {
                std::uint64_t w;
                std::memcpy(&w, m_p, 8);
                const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
                const std::uint64_t special
                    = ((w - ones * 0x20) | (quote - ones) | (backslash - ones) | w) & high;
                if (special != 0) {
                    m_p += std::countr_zero(special) / 8;
                    return;
                }
                m_p += 8;
            }
        }
    }

    bool string(Text &out)
    {
        ++m_p; // '"'
        while (true) {
            const char *run = m_p;
            skipPlainWords();
            while (m_p != m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                    break;
                ++m_p;
            }
            out.append(run, std::size_t(m_p - run));
            if (m_p == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                if constexpr (!kBuild)
                    out.escaped = true;
                ++m_p;
                if (!escape(out))
                    return false;
                continue;
            }
            if (c < 0x20)
                return false;
            const std::size_t n = utf8Sequence();
            if (n == 0)
                return false;
            out.append(m_p, n);
            m_p += n;
        }
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }

    bool number(Value &out)
    {
        // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        const char *start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '0')
            ++m_p;
        else if (*m_p < '1' || *m_p > '9' || !digits())
            return false;
        bool integer = true;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            integer = false;
            if (!digits())
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            integer = false;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        if constexpr (!kBuild) {
            out.raw = std::string_view(start, std::size_t(m_p - start));
            out.integer = integer;
        }
        // Like nlohmann: integers as int64 when negative, uint64 otherwise; out of
        // range (and any odd float) goes to the full parser.
        if (integer && negative) {
            std::int64_t v;
            const auto r = std::from_chars(start, m_p, v);
            if (r.ec != std::errc() || r.ptr != m_p)
                return false;
            set(out, static_cast<Json::number_integer_t>(v), Kind::Number);
            return true;
        }
        if (integer) {
            std::uint64_t v;
            const auto r = std::from_chars(start, m_p, v);
            if (r.ec != std::errc() || r.ptr != m_p)
                return false;
            set(out, static_cast<Json::number_unsigned_t>(v), Kind::Number);
            return true;
        }
        double v;
        const auto r = std::from_chars(start, m_p, v);
        if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(v))
            return false;
        // Underflow to zero or a subnormal: leave the exact reading to strtod.
        if (std::fpclassify(v) == FP_SUBNORMAL)
            return false;
        if (v == 0.0) {
            for (const char *d = start; d != m_p && *d != 'e' && *d != 'E'; ++d)
                if (*d >= '1' && *d <= '9')
                    return false;
        }
        set(out, static_cast<Json::number_float_t>(v), Kind::Number);
        return true;
    }

    /// Per thread, so that its capacity outlives one document.
    static std::vector<std::pair<std::string, Json>> &memberStack()
    {
        thread_local std::vector<std::pair<std::string, Json>> stack;
        return stack;
    }
    using Members = std::vector<std::pair<std::string, Json>>;
    struct NoMembers final
    {
    };
    using MemberStack = std::conditional_t<kBuild, Members &, NoMembers>;
    static MemberStack members()
    {
        if constexpr (kBuild)
            return memberStack();
        else
            return {};
    }

    const char *m_p;
    const char *m_end;
    [[no_unique_address]] MemberStack m_members = members();
    [[no_unique_address]] std::conditional_t<kBuild, NoMembers, ScanKeys> m_keys;
    std::span<const std::string_view> m_wanted;
    std::span<ScannedMember> m_found;
    FlatDocument *m_doc = nullptr;
};

} // namespace

bool parseJsonFast(std::string_view bytes, Json &value)
{
    FastParser<Mode::Build> parser(bytes.data(), bytes.data() + bytes.size());
    if (parser.document(value))
        return true;
    value = Json();
    return false;
}

bool scanTopLevelMembers(
    std::string_view bytes, std::span<const std::string_view> keys, std::span<ScannedMember> found)
{
    assert(keys.size() == found.size());
    std::fill(found.begin(), found.end(), ScannedMember());
    if (!g_scanEnabled.load(std::memory_order_relaxed))
        return false;
    FastParser<Mode::Scan> parser(bytes.data(), bytes.data() + bytes.size(), keys, found);
    ScanValue document;
    return parser.document(document) && document.kind == Kind::Object;
}

bool parseFlat(std::string_view bytes, FlatDocument &doc)
{
    doc.members.clear();
    doc.items.clear();
    if (!g_flatEnabled.load(std::memory_order_relaxed))
        return false;
    FastParser<Mode::Flat> parser(bytes.data(), bytes.data() + bytes.size(), doc);
    ScanValue document;
    if (parser.document(document) && document.kind == Kind::Object)
        return true;
    doc.members.clear();
    doc.items.clear();
    return false;
}

const FlatMember *FlatDocument::find(std::string_view key) const
{
    for (const FlatMember &m : members)
        if (m.key == key)
            return &m;
    return nullptr;
}

void setFlatParseEnabled(bool enabled)
{
    g_flatEnabled.store(enabled, std::memory_order_relaxed);
}

ScannedMember::Kind scannedKindOf(const Json &value)
{
    using Kind = ScannedMember::Kind;
    switch (value.type()) {
    case Json::value_t::null:
        return Kind::Null;
    case Json::value_t::boolean:
        return Kind::Boolean;
    case Json::value_t::string:
        return Kind::String;
    case Json::value_t::object:
        return Kind::Object;
    case Json::value_t::array:
        return Kind::Array;
    default:
        return Kind::Number; // big integers (binary) too
    }
}

void setTopLevelScanEnabled(bool enabled)
{
    g_scanEnabled.store(enabled, std::memory_order_relaxed);
}

} // namespace SyncDesk
