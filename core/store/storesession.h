// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/store.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <latch>
#include <memory>
#include <thread>

class QSocketNotifier;

namespace SyncDesk {

class FolderWatch;

/**
 * The open store of a window: owns the Store, watches its folders and applies
 * what the daemon changes file by file, and tells models what moved.
 *
 * Models keep their own row count: rows are appended to the store's typed
 * tables before recordsAdded() is emitted, so a model calls
 * beginInsertRows(first, last), takes the new count, then endInsertRows().
 * Rows are never removed in place; a deleted file makes the session reload
 * (storeReset()).
 */
class StoreSession final : public QObject
{
    Q_OBJECT

public:
    explicit StoreSession(QObject *parent = nullptr);
    ~StoreSession() override;

    /// Opens synchronously. Emits storeReset() whatever the outcome; check store()->state().
    void open(const QString &root, const StoreOpenOptions &options = {});
    /// Takes a store opened elsewhere (the window loads on a worker thread).
    void adopt(std::unique_ptr<Store> store, const StoreOpenOptions &options = {});
    void close();

    /// The open store, or null.
    const Store *store() const { return m_store.get(); }
    QString root() const;

    /// Watches the store's folders; changes are applied in batches after a short pause.
    void setWatching(bool on);
    /// Starts watching root before it is read (call it before Store::open on
    /// any thread). What changes while the load runs is then applied once the
    /// loaded store is adopted and watched, rather than missed. open() and
    /// reload() do this themselves. Needs inotify (Linux).
    void watchAhead(const QString &root);
    bool isWatching() const { return m_watching; }

    /// Re-reads these files (paths relative to the root) now. The watcher calls this;
    /// so does Apply, for what it wrote.
    void refresh(const QStringList &relativePaths);
    /// Re-reads the whole store.
    void reload();
    /// When a change needs the whole store read again (a file was deleted:
    /// rows are never removed in place), emit reloadNeeded() instead of
    /// reading it here, on the caller's thread (seconds at 100k).
    void setReloadsElsewhere(bool elsewhere) { m_reloadsElsewhere = elsewhere; }
    /// While held, what the watch sees is kept, not applied: something else
    /// reads the store (a background Apply). Released, it is applied at once.
    void holdChanges(bool hold);

    /**
     * Whether the store on hand may still show a file as it was when the
     * load cache was saved: it was read with StoreOpenOptions::deferCacheCheck,
     * and the check of what it took unchecked (CacheCheck, on a thread of its
     * own from adopt() on) has not been applied yet. Nobody should decide
     * meanwhile; it ends once what changed is read again, or, when much
     * changed, with the reload that follows (reloadNeeded()).
     */
    bool isChecking() const { return m_checking; }

    /// Runs on the check's thread before it copies what it checks from the
    /// store (null: nothing). Tests hold the copy open with it.
    static void setBeforeCheckCopyForTests(std::function<void()> hook);

Q_SIGNALS:
    /// Everything was replaced (open, reload, a deletion): models reset.
    void storeReset();
    /// Rows of a typed table (Store::operations(), conflicts(), ...) changed in place.
    void recordsChanged(SyncDesk::RecordKind kind, const QList<int> &rows);
    /// Rows first..last were appended to a typed table.
    void recordsAdded(SyncDesk::RecordKind kind, int first, int last);
    /// Relations, problems, journal or manifest changed (after any refresh).
    void storeUpdated();
    /// With setReloadsElsewhere(true): the store on hand is out of date until
    /// it is read again (the rest of that refresh was applied and announced).
    void reloadNeeded();
    /// isChecking() changed.
    void checkingChanged(bool checking);

private:
    void onDirectoryChanged(const QString &path);
    void applyPending();
    void watchFolders();
    bool isWatched(const QString &dir) const;
    void addWatch(const QString &dir);
    void stopWatching();
    void readInotify();
    QStringList changedIn(const QString &registryDir);
    void setChecking(bool checking);
    /// Emits reloadNeeded(), and remembers until the next adopt() that it did.
    void requestReload();
    /// Starts the check of what m_store took from the load cache unchecked.
    void startCheck();
    /// Stops a check under way (it stops within a few hundred files) and waits for it.
    void stopCheck();
    void finishCheck(quint64 generation, const QStringList &changed);
    /// Waits until the check's thread has copied what it checks from m_store:
    /// nothing changes the store before (refresh()).
    void waitForCheckCopy();

    std::unique_ptr<Store> m_store;
    StoreOpenOptions m_options;
    QFileSystemWatcher m_watcher; ///< where inotify is not available
    QTimer m_debounce;
    QSet<QString> m_dirtyDirs; ///< folders to rescan (QFileSystemWatcher, inotify overflow)
    QSet<QString> m_dirtyFiles; ///< files inotify named, relative to the root
    bool m_watching = false;
    bool m_reloadsElsewhere = false;
    bool m_holding = false;
    std::unique_ptr<FolderWatch> m_inotify; ///< the store's, when inotify is available
    QSocketNotifier *m_inotifyNotifier = nullptr;
    /// watchAhead()'s, until a store of its root is watched; what it saw waits here.
    std::unique_ptr<FolderWatch> m_ahead;
    QSocketNotifier *m_aheadNotifier = nullptr;
    QSet<QString> m_aheadDirs, m_aheadFiles;
    /// The store adopted was read under m_ahead: it takes the watch over. The
    /// store on screen while another is read (a reload) must not.
    bool m_aheadIsOurs = false;
    bool m_checking = false;
    bool m_reloadRequested = false; ///< reloadNeeded() since the last adopt()
    /// The check's changes wait in m_dirtyFiles: isChecking() until applyPending() takes them.
    bool m_checkApplying = false;
    std::thread m_checkThread;
    std::shared_ptr<std::atomic<bool>> m_checkCancel;
    /// Counted down once the check's thread has copied what it checks from
    /// m_store (CacheCheck's constructor, ~7 ms at 100k, off the first frame).
    std::shared_ptr<std::latch> m_checkCopied;
    quint64 m_checkGeneration = 0; ///< a check's result for another store is dropped
};

} // namespace SyncDesk
