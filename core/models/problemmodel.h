// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"
#include "core/store/storetypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <array>

namespace SyncDesk {

class Store;
class StoreSession;

/**
 * Every validation error and warning of a store (Store::problems()), one row
 * each. Problems are replaced as a whole after a refresh, so the model resets
 * on storeUpdated as well as on storeReset.
 */
class ProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        PathColumn,
        LineColumn,
        RuleColumn,
        FieldColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole, ///< the column's raw value
        SeverityRole, ///< int: Severity
        PathRole, ///< relative to the store root
        LineRole, ///< int, 0 when the problem is about the whole file
        RuleRole,
        FieldRole,
        MessageRole,
        IconNameRole, ///< freedesktop icon name for the severity column
        ToneRole, ///< int: StatusTone
    };
    Q_ENUM(Role)

    explicit ProblemModel(QObject *parent = nullptr);

    void setSession(StoreSession *session);
    void setStore(const Store *store);
    const Store *store() const { return m_store; }

    /// The problem of a row, or null; for filters that must not go through QVariant.
    const Problem *problem(int row) const;

    int errorCount() const { return m_counts[0]; }
    int warningCount() const { return m_counts[1]; }

    static QString severityLabel(Severity severity);
    static QString severityIconName(Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reset();

    QPointer<StoreSession> m_session;
    const Store *m_store = nullptr;
    int m_rowCount = 0;
    std::array<int, 2> m_counts {};
    std::array<QString, 2> m_severityLabels;
    std::array<QString, 2> m_iconNames;
};

} // namespace SyncDesk
