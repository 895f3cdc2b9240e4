// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/storesession.h"

#include "core/io/fileread_p.h"
#include "core/store/cachecheck_p.h"
#include "core/store/folderwatch_p.h"
#include "core/store/relationsbuilder_p.h"
#include "core/store/storeloader_p.h"
#include "core/store/storeupdater_p.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QScopeGuard>
#include <QSocketNotifier>

#include <mutex>
#include <optional>
#include <system_error>
#include <utility>

#include <sys/stat.h>

namespace SyncDesk {
namespace {

// The daemon writes a decision as several files in a few milliseconds; one
// pass after it settles is cheaper than a pass per file.
constexpr int kDebounceMs = 40;
// More changed files than this after a deferred cache check are read on a
// worker thread with the whole store (reloadNeeded()), not one by one on
// this one: ~30 µs each, plus a relations rebuild (~0.1 s at 100k).
constexpr qsizetype kCheckRefreshAtMost = 256;

std::mutex g_beforeCheckCopyMutex;
std::function<void()> g_beforeCheckCopy; ///< StoreSession::setBeforeCheckCopyForTests()

std::function<void()> beforeCheckCopy()
{
    const std::lock_guard lock(g_beforeCheckCopyMutex);
    return g_beforeCheckCopy;
}

const QStringList &rootFiles()
{
    static const QStringList files { QStringLiteral("manifest.json"),
        QStringLiteral("journal.jsonl"), QStringLiteral("syncdesk-intent.json") };
    return files;
}

struct Stat
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
};

Stat statOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return Stat { st.st_size, qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
        quint64(st.st_ino) };
}

} // namespace

StoreSession::StoreSession(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &StoreSession::applyPending);
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, this, &StoreSession::onDirectoryChanged);
}

StoreSession::~StoreSession()
{
    stopCheck();
    // The notifiers go before the descriptors they watch.
    watchAhead(QString());
    stopWatching();
}

QString StoreSession::root() const
{
    return m_store ? m_store->root() : QString();
}

void StoreSession::open(const QString &root, const StoreOpenOptions &options)
{
    watchAhead(root);
    adopt(Store::open(root, options), options);
}

void StoreSession::adopt(std::unique_ptr<Store> store, const StoreOpenOptions &options)
{
    stopCheck();
    m_options = options;
    m_store = std::move(store);
    m_dirtyDirs.clear();
    m_checkApplying = false;
    m_reloadRequested = false;
    // Read after watchAhead() began (its caller's promise): what the watch saw is this store's.
    m_aheadIsOurs
        = m_ahead && m_store && m_ahead->root() == m_store->root() && !m_store->isPartial();
    watchFolders();
    // Said before the models reset: what they show on storeReset() is checked or not.
    const bool unchecked = m_store && !m_store->isPartial() && m_store->uncheckedCount() > 0;
    const bool wasChecking = std::exchange(m_checking, unchecked);
    Q_EMIT storeReset();
    if (unchecked != wasChecking)
        Q_EMIT checkingChanged(unchecked);
    if (unchecked)
        startCheck();
    // The store before (a preview, say) and the models over it are gone by
    // now: their memory and the encoder's never add up.
    if (m_store)
        m_store->startDeferredCacheWrite();
}

void StoreSession::close()
{
    stopCheck();
    m_checkApplying = false;
    m_reloadRequested = false;
    m_store.reset();
    watchAhead(QString());
    watchFolders();
    Q_EMIT storeReset();
    setChecking(false);
}

void StoreSession::requestReload()
{
    // The store on hand stays out of date until a store read again replaces it.
    m_reloadRequested = true;
    Q_EMIT reloadNeeded();
}

void StoreSession::setChecking(bool checking)
{
    if (checking == m_checking)
        return;
    m_checking = checking;
    Q_EMIT checkingChanged(checking);
}

