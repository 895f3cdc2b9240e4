// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/problemmodel.h"

#include "core/store/store.h"
#include "core/store/storesession.h"

namespace SyncDesk {

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (auto s : { Severity::Error, Severity::Warning }) {
        m_severityLabels[std::size_t(s)] = severityLabel(s);
        m_iconNames[std::size_t(s)] = severityIconName(s);
    }
}

QString ProblemModel::severityLabel(Severity severity)
{
    return severity == Severity::Error ? tr("Error") : tr("Warning");
}

QString ProblemModel::severityIconName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("dialog-error")
                                       : QStringLiteral("dialog-warning");
}

void ProblemModel::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &StoreSession::storeReset, this, [this] { setStore(m_session->store()); });
        connect(session, &StoreSession::storeUpdated, this, &ProblemModel::reset);
    }
    setStore(session ? session->store() : nullptr);
}

void ProblemModel::setStore(const Store *store)
{
    m_store = store;
    reset();
}

void ProblemModel::reset()
{
    beginResetModel();
    m_rowCount = m_store ? int(m_store->problems().size()) : 0;
    m_counts = {};
    for (int row = 0; row < m_rowCount; ++row)
        ++m_counts[std::size_t(m_store->problems()[std::size_t(row)].severity)];
    endResetModel();
}

const Problem *ProblemModel::problem(int row) const
{
    // The store may have been refreshed before the signal that resets this model.
    if (!m_store || row < 0 || row >= m_rowCount || std::size_t(row) >= m_store->problems().size())
        return nullptr;
    return &m_store->problems()[std::size_t(row)];
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem *p = problem(index.row());
    if (!p)
        return {};
    const auto severity = std::size_t(p->severity);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return m_severityLabels[severity];
        case PathColumn:
            return p->path;
        case LineColumn:
            return p->line > 0 ? QVariant(p->line) : QVariant();
        case RuleColumn:
            return p->rule;
        case FieldColumn:
            return p->field;
        case MessageColumn:
            return p->message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return p->message;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(p->severity);
        case LineColumn:
            return p->line;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return int(p->severity);
    case PathRole:
        return p->path;
    case LineRole:
        return p->line;
    case RuleRole:
        return p->rule;
    case FieldRole:
        return p->field;
    case MessageRole:
        return p->message;
    case IconNameRole:
        if (index.column() == SeverityColumn)
            return m_iconNames[severity];
        return {};
    case ToneRole:
        if (index.column() == SeverityColumn)
            return int(p->severity == Severity::Error ? StatusTone::Negative : StatusTone::Warning);
        return {};
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PathColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> ProblemModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert({ { SortRole, "sortValue" }, { SeverityRole, "severity" }, { PathRole, "path" },
        { LineRole, "line" }, { RuleRole, "rule" }, { FieldRole, "field" },
        { MessageRole, "message" }, { IconNameRole, "iconName" }, { ToneRole, "tone" } });
    return names;
}

} // namespace SyncDesk
