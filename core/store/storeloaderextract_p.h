// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
#include "core/store/storetypes.h"
#include "core/records/timestamp.h"

#include <QString>

#include <string_view>

namespace SyncDesk {

/// Reads the fields the tables keep from a parsed record, interning ids and words.
class Extractor final
{
public:
    explicit Extractor(Interner &strings)
        : m_strings(strings)
    { }

    Sym sym(const Json &v) const
    {
        if (v.is_string())
            return m_strings.intern(v.get_ref<const std::string &>());
        if (v.is_null() || v.is_structured() || v.is_discarded())
            return kNoSym;
        return m_strings.intern(pythonStr(v));
    }
    Sym sym(const Json &o, std::string_view key) const { return sym(jsonMember(o, key)); }
    SymList list(const Json &o, const char *key) const
    {
        SymList out;
        const Json &v = jsonMember(o, key);
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
        const Json &v = jsonMember(o, key);
        if (v.is_object())
            for (const auto &[k, e] : v.items())
                out.emplace_back(m_strings.intern(k), sym(e));
        return out;
    }
    static qint64 time(const Json &o, const char *key)
    {
        const Json &v = jsonMember(o, key);
        if (!v.is_string())
            return kNoTime;
        return parseUtcTimestamp(v.get_ref<const std::string &>()).value_or(kNoTime);
    }
    /// Also with an offset (+02:00): for times the gate compares as instants.
    static qint64 instant(const Json &o, const char *key)
    {
        const Json &v = jsonMember(o, key);
        if (!v.is_string())
            return kNoTime;
        return parseTimestampInstant(v.get_ref<const std::string &>()).value_or(kNoTime);
    }
    static QString text(const Json &o, const char *key)
    {
        const Json &v = jsonMember(o, key);
        if (v.is_string())
            return QString::fromStdString(v.get_ref<const std::string &>());
        return v.is_null() ? QString() : QString::fromStdString(pythonStr(v));
    }
    static Flag flag(const Json &o, const char *key)
    {
        const Json &v = jsonMember(o, key);
        return v.is_boolean() ? (v.get<bool>() ? Flag::True : Flag::False) : Flag::Unknown;
    }

private:
    Interner &m_strings;
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
