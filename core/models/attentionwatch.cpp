// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/attentionwatch.h"

#include "core/store/store.h"
#include "core/store/storesession.h"

namespace SyncDesk {

namespace {

const QLatin1String kResolve("sync.conflict.resolve");

} // namespace

AttentionWatch::AttentionWatch(QObject *parent)
    : QObject(parent)
{ }

void AttentionWatch::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_root.clear();
    m_seenConflicts.clear();
    m_seenTasks.clear();
    if (!session)
        return;
    connect(session, &StoreSession::storeReset, this, &AttentionWatch::onReset);
    connect(session, &StoreSession::recordsChanged, this, &AttentionWatch::onRecordsChanged);
    connect(session, &StoreSession::recordsAdded, this, &AttentionWatch::onRecordsAdded);
    onReset();
}

bool AttentionWatch::needsAttention(const Store &s, int row)
{
    if (row < 0 || std::size_t(row) >= s.conflicts().size())
        return false;
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    const QString &severity = s.text(c.severity);
    return c.state == CardState::Pending
        && (severity == QLatin1String("blocking") || severity == QLatin1String("review_required"));
}

bool AttentionWatch::isFailedResolveTask(const Store &s, int row)
{
    if (row < 0 || std::size_t(row) >= s.tasks().size())
        return false;
    const TaskRecord &t = s.tasks()[std::size_t(row)];
    if (s.text(t.status) != QLatin1String("failed"))
        return false;
    if (s.text(t.type) == kResolve)
        return true;
    // A task whose own type is missing or odd still belongs to its operation.
    const auto &ofTask = s.relations().operationOfTask;
    const qint32 op = std::size_t(row) < ofTask.size() ? ofTask[std::size_t(row)] : -1;
    return op >= 0 && s.text(s.operations()[std::size_t(op)].type) == kResolve;
}

QString AttentionWatch::failedResolveConflict(const Store &s, int row)
{
    if (!isFailedResolveTask(s, row))
        return QString();
    const TaskRecord &t = s.tasks()[std::size_t(row)];
    if (t.conflict != kNoSym)
        return s.text(t.conflict);
    const auto &ofTask = s.relations().operationOfTask;
    const qint32 op = std::size_t(row) < ofTask.size() ? ofTask[std::size_t(row)] : -1;
    if (op >= 0 && !s.operations()[std::size_t(op)].conflicts.empty())
        return s.text(s.operations()[std::size_t(op)].conflicts.front());
    return QString();
}

const Store *AttentionWatch::usableStore() const
{
    const Store *s = m_session ? m_session->store() : nullptr;
    if (!s || s->state() != Store::State::Ok || s->isPartial())
        return nullptr;
    return s;
}

void AttentionWatch::onReset()
{
    const Store *s = usableStore();
    if (!s)
        return; // closed, failed or a preview: what was seen stays until a whole store comes
    if (s->root() != m_root) {
        // Another store (or the first): what it holds now is no news.
        m_root = s->root();
        m_seenConflicts.clear();
        m_seenTasks.clear();
        lookAtAll(true);
        return;
    }
    lookAtAll(false); // the same store read again: what came meanwhile is
}

void AttentionWatch::onRecordsChanged(RecordKind kind, const QList<int> &rows)
{
    const Store *s = usableStore();
    if (!s)
        return;
    if (s->root() != m_root)
        return onReset();
    look(kind, rows, false);
}

void AttentionWatch::onRecordsAdded(RecordKind kind, int first, int last)
{
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows << row;
    onRecordsChanged(kind, rows);
}

void AttentionWatch::lookAtAll(bool quietly)
{
    const Store *s = usableStore();
    if (!s)
        return;
    // Only rows that can pass look()'s tests, found by state and symbol: the
    // texts of 100k tasks' statuses took ~4 ms at every load. One interner: a
    // text is "blocking" exactly when its symbol is find("blocking")'s.
    const Interner &strings = s->strings();
    const Sym blocking = strings.find(std::string_view("blocking"));
    const Sym review = strings.find(std::string_view("review_required"));
    QList<int> conflicts, tasks;
    for (int row = 0; row < int(s->conflicts().size()); ++row) {
        const ConflictRecord &c = s->conflicts()[std::size_t(row)];
        if (c.state == CardState::Pending && c.severity != kNoSym
            && (c.severity == blocking || c.severity == review))
            conflicts << row;
    }
    if (const Sym failed = strings.find(std::string_view("failed")); failed != kNoSym)
        for (int row = 0; row < int(s->tasks().size()); ++row)
            if (s->tasks()[std::size_t(row)].status == failed)
                tasks << row;
    look(RecordKind::Conflict, conflicts, quietly);
    look(RecordKind::Task, tasks, quietly);
}

void AttentionWatch::look(RecordKind kind, const QList<int> &rows, bool quietly)
{
    const Store *s = usableStore();
    if (!s)
        return;
    if (kind == RecordKind::Conflict) {
        for (int row : rows) {
            if (!needsAttention(*s, row))
                continue;
            const QString id = s->text(s->conflicts()[std::size_t(row)].id);
            if (id.isEmpty() || m_seenConflicts.contains(id))
                continue;
            m_seenConflicts.insert(id);
            if (!quietly)
                Q_EMIT conflictNeedsAttention(id);
        }
    } else if (kind == RecordKind::Task) {
        for (int row : rows) {
            if (!isFailedResolveTask(*s, row))
                continue;
            const QString id = s->text(s->tasks()[std::size_t(row)].id);
            if (id.isEmpty() || m_seenTasks.contains(id))
                continue;
            m_seenTasks.insert(id);
            if (!quietly)
                Q_EMIT resolveTaskFailed(id, failedResolveConflict(*s, row));
        }
    }
}

} // namespace SyncDesk
