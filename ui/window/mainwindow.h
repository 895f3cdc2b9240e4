// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/resolution/gate.h"
#include "core/review/dossiermanifest.h"
#include "core/store/store.h"

#include <QPointer>

#include <QMainWindow>
#include <QUrl>

class QComboBox;
class QListWidget;
class QMessageBox;
class QPushButton;
class QStackedWidget;

namespace SyncDesk {
class AttentionWatch;
class DaemonClient;
class StoreOpener;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class ActorChooserDialog;
class ConflictsView;
class NavigationHistory;
class QueueView;
class StorePage;
class StoreStatus;
class TrailDialog;
class TrayIcon;

struct MainWindowOptions final
{
    QString actor; ///< --actor: overrides the remembered actor
    QUrl daemonUrl; ///< --daemon-url
    bool allowRemoteDaemon = false;
    /// --exit-after-load: the daemon is not contacted (app/desktop's LoadReport
    /// prints the load figures and quits).
    bool exitAfterLoad = false;
    QString screenshotDir; ///< --screenshots DIR: save every page as PNG and quit
    QSize screenshotSize { 1366, 768 }; ///< --screenshot-size: the window's size in them
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
    /// The acting actor; empty until someone is chosen (never a silent default).
    QString actor() const { return m_actor; }
    /// Makes actorId act, without asking (the window checked it may decide).
    void setActor(const QString &actorId);
    /// Asks to act as actorId, as the "Acting as" box does: an actor who may not
    /// decide is refused; with staged work, asks first (keep / discard / cancel).
    void requestActor(const QString &actorId);
    /// Opens "Who is deciding?" (window-modal, open()).
    void chooseActor();
    /// The "Acting as" box (ineligible actors shown disabled, the reason as tooltip).
    QComboBox *actorBox() const { return m_actorBox; }
    QueueView *queueView() const { return m_queue; }
    ConflictsView *conflictsView() const { return m_conflicts; }
    StorePage *storePage() const { return m_storePage; }
    /// The tray icon and notifications (no icon where no tray is available).
    TrayIcon *trayIcon() const { return m_tray; }
    /// Back and Forward across the pages and followed links.
    NavigationHistory *history() const { return m_history; }
    /// The id of what is selected on a page (operation, task, conflict, evidence); empty for none.
    QString selectedRecord(Page page) const;
    /// Selects a record by id on a page, as a followed link does.
    void selectRecord(Page page, const QString &id);
    bool isStoreShown() const;
    /// Opens (or brings up) the trail of conflictId in its non-modal dialog.
    void showTrail(const QString &conflictId);
    /// The trail dialog, once a trail was asked for; null before.
    TrailDialog *trailDialog() const;
    /**
     * What "Export Dossier…" exports now: the decided conflicts while the
     * conflicts page shows its Decided filter, else the current conflict card;
     * `what` names it for the dialogs. Neither: an empty selection.
     */
    DossierSelection dossierSelection(QString &what);
    /// "File > Export Dossier…": asks for a folder, exports, offers the PDF.
    void exportDossier();

    /**
     * Asks before leaving a store with staged decisions (quit, close, another
     * store): keep them for next time (they are saved already), discard
     * them, or cancel. Returns whether to go on. `action` names what is
     * about to happen ("Quit", "Open the other store").
     */
    bool confirmLeavingStagedWork(const QString &action);
    /// Why a staged-work prompt offers no Discard while the store is checked.
    static QString discardWaitsText();

Q_SIGNALS:
    /// After a store finished loading (successfully or not).
    void storeLoaded(bool ok);
    /// A store without a load cache shows its queue before the rest is read:
    /// the session then holds a partial store (Store::isPartial()) until storeLoaded().
    void previewShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// A staged-work prompt's Discard button, labelled label; none while the
    /// staging waits for the store's check, whose prompt then says why.
    QPushButton *offerDiscard(QMessageBox &box, const QString &label) const;
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
    void fillActorBox();
    /// Opens the actor chooser unless the window runs unattended; why: a line above the list.
    void askForActor(const QString &why);
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
    /// The store whose actor was settled: a reload keeps the actor, another store asks anew.
    QString m_actorStoreRoot;
    QList<ActorEligibility> m_eligibility; ///< who the box and the chooser list
    QPointer<ActorChooserDialog> m_actorChooser;
    QPointer<TrailDialog> m_trail;
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
    TrayIcon *m_tray;
    AttentionWatch *m_attention;
    NavigationHistory *m_history;
};

} // namespace SyncDesk::Ui
