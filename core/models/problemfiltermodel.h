// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace SyncDesk {

class ProblemModel;

/**
 * Problems filtered by severity and by text (case-insensitive, in path, rule,
 * field and message), sorted on ProblemModel::SortRole.
 *
 * A filter change re-sorts with invalidate() rather than invalidateFilter():
 * with a view attached the latter costs seconds at 100k rows (notes/speed-at-scale).
 */
class ProblemFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setShowErrors(bool show);
    bool showErrors() const { return m_showErrors; }
    void setShowWarnings(bool show);
    bool showWarnings() const { return m_showWarnings; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QPointer<ProblemModel> m_problems;
    bool m_showErrors = true;
    bool m_showWarnings = true;
    QString m_text;
};

} // namespace SyncDesk
