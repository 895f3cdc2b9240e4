// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/daemoneventsmodel.h"

#include <QDateTime>

#include <cstdio>
#include <limits>
#include <numeric>

namespace SyncDesk {

DaemonEventsModel::DaemonEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b) != 0 && ((a < 0) != (b < 0)));
}

/// "yyyy-MM-dd HH:mm:ss" in local time, built by hand: QDateTime's zone lookup
/// and format parsing per row made a refresh of 30k events cost ~130 ms.
class LocalTimeFormatter final
{
public:
    QString format(qint64 msecs)
    {
        // Zone offsets only change on quarter hours, so one lookup serves a bucket.
        const qint64 bucket = floorDiv(msecs, 15 * 60 * 1000);
        if (bucket != m_bucket) {
            m_bucket = bucket;
            m_offsetSecs = QDateTime::fromMSecsSinceEpoch(msecs).offsetFromUtc();
        }
        const qint64 local = floorDiv(msecs, 1000) + m_offsetSecs;
        const qint64 days = floorDiv(local, 86400);
        const qint64 secs = local - days * 86400;
        const QDate date = QDate::fromJulianDay(2440588 + days); // 2440588: 1970-01-01
        char text[48];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", date.year(), date.month(),
            date.day(), int(secs / 3600), int(secs / 60 % 60), int(secs % 60));
        return QString::fromLatin1(text);
    }

private:
    qint64 m_bucket = std::numeric_limits<qint64>::min();
    int m_offsetSecs = 0;
};

} // namespace

void DaemonEventsModel::setEvents(const DaemonEventList &events)
{
    std::vector<Row> rows;
    rows.reserve(std::size_t(events.size()));
    // One format for every row: journal times need seconds, and a locale's short
    // format drops them.
    LocalTimeFormatter formatter;
    for (const DaemonEvent &event : events) {
        Row row { event, {}, std::numeric_limits<qint64>::min() };
        if (event.createdAtMsecs) {
            row.timeSort = *event.createdAtMsecs;
            row.timeText = formatter.format(*event.createdAtMsecs);
        } else {
            row.timeText = event.createdAt;
        }
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    if (m_sortColumn >= 0) {
        const std::vector<int> order = sortedOrder();
        std::vector<Row> sorted;
        sorted.reserve(m_rows.size());
        for (int old : order)
            sorted.push_back(std::move(m_rows[std::size_t(old)]));
        m_rows = std::move(sorted);
    }
    endResetModel();
}

std::vector<int> DaemonEventsModel::sortedOrder() const
{
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Stable, and ties keep the daemon's order whichever the direction.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Row &ra = m_rows[std::size_t(a)];
        const Row &rb = m_rows[std::size_t(b)];
        int c = 0;
        if (column == TimeColumn)
            c = ra.timeSort < rb.timeSort ? -1 : (rb.timeSort < ra.timeSort ? 1 : 0);
        else
            c = text(ra, column).compare(text(rb, column));
        return descending ? c > 0 : c < 0;
    });
    return order;
}

void DaemonEventsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0 || m_rows.empty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> newToOld = sortedOrder();
    std::vector<int> oldToNew(newToOld.size());
    std::vector<Row> sorted;
    sorted.reserve(m_rows.size());
    for (std::size_t i = 0; i < newToOld.size(); ++i) {
        oldToNew[std::size_t(newToOld[i])] = int(i);
        sorted.push_back(std::move(m_rows[std::size_t(newToOld[i])]));
    }
    m_rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(createIndex(oldToNew[std::size_t(index.row())], index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DaemonEventsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int DaemonEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DaemonEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QString &DaemonEventsModel::text(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.timeText;
    case EventIdColumn:
        return row.event.eventId;
    case TypeColumn:
        return row.event.eventType;
    case LaneColumn:
        return row.event.lane;
    case ObjectColumn:
        return row.event.objectId;
    case ProducerColumn:
        return row.event.producer;
    default: {
        static const QString none;
        return none;
    }
    }
}

QVariant DaemonEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? row.event.createdAt : text(row, index.column());
    case SortRole:
        if (index.column() == TimeColumn)
            return row.timeSort;
        return text(row, index.column());
    case EventIdRole:
        return row.event.eventId;
    case PayloadJsonRole:
        return row.event.payloadJson;
    case CreatedAtRole:
        return row.event.createdAt;
    default:
        return {};
    }
}

QVariant DaemonEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventIdColumn:
        return tr("Event");
    case TypeColumn:
        return tr("Type");
    case LaneColumn:
        return tr("Lane");
    case ObjectColumn:
        return tr("Object");
    case ProducerColumn:
        return tr("Producer");
    default:
        return {};
    }
}

QHash<int, QByteArray> DaemonEventsModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(EventIdRole, "eventId");
    names.insert(PayloadJsonRole, "payloadJson");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

} // namespace SyncDesk
