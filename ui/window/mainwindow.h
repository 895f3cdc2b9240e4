// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace SyncDesk {
class DaemonClient;
class StoreSession;
class Store;
struct StoreOpenOptions;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class ConflictsView;
class QueueView;
class StorePage;

struct MainWindowOptions final
{
    QString actor; ///< --actor: overrides the remembered actor
    QUrl daemonUrl; ///< --daemon-url
    bool allowRemoteDaemon = false;
    bool exitAfterLoad = false; ///< --exit-after-load: print load figures and quit
    QString screenshotDir; ///< --screenshots DIR: save every page as PNG and quit
    /// Where stores' load caches live (the user's cache folder); empty: none.
    QString loadCacheDirectory;
};

/**
 * The Sync Desk window: a store opened on a worker thread, then the queue,
 * timeline, conflicts, evidence, problems and daemon pages over one
 * StoreSession that follows the daemon's changes live.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        QueuePage,
        TimelinePage,
        ConflictsPage,
        EvidencePage,
        ProblemsPage,
        DaemonPage
    };
    Q_ENUM(Page)

    explicit MainWindow(const MainWindowOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a store folder; loading runs off the UI thread.
    void openStore(const QString &path);
    /// Reads the open store again off the UI thread; it stays on screen meanwhile.
    void reloadStore();
    StoreSession *session() const { return m_session; }
    void showPage(Page page);
    Page currentPage() const;
    QString actor() const { return m_actor; }
    void setActor(const QString &actorId);
    QueueView *queueView() const { return m_queue; }
    ConflictsView *conflictsView() const { return m_conflicts; }
    StorePage *storePage() const { return m_storePage; }
    bool isStoreShown() const;

Q_SIGNALS:
    /// After a store finished loading (successfully or not).
    void storeLoaded(bool ok);
    /// A store without a load cache shows its queue before the rest is read:
    /// the session then holds a partial store (Store::isPartial()) until storeLoaded().
    void previewShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    QWidget *buildWorkspace();
    struct LoadJob;
    void startLoad(const QString &path, bool inPlace);
    /// Stops the load in progress, if any: its result would be dropped.
    void cancelLoad();
    void onPreviewLoaded(const std::shared_ptr<LoadJob> &job);
    void adoptWhenIdle(const std::shared_ptr<LoadJob> &job, qint64 loadMs);
    void onStoreLoaded(Store *store, qint64 loadMs);
    /// While partial, the pages that need more than operations cannot be chosen.
    void setPartial(bool partial);
    bool isPartial() const;
    StoreOpenOptions storeOptions() const;
    void onStoreChanged();
    void updateStatus();
    void updateTitle();
    void updateActors();
    void updateLockState();
    void chooseStore();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void reportLoadAndQuit();
    void saveScreenshotsAndQuit();
    QWidget *pageWidget(Page page) const;

    MainWindowOptions m_options;
    StoreSession *m_session;
    DaemonClient *m_daemonClient = nullptr;
    QString m_actor;
    QString m_loadingPath;
    QElapsedTimer m_sinceStart;
    qint64 m_loadMs = 0;
    bool m_previewShown = false; ///< the queue was shown before the whole store
    qint64 m_firstPaintMs = -1;
    quint64 m_loadGeneration = 0; ///< a load finishing after another began is dropped
    /// The load under way, until its store is adopted (it may wait for Apply).
    std::shared_ptr<std::atomic<bool>> m_loadCancel;
    bool m_reported = false;

    QStackedWidget *m_outer;
    StorePage *m_storePage;
    QWidget *m_workspace = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QueueView *m_queue = nullptr;
    ConflictsView *m_conflicts = nullptr;
    QWidget *m_timeline = nullptr;
    QWidget *m_evidence = nullptr;
    QWidget *m_problems = nullptr;
    QWidget *m_daemon = nullptr;
    QComboBox *m_actorBox = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_generationLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_lockLabel = nullptr;
    QTimer *m_lockTimer = nullptr;
};

} // namespace SyncDesk::Ui
