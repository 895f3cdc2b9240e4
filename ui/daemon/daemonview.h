// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemonclient.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace SyncDesk {
class StoreSession;
}

namespace SyncDesk::Ui {

class DaemonStatusWidget;
class EventsView;

/**
 * The Daemon page: the daemon's state as the status bar shows it, its repair
 * plan preview (GET /repairz) while it is degraded or unsafe, and its journal
 * stream. The plan is shown read-only: Sync Desk never offers to apply it.
 * When the store's journal changes (an Apply, the daemon writing), the state
 * is polled again and the events re-fetched, so the page never stays stale.
 * The daemon's placeholder endpoints are not read at all.
 */
class DaemonView final : public QWidget
{
    Q_OBJECT

public:
    explicit DaemonView(QWidget *parent = nullptr);
    ~DaemonView() override;

    /// Not owned; may be null.
    void setClient(DaemonClient *client);
    /// Follows the session's journal (not owned; may be null).
    void setSession(StoreSession *session);

    EventsView *eventsView() const { return m_events; }
    DaemonStatusWidget *statusWidget() const { return m_status; }
    /// The repair plan preview; hidden unless the daemon is degraded or unsafe.
    QWidget *repairPanel() const { return m_repair; }
    QString repairText() const;
    /// How many refreshes a journal change has triggered (tests).
    int journalRefreshes() const { return m_journalRefreshes; }

    /// Whether a readiness status calls for the repair preview.
    static bool wantsRepairPlan(const QString &readinessStatus);

private:
    void onStateChanged();
    void onJournalMaybeChanged();
    void refreshAfterJournal();
    void showPlan(const SyncDesk::DaemonRepairPlan &plan);
    void showPlanFailure(const QString &message);

    QPointer<DaemonClient> m_client;
    QPointer<StoreSession> m_session;
    DaemonStatusWidget *m_status = nullptr;
    QLabel *m_statusDetail = nullptr;
    QWidget *m_repair = nullptr;
    QLabel *m_repairTitle = nullptr;
    QTextBrowser *m_repairText = nullptr;
    EventsView *m_events = nullptr;
    QTimer m_journalDelay;
    QString m_planFor; ///< the readiness status the shown or fetched plan is for
    QByteArray m_journalMark; ///< size, lines and generation of the journal last seen
    int m_journalRefreshes = 0;
};

} // namespace SyncDesk::Ui
