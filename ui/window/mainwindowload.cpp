// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Opening and reloading a store: on a worker thread, the queue first when
// there is no load cache, then the whole store; and the --exit-after-load report.

#include "ui/window/mainwindow.h"

#include "core/daemon/daemonclient.h"
#include "core/store/storesession.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/queue/queueview.h"
#include "ui/window/storepage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSemaphore>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace SyncDesk::Ui {
namespace {

/// How long the full load waits for the window to show a preview before it
/// goes on anyway (a window that is never shown still gets its store).
constexpr int kPreviewShownTimeoutMs = 3000;

double procStatusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

/// Shared by the loading thread and the window; either may outlive the other.
struct MainWindow::LoadJob final
{
    quint64 generation = 0;
    /// Set when another load supersedes this one, or the window goes.
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<Store> preview;
    std::unique_ptr<Store> store;
    /// Released once the window has shown the preview (or dropped it): the
    /// full load then takes both cores, not the window's populating them.
    QSemaphore previewDone;
};

void MainWindow::openStore(const QString &path)
{
    startLoad(QDir::cleanPath(path), false);
}

void MainWindow::reloadStore()
{
    // A load still under way (an open of another store, a reload, one waiting
    // for Apply) reads what is on disk now: restarting it would only lose time,
    // and reloading the store on screen would undo an open.
    if (m_loadCancel)
        return;
    if (const Store *s = m_session->store())
        startLoad(s->root(), true);
}

void MainWindow::cancelLoad()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loadCancel.reset();
}

void MainWindow::startLoad(const QString &path, bool inPlace)
{
    m_loadingPath = path;
    if (inPlace) {
        // What is on screen stays there, and usable, until the new store replaces it.
        statusBar()->showMessage(tr("Reloading the store…"));
    } else {
        statusBar()->clearMessage(); // a reload this open supersedes
        m_storePage->showLoading(m_loadingPath);
        m_outer->setCurrentWidget(m_storePage);
        setPartial(false);
    }
    QElapsedTimer timer;
    timer.start();
    cancelLoad();
    auto job = std::make_shared<LoadJob>();
    job->generation = ++m_loadGeneration;
    m_loadCancel = job->cancel;
    StoreOpenOptions options = storeOptions();
    options.cancel = job->cancel;
    // Without a load cache every file is read: 100k operations and their
    // tasks take seconds, so the queue is shown as soon as it is read. With
    // one, the whole store is ready about as soon. A reload keeps the store
    // on screen meanwhile, which shows more than a preview would.
    const bool previewFirst = !inPlace && !Store::hasLoadCache(m_loadingPath, options);
    // The daemon keeps writing while the store is read (seconds at 100k).
    m_session->watchAhead(m_loadingPath);
    QPointer<MainWindow> window(this);
    QThread *thread = QThread::create([job, window, previewFirst, path = m_loadingPath, options] {
        if (!previewFirst) {
            job->store = Store::open(path, options);
            return;
        }
        Store::Preview preview = Store::openOperationsFirst(path, options);
        if (preview.store->state() != Store::State::Ok) {
            // Missing, not a folder, not initialized: what a full load would say too.
            job->store = std::move(preview.store);
            return;
        }
        job->preview = std::move(preview.store);
        // The window is looked at on its own thread: it may be closing meanwhile.
        const bool queued = QMetaObject::invokeMethod(qApp, [window, job] {
            if (window)
                window->onPreviewLoaded(job);
            else
                job->previewDone.release();
        });
        if (queued)
            job->previewDone.tryAcquire(1, kPreviewShownTimeoutMs);
        if (job->cancel->load())
            return;
        job->store = Store::open(path, options, preview.preload.get());
    });
    // Deleted when done even if this window is gone by then.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, job, timer] {
        if (job->generation != m_loadGeneration || !job->store)
            return; // another store was opened meanwhile
        adoptWhenIdle(job, timer.elapsed());
    });
    thread->start();
}

void MainWindow::adoptWhenIdle(const std::shared_ptr<LoadJob> &job, qint64 loadMs)
{
    // A background Apply reads the store on screen: it is replaced once that is done.
    if (m_conflicts->isApplying()) {
        statusBar()->showMessage(tr("The store just read is shown once Apply has finished."));
        connect(
            m_conflicts, &ConflictsView::applyFinished, this,
            [this, job, loadMs] {
                if (job->generation == m_loadGeneration && job->store)
                    adoptWhenIdle(job, loadMs);
            },
            Qt::SingleShotConnection);
        return;
    }
    m_loadCancel.reset(); // no load is under way any more
    statusBar()->clearMessage();
    onStoreLoaded(job->store.release(), loadMs);
}

StoreOpenOptions MainWindow::storeOptions() const
{
    StoreOpenOptions options;
    options.cacheDirectory = m_options.loadCacheDirectory;
    return options;
}

