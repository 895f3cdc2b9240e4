// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/resolution/resolution.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace SyncDesk {

class Store;
class StoreSession;

/**
 * The Apply use case, shared by the window and `syncdesk-cli resolve`: writes
 * decisions through ResolutionWriter against the store as the user saw it,
 * then has the session read back what was written (and the conflicts that
 * were refused, so a card refused as changed on disk shows the change).
 *
 * Batches larger than the background threshold are written on a worker
 * thread. The worker reads the snapshot, so the session's watcher is held for
 * as long and whoever owns the session must not replace the store while
 * isApplying() (StoreSession's owner waits for finished()).
 */
class DecisionApply final : public QObject
{
    Q_OBJECT

public:
    explicit DecisionApply(QObject *parent = nullptr);
    /// Waits for a batch still being written: a write is never abandoned halfway.
    ~DecisionApply() override;

    /// The session whose store is written: held while a worker writes, refreshed after.
    void setSession(StoreSession *session);
    /// Batches larger than this are written on a worker thread (with a session).
    void setBackgroundThreshold(int decisions) { m_backgroundThreshold = decisions; }
    /// Milliseconds since the epoch for what Apply writes (tests); empty: now.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    bool isApplying() const { return m_worker != nullptr; }

    /**
     * Starts writing `decisions` to the snapshot's store. Returns false (and
     * writes nothing) while another batch is being written. A batch at or
     * under the threshold is written at once: finished() is emitted before
     * start() returns.
     */
    bool start(const Store *snapshot, const QList<Decision> &decisions, ApplyOptions options = {});

    /// The same steps on the calling thread, for a command-line run: returns the report.
    ApplyReport run(
        const Store *snapshot, const QList<Decision> &decisions, ApplyOptions options = {});

    /// What the session reads again after a batch: every file written and the
    /// file of every conflict the batch named, relative to the store root.
    static QStringList filesToRefresh(const Store *snapshot, const ApplyReport &report);

Q_SIGNALS:
    /// A background batch made `done` of `total` decisions durable.
    void progressed(int done, int total);
    void finished(const SyncDesk::ApplyReport &report);

private:
    void finish(const ApplyReport &report, const Store *snapshot);

    QPointer<StoreSession> m_session;
    QThread *m_worker = nullptr;
    int m_backgroundThreshold = 20;
    std::function<qint64()> m_clock;
};

} // namespace SyncDesk
