// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/operationmodel.h"

#include "core/models/statustone.h"
#include "core/records/timestamp.h"
#include "core/store/storesession.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace SyncDesk {

OperationModel::OperationModel(StoreSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &StoreSession::storeReset, this, &OperationModel::onReset);
    connect(session, &StoreSession::recordsChanged, this, &OperationModel::onChanged);
    connect(session, &StoreSession::recordsAdded, this, &OperationModel::onAdded);
    // Task counts and conflict links come from the relations.
    connect(session, &StoreSession::storeUpdated, this, [this] {
        forgetSortKeys();
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, ConflictsColumn), index(m_rows - 1, TasksColumn));
    });
    onReset();
}

const Store *OperationModel::store() const
{
    return m_session ? m_session->store() : nullptr;
}

void OperationModel::onReset()
{
    forgetSortKeys();
    beginResetModel();
    const Store *s = store();
    m_rows = s ? int(s->operations().size()) : 0;
    endResetModel();
}

void OperationModel::onChanged(RecordKind kind, const QList<int> &rows)
{
    if (kind != RecordKind::Operation)
        return;
    forgetSortKeys();
    for (int row : rows)
        if (row < m_rows)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OperationModel::onAdded(RecordKind kind, int first, int last)
{
    if (kind != RecordKind::Operation || first != m_rows)
        return;
    forgetSortKeys();
    beginInsertRows({}, first, last);
    m_rows = last + 1;
    endInsertRows();
}

QModelIndex OperationModel::index(int row, int column, const QModelIndex &parent) const
{
    // The queue's proxy sorts 100k rows through index(), twice a comparison:
    // QAbstractTableModel's asks rowCount() and columnCount() through their
    // virtual calls each time (~1.7M at 100k).
    if (row < 0 || row >= m_rows || column < 0 || column >= ColumnCount || parent.isValid())
        return {};
    return createIndex(row, column);
}

int OperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int OperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperationModel::typeLabel(const QString &type)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("sync.operation.enqueue"), QT_TR_NOOP("Enqueue") },
        { QStringLiteral("sync.operation.replay"), QT_TR_NOOP("Replay") },
        { QStringLiteral("sync.operation.reconcile"), QT_TR_NOOP("Reconcile") },
        { QStringLiteral("sync.conflict.detect"), QT_TR_NOOP("Detect conflict") },
        { QStringLiteral("sync.conflict.resolve"), QT_TR_NOOP("Resolve conflict") },
        { QStringLiteral("sync.repair.apply"), QT_TR_NOOP("Apply repair") },
        { QStringLiteral("sync.tombstone.apply"), QT_TR_NOOP("Apply tombstone") },
        { QStringLiteral("sync.checkpoint.write"), QT_TR_NOOP("Write checkpoint") },
    };
    const auto it = labels.constFind(type);
    return it == labels.cend() ? type : tr(*it);
}

QString OperationModel::statusLabel(const QString &status)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("queued"), QT_TR_NOOP("Queued") },
        { QStringLiteral("running"), QT_TR_NOOP("Running") },
        { QStringLiteral("replayed"), QT_TR_NOOP("Replayed") },
        { QStringLiteral("reconciled"), QT_TR_NOOP("Reconciled") },
        { QStringLiteral("blocked"), QT_TR_NOOP("Blocked") },
        { QStringLiteral("completed"), QT_TR_NOOP("Completed") },
        { QStringLiteral("failed"), QT_TR_NOOP("Failed") },
        { QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled") },
        { QStringLiteral("pending"), QT_TR_NOOP("Pending") },
        { QStringLiteral("succeeded"), QT_TR_NOOP("Succeeded") },
    };
    const auto it = labels.constFind(status);
    return it == labels.cend() ? status : tr(*it);
}

