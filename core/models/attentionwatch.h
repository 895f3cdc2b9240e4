// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/contracts.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace SyncDesk {

class Store;
class StoreSession;

/**
 * Tells when something in the open store newly needs a person (issue 17,
 * item 7): a pending conflict of severity review_required or blocking
 * appears, or a task of a sync.conflict.resolve operation fails. Headless: the
 * window turns the signals into desktop notifications.
 *
 * What "appears" means: the store is compared with what this watch saw
 * before. The first full load of a store root is only looked at (what was
 * already there is no news); every change after it (records added or
 * rewritten by the daemon, a reload of the same root) is news once: each
 * conflict id and each task id is announced at most once for as long as the
 * same root stays open. A partial store (the queue-first preview) is skipped:
 * it holds no conflicts or tasks yet, and what the full load then brings is
 * not new.
 */
class AttentionWatch final : public QObject
{
    Q_OBJECT

public:
    explicit AttentionWatch(QObject *parent = nullptr);

    /// Follows a session's changes (null: none). Looks at its store as a first load.
    void setSession(StoreSession *session);

    /// Whether a conflict needs a person: pending, severity review_required or blocking.
    static bool needsAttention(const Store &store, int conflictRow);
    /// The conflict a failed task of a resolve operation is about, or empty
    /// when the task at row is not such a failure (or names no conflict: then
    /// isFailedResolveTask() tells them apart).
    static QString failedResolveConflict(const Store &store, int taskRow);
    /// The task at row belongs to a sync.conflict.resolve operation and its status is failed.
    static bool isFailedResolveTask(const Store &store, int taskRow);

Q_SIGNALS:
    /// A pending review_required or blocking conflict appeared since the last look.
    void conflictNeedsAttention(const QString &conflictId);
    /// A resolve operation's task failed since the last look (conflictId may be empty).
    void resolveTaskFailed(const QString &taskId, const QString &conflictId);

private:
    void onReset();
    void onRecordsChanged(RecordKind kind, const QList<int> &rows);
    void onRecordsAdded(RecordKind kind, int first, int last);
    /// Looks at rows of a table; announces what is new unless quietly (a first load).
    void look(RecordKind kind, const QList<int> &rows, bool quietly);
    void lookAtAll(bool quietly);
    /// The session's store when it is whole and readable, else null.
    const Store *usableStore() const;

    QPointer<StoreSession> m_session;
    QString m_root; ///< the store root the sets below belong to; empty before a first load
    QSet<QString> m_seenConflicts, m_seenTasks;
};

} // namespace SyncDesk
