// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "clirunner.h"
#include "storedump.h"
#include "storefixture.h"
#include "treecopy.h"

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/models/operationmodel.h"
#include "core/models/stagedworkfile.h"
#include "core/resolution/resolution.h"
#include "core/store/loadcache_p.h"
#include "core/store/storeloader_p.h"
#include "core/store/storesession.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/queue/operationdetail.h"
#include "ui/queue/queueview.h"
#include "ui/timeline/timelineview.h"
#include "ui/window/actorchooserdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/navigationhistory.h"
#include "ui/window/storepage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolBar>

#include <sys/stat.h>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

/// A copy of the committed demo store in dir, for tests that change it; empty on failure.
QString writableDemo(const QTemporaryDir &dir)
{
    const QString root = dir.path() + QStringLiteral("/demo");
    return copyTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"), root) ? root : QString();
}

/// This process's threads, from /proc: a loading thread that has ended is gone from it.
int threadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    return -1;
}

/**
 * Answers the next message box by clicking the button of that object name
 * ("keep", "discard", "cancel"); `text` gets what it said.
 */
void answerPrompt(
    QObject *context, const QString &button, QString *text, QStringList *offered = nullptr)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, button, text, offered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !poll->isActive())
            return;
        poll->stop(); // deleteLater() waits for the modal loop to end
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (offered)
            for (const QAbstractButton *b : box->buttons())
                offered->append(b->objectName());
        if (auto *b = box->findChild<QPushButton *>(button))
            b->click();
        poll->deleteLater();
    });
    poll->start();
}

QAction *quitAction(MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            if (a->text() == MainWindow::tr("&Quit"))
                return a;
    return nullptr;
}

