// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/missingevidencemodel.h"

#include "core/store/store.h"
#include "core/store/storesession.h"

namespace SyncDesk {

MissingEvidenceModel::MissingEvidenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MissingEvidenceModel::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &StoreSession::storeReset, this, [this] { setStore(m_session->store()); });
        // Relations are rebuilt after every refresh: the list is derived anew.
        connect(session, &StoreSession::storeUpdated, this, &MissingEvidenceModel::reset);
    }
    setStore(session ? session->store() : nullptr);
}

void MissingEvidenceModel::setStore(const Store *store)
{
    m_store = store;
    reset();
}

void MissingEvidenceModel::reset()
{
    beginResetModel();
    m_rows.clear();
    if (m_store && m_store->state() == Store::State::Ok) {
        const auto &dangling = m_store->relations().dangling;
        for (quint32 i = 0; i < dangling.size(); ++i)
            if (dangling[i].expected == RecordKind::Evidence)
                m_rows.push_back(i);
    }
    endResetModel();
}

int MissingEvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MissingEvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissingEvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_store)
        return {};
    const auto &dangling = m_store->relations().dangling;
    const quint32 at = m_rows[std::size_t(index.row())];
    if (at >= dangling.size())
        return {};
    const DanglingRef &d = dangling[at];
    const RecordFile &file = m_store->files()[d.file];

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case FileColumn:
            return file.path;
        case FieldColumn:
            return d.field;
        case ReferenceColumn:
            return m_store->text(d.target);
        }
        return {};
    case PathRole:
        return file.path;
    case FileIndexRole:
        return int(d.file);
    case FieldRole:
        return d.field;
    case ReferenceRole:
        return m_store->text(d.target);
    case CitingKindRole:
        return int(file.kind);
    case CitingRowRole:
        return int(file.row);
    case Qt::ToolTipRole:
        if (index.column() != ReferenceColumn)
            return {};
        [[fallthrough]];
    case MisnamedHintRole:
        return m_store->misnamedEvidenceHint(m_store->text(d.target));
    case MisnamedRowRole:
        return int(m_store->misnamedEvidenceFor(m_store->text(d.target)));
    }
    return {};
}

QVariant MissingEvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Cited in");
    case FieldColumn:
        return tr("Field");
    case ReferenceColumn:
        return tr("Missing evidence");
    }
    return {};
}

QHash<int, QByteArray> MissingEvidenceModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert({ { SortRole, "sortValue" }, { PathRole, "path" }, { FileIndexRole, "fileIndex" },
        { FieldRole, "field" }, { ReferenceRole, "reference" }, { CitingKindRole, "citingKind" },
        { CitingRowRole, "citingRow" }, { MisnamedHintRole, "misnamedHint" },
        { MisnamedRowRole, "misnamedRow" } });
    return names;
}

} // namespace SyncDesk
