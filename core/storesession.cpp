#include "core/storesession.h"

#include "core/fileread_p.h"
#include "core/storeloader_p.h"

#include <QFile>
#include <QMap>

#include <sys/stat.h>

namespace SyncDesk {
namespace {

// The daemon writes a decision as several files in a few milliseconds; one
// pass after it settles is cheaper than a pass per file.
constexpr int kDebounceMs = 40;

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

StoreSession::~StoreSession() = default;

QString StoreSession::root() const
{
    return m_store ? m_store->root() : QString();
}

void StoreSession::open(const QString &root, const StoreOpenOptions &options)
{
    adopt(Store::open(root, options), options);
}

void StoreSession::adopt(std::unique_ptr<Store> store, const StoreOpenOptions &options)
{
    m_options = options;
    m_store = std::move(store);
    m_dirtyDirs.clear();
    watchFolders();
    Q_EMIT storeReset();
}

void StoreSession::close()
{
    m_store.reset();
    watchFolders();
    Q_EMIT storeReset();
}

void StoreSession::reload()
{
    if (!m_store)
        return;
    adopt(Store::open(m_store->root(), m_options), m_options);
}

void StoreSession::setWatching(bool on)
{
    m_watching = on;
    watchFolders();
}

void StoreSession::watchFolders()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watching || !m_store)
        return;
    // Directories, not files: an atomic write replaces the file, and a watch on
    // the old inode would go quiet (see the notes on durable writes).
    QStringList dirs { m_store->root() };
    for (int r = 0; r < kRegistryCount; ++r) {
        const QString dir = m_store->root() + QLatin1Char('/') + registryDirName(Registry(r));
        if (entryType(dir) == EntryType::Directory)
            dirs << dir;
    }
    m_watcher.addPaths(dirs);
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
            if (!m_watcher.directories().contains(reg) && entryType(reg) == EntryType::Directory) {
                m_watcher.addPath(reg);
                changed << changedIn(reg);
            }
        }
        return changed;
    }
    const QString registry = dir.mid(root.size() + 1);
    QStringList names;
    if (!listDirectory(dir, names))
        return changed;
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

void StoreSession::applyPending()
{
    if (!m_store) {
        m_dirtyDirs.clear();
        return;
    }
    QStringList paths;
    for (const QString &dir : std::as_const(m_dirtyDirs))
        paths << changedIn(dir);
    m_dirtyDirs.clear();
    if (!paths.isEmpty())
        refresh(paths);
}

void StoreSession::refresh(const QStringList &relativePaths)
{
    if (!m_store || relativePaths.isEmpty())
        return;
    QMap<RecordKind, QList<int>> changed;
    QMap<RecordKind, QPair<int, int>> added;
    bool rootChanged = false;
    for (const QString &rel : relativePaths) {
        if (rootFiles().contains(rel)) {
            rootChanged = true;
            continue;
        }
        const auto update = m_store->reloadFile(rel, m_options);
        switch (update.what) {
        case Store::FileUpdate::None:
            break;
        case Store::FileUpdate::NeedsReload:
            reload();
            return;
        case Store::FileUpdate::Changed:
            if (update.row >= 0)
                changed[update.kind].append(update.row);
            break;
        case Store::FileUpdate::Added:
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
        m_store->reloadRootFiles(m_options);
    if (m_store->state() != Store::State::Ok) {
        Q_EMIT storeReset();
        return;
    }
    m_store->buildRelations();
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        Q_EMIT recordsAdded(it.key(), it.value().first, it.value().second);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        Q_EMIT recordsChanged(it.key(), it.value());
    Q_EMIT storeUpdated();
}

} // namespace SyncDesk
