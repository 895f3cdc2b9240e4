// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictstaging.h"

namespace SyncDesk {

DecisionOption ConflictStaging::option(const QString &conflictId) const
{
    return m_staged.value(conflictId, DecisionOption::None);
}

bool ConflictStaging::stage(const QString &conflictId, DecisionOption option)
{
    const auto it = m_staged.constFind(conflictId);
    if (it != m_staged.cend() && *it == option)
        return false;
    m_staged.insert(conflictId, option);
    m_results.remove(conflictId);
    return true;
}

bool ConflictStaging::unstage(const QString &conflictId)
{
    return m_staged.remove(conflictId) > 0;
}

int ConflictStaging::count(DecisionOption option) const
{
    int n = 0;
    for (DecisionOption staged : m_staged)
        n += staged == option ? 1 : 0;
    return n;
}

void ConflictStaging::prune(
    const std::function<bool(const QString &conflictId, DecisionOption)> &keep)
{
    for (auto it = m_staged.begin(); it != m_staged.end();) {
        if (keep(it.key(), it.value()))
            ++it;
        else
            it = m_staged.erase(it);
    }
}

bool ConflictStaging::setRationale(const QString &conflictId, const QString &rationale)
{
    if (m_rationales.value(conflictId) == rationale)
        return false;
    if (rationale.isEmpty())
        m_rationales.remove(conflictId);
    else
        m_rationales.insert(conflictId, rationale);
    return true;
}

void ConflictStaging::setResult(const QString &conflictId, const Result &result)
{
    m_results.insert(conflictId, result);
    if (result.outcome != Outcome::Refused) {
        m_staged.remove(conflictId);
        m_revising.remove(conflictId);
    }
}

bool ConflictStaging::setRevising(const QString &conflictId, bool revising)
{
    if (m_revising.contains(conflictId) == revising)
        return false;
    if (revising)
        m_revising.insert(conflictId);
    else
        m_revising.remove(conflictId);
    return true;
}

const ConflictStaging::Result *ConflictStaging::result(const QString &conflictId) const
{
    const auto it = m_results.constFind(conflictId);
    return it == m_results.cend() ? nullptr : &*it;
}

QList<QString> ConflictStaging::clearResults()
{
    QList<QString> ids = m_results.keys();
    m_results.clear();
    return ids;
}

} // namespace SyncDesk
