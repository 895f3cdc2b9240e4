// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The JSON fast path against nlohmann's own parser: whatever parseJsonFast()
// accepts, nlohmann must accept too and build the same tree, number types and
// key order included (the dump shows both). The fast path may give up on
// anything; it must never accept what the full path refuses, or differ.
// The full path (parseJsonChecked, what parseJson() falls back to) must agree
// with the fast path too; beyond that it keeps integers past 64 bits exactly,
// where nlohmann has a double, so it is compared with nlohmann only without them.
// The scan without a DOM (scanTopLevelMembers, the journal's path) reads the
// fast path's grammar: whatever it accepts, the full path reads as an object
// without duplicate keys whose wanted members have the kinds and texts the scan
// found; and it takes every object the fast path reads that has no escape and
// not too many keys, so that the two cannot drift apart unnoticed. The flat
// listing (parseFlat, the records' path) is held to the same: every member and
// every item of a member, kinds, texts and numbers, as the full path reads them.

#include "core/json/jsonfast_p.h"
#include "fuzzsupport.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>

using namespace SyncDesk;

namespace {

bool holdsBigInteger(const Json &v)
{
    if (isBigInteger(v))
        return true;
    if (v.is_structured())
        for (const auto &e : v)
            if (holdsBigInteger(e))
                return true;
    return false;
}

/// The journal's keys, the keys of the corpus' records, and the empty key.
constexpr std::array<std::string_view, 10> kKeys = { "event_id", "event_type", "lane", "object_id",
    "producer", "created_at", "schema", "a", "k", "" };

std::size_t countKeys(const Json &v)
{
    std::size_t n = v.is_object() ? v.size() : 0;
    if (v.is_structured())
        for (const auto &e : v)
            n += countKeys(e);
    return n;
}

/// Only an escape or more keys than they keep stop the scan and the listing
/// where the fast path reads an object.
bool mustBeTaken(std::string_view input, const JsonParseResult &checked, bool fastOk)
{
    return fastOk && checked.value.is_object() && input.find('\\') == std::string_view::npos
        && countKeys(checked.value) <= 256;
}

/// The items parseFlat() lists: those of the members that are objects or arrays.
std::size_t flatItems(const Json &object)
{
    std::size_t n = 0;
    for (const auto &member : object)
        if (member.is_structured())
            n += member.size();
    return n;
}

void checkScan(std::string_view input, const JsonParseResult &checked, bool fastOk)
{
    std::array<ScannedMember, kKeys.size()> found;
    if (!scanTopLevelMembers(input, kKeys, found)) {
        if (mustBeTaken(input, checked, fastOk))
            std::abort();
        return;
    }
    if (!fastOk || !checked.ok() || !checked.duplicateKeys.isEmpty() || !checked.value.is_object())
        std::abort();
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        const std::string key(kKeys[i]);
        if (!checked.value.contains(key)) {
            if (found[i].kind != ScannedMember::Kind::Missing || !found[i].text.empty())
                std::abort();
            continue;
        }
        const Json &v = checked.value[key];
        if (found[i].kind != scannedKindOf(v))
            std::abort();
        if (found[i].text != (v.is_string() ? v.get_ref<const std::string &>() : std::string()))
            std::abort();
    }
}

/// A value parseFlat() listed against the full path's.
bool flatMatches(const FlatDocument &doc, const FlatValue &v, const Json &j, bool topLevel)
{
    if (v.kind != scannedKindOf(j))
        return false;
    switch (v.kind) {
    case ScannedMember::Kind::String:
        return v.escaped ? v.raw.find('\\') != std::string_view::npos
                         : v.raw == j.get_ref<const std::string &>();
    case ScannedMember::Kind::Boolean:
        return v.raw == (j.get<bool>() ? "true" : "false");
    case ScannedMember::Kind::Number: {
        if (v.integer != j.is_number_integer())
            return false;
        if (!v.integer)
            return true;
        const char *end = v.raw.data() + v.raw.size();
        if (j.is_number_unsigned()) {
            std::uint64_t n = 0;
            return std::from_chars(v.raw.data(), end, n).ptr == end && n == j.get<std::uint64_t>();
        }
        std::int64_t n = 0;
        return std::from_chars(v.raw.data(), end, n).ptr == end && n == j.get<std::int64_t>();
    }
    case ScannedMember::Kind::Object:
    case ScannedMember::Kind::Array: {
        if (!topLevel)
            return v.count == 0;
        const auto items = doc.children(v);
        if (items.size() != j.size())
            return false;
        std::size_t i = 0;
        for (auto it = j.begin(); it != j.end(); ++it, ++i)
            if (items[i].key != (j.is_object() ? std::string_view(it.key()) : std::string_view())
                || !flatMatches(doc, items[i].value, *it, false))
                return false;
        return true;
    }
    default:
        return true;
    }
}

void checkFlat(std::string_view input, const JsonParseResult &checked, bool fastOk)
{
    FlatDocument doc;
    if (!parseFlat(input, doc)) {
        if (mustBeTaken(input, checked, fastOk) && flatItems(checked.value) <= 1024)
            std::abort();
        return;
    }
    if (!fastOk || !checked.ok() || !checked.duplicateKeys.isEmpty() || !checked.value.is_object())
        std::abort();
    const Json::object_t::Container &members = checked.value.get_ref<const Json::object_t &>();
    if (members.size() != doc.members.size())
        std::abort();
    for (std::size_t i = 0; i < members.size(); ++i)
        if (doc.members[i].key != members[i].first
            || !flatMatches(doc, doc.members[i].value, members[i].second, true))
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = SyncDeskFuzz::bytes(data, size);
    const auto checked = parseJsonChecked(input);
    Json fast;
    const bool fastOk = parseJsonFast(input, fast);
    checkScan(input, checked, fastOk);
    checkFlat(input, checked, fastOk);
    if (!fastOk) {
        // A document only the full path reads, without duplicate keys (where
        // nlohmann keeps the first value and Python the last) or big integers:
        // nlohmann reads the same tree.
        if (checked.ok() && checked.duplicateKeys.isEmpty() && !holdsBigInteger(checked.value)) {
            const Json full = Json::parse(input.begin(), input.end(), nullptr, false);
            if (!full.is_discarded()
                && (full != checked.value || full.dump() != checked.value.dump()))
                std::abort();
        }
        return 0;
    }
    // A raw NUL is never valid JSON (control characters must be escaped), and
    // nlohmann would stop at one as if the input ended: check it here.
    if (input.find('\0') != std::string_view::npos)
        std::abort();
    Json full = Json::parse(input.begin(), input.end(), nullptr, false);
    if (full.is_discarded() || full != fast || full.dump() != fast.dump())
        std::abort();
    if (!checked.ok() || !checked.duplicateKeys.isEmpty() || checked.value != fast
        || dumpJson(checked.value) != dumpJson(fast))
        std::abort();
    return 0;
}
