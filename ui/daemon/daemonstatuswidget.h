// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemonclient.h"

#include <QPointer>
#include <QWidget>

namespace SyncDesk::Ui {

/**
 * The daemon's state in the status bar: a coloured dot and one short line
 * ("Daemon ready", "Daemon not ready: <summary>", "Daemon live, readiness
 * unknown (<why>)", "Daemon not reachable", "Daemon host not allowed"); the reason and details are
 * in the tooltip and the accessible description. A click asks the client to check again now.
 */
class DaemonStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DaemonStatusWidget(QWidget *parent = nullptr);

    /// Follows client's state from now on (not owned; may be null).
    void setClient(DaemonClient *client);
    /// Shows a state directly (what setClient() does on each change).
    void setState(DaemonClient::State state, const QString &message);

    DaemonClient::State state() const { return m_state; }
    /// The whole line, before eliding.
    QString text() const { return m_text; }
    QColor dotColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshTexts();
    int dotDiameter() const;

    QPointer<DaemonClient> m_client;
    DaemonClient::State m_state = DaemonClient::State::Unknown;
    QString m_message;
    QString m_text;
};

} // namespace SyncDesk::Ui
