// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/evidencemodel.h"

#include "core/records/timestamp.h"
#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QDateTime>
#include <QLocale>

namespace SyncDesk {
namespace {

QString localTimeText(qint64 ms)
{
    if (ms == kNoTime)
        return {};
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

int statusIndex(EvidenceStatus status)
{
    return static_cast<int>(status);
}

} // namespace

EvidenceModel::EvidenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (auto s : { EvidenceStatus::Verified, EvidenceStatus::Tampered, EvidenceStatus::Invalid,
             EvidenceStatus::Suspect })
        m_statusLabels[std::size_t(statusIndex(s))] = statusLabel(s);
    // Sync Desk verifies no signature: one that is there is "not verified", never "yes".
    m_signedLabels = { tr("—", "no attestation"), tr("None", "signature"),
        tr("Not verified", "signature present") };
}

QString EvidenceModel::statusLabel(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Verified:
        return tr("Verified");
    case EvidenceStatus::Tampered:
        return tr("Tampered");
    case EvidenceStatus::Invalid:
        return tr("Invalid");
    case EvidenceStatus::Suspect:
        return tr("Suspect", "evidence at another id's file name");
    }
    return {};
}

QString EvidenceModel::statusIconName(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Verified:
        return QStringLiteral("security-high");
    case EvidenceStatus::Tampered:
        return QStringLiteral("security-low");
    case EvidenceStatus::Invalid:
        return QStringLiteral("dialog-error");
    case EvidenceStatus::Suspect:
        return QStringLiteral("security-medium");
    }
    return {};
}

StatusTone EvidenceModel::statusTone(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Verified:
        return StatusTone::Positive;
    case EvidenceStatus::Tampered:
    case EvidenceStatus::Invalid:
    case EvidenceStatus::Suspect:
        return StatusTone::Negative;
    }
    return StatusTone::Normal;
}

void EvidenceModel::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &StoreSession::storeReset, this, [this] { setStore(m_session->store()); });
        connect(session, &StoreSession::recordsChanged, this, &EvidenceModel::onRecordsChanged);
        connect(session, &StoreSession::recordsAdded, this, &EvidenceModel::onRecordsAdded);
        connect(session, &StoreSession::storeUpdated, this, &EvidenceModel::onStoreUpdated);
    }
    setStore(session ? session->store() : nullptr);
}

void EvidenceModel::setStore(const Store *store)
{
    m_store = store;
    reset();
}

void EvidenceModel::reset()
{
    beginResetModel();
    m_generatedText.clear();
    m_rowCount = 0;
    if (m_store && m_store->state() == Store::State::Ok) {
        m_rowCount = int(m_store->evidence().size());
        forgetRows(0, m_rowCount - 1);
    }
    endResetModel();
    recount();
}

void EvidenceModel::forgetRows(int first, int last)
{
    m_generatedText.resize(std::size_t(m_rowCount));
    for (int row = first; row <= last; ++row)
        m_generatedText[std::size_t(row)] = QString();
}

const QString &EvidenceModel::generatedText(int row) const
{
    // Formatting 10k local times at every reset showed when a big store opened.
    QString &text = m_generatedText[std::size_t(row)];
    if (text.isNull())
        text = localTimeText(m_store->evidence()[std::size_t(row)].generated);
    return text;
}

void EvidenceModel::recount()
{
    m_counts = {};
    if (m_store)
        for (int row = 0; row < m_rowCount; ++row)
            ++m_counts[std::size_t(statusIndex(m_store->evidence()[std::size_t(row)].status))];
    Q_EMIT countsChanged();
}

