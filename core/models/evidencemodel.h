// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"
#include "core/store/storetypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <array>
#include <vector>

namespace SyncDesk {

class Store;
class StoreSession;

/**
 * The store's evidence envelopes, one row per Store::evidence() row (row
 * numbers are shared, so a row is also an index into relations().citationsOf).
 * data() formats a row's local time when first shown and keeps it until the
 * row changes. Sort on SortRole: it holds the raw value of each column.
 */
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        IdColumn,
        TypeColumn,
        SubjectColumn,
        WriterColumn,
        GeneratedColumn,
        SignedColumn,
        CitedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole, ///< the column's raw value
        StatusRole, ///< int: EvidenceStatus
        StatusMessageRole, ///< why it is tampered or invalid (translated)
        EvidenceIdRole,
        TypeRole,
        SubjectRole,
        WriterRole,
        GeneratedRole, ///< qint64 ms since the epoch, kNoTime when missing
        SignedRole, ///< int: Flag
        CitedByCountRole,
        DeclaredDigestRole,
        FileIndexRole, ///< index in Store::files()
        PathRole, ///< relative to the store root
        IconNameRole, ///< freedesktop icon name for the status column
        ToneRole, ///< int: StatusTone
    };
    Q_ENUM(Role)

    explicit EvidenceModel(QObject *parent = nullptr);

    /// Follows a session: resets on storeReset, updates rows it reports.
    void setSession(StoreSession *session);
    /// Shows a store without a session (not owned; call again after it changes).
    void setStore(const Store *store);
    const Store *store() const { return m_store; }

    /// "Verified", "Tampered", "Invalid", "Suspect" (translated).
    static QString statusLabel(EvidenceStatus status);
    static QString statusIconName(EvidenceStatus status);
    static StatusTone statusTone(EvidenceStatus status);

    int verifiedCount() const { return m_counts[0]; }
    int tamperedCount() const { return m_counts[1]; }
    int invalidCount() const { return m_counts[2]; }
    /// Envelopes at another id's file name: they serve no reference.
    int suspectCount() const { return m_counts[3]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Status counts changed (rows added, re-read or a reset).
    void countsChanged();

private:
    void reset();
    /// Forgets the formatted times of rows first to last (formatted again when shown).
    void forgetRows(int first, int last);
    const QString &generatedText(int row) const;
    void recount();
    void onRecordsChanged(RecordKind kind, const QList<int> &rows);
    void onRecordsAdded(RecordKind kind, int first, int last);
    void onStoreUpdated();

    QPointer<StoreSession> m_session;
    const Store *m_store = nullptr;
    int m_rowCount = 0;
    /// Per row, the local time, formatted when first shown: null until then.
    mutable std::vector<QString> m_generatedText;
    std::array<QString, 4> m_statusLabels;
    std::array<QString, 3> m_signedLabels; ///< unknown, no, yes
    std::array<int, 4> m_counts {};
};

} // namespace SyncDesk
