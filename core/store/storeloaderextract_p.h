// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
#include "core/json/jsonfast_p.h"
#include "core/records/timestamp.h"
#include "core/store/storetypes.h"

#include <QString>

#include <cstddef>
#include <string_view>

namespace SyncDesk {

/// Reads the fields the tables keep from a parsed record, interning ids and words.
class Extractor final
{
public:
    explicit Extractor(Interner &strings)
        : m_strings(strings)
    { }

    /**
     * jsonMember(), trying first the member after the one found last: a record
     * lists its keys in the daemon's order, and the extract functions ask for
     * them in that order, so most keys are found by one comparison instead of
     * a search from the first member.
     */
    const Json &member(const Json &o, std::string_view key) const
    {
        if (!o.is_object())
            return jsonMember(o, key);
        // As its vector: ordered_map's own operator[] takes a key.
        const Json::object_t::Container &members = o.get_ref<const Json::object_t &>();
        if (&o == m_object && m_next < members.size() && members[m_next].first == key)
            return members[m_next++].second;
        // Keys are unique (parseJson() keeps the last of duplicates): the one found is the one.
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i].first == key) {
                m_object = &o;
                m_next = i + 1;
                return members[i].second;
            }
        }
        static const Json missing; // what jsonMember() gives for a key not there
        return missing;
    }

    /// Interner::prefetch() for the strings among o's members and in its
    /// arrays, before they are interned one by one (long ones it skips).
    void prefetch(const Json &o) const
    {
        if (!o.is_object())
            return;
        for (const auto &[key, v] : o.get_ref<const Json::object_t &>()) {
            if (v.is_string())
                m_strings.prefetch(v.get_ref<const std::string &>());
            else if (v.is_array())
                for (const Json &e : v)
                    if (e.is_string())
                        m_strings.prefetch(e.get_ref<const std::string &>());
        }
    }

    Sym sym(const Json &v) const
    {
        if (v.is_string())
            return m_strings.intern(v.get_ref<const std::string &>());
        if (v.is_null() || v.is_structured() || v.is_discarded())
            return kNoSym;
        return m_strings.intern(pythonStr(v));
    }
    Sym sym(const Json &o, std::string_view key) const { return sym(member(o, key)); }
    SymList list(const Json &o, const char *key) const
    {
        SymList out;
        const Json &v = member(o, key);
        if (v.is_array()) {
            out.reserve(v.size());
            for (const auto &e : v)
                out.push_back(sym(e));
        }
        return out;
    }
    SymPairs pairs(const Json &o, const char *key) const
    {
        SymPairs out;
        const Json &v = member(o, key);
        if (v.is_object())
            for (const auto &[k, e] : v.items())
                out.emplace_back(m_strings.intern(k), sym(e));
        return out;
    }
    qint64 time(const Json &o, const char *key) const { return timeOf(member(o, key)); }
    /// A UTC timestamp's time, kNoTime for anything else.
    static qint64 timeOf(const Json &v)
    {
        if (!v.is_string())
            return kNoTime;
        return parseUtcTimestamp(v.get_ref<const std::string &>()).value_or(kNoTime);
    }
    static qint64 timeOf(const Json &o, const char *key) { return timeOf(jsonMember(o, key)); }
    /// Also with an offset (+02:00): for times the gate compares as instants.
    qint64 instant(const Json &o, const char *key) const
    {
        const Json &v = member(o, key);
        if (!v.is_string())
            return kNoTime;
        return parseTimestampInstant(v.get_ref<const std::string &>()).value_or(kNoTime);
    }
    QString text(const Json &o, const char *key) const { return textOf(member(o, key)); }
    /// A value as text: a string as it is, null as empty, anything else as Python's str().
    static QString textOf(const Json &v)
    {
        if (v.is_string())
            return QString::fromStdString(v.get_ref<const std::string &>());
        return v.is_null() ? QString() : QString::fromStdString(pythonStr(v));
    }
    static QString textOf(const Json &o, const char *key) { return textOf(jsonMember(o, key)); }
    Flag flag(const Json &o, const char *key) const
    {
        const Json &v = member(o, key);
        return v.is_boolean() ? (v.get<bool>() ? Flag::True : Flag::False) : Flag::Unknown;
    }
    /// An integer's value (a uint64 over the range wraps, as get<qint64>()), 0 for anything else.
    qint64 integer(const Json &o, const char *key) const
    {
        const Json &v = member(o, key);
        return v.is_number_integer() ? v.get<qint64>() : 0;
    }
    /// Null or missing.
    bool isNull(const Json &o, const char *key) const { return member(o, key).is_null(); }
    /// A string equal to text.
    bool isString(const Json &o, const char *key, std::string_view text) const
    {
        const Json &v = member(o, key);
        return v.is_string() && v.get_ref<const std::string &>() == text;
    }

private:
    Interner &m_strings;
    mutable const Json *m_object = nullptr; ///< the object member() found a key in last
    mutable std::size_t m_next = 0; ///< the index after that key
};

/**
 * Extractor's reading of a record that parseFlat() listed, with the same
 * results. What it cannot read exactly without a DOM (a string with an escape,
 * or a number or a boolean where an id is read) it marks unusual(): the caller
 * then extracts from parseJson()'s value instead.
 */