void EvidenceModel::onRecordsChanged(RecordKind kind, const QList<int> &rows)
{
    if (kind != RecordKind::Evidence || !m_store)
        return;
    for (int row : rows) {
        if (row < 0 || row >= m_rowCount)
            continue;
        forgetRows(row, row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    recount();
}

void EvidenceModel::onRecordsAdded(RecordKind kind, int first, int last)
{
    if (kind != RecordKind::Evidence || !m_store || first != m_rowCount || last < first)
        return;
    beginInsertRows({}, first, last);
    m_rowCount = last + 1;
    forgetRows(first, last);
    endInsertRows();
    recount();
}

void EvidenceModel::onStoreUpdated()
{
    // Relations were rebuilt: any envelope may have gained or lost citations.
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, CitedByColumn), index(m_rowCount - 1, CitedByColumn),
            { Qt::DisplayRole, SortRole, CitedByCountRole });
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_store || std::size_t(index.row()) >= m_store->evidence().size())
        return {};
    const std::size_t row = std::size_t(index.row());
    const EvidenceRecord &e = m_store->evidence()[row];
    const auto &citations = m_store->relations().citationsOf;
    const int cited = row < citations.size() ? int(citations[row].size()) : 0;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return m_statusLabels[std::size_t(statusIndex(e.status))];
        case IdColumn:
            return m_store->text(e.id);
        case TypeColumn:
            return m_store->text(e.type);
        case SubjectColumn:
            return m_store->text(e.subject);
        case WriterColumn:
            return m_store->text(e.writer);
        case GeneratedColumn:
            return row < m_generatedText.size() ? generatedText(int(row)) : QString();
        case SignedColumn:
            return m_signedLabels[std::size_t(int(e.isSigned) + 1)];
        case CitedByColumn:
            return cited;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return e.statusMessage.isEmpty() ? m_statusLabels[std::size_t(statusIndex(e.status))]
                                             : e.statusMessage;
        if (column == GeneratedColumn && e.generated != kNoTime)
            return formatUtcTimestamp(e.generated);
        if (column == SignedColumn && e.isSigned == Flag::True)
            return tr("A signature is present; Sync Desk does not verify signatures.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == CitedByColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (column) {
        case StatusColumn:
            return statusIndex(e.status);
        case GeneratedColumn:
            return QVariant::fromValue<qint64>(e.generated);
        case SignedColumn:
            return int(e.isSigned);
        case CitedByColumn:
            return cited;
        default:
            return data(index, Qt::DisplayRole);
        }
    case StatusRole:
        return statusIndex(e.status);
    case StatusMessageRole:
        return e.statusMessage;
    case EvidenceIdRole:
        return m_store->text(e.id);
    case TypeRole:
        return m_store->text(e.type);
    case SubjectRole:
        return m_store->text(e.subject);
    case WriterRole:
        return m_store->text(e.writer);
    case GeneratedRole:
        return QVariant::fromValue<qint64>(e.generated);
    case SignedRole:
        return int(e.isSigned);
    case CitedByCountRole:
        return cited;
    case DeclaredDigestRole:
        return e.declaredDigest;
    case FileIndexRole:
        return int(e.file);
    case PathRole:
        return m_store->files()[e.file].path;
    case IconNameRole:
        if (column == StatusColumn)
            return statusIconName(e.status);
        return {};
    case ToneRole:
        if (column == StatusColumn)
            return int(statusTone(e.status));
        return {};
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Evidence");
    case TypeColumn:
        return tr("Type");
    case SubjectColumn:
        return tr("Subject");
    case WriterColumn:
        return tr("Writer");
    case GeneratedColumn:
        return tr("Generated");
    case SignedColumn:
        return tr("Signature");
    case CitedByColumn:
        return tr("Cited by");
    }
    return {};
}

QHash<int, QByteArray> EvidenceModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert({ { SortRole, "sortValue" }, { StatusRole, "status" },
        { StatusMessageRole, "statusMessage" }, { EvidenceIdRole, "evidenceId" },
        { TypeRole, "evidenceType" }, { SubjectRole, "subject" }, { WriterRole, "writer" },
        { GeneratedRole, "generated" }, { SignedRole, "signed" },
        { CitedByCountRole, "citedByCount" }, { DeclaredDigestRole, "declaredDigest" },
        { FileIndexRole, "fileIndex" }, { PathRole, "path" }, { IconNameRole, "iconName" },
        { ToneRole, "tone" } });
    return names;
}

} // namespace SyncDesk
