// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace SyncDesk {
class Store;
} // namespace SyncDesk

namespace SyncDesk::Ui {

/**
 * Sync Desk in the system tray (issue 17, item 7): an icon (Qt speaks
 * StatusNotifierItem on Plasma, XEmbed elsewhere) whose tooltip and menu show
 * the pending conflicts, desktop notifications for what newly needs a person
 * (AttentionWatch decides what that is), and, when asked for, a window that
 * closes to the tray instead of quitting.
 *
 * Where no tray is available (offscreen tests, a desktop without an SNI host)
 * there is no icon, notifications are dropped and closing quits: everything
 * else works as without it.
 */
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    /// window: the one to show, hide and close (not owned).
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether an icon is in a tray now.
    bool isShown() const;
    void setPendingCount(int pending);
    /// "Sync Desk — 3 pending conflicts": the icon's tooltip.
    QString toolTipText() const;

    /// The checkable "Keep running in the tray when the window is closed"
    /// (off by default, kept in QSettings), for the window's menu too.
    QAction *keepRunningAction() const { return m_keepRunning; }
    /// The setting is on and a tray can hold the window.
    bool keepsRunning() const;

    /// Announces a conflict that needs a person; activating the notification opens its card.
    void notifyConflict(const Store &store, const QString &conflictId);
    /// Announces a resolve task that failed; activating it opens the task's
    /// operation in the queue (or the card, when the operation is not in the store).
    void notifyFailedTask(const Store &store, const QString &taskId, const QString &conflictId);
    /// The notification the next flush would show, or the last one shown
    /// ("title\nbody"); for tests, which have no tray to show it in.
    QString lastNotification() const { return m_lastText; }
    /// Acts as a click on the last notification: opens what it named.
    void activateNotification();

Q_SIGNALS:
    /// Show and raise the window.
    void showRequested();
    /// Show the window on this card.
    void conflictRequested(const QString &conflictId);
    /// Show the window on this failed resolve task (its operation, else its card).
    void taskRequested(const QString &taskId, const QString &conflictId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Note
    {
        QString title, body;
        QString conflictId, taskId; ///< taskId empty: a conflict's note
    };
    void queue(const Note &note);
    void flush();
    void showWindow();
    void quit();
    void updateMenu();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_show, *m_pendingAction, *m_keepRunning, *m_quit;
    QTimer *m_flush;
    QList<Note> m_queued; ///< notes of one burst, shown as one notification
    Note m_target; ///< what the last notification opens
    bool m_targetOpen = false; ///< a notification was shown and not yet acted on
    QString m_lastText;
    int m_pendingCount = 0;
    bool m_toldAboutTray = false;
};

} // namespace SyncDesk::Ui
