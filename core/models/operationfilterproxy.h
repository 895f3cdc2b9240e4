// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace SyncDesk {

class OperationModel;

/**
 * Filters the queue by type, status, actor, device and text (any id), reading
 * the store's rows directly, and sorts on OperationModel::SortRole. Filter
 * changes call invalidate(), not invalidateFilter(): at 100k rows with a view
 * attached the latter costs seconds (see the notes on speed at scale).
 */
class OperationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OperationFilterProxy(OperationModel *source, QObject *parent = nullptr);

    /// Empty sets mean "all".
    void setTypes(const QSet<QString> &types);
    void setStatuses(const QSet<QString> &statuses);
    void setActor(const QString &actor);
    void setDevice(const QString &device);
    /// Case-insensitive substring of the operation, local, remote, conflict or actor id.
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Numeric columns compare raw values: the default goes through two QVariants
    /// per comparison, and attaching a 100k-row store sorts by creation time.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OperationModel *m_source;
    QSet<QString> m_types, m_statuses;
    QString m_actor, m_device, m_text;
};

} // namespace SyncDesk
