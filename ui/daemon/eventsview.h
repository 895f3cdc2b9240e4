// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemonclient.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace SyncDesk {
class DaemonEventsModel;
}

namespace SyncDesk::Ui {

/**
 * The daemon's journal stream (GET /events) as a sortable table with the
 * selected event's payload below. A failed fetch shows an inline message above
 * the table and keeps the last events, marked with when they were fetched.
 */
class EventsView final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsView(QWidget *parent = nullptr);
    ~EventsView() override;

    /// Not owned; may be null. The first time the view is shown it fetches.
    void setClient(DaemonClient *client);

    DaemonEventsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *refreshAction() const { return m_refresh; }
    QString summaryText() const;
    QString messageText() const;
    bool isMessageShown() const;
    QString payloadText() const;

public Q_SLOTS:
    void refresh();
    /// The events on hand are out of date: fetched now if the view is shown,
    /// else the next time it is.
    void refreshWhenShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onEvents(const SyncDesk::DaemonEventList &events);
    void onFailed(const QString &message);
    void showPayload();
    void setSummary(const QString &text);
    void tintMessage();

    QPointer<DaemonClient> m_client;
    DaemonEventsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QFrame *m_message = nullptr;
    QLabel *m_messageText = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_refresh = nullptr;
    QDateTime m_fetchedAt;
    bool m_fetchedOnce = false;
};

} // namespace SyncDesk::Ui
