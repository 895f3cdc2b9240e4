// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/problemfiltermodel.h"

#include "core/models/problemmodel.h"

namespace SyncDesk {

ProblemFilterModel::ProblemFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void ProblemFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_problems = qobject_cast<ProblemModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ProblemFilterModel::setShowErrors(bool show)
{
    if (m_showErrors == show)
        return;
    m_showErrors = show;
    refilter();
}

void ProblemFilterModel::setShowWarnings(bool show)
{
    if (m_showWarnings == show)
        return;
    m_showWarnings = show;
    refilter();
}

void ProblemFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void ProblemFilterModel::refilter()
{
    invalidate();
    Q_EMIT filterChanged();
}

bool ProblemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Problem *p = m_problems ? m_problems->problem(sourceRow) : nullptr;
    if (!p)
        return !m_problems; // another source model: no opinion
    if (!(p->severity == Severity::Error ? m_showErrors : m_showWarnings))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    return has(p->path) || has(p->rule) || has(p->field) || has(p->message);
}

} // namespace SyncDesk
