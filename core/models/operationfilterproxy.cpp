// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/operationfilterproxy.h"

#include "core/models/operationmodel.h"

namespace SyncDesk {

OperationFilterProxy::OperationFilterProxy(OperationModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(OperationModel::SortRole);
    setDynamicSortFilter(true);
}

void OperationFilterProxy::setTypes(const QSet<QString> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidate();
}

void OperationFilterProxy::setStatuses(const QSet<QString> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidate();
}

void OperationFilterProxy::setActor(const QString &actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    invalidate();
}

void OperationFilterProxy::setDevice(const QString &device)
{
    if (device == m_device)
        return;
    m_device = device;
    invalidate();
}

void OperationFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidate();
}

bool OperationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    qint64 l = 0, r = 0;
    if (sortRole() == OperationModel::SortRole && left.column() == right.column()
        && m_source->numericSortKey(left.row(), left.column(), l)
        && m_source->numericSortKey(right.row(), right.column(), r))
        return l < r;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool OperationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Store *s = m_source->store();
    if (!s || sourceRow >= int(s->operations().size()))
        return false;
    const auto &op = s->operations()[quint32(sourceRow)];
    if (!m_types.isEmpty() && !m_types.contains(s->text(op.type)))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(s->text(op.status)))
        return false;
    if (!m_actor.isEmpty() && s->text(op.actor) != m_actor)
        return false;
    if (!m_device.isEmpty() && s->text(op.device) != m_device)
        return false;
    if (m_text.isEmpty())
        return true;
    auto has = [&](Sym sym) { return s->text(sym).contains(m_text, Qt::CaseInsensitive); };
    if (has(op.id) || has(op.localId) || has(op.remoteId) || has(op.actor))
        return true;
    for (Sym c : op.conflicts)
        if (has(c))
            return true;
    return false;
}

} // namespace SyncDesk