class FlatExtractor final
{
public:
    explicit FlatExtractor(Interner &strings)
        : m_strings(strings)
    { }

    bool unusual() const { return m_unusual; }
    /// For what only the DOM reads (a conflict's card, an envelope's digest).
    void markUnusual() const { m_unusual = true; }

    /// The member named key, trying the one after the last found first (Extractor::member()).
    const FlatValue &member(const FlatDocument &r, std::string_view key) const
    {
        const auto &members = r.members;
        if (m_next < members.size() && members[m_next].key == key)
            return members[m_next++].value;
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i].key == key) {
                m_next = i + 1;
                return members[i].value;
            }
        }
        static const FlatValue missing;
        return missing;
    }
    void prefetch(const FlatDocument &r) const
    {
        for (const FlatMember &m : r.members)
            if (m.value.kind == ScannedMember::Kind::String && !m.value.escaped)
                m_strings.prefetch(m.value.raw);
        for (const FlatMember &m : r.items)
            if (m.value.kind == ScannedMember::Kind::String && !m.value.escaped)
                m_strings.prefetch(m.value.raw);
    }
    Sym sym(const FlatValue &v) const
    {
        using K = ScannedMember::Kind;
        if (v.kind == K::String && !v.escaped)
            return m_strings.intern(v.raw);
        if (v.kind != K::Missing && v.kind != K::Null && v.kind != K::Object && v.kind != K::Array)
            m_unusual = true; // its decoded text or Python's str() of it
        return kNoSym;
    }
    Sym sym(const FlatDocument &r, std::string_view key) const { return sym(member(r, key)); }
    SymList list(const FlatDocument &r, const char *key) const
    {
        SymList out;
        const FlatValue &v = member(r, key);
        if (v.kind == ScannedMember::Kind::Array) {
            out.reserve(v.count);
            for (const FlatMember &e : r.children(v))
                out.push_back(sym(e.value));
        }
        return out;
    }
    SymPairs pairs(const FlatDocument &r, const char *key) const
    {
        SymPairs out;
        const FlatValue &v = member(r, key);
        if (v.kind == ScannedMember::Kind::Object)
            for (const FlatMember &e : r.children(v)) // keys have no escape (parseFlat())
                out.emplace_back(m_strings.intern(e.key), sym(e.value));
        return out;
    }
    qint64 time(const FlatDocument &r, const char *key) const
    {
        const std::string_view *text = string(member(r, key));
        return text ? parseUtcTimestamp(*text).value_or(kNoTime) : kNoTime;
    }
    qint64 instant(const FlatDocument &r, const char *key) const
    {
        const std::string_view *text = string(member(r, key));
        return text ? parseTimestampInstant(*text).value_or(kNoTime) : kNoTime;
    }
    QString text(const FlatDocument &r, const char *key) const
    {
        const FlatValue &v = member(r, key);
        if (const std::string_view *text = string(v))
            return QString::fromUtf8(text->data(), qsizetype(text->size()));
        if (v.kind != ScannedMember::Kind::Missing && v.kind != ScannedMember::Kind::Null)
            m_unusual = true; // Python's str() of it
        return QString();
    }
    Flag flag(const FlatDocument &r, const char *key) const
    {
        const FlatValue &v = member(r, key);
        if (v.kind != ScannedMember::Kind::Boolean)
            return Flag::Unknown;
        return v.raw.front() == 't' ? Flag::True : Flag::False;
    }
    qint64 integer(const FlatDocument &r, const char *key) const;
    bool isNull(const FlatDocument &r, const char *key) const
    {
        const auto kind = member(r, key).kind;
        return kind == ScannedMember::Kind::Missing || kind == ScannedMember::Kind::Null;
    }
    bool isString(const FlatDocument &r, const char *key, std::string_view text) const
    {
        const std::string_view *s = string(member(r, key));
        return s && *s == text;
    }

private:
    /// A string's text, or null when v is no string; one with an escape is unusual.
    const std::string_view *string(const FlatValue &v) const
    {
        if (v.kind != ScannedMember::Kind::String)
            return nullptr;
        if (v.escaped) {
            m_unusual = true;
            return nullptr;
        }
        return &v.raw;
    }

    Interner &m_strings;
    mutable std::size_t m_next = 0; ///< the index after the member found last
    mutable bool m_unusual = false;
};

// One reading for both: X is Extractor with R Json, or FlatExtractor with R
// FlatDocument (the two instantiations in storeloaderextract.cpp).
template<class X, class R> OperationRecord extractOperation(const X &x, const R &r);
template<class X, class R> TaskRecord extractTask(const X &x, const R &r);
template<class X, class R> PolicyDecisionRecord extractPolicy(const X &x, const R &r);
template<class X, class R> ActorRecord extractActor(const X &x, const R &r);
template<class X, class R> DeviceRecord extractDevice(const X &x, const R &r);
template<class X, class R> ProfileRecord extractProfile(const X &x, const R &r);
ConflictRecord extractConflict(const Extractor &x, const Json &r, Verdict verdict);
/// validated: the validator accepted the envelope, and so found its digest verified.
EvidenceRecord extractEvidence(const Extractor &x, const Json &r, bool validated);

} // namespace SyncDesk