/// Opens root in a window of its own and closes it, its load cache written
/// (the racy window already shortened); returns the actor that window took.
QString openOnceForTheCache(const QString &root, const MainWindowOptions &options)
{
    QThread::msleep(80);
    QString actor;
    {
        MainWindow first(options);
        QSignalSpy loaded(&first, &MainWindow::storeLoaded);
        first.openStore(root);
        if (!loaded.wait(10000))
            return QStringLiteral("(not loaded)");
        actor = first.actor();
    }
    LoadCache::waitForSaves();
    QThread::msleep(80);
    return actor;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_state; ///< staged work saved by the windows, never the user's
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
        QStandardPaths::setTestModeEnabled(true); // never the user's settings
        // Nor another run's: the settings file is this run's alone.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_state.path());
        m_demo = m_dir.path() + "/demo";
        QVERIFY(copyTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"), m_demo));
    }

    void opensTheDemoStore()
    {
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded[0][0].toBool(), true);
        QVERIFY(window.isStoreShown());
        const Store *store = window.session()->store();
        QCOMPARE(window.queueView()->table()->model()->rowCount(), int(store->operations().size()));
        // No silent default: on the store's first open the window asks who decides.
        QVERIFY(window.actor().isEmpty());
        QVERIFY(window.conflictsView()->actor().isEmpty());
        auto *chooser = window.findChild<ActorChooserDialog *>();
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QCOMPARE(chooser->windowModality(), Qt::WindowModal);
        // The revoked actor is listed, disabled, with the reason; she cannot be chosen.
        QVERIFY(!chooser->selectActor(QStringLiteral("actor:radia-perlman")));
        bool radiaListed = false;
        for (int i = 0; i < chooser->list()->count(); ++i) {
            const QListWidgetItem *item = chooser->list()->item(i);
            if (item->data(Qt::UserRole).toString() == QLatin1String("actor:radia-perlman")) {
                radiaListed = true;
                QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
                QVERIFY(item->text().contains(QStringLiteral("Revoked")));
            }
        }
        QVERIFY(radiaListed);
        QVERIFY(chooser->selectActor(QStringLiteral("actor:local-user")));
        chooser->accept();
        QCOMPARE(window.actor(), QStringLiteral("actor:local-user"));
        QVERIFY(window.windowTitle().contains(window.actor()));
        QCOMPARE(window.conflictsView()->actor(), window.actor());
        // The "Acting as" box shows her; Radia disabled, the reason as tooltip.
        QComboBox *box = window.actorBox();
        QCOMPARE(box->currentData().toString(), QStringLiteral("actor:local-user"));
        const int radia = box->findData(QStringLiteral("actor:radia-perlman"));
        QVERIFY(radia >= 0);
        const auto *items = qobject_cast<QStandardItemModel *>(box->model());
        QVERIFY(!items->item(radia)->isEnabled());
        QVERIFY(
            box->itemData(radia, Qt::ToolTipRole).toString().contains(QStringLiteral("Revoked")));
        QAbstractItemModelTester tester(
            window.queueView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.queueView()->table()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void showsTheQueueFirstWithoutALoadCache()
    {
        MainWindow window(MainWindowOptions {}); // no cache folder: every file is read
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        QSignalSpy previewed(&window, &MainWindow::previewShown);
        QString chosen;
        connect(&window, &MainWindow::previewShown, this, [&] {
            const Store *s = window.session()->store();
            QVERIFY(s && s->isPartial());
            QVERIFY(loaded.isEmpty());
            QVERIFY(window.isStoreShown());
            QVERIFY(s->tasks().empty() && s->conflicts().empty());
            QCOMPARE(window.queueView()->model()->rowCount(), int(s->operations().size()));
            // Unknown is not zero.
            const QModelIndex tasks
                = window.queueView()->model()->index(0, OperationModel::TasksColumn);
            QCOMPARE(tasks.data().toString(), QStringLiteral("…"));
            // Pages that need what is not read yet cannot be chosen.
            window.showPage(MainWindow::ConflictsPage);
            QCOMPARE(window.currentPage(), MainWindow::QueuePage);
            // Someone starts reading the queue before the rest arrives.
            window.queueView()->selectOperation(3);
            chosen = s->text(s->operations()[3].id);
        });
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded[0][0].toBool(), true);
        QCOMPARE(previewed.count(), 1);
        QVERIFY(!chosen.isEmpty());
        const Store *s = window.session()->store();
        QVERIFY(!s->isPartial());
        QCOMPARE(storeDump(*s), storeDump(*Store::open(m_demo)));
        // Their place in the queue is kept.
        const int row = window.queueView()->selectedOperation();
        QVERIFY(row >= 0);
        QCOMPARE(s->text(s->operations()[quint32(row)].id), chosen);
        const QModelIndex tasks
            = window.queueView()->model()->index(0, OperationModel::TasksColumn);
        QCOMPARE(tasks.data(), QVariant(int(s->relations().tasksOfOperation[0].size())));
        window.showPage(MainWindow::ConflictsPage);
        QCOMPARE(window.currentPage(), MainWindow::ConflictsPage);
        QAbstractItemModelTester tester(
            window.queueView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Settings are written (and synced to disk) only when they change: reopening
    // the store opened last, with the actor remembered for it, leaves them alone.
    void reopeningTheLastStoreLeavesTheSettingsAlone()
    {
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        window.setActor(QStringLiteral("actor:local-user")); // remembered for the store
        const QString file = QSettings().fileName();
        QCOMPARE(QSettings().value(QStringLiteral("recentStores")).toStringList().value(0), m_demo);
        struct stat before
        {
        };
        // An old time that no write keeps: the inode alone can come back.
        QFile settingsFile(file);
        QVERIFY(settingsFile.open(QIODevice::ReadWrite));
        QVERIFY(settingsFile.setFileTime(
            QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime));
        settingsFile.close();
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);
        window.reloadStore();
        QVERIFY(loaded.wait(10000));
        QSignalSpy again(&window, &MainWindow::storeLoaded);
        window.openStore(m_demo);
        QVERIFY(again.wait(10000));
        QCOMPARE(window.actor(), QStringLiteral("actor:local-user"));
        struct stat after
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino); // QSettings writes a new file and renames it
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);

        // Another store goes first.
        StoreFixture other;
        QSignalSpy third(&window, &MainWindow::storeLoaded);
        window.openStore(other.root());
        QVERIFY(third.wait(10000));
        const QStringList recent = QSettings().value(QStringLiteral("recentStores")).toStringList();
        QCOMPARE(recent.value(0), QDir::cleanPath(other.root()));
        QCOMPARE(recent.value(1), m_demo);
    }

    void noPreviewWhenALoadCacheFits()
    {
        QTemporaryDir cache;
        MainWindowOptions options;
        options.loadCacheDirectory = cache.path();
        {
            MainWindow first(options);
            QSignalSpy loaded(&first, &MainWindow::storeLoaded);
            first.openStore(m_demo);
            QVERIFY(loaded.wait(10000));
        }
        LoadCache::waitForSaves();
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        QSignalSpy previewed(&window, &MainWindow::previewShown);
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(previewed.count(), 0);
        QVERIFY(window.session()->store()->loadStats().cacheFound);
    }

    void theLastStoreOpenedWins()
    {
        // A second store chosen while the first still loads: the first's
        // preview and store are dropped whenever they arrive.
        StoreFixture other;
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        window.openStore(other.root());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(window.session()->store()->root(), QDir::cleanPath(other.root()));
        QVERIFY(!window.session()->store()->isPartial());
    }

    void closingWhileLoadingIsSafe()
    {
        // The preview may arrive for a window already gone; the loading thread
        // must neither touch it nor wait for it (run under ASan by CI).
        auto *window = new MainWindow(MainWindowOptions {});
        window->openStore(m_demo);
        delete window;
        QTest::qWait(1000);
        MainWindow next(MainWindowOptions {});
        QSignalSpy loaded(&next, &MainWindow::storeLoaded);
        next.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!next.session()->store()->isPartial());
    }

    void reloadKeepsTheStoreOnScreenAndItsPlace()
    {
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        const Store *before = window.session()->store();
        window.queueView()->selectOperation(5);
        const QString chosen = before->text(before->operations()[5].id);
        QSignalSpy previewed(&window, &MainWindow::previewShown);
        window.reloadStore();
        // Nothing is taken away while it reads, and the status bar says why it waits.
        QVERIFY(window.isStoreShown());
        QCOMPARE(window.session()->store(), before);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(loaded[1][0].toBool(), true);
        QCOMPARE(previewed.count(), 0);
        const Store *s = window.session()->store();
        QVERIFY(s != before);
        QCOMPARE(storeDump(*s), storeDump(*Store::open(m_demo)));
        const int row = window.queueView()->selectedOperation();
        QVERIFY(row >= 0);
        QCOMPARE(s->text(s->operations()[quint32(row)].id), chosen);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    void anOpenSupersedesAReload()
    {
        StoreFixture other;
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        window.reloadStore();
        window.openStore(other.root());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 2); // the reload was dropped
        QCOMPARE(window.session()->store()->root(), QDir::cleanPath(other.root()));
    }

    void aDeletedFileReloadsInTheBackground()
    {
        QTemporaryDir dir;
        const QString root = writableDemo(dir);
        QVERIFY(!root.isEmpty());
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        const auto tasks = window.session()->store()->tasks().size();
        const QString rel
            = window.session()->store()->files()[window.session()->store()->tasks()[0].file].path;
        QVERIFY(QFile::remove(root + QLatin1Char('/') + rel));
        // Read again on the loading thread, as Reload does: storeLoaded says so.
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(window.session()->store()->tasks().size(), tasks - 1);
        QCOMPARE(window.session()->store()->fileIndex(rel), -1);
    }

    void aReloadDoesNotUndoAnOpen()
    {
        // Reload (or a deletion) while another store is being opened: the
        // store on screen is the old one, and reading it again would undo the open.
        StoreFixture other;
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        window.openStore(other.root());
        window.reloadStore();
        QVERIFY(loaded.wait(10000));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(window.session()->store()->root(), QDir::cleanPath(other.root()));
    }

    void aLoadWaitsForABackgroundApply()
    {
        // The Apply worker reads the store on screen: a reload finishing first
        // must not free it under the worker (run under ASan by CI).
        QTemporaryDir dir;
        const QString root = writableDemo(dir);
        QVERIFY(!root.isEmpty());
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        const Store *before = window.session()->store();
        // Rows added by a watched change are appended: compare what they say.
        auto summary = [](const Store &s) {
            QStringList out;
            for (const auto &c : s.conflicts())
                out << s.text(c.id) + QLatin1Char(' ') + QString::number(int(c.state));
            out.sort();
            out << QString::number(s.operations().size()) << QString::number(s.tasks().size())
                << QString::number(s.evidence().size())
                << QString::number(s.journal().events.size());
            return out;
        };
        const QStringList beforeApply = summary(*before);
        ConflictsView *view = window.conflictsView();
        view->setConfirmApply(false);
        view->setBackgroundThreshold(0);
        view->setActor(QStringLiteral("actor:local-user"));
        // Cards there need no rationale.
        view->filterBar()->setWorkspace(QStringLiteral("workspace:household"));
        QVERIFY(view->acceptRecommendations() > 0);
        QSignalSpy applied(view, &ConflictsView::applyFinished);

        // The reload's end is queued before the Apply has even started: the
        // loading thread is waited for without running the event loop.
        const int idle = threadCount();
        QVERIFY(idle > 0);
        window.reloadStore();
        QDeadlineTimer deadline(20000);
        while (threadCount() > idle && !deadline.hasExpired())
            QThread::msleep(5);
        QVERIFY2(threadCount() <= idle, "the loading thread did not end");
        view->apply();
        QVERIFY(view->isApplying());
        QCoreApplication::processEvents();
        QCOMPARE(window.session()->store(), before);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty()); // why it waits

        QVERIFY(applied.wait(10000));
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(window.session()->store() != before);
        QCOMPARE(applied[0][1].toInt(), 0); // nothing refused
        // What the Apply wrote reaches the store now on screen (read before it).
        const auto fresh = Store::open(root);
        QVERIFY(summary(*fresh) != beforeApply);
        QTRY_COMPARE(summary(*window.session()->store()), summary(*fresh));
    }

    void theRememberedActorIsNotAskedFor()
    {
        // opensTheDemoStore chose actor:local-user for m_demo.
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.actor(), QStringLiteral("actor:local-user"));
        QVERIFY(!window.findChild<ActorChooserDialog *>());
    }

    void aRevokedActorIsNeverChosen()
    {
        MainWindowOptions options;
        options.actor = QStringLiteral("actor:radia-perlman"); // revoked
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.actor().isEmpty());
        QVERIFY(window.conflictsView()->actor().isEmpty());
        // It says why, and asks.
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("radia-perlman")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Revoked")));
        auto *chooser = window.findChild<ActorChooserDialog *>();
        QVERIFY(chooser);
        QVERIFY(chooser->isVisible());
        QVERIFY(chooser->chosenActor() != QStringLiteral("actor:radia-perlman"));
        // Nor through the box.
        window.requestActor(QStringLiteral("actor:radia-perlman"));
        QVERIFY(window.actor().isEmpty());
        chooser->reject();
        QVERIFY(window.actor().isEmpty());
    }

    /// A store shown from the load cache takes the actor asked for (--actor)
    /// on the cache's records, quietly; revoked while Sync Desk was closed,
    /// the actor is refused (and someone asked) once the records are checked.
    void anActorRevokedWhileClosedIsRefusedOnceChecked()
    {
        QTemporaryDir dir, cache;
        const QString root = writableDemo(dir);
        QVERIFY(!root.isEmpty());
        StoreLoader::setRacyWindowNs(50'000'000);
        const auto restore = qScopeGuard([] { StoreLoader::setRacyWindowNs(2'000'000'000); });
        MainWindowOptions options;
        options.loadCacheDirectory = cache.path();
        options.actor = QStringLiteral("actor:local-user");
        QCOMPARE(openOnceForTheCache(root, options), options.actor);
        const QString actorFile = root + QStringLiteral("/actors/actor_local-user.json");
        QFile f(actorFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.contains("\"revoked_at\": null"));
        bytes.replace("\"revoked_at\": null", "\"revoked_at\": \"2026-05-05T00:50:00Z\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();

        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.session()->isChecking());
        QCOMPARE(window.actor(), options.actor); // the cache's records allow it
        QVERIFY(!window.findChild<ActorChooserDialog *>());
        QTRY_VERIFY(!window.session()->isChecking());
        QVERIFY(window.actor().isEmpty());
        QVERIFY(window.conflictsView()->actor().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("local-user")));
        auto *chooser = window.findChild<ActorChooserDialog *>();
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        chooser->reject();
    }

    void unattendedRunsNeverAsk()
    {
        QTemporaryDir dir;
        const QString root = writableDemo(dir); // nothing remembered for it
        QVERIFY(!root.isEmpty());
        MainWindowOptions options;
        options.exitAfterLoad = true;
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.actor().isEmpty());
        QVERIFY(!window.findChild<ActorChooserDialog *>());
        // The conflicts page offers the choice instead.
        window.showPage(MainWindow::ConflictsPage);
        QPushButton *button = nullptr;
        for (QPushButton *b : window.conflictsView()->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Choose who is deciding")))
                button = b;
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
    }

    void exportDossierFollowsTheConflictsPage()
    {
        MainWindowOptions options;
        options.exitAfterLoad = true; // nobody is asked who decides
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        auto *action = window.findChild<QAction *>(QStringLiteral("exportDossierAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        // From the queue, before the conflicts page was ever shown: its first card.
        QString what;
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        DossierSelection selection = window.dossierSelection(what);
        const ConflictFilterProxy *proxy = window.conflictsView()->proxy();
        QVERIFY(proxy->rowCount() > 0);
        QCOMPARE(selection.conflictId,
            proxy->index(0, 0).data(ConflictModel::ConflictIdRole).toString());

        window.showPage(MainWindow::ConflictsPage);
        QVERIFY(window.conflictsView()->selectConflict(QStringLiteral("conflict:default-003")));
        selection = window.dossierSelection(what);
        QCOMPARE(selection.conflictId, QStringLiteral("conflict:default-003"));
        QVERIFY(!selection.decided);
        QVERIFY(what.contains(QStringLiteral("conflict:default-003")));

        window.conflictsView()->proxy()->setStateFilter(ConflictFilterProxy::StateFilter::Decided);
        selection = window.dossierSelection(what);
        QVERIFY(selection.decided);
        QVERIFY(selection.conflictId.isEmpty());
    }

    void quitCloseAndSwitchAskWithStagedWork()
    {
        QTemporaryDir dir;
        const QString root = writableDemo(dir);
        QVERIFY(!root.isEmpty());
        const QString actor = QStringLiteral("actor:local-user");
        const QString file
            = StagedWorkFile::path(QDir::cleanPath(QFileInfo(root).absoluteFilePath()), actor);
        const QString conflict = QStringLiteral("conflict:household-009");
        QString said;
        {
            MainWindowOptions options;
            options.actor = actor;
            MainWindow window(options);
            QSignalSpy loaded(&window, &MainWindow::storeLoaded);
            window.show();
            window.openStore(root);
            QVERIFY(loaded.wait(10000));
            ConflictsView *view = window.conflictsView();
            QVERIFY(view->selectConflict(conflict));
            QVERIFY(view->stageCurrent(DecisionOption::Merge));
            QVERIFY(QFile::exists(file)); // saved as it was staged

            // File > Quit asks; Cancel keeps the window and the work.
            QAction *quit = quitAction(window);
            QVERIFY(quit);
            answerPrompt(this, QStringLiteral("cancel"), &said);
            quit->trigger();
            QVERIFY2(said.contains(QStringLiteral("1 staged decision")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("saved")), qPrintable(said));
            QVERIFY(window.isVisible());
            QCOMPARE(view->model()->stagedTotal(), 1);

            // Another store asks too; cancelled, the store on screen stays.
            said.clear();
            answerPrompt(this, QStringLiteral("cancel"), &said);
            window.openStore(m_demo);
            QVERIFY(!said.isEmpty());
            QCOMPARE(window.session()->store()->root(), QDir::cleanPath(root));

            // Keep them: the window closes, the file stays.
            said.clear();
            answerPrompt(this, QStringLiteral("keep"), &said);
            QVERIFY(window.close());
            QVERIFY(!said.isEmpty());
            QVERIFY(QFile::exists(file));
        }
        {
            // Opened again: the staged decision is back; closing with Discard drops it.
            MainWindowOptions options;
            options.actor = actor;
            MainWindow window(options);
            QSignalSpy loaded(&window, &MainWindow::storeLoaded);
            window.show();
            window.openStore(root);
            QVERIFY(loaded.wait(10000));
            ConflictModel *model = window.conflictsView()->model();
            QCOMPARE(model->stagedTotal(), 1);
            QCOMPARE(model->stagedOption(model->rowOf(conflict)), DecisionOption::Merge);
            said.clear();
            answerPrompt(this, QStringLiteral("discard"), &said);
            QVERIFY(window.close());
            QVERIFY(!said.isEmpty());
            QVERIFY(!QFile::exists(file));
        }
        // Nothing staged: closing does not ask.
        MainWindow window(MainWindowOptions {});
        window.show();
        QVERIFY(window.close());
    }

    /// While a reopened store is checked, its staging refuses every change:
    /// the prompt must not offer a Discard that would keep everything.
    void noDiscardWhileTheStagingWaitsForTheCheck()
    {
        QTemporaryDir dir, cache;
        const QString root = writableDemo(dir);
        QVERIFY(!root.isEmpty());
        StoreLoader::setRacyWindowNs(50'000'000);
        const auto restore = qScopeGuard([] { StoreLoader::setRacyWindowNs(2'000'000'000); });
        MainWindowOptions options;
        options.loadCacheDirectory = cache.path();
        options.actor = QStringLiteral("actor:local-user");
        QCOMPARE(openOnceForTheCache(root, options), options.actor);

        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!window.session()->isChecking());
        ConflictsView *view = window.conflictsView();
        QVERIFY(view->selectConflict(QStringLiteral("conflict:household-009")));
        QVERIFY(view->stageCurrent(DecisionOption::Merge));

        // Opened again from the cache, kept staging and all: checked after the first frame.
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.session()->isChecking());
        ConflictModel *model = view->model();
        QVERIFY(model->stagingWaitsForCheck());
        QCOMPARE(model->stagedTotal(), 1);

        // Nor when another actor is chosen.
        window.requestActor(QStringLiteral("actor:grace-hopper"));
        auto *ask = window.findChild<QMessageBox *>(QStringLiteral("switchActorBox"));
        QVERIFY(ask);
        QStringList switchOffers;
        for (const QAbstractButton *b : ask->buttons())
            switchOffers.append(b->text());
        QVERIFY2(
            !switchOffers.contains(QStringLiteral("Discard")), qPrintable(switchOffers.join(u'|')));
        QVERIFY(ask->informativeText().contains(MainWindow::discardWaitsText()));
        ask->reject();
        QTRY_COMPARE(window.actor(), QStringLiteral("actor:local-user"));

        QAction *quit = quitAction(window);
        QVERIFY(quit);
        QStringList offered;
        QString said;
        answerPrompt(this, QStringLiteral("cancel"), &said, &offered);
        quit->trigger();
        QVERIFY2(!offered.contains(QStringLiteral("discard")), qPrintable(offered.join(u' ')));
        QVERIFY2(offered.contains(QStringLiteral("keep")), qPrintable(said + offered.join(u' ')));
        QVERIFY2(said.contains(MainWindow::discardWaitsText()), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("Discard them")), qPrintable(said));
        QVERIFY(window.isVisible());

        // Checked: Discard is offered again, and drops the work.
        QTRY_VERIFY(!window.session()->isChecking());
        QVERIFY(!model->stagingWaitsForCheck());
        QCOMPARE(model->stagedTotal(), 1);
        offered.clear();
        said.clear();
        answerPrompt(this, QStringLiteral("discard"), &said, &offered);
        QVERIFY(window.close());
        QVERIFY(offered.contains(QStringLiteral("discard")));
        QVERIFY(!said.contains(MainWindow::discardWaitsText()));
        QCOMPARE(model->stagedTotal(), 0);
    }

    void switchingWithStagedWorkAsks()
    {
        QTemporaryDir dir;
        const QString root = writableDemo(dir);
        QVERIFY(!root.isEmpty());
        MainWindowOptions options;
        options.actor = QStringLiteral("actor:local-user");
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(root);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.actor(), QStringLiteral("actor:local-user"));
        ConflictsView *view = window.conflictsView();
        ConflictModel *model = view->model();
        const int row = model->rowOf(QStringLiteral("conflict:household-009"));
        QVERIFY(model->stage(row, DecisionOption::Merge, QStringLiteral("Her words.")));
        QComboBox *box = window.actorBox();
        const QString grace = QStringLiteral("actor:grace-hopper");
        // The question still on screen (answered ones are deleted later).
        auto asking = [&]() -> QMessageBox * {
            for (auto *b : window.findChildren<QMessageBox *>(QStringLiteral("switchActorBox")))
                if (b->isVisible())
                    return b;
            return nullptr;
        };
        auto answer = [&](const QString &button) {
            QTRY_VERIFY(asking());
            QMessageBox *ask = asking();
            QVERIFY(ask->text().contains(QStringLiteral("Ada Lovelace")));
            for (QAbstractButton *b : ask->buttons())
                if (b->text().contains(button)) {
                    b->click();
                    return;
                }
            QFAIL(qPrintable(QStringLiteral("no button ") + button));
        };

        // Cancel: nothing changes, the box shows her again.
        box->setCurrentIndex(box->findData(grace));
        window.requestActor(grace);
        answer(QStringLiteral("Cancel"));
        QTRY_VERIFY(!asking());
        QCOMPARE(window.actor(), QStringLiteral("actor:local-user"));
        QCOMPARE(box->currentData().toString(), QStringLiteral("actor:local-user"));
        QCOMPARE(model->stagedTotal(), 1);

        // Keep them for her: Grace starts empty, no words carried over.
        window.requestActor(grace);
        answer(QStringLiteral("Keep them for Ada Lovelace"));
        QCOMPARE(window.actor(), grace);
        QCOMPARE(model->stagedTotal(), 0);
        QCOMPARE(model->rationale(row), QString());
        QCOMPARE(view->rationaleEdit()->toPlainText(), QString());
        QCOMPARE(model->stagedTotalFor(QStringLiteral("actor:local-user")), 1);

        // Grace has nothing staged: back without asking, and her work is there.
        window.requestActor(QStringLiteral("actor:local-user"));
        QVERIFY(!asking());
        QCOMPARE(model->rationale(row), QStringLiteral("Her words."));

        // Discard: dropped, and still never handed over.
        window.requestActor(grace);
        answer(QStringLiteral("Discard"));
        QCOMPARE(window.actor(), grace);
        QCOMPARE(model->stagedTotalFor(QStringLiteral("actor:local-user")), 0);
        QCOMPARE(model->stagedTotal(), 0);
    }

    void actorFromTheCommandLineWins()
    {
        MainWindowOptions options;
        options.actor = QStringLiteral("actor:grace-hopper");
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.actor(), QStringLiteral("actor:grace-hopper"));
        QCOMPARE(window.conflictsView()->actor(), QStringLiteral("actor:grace-hopper"));
    }

    void backAndForwardReturnToPagesAndSelections()
    {
        MainWindowOptions options;
        options.actor = QStringLiteral("actor:local-user");
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(m_demo);
        QVERIFY(loaded.wait(10000));
        const Store &store = *window.session()->store();
        NavigationHistory *history = window.history();
        auto *timeline = window.findChild<TimelineView *>();
        QVERIFY(timeline);
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        QVERIFY(!history->canGoBack());
        QVERIFY(!history->backAction()->isEnabled());
        QCOMPARE(history->backAction()->shortcut(), QKeySequence(QKeySequence::Back));
        QCOMPARE(history->forwardAction()->shortcut(), QKeySequence(QKeySequence::Forward));
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar->actions().contains(history->backAction()));
        QVERIFY(bar->actions().contains(history->forwardAction()));

        const QString operation = QStringLiteral("workspace-operation:default-0003");
        window.selectRecord(MainWindow::QueuePage, operation);
        QCOMPARE(window.selectedRecord(MainWindow::QueuePage), operation);

        // A followed link: the queue's task opens on the timeline.
        const QString task = QStringLiteral("operation-task:default-0003-2");
        const int taskRow = int(store.relations().taskById.value(store.strings().find(task)));
        Q_EMIT window.queueView()->taskActivated(taskRow);
        QCOMPARE(window.currentPage(), MainWindow::TimelinePage);
        QCOMPARE(timeline->selectedTask(), taskRow);

        // A page switch, and a card chosen there.
        window.showPage(MainWindow::ConflictsPage);
        QString conflict;
        for (const auto &c : store.conflicts())
            if (c.state == CardState::Pending)
                conflict = store.text(c.id);
        QVERIFY(window.conflictsView()->selectConflict(conflict));
        QCOMPARE(history->count(), 3);

        // Back: the timeline with its task, then the queue with its operation.
        window.selectRecord(
            MainWindow::QueuePage, QStringLiteral("workspace-operation:default-0001"));
        history->back();
        QCOMPARE(window.currentPage(), MainWindow::TimelinePage);
        QCOMPARE(timeline->selectedTask(), taskRow);
        history->back();
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        QCOMPARE(window.selectedRecord(MainWindow::QueuePage), operation);
        QVERIFY(!history->canGoBack());
        QVERIFY(history->forwardAction()->isEnabled());

        // Forward: the timeline, then the card that was chosen.
        history->forward();
        QCOMPARE(window.currentPage(), MainWindow::TimelinePage);
        history->forward();
        QCOMPARE(window.currentPage(), MainWindow::ConflictsPage);
        QCOMPARE(window.selectedRecord(MainWindow::ConflictsPage), conflict);
        QVERIFY(!history->canGoForward());

        // Alt+Left is Back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentPage(), MainWindow::TimelinePage);
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentPage(), MainWindow::ConflictsPage);

        // A link followed within the queue (a causal child) is a place too.
        window.showPage(MainWindow::QueuePage);
        const QString parent = QStringLiteral("workspace-operation:default-0001");
        const QString child = QStringLiteral("workspace-operation:default-0002");
        window.selectRecord(MainWindow::QueuePage, parent);
        Q_EMIT window.queueView()->detail()->operationActivated(
            int(store.relations().operationById.value(store.strings().find(child))));
        QCOMPARE(window.selectedRecord(MainWindow::QueuePage), child);
        history->back();
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        QCOMPARE(window.selectedRecord(MainWindow::QueuePage), parent);
        history->forward();
        QCOMPARE(window.selectedRecord(MainWindow::QueuePage), child);

        // A new page after going back drops what was ahead.
        history->back();
        window.showPage(MainWindow::EvidencePage);
        QVERIFY(!history->canGoForward());
        history->back();
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        QCOMPARE(window.selectedRecord(MainWindow::QueuePage), parent);
    }

    void unusableFoldersOpenToAClearMessage_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty folder") << "empty"
                                      << "manifest.json";
        QTest::newRow("uninitialized store") << "uninitialized"
                                             << "manifest.json";
        QTest::newRow("missing folder") << "missing"
                                        << "does not exist";
        QTest::newRow("a file") << "file"
                                << "not a folder";
    }
    void unusableFoldersOpenToAClearMessage()
    {
        QFETCH(QString, setup);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QString path = dir.path() + "/store";
        if (setup == "empty") {
            QDir().mkpath(path);
        } else if (setup == "uninitialized") {
            StoreFixture fx;
            fx.remove("manifest.json");
            QVERIFY(copyTree(fx.root(), path));
        } else if (setup == "file") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded[0][0].toBool(), false);
        QVERIFY(!window.isStoreShown());
        QVERIFY2(
            window.storePage()->text().contains(mentions), qPrintable(window.storePage()->text()));
        QVERIFY(!window.storePage()->title().isEmpty());
        // Reading never initialises anything.
        if (setup == "empty")
            QVERIFY(QDir(path).isEmpty());
    }

    void aBrokenStoreStillOpensWithItsProblems()
    {
        StoreFixture fx;
        fx.write("conflicts/conflict_alpha-001.json", "{ not json");
        fx.write("journal.jsonl", fx.read("journal.jsonl") + "{\"torn");
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.openStore(fx.root());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded[0][0].toBool(), true);
        bool sawJson = false, sawTorn = false;
        for (const auto &p : window.session()->store()->problems()) {
            sawJson |= p.rule == QLatin1String("json");
            sawTorn |= p.rule == QLatin1String("journal_torn");
        }
        QVERIFY(sawJson && sawTorn);
    }

    void externalChangeIsReflectedInTheViews()
    {
        QTemporaryDir dir;
        const QString store = dir.path() + "/demo";
        QVERIFY(copyTree(m_demo, store));
        MainWindow window(MainWindowOptions {});
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(store);
        QVERIFY(loaded.wait(10000));
        const Store *before = window.session()->store();
        const int operations = window.queueView()->table()->model()->rowCount();
        window.queueView()->selectOperation(0);
        const int selected = window.queueView()->selectedOperation();
        QSignalSpy reset(window.session(), &StoreSession::storeReset);

        // Someone else (the daemon, another Sync Desk) decides a conflict.
        QString pending;
        for (const auto &c : before->conflicts())
            if (c.state == CardState::Pending && before->text(c.severity) == QLatin1String("info"))
                pending = before->text(c.id);
        QVERIFY(!pending.isEmpty());
        const auto report = ResolutionWriter::apply(store,
            { Decision {
                pending, DecisionOption::Skip, "actor:local-user", "handled elsewhere" } });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);

        // Incremental: the same store object, one more operation row, the same selection.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.queueView()->table()->model()->rowCount(), operations + 1, 5000);
        QCOMPARE(window.session()->store(), before);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(window.queueView()->selectedOperation(), selected);
        QTRY_VERIFY_WITH_TIMEOUT(window.conflictsView()->model()->index(0, 0).isValid(), 1000);
        const Store *s = window.session()->store();
        const auto row = s->relations().conflictById.value(s->strings().find(pending));
        QCOMPARE(s->conflicts()[row].state, CardState::Decided);
    }

    void exitAfterLoadOfTheRealExecutable()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + "/config");
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + "/cache-exit-after-load");
        // Whether it restarts is the program's own decision, not the runner's.
        env.remove(QStringLiteral("SYNCDESK_NO_HUGE_PAGES"));
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESK_APP), { "--exit-after-load", m_demo });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray line = p.readAllStandardOutput().trimmed();
        const auto json = QJsonDocument::fromJson(line).object();
        QVERIFY2(json.contains("first_paint_ms"), line.constData());
        QCOMPARE(json.value("records").toInt(), 160);
        QVERIFY(json.value("load_ms").toDouble() >= 0);
        QVERIFY(json.value("rss_mb").toDouble() > 0);
        // No load cache yet: the queue is painted first, then the whole store.
        QCOMPARE(json.value("preview").toBool(), true);
        QVERIFY(json.value("complete_ms").toDouble() >= json.value("first_paint_ms").toDouble());
        QVERIFY(json.value("first_paint_ms").toDouble() > 0);
        QCOMPARE(json.value("files_from_preview").toInt() + json.value("files_read").toInt(), 160);
        // Started again once, with glibc's malloc advising huge pages, where it can.
        QCOMPARE(json.value("malloc_huge_pages").toBool(), hugePagesPossible());
        QCOMPARE(json.value("restart_ms").toDouble() > 0, SyncDesk::hugePageMallocPossible());
        QProcessEnvironment noHugePages = env;
        noHugePages.insert(QStringLiteral("SYNCDESK_NO_HUGE_PAGES"), QStringLiteral("1"));
        p.setProcessEnvironment(noHugePages);
        p.start(QStringLiteral(SYNCDESK_APP), { "--exit-after-load", m_demo });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const auto plain = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
        QCOMPARE(plain.value("malloc_huge_pages").toBool(), false);
        QCOMPARE(plain.value("restart_ms").toInt(), 0);
        QCOMPARE(plain.value("records").toInt(), 160);
        p.setProcessEnvironment(env);

        p.start(
            QStringLiteral(SYNCDESK_APP), { "--exit-after-load", m_dir.path() + "/nothing-here" });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("does not exist"));
    }

    void launchAndQuitSmoke()
    {
        // The real executable starts, shows its window with no store, and quits on request.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + "/config");
        // No second start (a second ASan start-up) before the signal handler is in.
        env.insert(QStringLiteral("SYNCDESK_NO_HUGE_PAGES"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESK_APP), {});
        QVERIFY(p.waitForStarted(10000));
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(!p.readAllStandardError().contains("QWidget"), "widget warnings on start");

        p.start(QStringLiteral(SYNCDESK_APP), { "--help" });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--exit-after-load"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
