// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/window/mainwindow.h"

#include "core/daemon/daemonclient.h"
#include "core/models/attentionwatch.h"
#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/resolution/gate.h"
#include "core/store/storeopener.h"
#include "core/store/storesession.h"
#include "ui/conflicts/conflictsidesview.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/daemon/daemonstatuswidget.h"
#include "ui/daemon/daemonview.h"
#include "ui/evidence/evidencebrowser.h"
#include "ui/problems/problemsview.h"
#include "ui/queue/queueview.h"
#include "ui/review/dossierexporter.h"
#include "ui/review/traildialog.h"
#include "ui/review/trailview.h"
#include "ui/timeline/timelinepage.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/appicons.h"
#include "ui/widgets/uilogging.h"
#include "ui/window/actorchooserdialog.h"
#include "ui/window/navigationhistory.h"
#include "ui/window/storepage.h"
#include "ui/window/storestatus.h"
#include "ui/window/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace SyncDesk::Ui {
namespace {

constexpr int kMaxRecent = 8;

QString settingsKey(const QString &storePath)
{
    // One group per store: QSettings keys must not contain slashes.
    return QStringLiteral("stores/")
        + QString::fromLatin1(QFileInfo(storePath).absoluteFilePath().toUtf8().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(new StoreSession(this))
    , m_opener(new StoreOpener(this))
    , m_outer(new QStackedWidget(this))
    , m_storePage(new StorePage(this))
    , m_tray(new TrayIcon(this, this))
    , m_attention(new AttentionWatch(this))
    , m_history(new NavigationHistory(this))
{
    setObjectName(QStringLiteral("SyncDeskMainWindow"));
    m_outer->addWidget(m_storePage);
    m_workspace = buildWorkspace();
    m_outer->addWidget(m_workspace);
    setCentralWidget(m_outer);
    buildMenus();
    buildStatusBar();

    // The tray: the pending count, a notification for what newly needs
    // someone (not what the first load finds), each opening its card.
    m_attention->setSession(m_session);
    connect(m_attention, &AttentionWatch::conflictNeedsAttention, this, [this](const QString &id) {
        if (const Store *s = m_session->store())
            m_tray->notifyConflict(*s, id);
    });
    connect(m_attention, &AttentionWatch::resolveTaskFailed, this,
        [this](const QString &task, const QString &conflict) {
            if (const Store *s = m_session->store())
                m_tray->notifyFailedTask(*s, task, conflict);
        });
    connect(m_conflicts, &ConflictsView::pendingCountChanged, m_tray, &TrayIcon::setPendingCount);
    connect(m_tray, &TrayIcon::conflictRequested, this, [this](const QString &id) {
        showPage(ConflictsPage);
        m_conflicts->selectConflict(id);
    });
    connect(m_tray, &TrayIcon::taskRequested, this,
        [this](const QString &task, const QString &conflict) {
            // The failed task's operation in the queue; its card when the store lacks it.
            const Store *s = m_session->store();
            qint32 op = -1;
            if (s) {
                const auto &rel = s->relations();
                const auto it = rel.taskById.constFind(s->strings().find(task));
                if (it != rel.taskById.cend() && *it < rel.operationOfTask.size())
                    op = rel.operationOfTask[*it];
            }
            if (op >= 0) {
                showPage(QueuePage);
                m_queue->selectOperation(op);
            } else if (!conflict.isEmpty()) {
                showPage(ConflictsPage);
                m_conflicts->selectConflict(conflict);
            }
        });

    connect(m_storePage, &StorePage::openRequested, this, &MainWindow::chooseStore);
    connect(m_storePage, &StorePage::retryRequested, this, [this] {
        if (!m_loadingPath.isEmpty())
            openStore(m_loadingPath);
    });
    connect(m_session, &StoreSession::storeReset, this, &MainWindow::onStoreChanged);
    connect(m_session, &StoreSession::storeUpdated, this, [this] { m_status->update(); });
    // A deleted file: read the store again off the UI thread, once at a time
    // (changes meanwhile reach the new store through its watch).
    m_session->setReloadsElsewhere(true);
    connect(m_session, &StoreSession::reloadNeeded, this, [this] {
        if (!m_opener->isOpening())
            reloadStore();
    });
    // Shown from the load cache before its files were looked at: said until they are.
    connect(m_session, &StoreSession::checkingChanged, this, [this](bool checking) {
        // Short: the store's path gives it its place, ~250 px at 1280 px wide.
        const QString message = tr("Checking the store for changes…");
        if (checking) {
            statusBar()->showMessage(message);
            return;
        }
        if (statusBar()->currentMessage() == message)
            statusBar()->clearMessage();
        updateActors();
    });

    // A background Apply reads the store on screen: a store read meanwhile
    // replaces it once that is done.
    m_opener->setAdoptionGate([this] { return m_conflicts->isApplying(); });
    connect(m_conflicts, &ConflictsView::applyFinished, m_opener, &StoreOpener::retryAdoption);
    connect(m_opener, &StoreOpener::previewReady, this, &MainWindow::showPreview);
    connect(m_opener, &StoreOpener::waitingForAdoption, this, [this] {
        statusBar()->showMessage(tr("The store just read is shown once Apply has finished."));
    });
    connect(m_opener, &StoreOpener::loaded, this, &MainWindow::showStore);
    connect(m_opener, &StoreOpener::failed, this, &MainWindow::showFailure);

    QSettings settings;
    // A first start fills most of a laptop's screen, never more than there is.
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_opener->cancel();
}

void MainWindow::openStore(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    const Store *shown = m_session->store();
    if (shown && QDir::cleanPath(shown->root()) != clean
        && !confirmLeavingStagedWork(tr("Open the Other Store")))
        return;
    startLoad(clean, false);
}

bool MainWindow::confirmLeavingStagedWork(const QString &action)
{
    ConflictModel *model = m_conflicts->model();
    const int staged = model->stagedTotal();
    if (staged == 0)
        return true;
    QMessageBox box(QMessageBox::Question, action,
        tr("%n staged decision(s) not applied yet.", nullptr, staged), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stagedWorkPrompt"));
    const QString problem = model->stagedWorkProblem();
    if (!problem.isEmpty())
        box.setInformativeText(tr("They could not be saved for the next time: %1").arg(problem));
    else
        box.setInformativeText(
            tr("They are saved for %1 (%2) and come back, with their rationales, the next "
               "time this store is opened.")
                .arg(model->actorDisplayName(), model->actor())
            + (model->stagingWaitsForCheck()
                    ? QString()
                    : QLatin1Char(' ') + tr("Discard them to start afresh.")));
    QPushButton *keep = box.addButton(
        problem.isEmpty() ? tr("Keep Them for Next Time") : tr("Go On Without Them"),
        QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keep"));
    QPushButton *discard = offerDiscard(box, tr("Discard Them"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    box.setDefaultButton(keep);
    box.setEscapeButton(cancel);
    box.exec();
    if (discard && box.clickedButton() == discard) {
        m_conflicts->clearStaged(); // saved as nothing staged: the file goes
        model->flushStagedWork();
        return true;
    }
    if (box.clickedButton() == keep) {
        model->flushStagedWork();
        return true;
    }
    return false;
}

QString MainWindow::discardWaitsText()
{
    return tr("They cannot be discarded until Sync Desk has checked which files changed while "
              "it was closed.");
}

QPushButton *MainWindow::offerDiscard(QMessageBox &box, const QString &label) const
{
    // While the store is checked the staging refuses every change: a discard
    // would keep them all, silently (ConflictModel::stagingWaitsForCheck()).
    if (m_conflicts->model()->stagingWaitsForCheck()) {
        box.setInformativeText(box.informativeText() + QLatin1Char(' ') + discardWaitsText());
        return nullptr;
    }
    QPushButton *discard = box.addButton(label, QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    return discard;
}

void MainWindow::reloadStore()
{
    // A load still under way (an open of another store, a reload, one waiting
    // for Apply) reads what is on disk now: restarting it would only lose time,
    // and reloading the store on screen would undo an open.
    if (m_opener->isOpening())
        return;
    if (const Store *s = m_session->store())
        startLoad(s->root(), true);
}

void MainWindow::startLoad(const QString &path, bool inPlace)
{
    m_loadingPath = path;
    if (inPlace) {
        // What is on screen stays there, and usable, until the new store replaces it.
        statusBar()->showMessage(tr("Reloading the store…"));
    } else {
        statusBar()->clearMessage(); // a reload this open supersedes
        // Another store: the places visited name records of the one before.
        m_history->clear();
        m_history->visit(currentPage());
        m_storePage->showLoading(m_loadingPath);
        m_outer->setCurrentWidget(m_storePage);
        setPartial(false);
    }
    // The daemon keeps writing while the store is read (seconds at 100k).
    m_session->watchAhead(m_loadingPath);
    // A reload keeps the store on screen meanwhile, which shows more than a preview would.
    // An open shows the store, then stats its files (the session does it,
    // and nothing is written until it has): at 100k a reopen's first frame
    // comes ~0.13 s sooner. Not a reload: it follows a change, which the
    // cache (saved when the store was opened) knows nothing of.
    StoreOpenOptions options = storeOptions();
    options.deferCacheCheck = !inPlace;
    m_opener->open(m_loadingPath, options,
        inPlace ? StoreOpener::Preview::Never : StoreOpener::Preview::IfUncached);
}

StoreOpenOptions MainWindow::storeOptions() const
{
    StoreOpenOptions options;
    options.cacheDirectory = m_options.loadCacheDirectory;
    return options;
}

void MainWindow::showPreview()
{
    m_session->adopt(m_opener->takePreview(), storeOptions());
    m_outer->setCurrentWidget(m_workspace);
    setPartial(true);
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

void MainWindow::showFailure(Store::State state, const QString &message)
{
    statusBar()->clearMessage();
    setPartial(false);
    const bool uninitialized = state == Store::State::NotInitialized;
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
    Q_EMIT storeLoaded(false);
}

void MainWindow::showStore()
{
    statusBar()->clearMessage();
    std::unique_ptr<Store> store = m_opener->takeStore();
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
    m_status->watchLock();
    if (!m_options.screenshotDir.isEmpty())
        QTimer::singleShot(300, this, &MainWindow::saveScreenshotsAndQuit);
    Q_EMIT storeLoaded(true);
}

QWidget *MainWindow::buildWorkspace()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_nav = new QListWidget(splitter);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(
        m_nav->fontMetrics().horizontalAdvance(QStringLiteral("Conflicts (10000)")) + 48);
    m_nav->setMaximumWidth(260);
    struct Item
    {
        const char *icon; ///< the theme's name for it
        const char *bundled; ///< resources/icons/pages, where the theme has none
        QString text;
    };
    const Item items[] = {
        { "view-list-details", "queue", tr("Queue") },
        { "view-calendar-timeline", "timeline", tr("Timeline") },
        { "vcs-merge-request", "conflicts", tr("Conflicts") },
        { "security-high", "evidence", tr("Evidence") },
        { "dialog-warning", "problems", tr("Problems") },
        { "network-server", "daemon", tr("Daemon") },
    };
    for (const auto &item : items)
        new QListWidgetItem(
            themedIcon(QString::fromLatin1(item.icon),
                QStringLiteral(":/icons/pages/%1.svg").arg(QLatin1String(item.bundled))),
            item.text, m_nav);

    m_pages = new QStackedWidget(splitter);
    m_queue = new QueueView(m_session, m_pages);
    m_conflicts = new ConflictsView(m_pages);
    m_conflicts->setSession(m_session);
    connect(m_conflicts, &ConflictsView::chooseActorRequested, this, &MainWindow::chooseActor);
    auto *timelinePage = new Ui::TimelinePage(m_session, m_pages);
    auto *timeline = timelinePage->view();
    m_timeline = timelinePage;
    auto *evidence = new EvidenceBrowser(m_pages);
    evidence->setSession(m_session);
    m_evidence = evidence;
    auto *problems = new ProblemsView(m_pages);
    problems->setSession(m_session);
    m_problems = problems;
    m_daemonClient = new DaemonClient(this);
    m_daemonClient->setBaseUrl(m_options.daemonUrl.isValid()
            ? m_options.daemonUrl
            : QUrl(QStringLiteral("http://127.0.0.1:8765")));
    m_daemonClient->setAllowRemoteHosts(m_options.allowRemoteDaemon);
    auto *daemon = new DaemonView(m_pages);
    daemon->setClient(m_daemonClient);
    daemon->setSession(m_session); // polls again when the journal changes
    m_daemon = daemon;
    for (QWidget *page : { static_cast<QWidget *>(m_queue), m_timeline,
             static_cast<QWidget *>(m_conflicts), m_evidence, m_problems, m_daemon })
        m_pages->addWidget(page);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({ m_nav->minimumWidth(), 1200 });

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Back and Forward: each page switch is a place, with what is selected on it.
    m_history->setRecorder([this](int page) { return selectedRecord(Page(page)); });
    connect(m_nav, &QListWidget::currentRowChanged, m_history, &NavigationHistory::visit);
    connect(m_queue, &QueueView::linkFollowed, m_history, [this] { m_history->follow(QueuePage); });
    connect(m_history, &NavigationHistory::navigate, this, [this](const NavigationEntry &e) {
        showPage(Page(e.page));
        selectRecord(Page(e.page), e.record);
    });
    // Timeline and queue follow each other: a task picks its operation and back.
    connect(timeline, &TimelineView::operationActivated, this,
        [this](int row) { m_queue->selectOperation(row); });
    connect(m_queue, &QueueView::operationSelected, timeline, &TimelineView::selectOperation);
    connect(m_queue, &QueueView::taskActivated, this, [this, timeline](int row) {
        showPage(TimelinePage);
        timeline->selectTask(row);
    });
    connect(m_queue, &QueueView::conflictActivated, this, [this](const QString &id) {
        showPage(ConflictsPage);
        m_conflicts->selectConflict(id);
    });
    connect(m_conflicts, &ConflictsView::pendingCountChanged, this, [this](int pending) {
        m_nav->item(ConflictsPage)
            ->setText(pending > 0 ? tr("Conflicts (%1)").arg(pending) : tr("Conflicts"));
        m_status->setPendingConflicts(pending);
    });
    connect(m_conflicts, &ConflictsView::applyFinished, this, [this] { m_status->updateLock(); });
    if (auto *sides = m_conflicts->findChild<ConflictSidesView *>())
        connect(sides, &ConflictSidesView::operationActivated, this, [this](int row) {
            showPage(QueuePage);
            m_queue->selectOperation(row);
        });
    auto showEvidence = [this, evidence](const QString &id) {
        showPage(EvidencePage);
        evidence->showEvidence(id);
    };
    connect(m_queue, &QueueView::evidenceActivated, this, showEvidence);
    connect(m_conflicts, &ConflictsView::evidenceActivated, this, showEvidence);
    connect(evidence, &EvidenceBrowser::recordActivated, this, [this](RecordKind kind, int row) {
        const Store *s = m_session->store();
        if (!s)
            return;
        if (kind == RecordKind::Operation) {
            showPage(QueuePage);
            m_queue->selectOperation(row);
        } else if (kind == RecordKind::Task && row < int(s->relations().operationOfTask.size())) {
            showPage(QueuePage);
            m_queue->selectOperation(s->relations().operationOfTask[quint32(row)]);
        }
    });
    connect(problems, &ProblemsView::fileActivated, this, [this](const QString &path, int) {
        // Open the record where it is shown best; other files stay in the problems preview.
        const Store *s = m_session->store();
        const qint32 file = s ? s->fileIndex(path) : -1;
        if (file < 0)
            return;
        const RecordFile &f = s->files()[quint32(file)];
        if (f.row < 0)
            return;
        if (f.kind == RecordKind::Operation) {
            showPage(QueuePage);
            m_queue->selectOperation(f.row);
        } else if (f.kind == RecordKind::Conflict) {
            showPage(ConflictsPage);
            m_conflicts->selectConflict(s->text(f.id));
        } else if (f.kind == RecordKind::Evidence) {
            showPage(EvidencePage);
            static_cast<EvidenceBrowser *>(m_evidence)->showEvidence(f.row);
        }
    });
    // A conflict's trail, from its card, a decision's envelope or an operation
    // that names it.
    connect(m_conflicts, &ConflictsView::trailRequested, this, &MainWindow::showTrail);
    connect(evidence, &EvidenceBrowser::trailRequested, this, &MainWindow::showTrail);
    connect(m_queue, &QueueView::trailRequested, this, &MainWindow::showTrail);
    m_nav->setCurrentRow(QueuePage);
    m_history->visit(QueuePage);
    return splitter;
}

TrailDialog *MainWindow::trailDialog() const
{
    return m_trail;
}

void MainWindow::showTrail(const QString &conflictId)
{
    if (!m_trail) {
        m_trail = new TrailDialog(this);
        // The trail follows the store as the daemon moves the work.
        connect(m_session, &StoreSession::storeReset, m_trail,
            [this] { m_trail->refresh(m_session->store()); });
        connect(m_session, &StoreSession::storeUpdated, m_trail, [this] {
            if (m_trail->isVisible())
                m_trail->refresh(m_session->store());
        });
        connect(m_trail->view(), &TrailView::linkActivated, this,
            [this](TrailView::Target target, const QString &id, const QString &file) {
                const Store *s = m_session->store();
                if (!s)
                    return;
                if (target == TrailView::Target::Evidence) {
                    showPage(EvidencePage);
                    static_cast<EvidenceBrowser *>(m_evidence)->showEvidence(id);
                } else if (target == TrailView::Target::Conflicts) {
                    showPage(ConflictsPage);
                    m_conflicts->selectConflict(id);
                } else if (target == TrailView::Target::Queue) {
                    // An operation, or a task's operation: the queue lists operations.
                    const qint32 f = s->fileIndex(file);
                    const RecordFile *rf = f >= 0 ? &s->files()[quint32(f)] : nullptr;
                    qint32 op = -1;
                    if (rf && rf->kind == RecordKind::Operation)
                        op = rf->row;
                    else if (rf && rf->kind == RecordKind::Task && rf->row >= 0
                        && quint32(rf->row) < s->relations().operationOfTask.size())
                        op = s->relations().operationOfTask[quint32(rf->row)];
                    if (op >= 0) {
                        showPage(QueuePage);
                        m_queue->selectOperation(op);
                    }
                }
            });
    }
    m_trail->showConflict(m_session->store(), conflictId);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
        tr("&Open Store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(
        QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    QAction *reload = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
        tr("&Reload"), this, &MainWindow::reloadStore);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *dossier = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
        tr("Export &Dossier…"), this, &MainWindow::exportDossier);
    dossier->setObjectName(QStringLiteral("exportDossierAction"));
    dossier->setToolTip(tr("The current conflict's trail, or those of the decided conflicts, "
                           "as a folder an auditor can verify alone"));
    file->addSeparator();
    file->addAction(m_tray->keepRunningAction());
    QAction *quit = file->addAction(
        QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = { tr("&Queue"), tr("&Timeline"), tr("&Conflicts"), tr("&Evidence"),
        tr("&Problems"), tr("&Daemon") };
    for (int p = QueuePage; p <= DaemonPage; ++p) {
        QAction *a = view->addAction(names[p], this, [this, p] { showPage(Page(p)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + p)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(
        QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Sync Desk"), this, [this] {
            QMessageBox::about(this, tr("About Sync Desk"),
                tr("<h3>Sync Desk %1</h3><p>The window onto the SourceOS sync "
                   "daemon's workspace store: its operations, tasks, conflicts and "
                   "evidence.</p>")
                    .arg(QApplication::applicationVersion()));
        });

    view->addSeparator();
    view->addAction(m_history->backAction());
    view->addAction(m_history->forwardAction());

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(m_history->backAction());
    bar->addAction(m_history->forwardAction());
    bar->addSeparator();
    bar->addAction(open);
    bar->addAction(reload);
    bar->addSeparator();
    auto *actorLabel = new QLabel(tr("Acting as:"), bar);
    m_actorBox = new QComboBox(bar);
    m_actorBox->setAccessibleName(tr("Acting actor"));
    m_actorBox->setToolTip(tr("Decisions are checked against this actor's capabilities and "
                              "scope, and recorded under its name."));
    m_actorBox->setMinimumContentsLength(18);
    // The whole name and id: the toolbar has the room, and the id is what is recorded.
    m_actorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    actorLabel->setBuddy(m_actorBox);
    bar->addWidget(actorLabel);
    bar->addWidget(m_actorBox);
    m_actorBox->setPlaceholderText(tr("Choose who is deciding"));
    connect(m_actorBox, &QComboBox::activated, this,
        [this](int index) { requestActor(m_actorBox->itemData(index).toString()); });
}

void MainWindow::buildStatusBar()
{
    m_status = new StoreStatus(m_session, statusBar());
    auto *daemonStatus = new DaemonStatusWidget(this);
    daemonStatus->setClient(m_daemonClient);
    statusBar()->addPermanentWidget(daemonStatus);
}

void MainWindow::saveScreenshotsAndQuit()
{
    // For the README: every page of the window as a person sees it, at a
    // laptop's size (1366x768 unless asked otherwise), not the size remembered.
    const char *names[] = { "queue", "timeline", "conflicts", "evidence", "problems", "daemon" };
    QDir().mkpath(m_options.screenshotDir);
    showNormal();
    resize(m_options.screenshotSize);
    m_queue->selectOperation(0);
    if (const Store *s = m_session->store()) {
        for (const auto &c : s->conflicts())
            if (c.state == CardState::Pending) {
                m_conflicts->selectConflict(s->text(c.id));
                break;
            }
    }
    for (int p = QueuePage; p <= DaemonPage; ++p) {
        showPage(Page(p));
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QThread::msleep(30);
        }
        const QString file
            = m_options.screenshotDir + QStringLiteral("/%1.png").arg(QLatin1String(names[p]));
        if (!grab().save(file))
            qCWarning(lcUi, "cannot write %s", qPrintable(file));
    }
    // The trail of the conflict with the most history: decided, with resolve work.
    if (const Store *s = m_session->store(); s && !s->conflicts().empty()) {
        std::size_t best = 0;
        for (std::size_t c = 0; c < s->conflicts().size(); ++c)
            if (s->relations().resolvingOperations[c].size()
                > s->relations().resolvingOperations[best].size())
                best = c;
        showPage(ConflictsPage);
        m_conflicts->selectConflict(s->text(s->conflicts()[best].id));
        showTrail(s->text(s->conflicts()[best].id));
        // With the decision open below the list: its words and who was at the keyboard.
        const auto &entries = m_trail->view()->trail().entries();
        for (int e = 0; e < entries.size(); ++e)
            if (entries[e].kind == TrailEntry::Kind::Decision) {
                m_trail->view()->setCurrentEntry(e);
                break;
            }
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QThread::msleep(30);
        }
        const QString file = m_options.screenshotDir + QStringLiteral("/trail.png");
        if (!m_trail->grab().save(file))
            qCWarning(lcUi, "cannot write %s", qPrintable(file));
    }
    QCoreApplication::exit(0);
}

void MainWindow::onStoreChanged()
{
    updateActors();
    m_status->update();
    updateTitle();
}

void MainWindow::updateActors()
{
    const Store *s = m_session->store();
    if (!s) {
        const QSignalBlocker block(m_actorBox);
        m_actorBox->clear();
        return;
    }
    if (s->isPartial())
        return; // a preview holds operations only: who may decide is known once all is read
    // People decide; agents and services appear only when named (--actor).
    m_eligibility.clear();
    for (const ActorEligibility &e : DecisionGate::eligibilities(*s))
        if (e.actorType == QLatin1String("human") || e.actorId == m_actor
            || e.actorId == m_options.actor)
            m_eligibility << e;
    // Those who may decide first; the others after them, each saying why not.
    std::stable_sort(m_eligibility.begin(), m_eligibility.end(),
        [](const ActorEligibility &a, const ActorEligibility &b) {
            return a.eligible() && !b.eligible();
        });
    fillActorBox();

    // While the store is checked its actors' records may be the load cache's:
    // a choice they allow is taken, quietly; whether one is refused, and who
    // is asked, waits for the checked records (checkingChanged() calls this
    // again), as the first open of the store.
    const bool provisional = m_session->isChecking();
    const bool firstOpen = s->root() != m_actorStoreRoot;
    if (!provisional)
        m_actorStoreRoot = s->root();
    QString wanted = m_actor;
    QString source;
    if (firstOpen) {
        wanted = m_options.actor;
        source = tr("--actor");
        if (wanted.isEmpty()) {
            wanted
                = QSettings().value(settingsKey(s->root()) + QStringLiteral("/actor")).toString();
            source = tr("the choice remembered for this store");
        }
    }
    // Nobody wanted is nobody eligible (ActorEligibility's default).
    const ActorEligibility e
        = wanted.isEmpty() ? ActorEligibility {} : DecisionGate::eligibility(*s, wanted);
    if (e.eligible()) {
        setActor(wanted);
        return;
    }
    if (provisional) {
        if (firstOpen)
            setActor(QString()); // not another store's actor meanwhile
        return;
    }
    if (wanted.isEmpty()) {
        // No silent default: on a store's first open, ask who is deciding.
        setActor(QString());
        if (firstOpen)
            askForActor(QString());
        return;
    }
    // A revoked (or otherwise barred) actor is never chosen, not even from
    // --actor or the remembered choice: say why, and ask.
    const QString why = firstOpen
        ? tr("%1 (from %2) cannot decide in this store. %3").arg(wanted, source, e.reason)
        : tr("%1 can no longer decide in this store. %2").arg(wanted, e.reason);
    setActor(QString());
    statusBar()->showMessage(why);
    askForActor(why);
}

void MainWindow::fillActorBox()
{
    const QSignalBlocker block(m_actorBox);
    m_actorBox->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_actorBox->model());
    for (const ActorEligibility &e : std::as_const(m_eligibility)) {
        const QString label = ActorChooserDialog::actorLabel(e);
        m_actorBox->addItem(QIcon::fromTheme(QStringLiteral("user-identity")),
            e.eligible() ? label : tr("%1 — cannot decide").arg(label), e.actorId);
        if (!e.eligible()) {
            // Shown, so that people see who exists, but never chosen; the reason is the tooltip.
            const int row = m_actorBox->count() - 1;
            m_actorBox->setItemData(row, e.reason, Qt::ToolTipRole);
            if (model)
                model->item(row)->setEnabled(false);
        }
    }
    m_actorBox->setCurrentIndex(m_actorBox->findData(m_actor));
}

void MainWindow::askForActor(const QString &why)
{
    // --exit-after-load and --screenshots never wait for a person: no actor acts,
    // and the conflicts page offers the choice.
    if (m_options.exitAfterLoad || !m_options.screenshotDir.isEmpty() || !m_session->store())
        return;
    if (m_actorChooser) {
        m_actorChooser->setMessage(why);
        return;
    }
    auto *dialog = new ActorChooserDialog(m_eligibility, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(why);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { requestActor(dialog->chosenActor()); });
    m_actorChooser = dialog;
    dialog->open(); // window-modal, never exec(): nothing waits on it
}

void MainWindow::requestActor(const QString &actorId)
{
    const auto restore = [this] { m_actorBox->setCurrentIndex(m_actorBox->findData(m_actor)); };
    if (actorId == m_actor || actorId.isEmpty())
        return restore();
    if (m_conflicts->isApplying()) {
        // Apply writes as the actor who confirmed it; its outcomes are that actor's.
        statusBar()->showMessage(
            tr("Apply is writing as %1: switch the deciding actor when it has finished.")
                .arg(m_conflicts->model()->actorDisplayName()),
            8000);
        return restore();
    }
    const Store *s = m_session->store();
    if (!s || !DecisionGate::eligibility(*s, actorId).eligible())
        return restore();
    ConflictModel *model = m_conflicts->model();
    const int staged = model->stagedTotal();
    if (staged == 0 || m_actor.isEmpty())
        return setActor(actorId);
    // Staged choices belong to who staged them: keep them for that actor, or
    // drop them; never hand them (or their words) to the next actor.
    const QString current = model->actorDisplayName();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Switch the deciding actor?"),
        tr("%1 has staged decisions (%2) that are not applied yet.")
            .arg(current, QLocale().toString(staged)),
        QMessageBox::NoButton, this);
    box->setInformativeText(tr("They stay with %1: the next actor starts with nothing staged and "
                               "no rationale typed.")
                                .arg(current));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *keep
        = box->addButton(tr("Keep them for %1").arg(current), QMessageBox::AcceptRole);
    QPushButton *discard = offerDiscard(*box, tr("Discard"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setObjectName(QStringLiteral("switchActorBox"));
    connect(box, &QMessageBox::finished, this, [this, box, keep, discard, actorId, restore] {
        if (box->clickedButton() == keep) {
            setActor(actorId);
        } else if (discard && box->clickedButton() == discard) {
            m_conflicts->clearStaged();
            setActor(actorId);
        } else {
            restore();
        }
    });
    box->open();
}

void MainWindow::chooseActor()
{
    askForActor(QString());
}

void MainWindow::setActor(const QString &actorId)
{
    m_actor = actorId;
    {
        const QSignalBlocker block(m_actorBox);
        m_actorBox->setCurrentIndex(m_actorBox->findData(actorId));
    }
    m_conflicts->setActor(actorId);
    if (const Store *s = m_session->store(); s && !actorId.isEmpty() && m_options.actor.isEmpty()) {
        // Restored at every load: written (and synced) only when it changes, as addRecent().
        QSettings settings;
        const QString key = settingsKey(s->root()) + QStringLiteral("/actor");
        if (settings.value(key).toString() != actorId)
            settings.setValue(key, actorId);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const Store *s = m_session->store();
    if (!s) {
        setWindowTitle(tr("Sync Desk"));
        return;
    }
    const QString name = QFileInfo(s->root()).fileName();
    setWindowTitle(m_actor.isEmpty() ? tr("%1 — Sync Desk").arg(name)
                                     : tr("%1 — acting as %2 — Sync Desk").arg(name, m_actor));
}

void MainWindow::chooseStore()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Open a Workspace Store"), m_session->root());
    if (!dir.isEmpty())
        openStore(dir);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    const QStringList before = settings.value(QStringLiteral("recentStores")).toStringList();
    QStringList recent = before;
    recent.removeAll(path);
    recent.prepend(path);
    recent = recent.mid(0, kMaxRecent);
    // Settings are written and synced to disk (two fdatasyncs) on this thread,
    // just before the store is shown: a busy disk made that take half a
    // second. Opening the store opened last changes nothing.
    if (recent != before)
        settings.setValue(QStringLiteral("recentStores"), recent);
    rebuildRecentMenu(); // another Sync Desk may have changed it
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentStores")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openStore(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showPage(Page page)
{
    if (isPartial() && page != QueuePage && page != DaemonPage) {
        statusBar()->showMessage(
            tr("Still reading the store; this page opens when it is read."), 3000);
        return;
    }
    m_outer->setCurrentWidget(
        m_session->store() ? m_workspace : static_cast<QWidget *>(m_storePage));
    m_nav->setCurrentRow(page);
    if (QWidget *w = pageWidget(page))
        w->setFocus();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_nav->currentRow());
}

QString MainWindow::selectedRecord(Page page) const
{
    const Store *s = m_session->store();
    if (!s)
        return {};
    switch (page) {
    case QueuePage:
        if (const int row = m_queue->selectedOperation(); row >= 0)
            return s->text(s->operations()[quint32(row)].id);
        break;
    case TimelinePage:
        if (const int row = static_cast<Ui::TimelinePage *>(m_timeline)->view()->selectedTask();
            row >= 0)
            return s->text(s->tasks()[quint32(row)].id);
        break;
    case ConflictsPage:
        if (const int row = m_conflicts->currentRow(); row >= 0)
            return m_conflicts->model()
                ->index(row, 0)
                .data(ConflictModel::ConflictIdRole)
                .toString();
        break;
    case EvidencePage:
        if (const int row = static_cast<EvidenceBrowser *>(m_evidence)->currentEvidenceRow();
            row >= 0)
            return s->text(s->evidence()[quint32(row)].id);
        break;
    default:
        break;
    }
    return {};
}

void MainWindow::selectRecord(Page page, const QString &id)
{
    const Store *s = m_session->store();
    if (!s || id.isEmpty())
        return;
    const Sym sym = s->strings().find(id);
    const auto &rel = s->relations();
    switch (page) {
    case QueuePage:
        if (const auto it = rel.operationById.constFind(sym); it != rel.operationById.cend())
            m_queue->selectOperation(int(*it));
        break;
    case TimelinePage:
        if (const auto it = rel.taskById.constFind(sym); it != rel.taskById.cend())
            static_cast<Ui::TimelinePage *>(m_timeline)->view()->selectTask(int(*it));
        break;
    case ConflictsPage:
        m_conflicts->selectConflict(id);
        break;
    case EvidencePage:
        static_cast<EvidenceBrowser *>(m_evidence)->showEvidence(id);
        break;
    default:
        break;
    }
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(int(page));
}

bool MainWindow::isStoreShown() const
{
    return m_outer->currentWidget() == m_workspace;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingStagedWork(tr("Quit"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

DossierSelection MainWindow::dossierSelection(QString &what)
{
    // The conflicts page picks its first card once shown: from another page too.
    m_conflicts->catchUp();
    DossierSelection selection;
    if (currentPage() == ConflictsPage
        && m_conflicts->proxy()->stateFilter() == ConflictFilterProxy::StateFilter::Decided) {
        selection.decided = true;
        what = tr("the decided conflicts");
        return selection;
    }
    const int row = m_conflicts->currentRow();
    if (row >= 0) {
        selection.conflictId
            = m_conflicts->model()->index(row, 0).data(ConflictModel::ConflictIdRole).toString();
        what = tr("conflict %1").arg(selection.conflictId);
    }
    return selection;
}

void MainWindow::exportDossier()
{
    const Store *store = m_session->store();
    if (!store || store->state() != Store::State::Ok || store->isPartial()) {
        QMessageBox::information(
            this, tr("Export Dossier"), tr("Open a store and let it load first."));
        return;
    }
    QString what;
    const DossierSelection selection = dossierSelection(what);
    if (selection.conflictId.isEmpty() && !selection.decided) {
        QMessageBox::information(this, tr("Export Dossier"),
            tr("Choose a conflict on the Conflicts page, or show its decided conflicts, first."));
        return;
    }
    DossierExporter::run(this, *store, selection, what);
}

} // namespace SyncDesk::Ui