QString OperationModel::timeText(qint64 ms)
{
    if (ms == kNoTime)
        return QString();
    // The locale's order and separators; never a two-digit year nor a time
    // without seconds (operations a second apart must read apart).
    const QLocale locale;
    const QString format = [&locale] {
        QString date = locale.dateFormat(QLocale::ShortFormat);
        if (!date.contains(QLatin1String("yyyy")))
            date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        QString time = locale.timeFormat(QLocale::ShortFormat);
        if (!time.contains(QLatin1Char('s')))
            time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
        return date + QLatin1Char(' ') + time;
    }();
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

namespace {

/// Sort key of the flags column: problems first (lease expired, stale), then replay-safe.
int flagsKey(const OperationRecord &op)
{
    return (op.leaseExpired == Flag::True ? 4 : 0) + (op.staleTask == Flag::True ? 2 : 0)
        + (op.replaySafe == Flag::True ? 1 : 0);
}

} // namespace

bool OperationModel::readSortKeys(int row, int column, qint64 &key) const
{
    if (!store() || column < 0 || column >= ColumnCount)
        return false;
    if (column != m_sortKeyColumn) {
        const int n = std::min(m_rows, int(store()->operations().size()));
        qint64 probe = 0;
        if (n == 0 || !readSortKey(0, column, probe))
            return readSortKey(row, column, key);
        m_sortKeys.resize(std::size_t(n));
        for (int i = 0; i < n; ++i)
            readSortKey(i, column, m_sortKeys[std::size_t(i)]);
        m_sortKeyColumn = column;
    }
    if (row < 0 || std::size_t(row) >= m_sortKeys.size())
        return false;
    key = m_sortKeys[std::size_t(row)];
    return true;
}

bool OperationModel::readSortKey(int row, int column, qint64 &key) const
{
    const Store *s = store();
    if (!s || row < 0 || row >= m_rows || row >= int(s->operations().size()))
        return false;
    const auto &op = s->operations()[quint32(row)];
    switch (column) {
    case CreatedColumn:
        key = op.created;
        return true;
    case UpdatedColumn:
        key = op.updated;
        return true;
    case ConflictsColumn:
        key = qint64(op.conflicts.size());
        return true;
    case TasksColumn: {
        const auto &tasks = s->relations().tasksOfOperation;
        key = tasks.size() > quint32(row) ? qint64(tasks[quint32(row)].size()) : 0;
        return true;
    }
    case FlagsColumn:
        key = flagsKey(op);
        return true;
    default:
        return false;
    }
}

QVariant OperationModel::data(const QModelIndex &index, int role) const
{
    const Store *s = store();
    if (!s || !index.isValid() || index.row() >= m_rows
        || index.row() >= int(s->operations().size()))
        return {};
    const auto &op = s->operations()[quint32(index.row())];
    const auto &rel = s->relations();
    switch (role) {
    case RowRole:
        return index.row();
    case StatusRole:
        return s->text(op.status);
    case TypeRole:
        return s->text(op.type);
    case VerdictRole:
        return int(s->files()[op.file].verdict);
    case StateRole:
        return int(taskStateOfWord(s->text(op.status)));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return s->text(op.id);
        case LocalIdColumn:
            return s->text(op.localId);
        case RemoteIdColumn:
            return s->text(op.remoteId);
        case ActorColumn:
            return s->text(op.actor);
        case DeviceColumn:
            return s->text(op.device);
        case WorkspaceColumn:
            return s->text(op.workspace);
        case StatusColumn:
            return s->text(op.status);
        case CreatedColumn:
            return op.created == kNoTime ? QString() : formatUtcTimestamp(op.created);
        case UpdatedColumn:
            return op.updated == kNoTime ? QString() : formatUtcTimestamp(op.updated);
        default:
            break;
        }
        if (index.column() == FlagsColumn) {
            QStringList flags;
            if (op.replaySafe == Flag::True)
                flags << tr("Safe to replay");
            if (op.staleTask == Flag::True)
                flags << tr("Its task is stale");
            if (op.leaseExpired == Flag::True)
                flags << tr("Its lease expired");
            return flags.join(QLatin1Char('\n'));
        }
        if (index.column() == TypeColumn)
            return s->text(op.type);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    const auto tasks = rel.tasksOfOperation.size() > quint32(index.row())
        ? int(rel.tasksOfOperation[quint32(index.row())].size())
        : 0;
    switch (index.column()) {
    case StatusColumn:
        return sort ? s->text(op.status) : statusLabel(s->text(op.status));
    case TypeColumn:
        return sort ? s->text(op.type) : typeLabel(s->text(op.type));
    case IdColumn:
        return s->text(op.id);
    case LocalIdColumn:
        return s->text(op.localId);
    case RemoteIdColumn:
        return s->text(op.remoteId);
    case ActorColumn:
        return s->text(op.actor);
    case DeviceColumn:
        return s->text(op.device);
    case WorkspaceColumn:
        return s->text(op.workspace);
    case CreatedColumn:
        return sort ? QVariant(op.created) : QVariant(timeText(op.created));
    case UpdatedColumn:
        return sort ? QVariant(op.updated) : QVariant(timeText(op.updated));
    case ConflictsColumn:
        return int(op.conflicts.size());
    case TasksColumn:
        // A preview has no tasks yet: "0" would be wrong.
        if (s->isPartial() && !sort)
            return QStringLiteral("…");
        return tasks;
    case FlagsColumn: {
        if (sort)
            return flagsKey(op);
        QStringList flags;
        if (op.leaseExpired == Flag::True)
            flags << tr("lease expired");
        if (op.staleTask == Flag::True)
            flags << tr("stale");
        if (op.replaySafe == Flag::True)
            flags << tr("replay-safe");
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant OperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Operation");
    case LocalIdColumn:
        return tr("Local id");
    case RemoteIdColumn:
        return tr("Remote id");
    case ActorColumn:
        return tr("Actor");
    case DeviceColumn:
        return tr("Device");
    case WorkspaceColumn:
        return tr("Workspace");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ConflictsColumn:
        return tr("Conflicts");
    case TasksColumn:
        return tr("Tasks");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace SyncDesk
