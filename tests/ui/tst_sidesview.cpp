// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "conflictsfixture.h"
#include "treecopy.h"

#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/conflicts/conflictsidesview.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/queue/queueview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

int conflictRow(const Store &s, const QString &id)
{
    for (int row = 0; row < int(s.conflicts().size()); ++row)
        if (s.text(s.conflicts()[std::size_t(row)].id) == id)
            return row;
    return -1;
}

int operationRow(const Store &s, const QString &id)
{
    for (int row = 0; row < int(s.operations().size()); ++row)
        if (s.text(s.operations()[std::size_t(row)].id) == id)
            return row;
    return -1;
}

void writeJson(const QString &root, const QString &rel, const QJsonObject &o)
{
    QFile f(root + QLatin1Char('/') + rel);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

QJsonObject readJson(const QString &root, const QString &rel)
{
    QFile f(root + QLatin1Char('/') + rel);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

} // namespace

class TestSidesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's settings
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The selected card's sides show in the decision panel, and follow the selection.
    void theSelectedCardShowsItsSides()
    {
        ConflictsFixture fx;
        ConflictsView view;
        view.setSession(&fx.session());
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *sides = view.findChild<ConflictSidesView *>();
        QVERIFY(sides);

        QVERIFY(view.selectConflict(QStringLiteral("conflict:research-008")));
        QVERIFY(sides->isVisible());
        QTRY_VERIFY(!sides->toPlainText().isEmpty());
        const QString text = sides->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Build Server · Agent One")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Travel Laptop · Katherine Johnson")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(
                     "Skip keeps the version from Travel Laptop (Katherine Johnson, ")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("drops Build Server's change.")));
        QVERIFY(text.contains(QLatin1String("What each option does")));
        // It fits the panel: no side-ways scrolling, whatever the text.
        QVERIFY(!sides->horizontalScrollBar()->isVisible());
        QVERIFY(sides->width() <= 420);

        QVERIFY(view.selectConflict(QStringLiteral("conflict:default-003")));
        QTRY_VERIFY(sides->toPlainText().contains(QStringLiteral("Studio Desktop · Grace Hopper")));
        QVERIFY(!sides->toPlainText().contains(QLatin1String("Travel Laptop")));

        // An operation's link asks for it in the queue.
        QSignalSpy activated(sides, &ConflictSidesView::operationActivated);
        const int resolve = operationRow(
            *fx.session().store(), QStringLiteral("workspace-operation:default-0017"));
        QVERIFY(sides->toHtml().contains(QStringLiteral("operation:%1").arg(resolve)));
        Q_EMIT sides->anchorClicked(QUrl(QStringLiteral("operation:%1").arg(resolve)));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated[0][0].toInt(), resolve);
    }

    // The window: a blocking conflict that appears is announced; activating
    // the notification opens its card. A failed resolve task opens its
    // operation in the queue. Offscreen there is no tray: nothing else changes.
    void notificationsOpenWhatTheyName()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/demo");
        QVERIFY(copyTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"), root));
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        TrayIcon *tray = window.trayIcon();
        QVERIFY(tray);
        QVERIFY(!tray->isShown()); // offscreen: no tray
        QVERIFY(!tray->keepsRunning());
        QVERIFY(!tray->keepRunningAction()->isEnabled());
        // Plural forms come from the English translation, which a test does not load.
        QTRY_VERIFY(
            tray->toolTipText().startsWith(QStringLiteral("Sync Desk — 7 pending conflict")));
        QVERIFY(tray->lastNotification().isEmpty()); // the first load is no news

        QJsonObject c = readJson(root, QStringLiteral("conflicts/conflict_default-010.json"));
        c.insert(QStringLiteral("conflict_id"), QStringLiteral("conflict:default-099"));
        c.insert(QStringLiteral("object_id"), QStringLiteral("object:default-new-plan-0099"));
        writeJson(root, QStringLiteral("conflicts/conflict_default-099.json"), c);
        window.session()->refresh({ QStringLiteral("conflicts/conflict_default-099.json") });
        QTRY_VERIFY(tray->lastNotification().contains(
            QLatin1String("Blocking conflict on object:default-new-plan-0099")));
        QTRY_VERIFY(
            tray->toolTipText().startsWith(QStringLiteral("Sync Desk — 8 pending conflict")));
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        tray->activateNotification();
        QCOMPARE(window.currentPage(), MainWindow::ConflictsPage);
        QCOMPARE(window.conflictsView()->currentRow(),
            conflictRow(*window.session()->store(), QStringLiteral("conflict:default-099")));

        QJsonObject t = readJson(root, QStringLiteral("tasks/operation-task_default-0017-1.json"));
        t.insert(QStringLiteral("status"), QStringLiteral("failed"));
        writeJson(root, QStringLiteral("tasks/operation-task_default-0017-1.json"), t);
        window.session()->refresh({ QStringLiteral("tasks/operation-task_default-0017-1.json") });
        QTRY_VERIFY(tray->lastNotification().startsWith(QLatin1String("A queued decision failed")));
        QVERIFY(tray->lastNotification().contains(QLatin1String("conflict:default-003")));
        tray->activateNotification();
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        QCOMPARE(window.queueView()->selectedOperation(),
            operationRow(
                *window.session()->store(), QStringLiteral("workspace-operation:default-0017")));

        // Without a tray, closing closes.
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestSidesView)
#include "tst_sidesview.moc"