void MainWindow::onPreviewLoaded(const std::shared_ptr<LoadJob> &job)
{
    // A background Apply reads the store on screen: the whole store will replace it later.
    if (job->generation != m_loadGeneration || !job->preview || m_conflicts->isApplying()) {
        job->previewDone.release();
        return;
    }
    m_previewShown = true;
    m_session->adopt(std::move(job->preview), storeOptions());
    m_outer->setCurrentWidget(m_workspace);
    setPartial(true);
    if (m_options.exitAfterLoad)
        m_queue->table()->viewport()->installEventFilter(this);
    // After the events adopting it posted (the queue's first paint among them).
    QTimer::singleShot(0, this, [job] { job->previewDone.release(); });
    Q_EMIT previewShown();
}

void MainWindow::setPartial(bool partial)
{
    // Pages that need tasks, conflicts, evidence or the journal wait for them.
    for (const Page page : { TimelinePage, ConflictsPage, EvidencePage, ProblemsPage }) {
        QListWidgetItem *item = m_nav->item(page);
        item->setFlags(
            partial ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
        item->setToolTip(partial ? tr("Still reading the store") : QString());
    }
    if (partial && currentPage() != DaemonPage)
        m_nav->setCurrentRow(QueuePage);
}

bool MainWindow::isPartial() const
{
    return m_session->store() && m_session->store()->isPartial();
}

void MainWindow::onStoreLoaded(Store *raw, qint64 loadMs)
{
    std::unique_ptr<Store> store(raw);
    m_loadMs = loadMs;
    const bool ok = store->state() == Store::State::Ok;
    if (!ok) {
        setPartial(false);
        const QString message = store->stateMessage();
        const bool uninitialized = store->state() == Store::State::NotInitialized;
        m_storePage->showMessage(uninitialized ? tr("This folder is not a Sync Desk store")
                                               : tr("The store cannot be opened"),
            uninitialized ? tr("%1\n\nA workspace store has a manifest.json written by "
                               "the sync daemon. Sync Desk never creates one by "
                               "itself.")
                                .arg(message)
                          : message,
            true);
        m_session->close();
        m_outer->setCurrentWidget(m_storePage);
        if (m_options.exitAfterLoad) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(1);
        }
        Q_EMIT storeLoaded(false);
        return;
    }
    // Someone may already be reading the preview's queue, or the store being
    // reloaded: keep their place.
    QString selectedId;
    int scroll = 0;
    const bool samePlace = m_session->store() && m_session->store()->root() == store->root();
    if (samePlace) {
        const Store *preview = m_session->store();
        const int row = m_queue->selectedOperation();
        if (row >= 0 && row < int(preview->operations().size()))
            selectedId = preview->text(preview->operations()[quint32(row)].id);
        scroll = m_queue->table()->verticalScrollBar()->value();
    }
    addRecent(store->root());
    m_daemonClient->setStoreRoot(store->root());
    if (!m_options.exitAfterLoad && m_options.screenshotDir.isEmpty())
        m_daemonClient->start();
    m_session->adopt(std::move(store), storeOptions());
    m_session->setWatching(true);
    setPartial(false);
    m_outer->setCurrentWidget(m_workspace);
    if (samePlace) {
        const Store *s = m_session->store();
        const Sym id = s->strings().find(selectedId.toStdString());
        if (const auto it = s->relations().operationById.constFind(id);
            id != kNoSym && it != s->relations().operationById.cend())
            m_queue->selectOperation(int(*it));
        m_queue->table()->verticalScrollBar()->setValue(scroll);
    }
    m_lockTimer->start();
    if (!m_options.screenshotDir.isEmpty())
        QTimer::singleShot(300, this, &MainWindow::saveScreenshotsAndQuit);
    if (m_options.exitAfterLoad) {
        QWidget *view = m_queue->table()->viewport();
        view->installEventFilter(this);
        view->update();
    }
    Q_EMIT storeLoaded(true);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_options.exitAfterLoad && !m_reported
        && watched == m_queue->table()->viewport()) {
        if (m_firstPaintMs < 0)
            QTimer::singleShot(0, this, [this] {
                if (m_firstPaintMs < 0)
                    m_firstPaintMs = m_sinceStart.elapsed();
            });
        if (!isPartial()) {
            m_reported = true;
            // After this paint event has been handled: the frame is done.
            QTimer::singleShot(0, this, &MainWindow::reportLoadAndQuit);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::reportLoadAndQuit()
{
    // first_paint: the first frame of the queue (a preview's, when there was
    // one); complete: the first frame of the whole store.
    const Store *s = m_session->store();
    std::printf(
        "{\"records\": %lld, \"load_ms\": %lld, \"first_paint_ms\": %lld, \"complete_ms\": %lld, "
        "\"preview\": %s, \"rss_mb\": %.1f, \"peak_rss_mb\": %.1f, \"files_from_cache\": %d, "
        "\"files_from_preview\": %d, \"files_read\": %d}\n",
        s ? static_cast<long long>(s->files().size()) : 0LL, static_cast<long long>(m_loadMs),
        static_cast<long long>(m_firstPaintMs), static_cast<long long>(m_sinceStart.elapsed()),
        m_previewShown ? "true" : "false", procStatusMb("VmRSS:"), procStatusMb("VmHWM:"),
        s ? s->loadStats().filesFromCache : 0, s ? s->loadStats().filesFromPreview : 0,
        s ? s->loadStats().filesRead : 0);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace SyncDesk::Ui
