// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/json/canonicaljson.h"

#include "core/json/sha256_p.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace SyncDesk {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendU16(std::string &out, unsigned unit)
{
    out += "\\u";
    out += kHex[(unit >> 12) & 15];
    out += kHex[(unit >> 8) & 15];
    out += kHex[(unit >> 4) & 15];
    out += kHex[unit & 15];
}

// Strings inside a parsed Json are valid UTF-8 (the parser checks), so decoding
// needs no error paths; a stray byte is escaped as itself rather than dropped.
void appendString(std::string &out, const std::string &s)
{
    out += '"';
    const auto n = s.size();
    for (std::size_t i = 0; i < n;) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
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
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20 || c == 0x7f)
                    appendU16(out, c);
                else
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        unsigned cp = 0;
        std::size_t len = 1;
        if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1F;
            len = 2;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0F;
            len = 3;
        } else if ((c & 0xF8) == 0xF0) {
            cp = c & 0x07;
            len = 4;
        } else {
            appendU16(out, c);
            ++i;
            continue;
        }
        if (i + len > n) {
            appendU16(out, c);
            ++i;
            continue;
        }
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            appendU16(out, 0xD800 + (cp >> 10));
            appendU16(out, 0xDC00 + (cp & 0x3FF));
        } else {
            appendU16(out, cp);
        }
        i += len;
    }
    out += '"';
}

void appendValue(std::string &out, const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        out += "null";
        return;
    case Json::value_t::boolean:
        out += v.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::number_integer:
        out += std::to_string(v.get<std::int64_t>());
        return;
    case Json::value_t::number_unsigned:
        out += std::to_string(v.get<std::uint64_t>());
        return;
    case Json::value_t::binary:
        // A big integer (see makeBigInteger()): Python's json writes every digit.
        if (isBigInteger(v)) {
            out += bigIntegerText(v);
            return;
        }
        out += "null";
        return;
    case Json::value_t::number_float: {
        const double d = v.get<double>();
        if (std::isnan(d))
            out += "NaN";
        else if (std::isinf(d))
            out += d > 0 ? "Infinity" : "-Infinity";
        else
            out += pythonFloatRepr(d);
        return;
    }
    case Json::value_t::string:
        appendString(out, v.get_ref<const std::string &>());
        return;
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto &e : v) {
            if (!first)
                out += ',';
            first = false;
            appendValue(out, e);
        }
        out += ']';
        return;
    }
    case Json::value_t::object: {
        std::vector<const std::pair<const std::string, Json> *> items;
        items.reserve(v.size());
        for (const auto &item : v.get_ref<const Json::object_t &>())
            items.push_back(&item);
        // UTF-8 byte order is code point order, which is what Python sorts by.
        std::sort(items.begin(), items.end(),
            [](const auto *a, const auto *b) { return a->first < b->first; });
        out += '{';
        bool first = true;
        for (const auto *item : items) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, item->first);
            out += ':';
            appendValue(out, item->second);
        }
        out += '}';
        return;
    }
    default:
        out += "null";
        return;
    }
}

} // namespace

std::string canonicalJson(const Json &value)
{
    std::string out;
    out.reserve(256);
    appendValue(out, value);
    return out;
}

QByteArray sha256Hex(std::string_view bytes)
{
    const Sha256Digest digest = sha256(bytes);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), digest.size())
        .toHex();
}

QString artifactDigest(const Json &value)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(sha256Hex(canonicalJson(value)));
}

} // namespace SyncDesk
