// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemontypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace SyncDesk {

/**
 * The daemon's /events as a table. Display strings are built once in
 * setEvents(); data() only looks them up. sort() orders the rows itself on the
 * raw values (msecs for the time, the exact text otherwise), stably; a proxy
 * can do the same with SortRole, at about ten times the cost for 100k rows.
 */
class DaemonEventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        EventIdColumn,
        TypeColumn,
        LaneColumn,
        ObjectColumn,
        ProducerColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole,
        EventIdRole, ///< the row's event_id, whatever the column
        PayloadJsonRole, ///< the row's payload as compact JSON text
        CreatedAtRole, ///< created_at exactly as the daemon wrote it
    };
    Q_ENUM(Role)

    explicit DaemonEventsModel(QObject *parent = nullptr);

    void setEvents(const DaemonEventList &events);
    void clear();
    const DaemonEvent &eventAt(int row) const { return m_rows[std::size_t(row)].event; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Kept across setEvents(); column -1 keeps the daemon's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row final
    {
        DaemonEvent event;
        QString timeText;
        qint64 timeSort = 0;
    };

    const QString &text(const Row &row, int column) const;
    /// Old row numbers in sorted order.
    std::vector<int> sortedOrder() const;

    std::vector<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace SyncDesk
