// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
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

private:
    Interner &m_strings;
    mutable const Json *m_object = nullptr; ///< the object member() found a key in last
    mutable std::size_t m_next = 0; ///< the index after that key
};

OperationRecord extractOperation(const Extractor &x, const Json &r);
TaskRecord extractTask(const Extractor &x, const Json &r);
ConflictRecord extractConflict(const Extractor &x, const Json &r, Verdict verdict);
PolicyDecisionRecord extractPolicy(const Extractor &x, const Json &r);
ActorRecord extractActor(const Extractor &x, const Json &r);
DeviceRecord extractDevice(const Extractor &x, const Json &r);
ProfileRecord extractProfile(const Extractor &x, const Json &r);
/// validated: the validator accepted the envelope, and so found its digest verified.
EvidenceRecord extractEvidence(const Extractor &x, const Json &r, bool validated);

} // namespace SyncDesk
