// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/storetypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace SyncDesk {

class Store;
class StoreSession;

/**
 * References to evidence that is not in the store: the dangling references of
 * Store::relations() whose expected kind is Evidence, with the record citing them.
 */
class MissingEvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn, ///< the citing record's file
        FieldColumn,
        ReferenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole,
        PathRole, ///< the citing file, relative to the store root
        FileIndexRole, ///< index in Store::files()
        FieldRole,
        ReferenceRole, ///< the reference exactly as written
        CitingKindRole, ///< int: RecordKind of the citing record
        CitingRowRole, ///< its row in the typed table of that kind, -1 when none
        /// Translated: the misnamed envelope that explains why it is missing
        /// (one at its file name holding another id, or it under another
        /// name); empty otherwise. Also the reference's tooltip.
        MisnamedHintRole,
        MisnamedRowRole, ///< int: that envelope's row in Store::evidence(), -1 when none
    };
    Q_ENUM(Role)

    explicit MissingEvidenceModel(QObject *parent = nullptr);

    void setSession(StoreSession *session);
    void setStore(const Store *store);
    const Store *store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reset();

    QPointer<StoreSession> m_session;
    const Store *m_store = nullptr;
    std::vector<quint32> m_rows; ///< indexes into relations().dangling
};

} // namespace SyncDesk
