// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/store.h"

#include <QMainWindow>
#include <QUrl>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace SyncDesk {
class DaemonClient;
class StoreOpener;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class ConflictsView;
class QueueView;
class StorePage;
class StoreStatus;

struct MainWindowOptions final
{
    QString actor; ///< --actor: overrides the remembered actor
    QUrl daemonUrl; ///< --daemon-url
    bool allowRemoteDaemon = false;
    /// --exit-after-load: the daemon is not contacted (app/desktop's LoadReport
    /// prints the load figures and quits).
    bool exitAfterLoad = false;
    QString screenshotDir; ///< --screenshots DIR: save every page as PNG and quit
    /// Where stores' load caches live (the user's cache folder); empty: none.
    QString loadCacheDirectory;
};

/**
 * The Sync Desk window: a store opened on a worker thread (StoreOpener), then
 * the queue, timeline, conflicts, evidence, problems and daemon pages over one
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
    /// Reads the stores openStore() and reloadStore() ask for; its signals say how it went.
    StoreOpener *storeOpener() const { return m_opener; }
    void showPage(Page page);
    Page currentPage() const;
    QString actor() const { return m_actor; }
    void setActor(const QString &actorId);
    QueueView *queueView() const { return m_queue; }
    ConflictsView *conflictsView() const { return m_conflicts; }
    StorePage *storePage() const { return m_storePage; }
    bool isStoreShown() const;

    /**
     * Asks before leaving a store with staged decisions (quit, close, another
     * store): keep them for next time (they are saved already), discard
     * them, or cancel. Returns whether to go on. `action` names what is
     * about to happen ("Quit", "Open the other store").
     */
    bool confirmLeavingStagedWork(const QString &action);

Q_SIGNALS:
    /// After a store finished loading (successfully or not).
    void storeLoaded(bool ok);
    /// A store without a load cache shows its queue before the rest is read:
    /// the session then holds a partial store (Store::isPartial()) until storeLoaded().
    void previewShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    QWidget *buildWorkspace();
    void startLoad(const QString &path, bool inPlace);
    void showPreview();
    void showStore();
    void showFailure(Store::State state, const QString &message);
    /// While partial, the pages that need more than operations cannot be chosen.
    void setPartial(bool partial);
    bool isPartial() const;
    StoreOpenOptions storeOptions() const;
    void onStoreChanged();
    void updateTitle();
    void updateActors();
    void chooseStore();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void saveScreenshotsAndQuit();
    QWidget *pageWidget(Page page) const;

    MainWindowOptions m_options;
    StoreSession *m_session;
    StoreOpener *m_opener;
    DaemonClient *m_daemonClient = nullptr;
    QString m_actor;
    QString m_loadingPath;

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
    StoreStatus *m_status = nullptr;
};

} // namespace SyncDesk::Ui