void StoreSession::startCheck()
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_checkCancel = cancel;
    auto copied = std::make_shared<std::latch>(1);
    m_checkCopied = copied;
    const quint64 generation = ++m_checkGeneration;
    const int threads = m_options.threads;
    // ~StoreSession, adopt() and close() join the thread before the store or
    // this object goes, so the store is there to copy from and the result is
    // posted to a live object (or dropped with its events). The copy is made
    // there, beside the models' resets: refresh() waits for it before the
    // store changes.
    auto job = [this, store = m_store.get(), copied, cancel, generation, threads] {
        std::optional<const CacheCheck> check;
        {
            const auto done = qScopeGuard([&copied] { copied->count_down(); });
            if (const auto hook = beforeCheckCopy())
                hook();
            check.emplace(*store);
        }
        const QStringList changed = check->run(threads, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, changed] { finishCheck(generation, changed); },
            Qt::QueuedConnection);
    };
    try {
        m_checkThread = std::thread(job);
    } catch (const std::system_error &) {
        job(); // no thread to be had: checked here, still applied from the event loop
    }
}

void StoreSession::stopCheck()
{
    if (m_checkCancel)
        m_checkCancel->store(true);
    if (m_checkThread.joinable())
        m_checkThread.join();
    m_checkCancel.reset();
    m_checkCopied.reset();
    ++m_checkGeneration;
}

void StoreSession::waitForCheckCopy()
{
    if (m_checkCopied)
        m_checkCopied->wait();
}

void StoreSession::setBeforeCheckCopyForTests(std::function<void()> hook)
{
    const std::lock_guard lock(g_beforeCheckCopyMutex);
    g_beforeCheckCopy = std::move(hook);
}

void StoreSession::finishCheck(quint64 generation, const QStringList &changed)
{
    if (generation != m_checkGeneration || !m_store)
        return;
    if (m_checkThread.joinable())
        m_checkThread.join(); // it posted this as its last act
    m_checkCancel.reset();
    m_checkCopied.reset();
    std::vector<Store::UncheckedFile>().swap(m_store->m_unchecked);
    if (changed.isEmpty()) {
        // Unless the watch saw a file go meanwhile: the store read again ends it.
        if (!m_reloadRequested)
            setChecking(false);
        return;
    }
    // The cache vouches for what the files no longer hold: the next load
    // stats first, and saves a cache that does not.
    if (!m_options.cacheDirectory.isEmpty())
        LoadCache::requireCheckFirst(
            m_options.cacheDirectory, LoadCacheKey::forStore(m_store->root(), m_options));
    if (changed.size() > kCheckRefreshAtMost) {
        // Still checking until the store read again replaces this one.
        if (m_reloadsElsewhere)
            requestReload();
        else
            reload();
        return;
    }
    for (const QString &rel : changed)
        m_dirtyFiles.insert(rel);
    m_checkApplying = true;
    applyPending();
}

void StoreSession::reload()
{
    if (!m_store)
        return;
    watchAhead(m_store->root());
    adopt(Store::open(m_store->root(), m_options), m_options);
}

void StoreSession::setWatching(bool on)
{
    // Re-arming would drop what the watch has seen and not yet applied.
    if (on == m_watching)
        return;
    m_watching = on;
    watchFolders();
}

void StoreSession::watchAhead(const QString &root)
{
    delete m_aheadNotifier;
    m_aheadNotifier = nullptr;
    m_ahead.reset();
    m_aheadIsOurs = false;
    m_aheadDirs.clear();
    m_aheadFiles.clear();
    if (root.isEmpty())
        return;
    auto watch = std::make_unique<FolderWatch>(QDir::cleanPath(root));
    if (!watch->isValid())
        return;
    m_ahead = std::move(watch);
    m_aheadNotifier = new QSocketNotifier(m_ahead->fd(), QSocketNotifier::Read, this);
    connect(m_aheadNotifier, &QSocketNotifier::activated, this,
        [this] { m_ahead->read(m_aheadDirs, m_aheadFiles); });
}

