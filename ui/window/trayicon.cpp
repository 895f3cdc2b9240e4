// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/window/trayicon.h"

#include "core/models/conflictmodel.h"
#include "core/store/store.h"
#include "ui/widgets/appicons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace SyncDesk::Ui {

namespace {

const QString kKeepRunningKey = QStringLiteral("tray/keepRunning");
/// A burst of the daemon's writes becomes one notification, not one per record.
constexpr int kFlushMs = 400;
constexpr int kShownMs = 10000;
constexpr int kBodyChars = 220;

QString clipped(const QString &text)
{
    return text.size() <= kBodyChars ? text : text.left(kBodyChars - 1) + QChar(0x2026);
}

} // namespace

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(kFlushMs);
    connect(m_flush, &QTimer::timeout, this, &TrayIcon::flush);

    m_menu = new QMenu(window);
    m_show = m_menu->addAction(tr("Show Sync Desk"), this, &TrayIcon::showWindow);
    m_pendingAction = m_menu->addAction(QString());
    m_pendingAction->setEnabled(false);
    m_menu->addSeparator();
    m_keepRunning = m_menu->addAction(tr("Keep Running in the Tray When the Window Is Closed"));
    m_keepRunning->setCheckable(true);
    m_keepRunning->setChecked(QSettings().value(kKeepRunningKey, false).toBool());
    connect(m_keepRunning, &QAction::toggled, this,
        [](bool on) { QSettings().setValue(kKeepRunningKey, on); });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(
        QIcon::fromTheme(QStringLiteral("application-exit")), tr("Quit"), this, &TrayIcon::quit);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(applicationIcon(), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    m_targetOpen ? activateNotification() : showWindow();
            });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::activateNotification);
        m_icon->show();
    } else {
        m_keepRunning->setEnabled(false);
        m_keepRunning->setToolTip(tr("No system tray is available on this desktop."));
    }
    if (window)
        window->installEventFilter(this);
    updateMenu();
}

TrayIcon::~TrayIcon()
{
    // The menu belongs to the window; it must not outlive the icon showing it.
    if (m_icon)
        m_icon->setContextMenu(nullptr);
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

bool TrayIcon::keepsRunning() const
{
    return m_keepRunning->isChecked() && isShown();
}

void TrayIcon::setPendingCount(int pending)
{
    m_pendingCount = pending;
    updateMenu();
}

QString TrayIcon::toolTipText() const
{
    return m_pendingCount > 0 ? tr("Sync Desk — %n pending conflict(s)", nullptr, m_pendingCount)
                              : tr("Sync Desk — no pending conflicts");
}

void TrayIcon::updateMenu()
{
    m_pendingAction->setText(m_pendingCount > 0
            ? tr("%n pending conflict(s)", nullptr, m_pendingCount)
            : tr("No pending conflicts"));
    if (m_icon)
        m_icon->setToolTip(toolTipText());
}

void TrayIcon::notifyConflict(const Store &s, const QString &conflictId)
{
    Note note;
    note.conflictId = conflictId;
    const Sym id = s.strings().find(conflictId);
    const auto it = s.relations().conflictById.constFind(id);
    if (id == kNoSym || it == s.relations().conflictById.cend()) {
        note.title = tr("A conflict needs a decision");
        note.body = conflictId;
    } else {
        const ConflictRecord &c = s.conflicts()[*it];
        const QString severity = s.text(c.severity);
        const QString object = s.text(c.object).isEmpty() ? conflictId : s.text(c.object);
        note.title = severity == QLatin1String("blocking")
            ? tr("Blocking conflict on %1").arg(object)
            : tr("Conflict on %1 needs review").arg(object);
        note.body = clipped(c.explanation.isEmpty()
                ? tr("%1: someone must decide it.").arg(ConflictModel::severityLabel(severity))
                : c.explanation);
    }
    queue(note);
}

void TrayIcon::notifyFailedTask(const Store &s, const QString &taskId, const QString &conflictId)
{
    Note note;
    note.taskId = taskId;
    note.conflictId = conflictId;
    note.title = tr("A queued decision failed");
    qint64 attempt = 0;
    const Sym id = s.strings().find(taskId);
    if (const auto it = s.relations().taskById.constFind(id);
        id != kNoSym && it != s.relations().taskById.cend())
        attempt = s.tasks()[*it].attempt;
    const QString what = conflictId.isEmpty() ? tr("a conflict") : conflictId;
    note.body = attempt > 0
        ? tr("The daemon could not carry out the decision on %1 (task %2, attempt %3).")
              .arg(what, taskId, QString::number(attempt))
        : tr("The daemon could not carry out the decision on %1 (task %2).").arg(what, taskId);
    queue(note);
}

void TrayIcon::queue(const Note &note)
{
    m_queued << note;
    m_flush->start();
}

void TrayIcon::flush()
{
    if (m_queued.isEmpty())
        return;
    Note shown = m_queued.first();
    if (m_queued.size() > 1) {
        // One notification for the burst; it opens the first of them.
        QStringList titles;
        for (const Note &n : std::as_const(m_queued))
            titles << n.title;
        shown.title = tr("%n item(s) need attention", nullptr, int(m_queued.size()));
        shown.body = clipped(titles.join(QLatin1Char('\n')));
    }
    m_queued.clear();
    m_target = shown;
    m_targetOpen = true;
    m_lastText = shown.title + QLatin1Char('\n') + shown.body;
    if (m_icon && m_icon->isVisible())
        m_icon->showMessage(shown.title, shown.body,
            shown.taskId.isEmpty() ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning,
            kShownMs);
}

void TrayIcon::activateNotification()
{
    if (!m_queued.isEmpty()) {
        m_flush->stop();
        flush();
    }
    if (!m_targetOpen)
        return showWindow();
    m_targetOpen = false;
    showWindow();
    if (!m_target.taskId.isEmpty())
        Q_EMIT taskRequested(m_target.taskId, m_target.conflictId);
    else if (!m_target.conflictId.isEmpty())
        Q_EMIT conflictRequested(m_target.conflictId);
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT showRequested();
}

void TrayIcon::quit()
{
    if (!m_window)
        return QApplication::quit();
    // Closed as File > Quit closes it: whatever the window asks before it
    // closes (staged work) is asked, in view.
    showWindow();
    if (m_window->close())
        QApplication::quit();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    // Only the window manager's close (the title bar, Alt+F4) goes to the
    // tray; File > Quit, the tray's Quit and a logout close for real.
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous()
        && keepsRunning()) {
        event->ignore();
        // A dialog closed while the window is hidden must not end the application.
        QApplication::setQuitOnLastWindowClosed(false);
        // Hidden once the close is over: a widget does not hide while it handles its close.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_window)
                    return;
                m_window->hide();
                if (!m_toldAboutTray && m_icon) {
                    m_toldAboutTray = true;
                    m_icon->showMessage(tr("Sync Desk is still running"),
                        tr("It keeps watching the store and tells you when a conflict needs you. "
                           "Quit it from the tray icon's menu."),
                        QSystemTrayIcon::Information, kShownMs);
                }
            },
            Qt::QueuedConnection);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace SyncDesk::Ui
