// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictfilterproxy.h"

#include "core/models/conflictmodel.h"

namespace SyncDesk {

ConflictFilterProxy::ConflictFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void ConflictFilterProxy::setStateFilter(StateFilter state)
{
    m_state = state;
    m_sticky.clear();
    refilter();
}

void ConflictFilterProxy::setSeverities(const QSet<QString> &severities)
{
    if (severities == m_severities)
        return;
    m_severities = severities;
    refilter();
}

void ConflictFilterProxy::setWorkspace(const QString &workspaceId)
{
    if (workspaceId == m_workspace)
        return;
    m_workspace = workspaceId;
    refilter();
}

void ConflictFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void ConflictFilterProxy::refilter()
{
    // invalidate(), not invalidateFilter(): one layout change instead of a
    // removal signal per hidden range, which is what makes big filters slow.
    invalidate();
}

void ConflictFilterProxy::setDeferredWhile(std::function<bool()> deferred)
{
    m_deferred = std::move(deferred);
}

bool ConflictFilterProxy::deferring() const
{
    if (m_catchingUp || !m_deferred || !m_deferred())
        return false;
    m_behind = true;
    return true;
}

bool ConflictFilterProxy::catchUp(bool now)
{
    if (!m_behind || (!now && deferring()))
        return false;
    m_behind = false;
    m_catchingUp = true;
    refilter();
    m_catchingUp = false;
    return true;
}

QList<int> ConflictFilterProxy::sourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows << mapToSource(index(i, 0)).row();
    return rows;
}

bool ConflictFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (deferring())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!acceptsState(i))
        return false;
    if (!m_severities.isEmpty()
        && !m_severities.contains(i.data(ConflictModel::SeverityRole).toString()))
        return false;
    if (!m_workspace.isEmpty() && i.data(ConflictModel::WorkspaceRole).toString() != m_workspace)
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = i.data(ConflictModel::SearchTextRole).toString();
        for (const QString &word : m_words)
            if (!haystack.contains(word))
                return false;
    }
    return true;
}

bool ConflictFilterProxy::acceptsState(const QModelIndex &i) const
{
    using R = ConflictModel::Readiness;
    const auto state = CardState(i.data(ConflictModel::StateRole).toInt());
    const bool touched = i.data(ConflictModel::OutcomeRole).toInt() >= 0;
    const auto readiness = R(i.data(ConflictModel::ReadinessRole).toInt());
    bool match = false;
    switch (m_state) {
    case StateFilter::All:
        return true;
    case StateFilter::Decided:
        return state == CardState::Decided;
    case StateFilter::Pending:
        // A decided card being revised waits for a decision again.
        return touched || i.data(ConflictModel::RevisingRole).toBool()
            || (state == CardState::Pending && !i.data(ConflictModel::GatedRole).toBool());
    case StateFilter::Gated:
        return i.data(ConflictModel::GatedRole).toBool();
    case StateFilter::Staged:
        match = readiness != R::NotStaged;
        break;
    case StateFilter::NeedsRationale:
        match = readiness == R::NeedsRationale;
        break;
    case StateFilter::Ready:
        match = readiness == R::Ready;
        break;
    }
    const QString id = i.data(ConflictModel::ConflictIdRole).toString();
    if (match)
        m_sticky.insert(id);
    return match || touched || m_sticky.contains(id);
}

bool ConflictFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (deferring())
        return left.row() < right.row();
    const int l = left.data(ConflictModel::SeverityRankRole).toInt();
    const int r = right.data(ConflictModel::SeverityRankRole).toInt();
    if (l != r)
        return l < r;
    const qint64 lc = left.data(ConflictModel::CreatedRole).toLongLong();
    const qint64 rc = right.data(ConflictModel::CreatedRole).toLongLong();
    if (lc != rc)
        return lc < rc;
    return left.data(ConflictModel::ConflictIdRole).toString()
        < right.data(ConflictModel::ConflictIdRole).toString();
}

} // namespace SyncDesk