void StoreSession::watchFolders()
{
    stopWatching();
    // A preview is soon replaced by the whole store, which alone is watched.
    if (!m_watching || !m_store || m_store->isPartial())
        return;
    if (m_aheadIsOurs) {
        // Watching since before the store was read: what changed meanwhile is applied now.
        delete m_aheadNotifier;
        m_aheadNotifier = nullptr;
        m_inotify = std::move(m_ahead);
        m_aheadIsOurs = false;
        m_dirtyDirs.unite(m_aheadDirs);
        m_dirtyFiles.unite(m_aheadFiles);
        m_aheadDirs.clear();
        m_aheadFiles.clear();
    } else if (auto watch = std::make_unique<FolderWatch>(m_store->root()); watch->isValid()) {
        m_inotify = std::move(watch);
    }
    if (m_inotify) {
        m_inotifyNotifier = new QSocketNotifier(m_inotify->fd(), QSocketNotifier::Read, this);
        connect(m_inotifyNotifier, &QSocketNotifier::activated, this, &StoreSession::readInotify);
        readInotify(); // what is queued already
        return;
    }
    addWatch(m_store->root());
    for (int r = 0; r < kRegistryCount; ++r) {
        const QString dir = m_store->root() + QLatin1Char('/') + registryDirName(Registry(r));
        if (entryType(dir) == EntryType::Directory)
            addWatch(dir);
    }
}

bool StoreSession::isWatched(const QString &dir) const
{
    return m_inotify ? m_inotify->watches(dir) : m_watcher.directories().contains(dir);
}

void StoreSession::addWatch(const QString &dir)
{
    if (m_inotify)
        m_inotify->add(dir);
    else
        m_watcher.addPath(dir);
}

void StoreSession::stopWatching()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    delete m_inotifyNotifier;
    m_inotifyNotifier = nullptr;
    m_inotify.reset();
    m_dirtyFiles.clear();
}

void StoreSession::readInotify()
{
    if (!m_inotify)
        return;
    m_inotify->read(m_dirtyDirs, m_dirtyFiles);
    if (!m_dirtyDirs.isEmpty() || !m_dirtyFiles.isEmpty())
        m_debounce.start();
}

void StoreSession::onDirectoryChanged(const QString &path)
{
    m_dirtyDirs.insert(path);
    m_debounce.start();
}

QStringList StoreSession::changedIn(const QString &dir)
{
    QStringList changed;
    const QString root = m_store->root();
    if (dir == root) {
        for (const QString &name : rootFiles())
            changed << name; // cheap to re-read, and their stats are not kept
        // A registry folder that appeared is watched from now on, and read.
        for (int r = 0; r < kRegistryCount; ++r) {
            const QString reg = root + QLatin1Char('/') + registryDirName(Registry(r));
            if (!isWatched(reg) && entryType(reg) == EntryType::Directory) {
                addWatch(reg);
                changed << changedIn(reg);
            }
        }
        return changed;
    }
    const QString registry = dir.mid(root.size() + 1);
    const auto listed = listDirectory(dir);
    if (!listed)
        return changed;
    const QStringList &names = *listed;
    QSet<QString> seen;
    for (const QString &name : std::as_const(names)) {
        if (StoreLoader::isStrayTemp(name) || !name.endsWith(QLatin1String(".json")))
            continue;
        const QString rel = registry + QLatin1Char('/') + name;
        seen.insert(rel);
        const qint32 index = m_store->fileIndex(rel);
        if (index < 0) {
            changed << rel;
            continue;
        }
        const RecordFile &f = m_store->files()[quint32(index)];
        const Stat st = statOf(dir + QLatin1Char('/') + name);
        if (st.size != f.size || st.mtimeNs != f.mtimeNs || st.inode != f.inode)
            changed << rel;
    }
    for (const auto &f : m_store->files())
        if (f.path.startsWith(registry + QLatin1Char('/')) && !seen.contains(f.path))
            changed << f.path; // deleted
    return changed;
}

