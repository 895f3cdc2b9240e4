// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/store.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace SyncDesk {

class StoreSession;

/**
 * The operation queue: one row per workspace operation of the session's store.
 * Display text is formatted lazily and cached; sorting uses SortRole (raw
 * values: ids as text, times in ms, counts), never the display strings.
 * Id cells carry their whole id as tooltip (views elide them in the middle),
 * time cells the UTC timestamp.
 */
class OperationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        TypeColumn,
        IdColumn,
        LocalIdColumn,
        RemoteIdColumn,
        ActorColumn,
        DeviceColumn,
        WorkspaceColumn,
        CreatedColumn,
        UpdatedColumn,
        ConflictsColumn,
        TasksColumn,
        FlagsColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw value of the cell
        RowRole, ///< the row in Store::operations()
        StatusRole, ///< raw status word
        TypeRole, ///< raw operation type
        VerdictRole, ///< int(Verdict) of the record file
        StateRole, ///< int(TaskState) of the status word: its colour (statustone.h)
    };

    explicit OperationModel(StoreSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Store *store() const;
    /// SortRole of a numeric column (times, counts, flags) without a QVariant;
    /// false for text columns and rows out of range.
    bool numericSortKey(int row, int column, qint64 &key) const
    {
        // Inline for a sort's ~1.7M calls at 100k, once the column's keys are read.
        if (column == m_sortKeyColumn && row >= 0 && std::size_t(row) < m_sortKeys.size()) {
            key = m_sortKeys[std::size_t(row)];
            return true;
        }
        return readSortKeys(row, column, key);
    }

    /// Plain-words names for the vocabularies ("sync.conflict.resolve" -> "Resolve conflict").
    static QString typeLabel(const QString &type);
    static QString statusLabel(const QString &status);
    /// A time as the queue shows it: the locale's short date with the full
    /// year and the time to the second, local time ("5/5/2026 1:03:27 AM").
    static QString timeText(qint64 ms);

private:
    void onReset();
    void onChanged(RecordKind kind, const QList<int> &rows);
    void onAdded(RecordKind kind, int first, int last);
    bool readSortKey(int row, int column, qint64 &key) const;
    /// numericSortKey() when column's keys are not read yet: reads them all.
    bool readSortKeys(int row, int column, qint64 &key) const;
    /// The store changed: the keys are read again when next sorted.
    void forgetSortKeys() const
    {
        m_sortKeyColumn = -1;
        m_sortKeys.clear();
    }

    QPointer<StoreSession> m_session;
    int m_rows = 0;
    /// numericSortKey() of every row for one column, read when it is first
    /// sorted by: sorting 100k rows compares ~3.4M keys, and reading each
    /// from its 200-byte record cost ~30 ms of the queue's first frame.
    mutable std::vector<qint64> m_sortKeys;
    mutable int m_sortKeyColumn = -1;
};

} // namespace SyncDesk