void StoreSession::holdChanges(bool hold)
{
    m_holding = hold;
    if (!hold && (!m_dirtyDirs.isEmpty() || !m_dirtyFiles.isEmpty()))
        m_debounce.start();
}

void StoreSession::applyPending()
{
    if (m_holding)
        return; // kept for holdChanges(false)
    // Right after an open the load cache's encoder may still read the tables
    // (~0.4 s at 100k): the changes wait for it, not the window for a join.
    if (m_store && m_store->m_writingCache.load()) {
        m_debounce.start();
        return;
    }
    // Nor while the check copies what it checks (a few ms after an open).
    if (m_checkCopied && !m_checkCopied->try_wait()) {
        m_debounce.start();
        return;
    }
    if (!m_store) {
        m_dirtyDirs.clear();
        m_dirtyFiles.clear();
        return;
    }
    QStringList paths;
    for (const QString &dir : std::as_const(m_dirtyDirs))
        paths << changedIn(dir);
    QSet<QString> seen(paths.cbegin(), paths.cend());
    for (const QString &rel : std::as_const(m_dirtyFiles))
        if (!seen.contains(rel))
            paths << rel;
    m_dirtyDirs.clear();
    m_dirtyFiles.clear();
    const bool checked = std::exchange(m_checkApplying, false);
    const Store *before = m_store.get();
    if (!paths.isEmpty())
        refresh(paths);
    // Unless refresh() replaced the store (adopt() said whether that one is
    // checked), or asked for it to be: a file it found changed is still
    // shown as it was (a row that vanished, say).
    if (checked && m_store.get() == before && !m_reloadRequested)
        setChecking(false);
}

void StoreSession::refresh(const QStringList &relativePaths)
{
    if (!m_store || relativePaths.isEmpty())
        return;
    waitForCheckCopy(); // the check's thread may still read the tables
    QMap<RecordKind, QList<int>> changed;
    QMap<RecordKind, QPair<int, int>> added;
    bool rootChanged = false;
    // Rebuilding every relation costs ~94 ms at 100k records; most changes (a
    // status, a timestamp) touch no reference, and those need none.
    bool rebuild = false;
    bool needsReload = false;
    StoreUpdater updater(*m_store, m_options);
    for (const QString &rel : relativePaths) {
        if (rootFiles().contains(rel)) {
            rootChanged = true;
            continue;
        }
        const auto update = updater.reloadFile(rel);
        switch (update.what) {
        case StoreUpdater::FileUpdate::None:
            break;
        case StoreUpdater::FileUpdate::NeedsReload:
            if (!m_reloadsElsewhere) {
                reload();
                return;
            }
            // The store stays on screen until it is read again: the rest of
            // the batch is applied (and announced) meanwhile, as any change.
            needsReload = true;
            break;
        case StoreUpdater::FileUpdate::Changed:
            rebuild |= update.relationsChanged;
            if (update.row >= 0)
                changed[update.kind].append(update.row);
            break;
        case StoreUpdater::FileUpdate::Added:
            rebuild = true;
            if (update.row >= 0) {
                auto it = added.find(update.kind);
                if (it == added.end())
                    added.insert(update.kind, { update.row, update.row });
                else
                    it->second = update.row; // appended in order: a contiguous range
            }
            break;
        }
    }
    if (rootChanged)
        updater.reloadRootFiles();
    if (m_store->state() != Store::State::Ok) {
        Q_EMIT storeReset();
        if (needsReload)
            requestReload();
        return;
    }
    if (rebuild)
        RelationsBuilder(*m_store).build();
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        Q_EMIT recordsAdded(it.key(), it.value().first, it.value().second);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        Q_EMIT recordsChanged(it.key(), it.value());
    Q_EMIT storeUpdated();
    if (needsReload)
        requestReload();
}

} // namespace SyncDesk
