// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/gatecache_p.h"

#include "core/io/fileread_p.h"
#include "core/io/inotifywatch.h"
#include "core/io/logging.h"
#include "core/json/json.h"
#include "core/records/recordread.h"
#include "core/records/timestamp.h"
#include "core/resolution/resolution_p.h"
#include "core/store/storeloaderextract_p.h"

#include <QFile>
#include <QMutex>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

namespace SyncDesk::ResolutionDetail {
namespace {

/// A field as the loader's Extractor reads it (storeloaderextract_p.h): a number
/// as Python's str() writes it, null or a structure as empty. The window's gate
/// reads the loaded store, Apply's reads this: they must agree (tst_gate).
QString text(const Json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get_ref<const std::string &>());
    if (v.is_null() || v.is_structured() || v.is_discarded())
        return QString();
    return QString::fromStdString(pythonStr(v));
}

QStringList texts(const Json &v)
{
    QStringList out;
    if (v.is_array())
        for (const auto &e : v)
            out << text(e);
    return out;
}

/// A file changed this recently may change again within its timestamps'
/// granularity without its stat changing ("racy clean", as git calls it).
constexpr qint64 kRacyNs = 2'000'000'000LL;
/// Folders kept (two per store); tests and the CLI may touch many stores.
constexpr std::size_t kMaxFolders = 16;

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1'000'000'000LL + t.tv_nsec;
}

/// What one actor or policy-decision file granted when it was last read.
struct GateFile
{
    qint64 size = -1, mtimeNs = 0, ctimeNs = 0;
    quint64 inode = 0, device = 0;
    quint64 scan = 0; ///< the full scan that last listed it
    /// Read within kRacyNs of its last change: an unchanged stat proves nothing
    /// yet, so it is re-read on every use until it has settled.
    bool racy = false;
    /// Seen with more than one link: a write through another name reaches no
    /// watch on this folder, so it is stat-ed on every use from then on.
    bool manyLinks = false;
    std::pair<QString, QByteArray> order; ///< decoded and raw name: the listing's order
    std::optional<GateActor> actor;
    std::optional<GatePolicy> policy;
};

bool sameStat(const GateFile &a, const struct stat &st)
{
    return a.size == qint64(st.st_size) && a.inode == quint64(st.st_ino)
        && a.device == quint64(st.st_dev) && a.mtimeNs == nanoseconds(st.st_mtim)
        && a.ctimeNs == nanoseconds(st.st_ctim);
}

/// One gate folder (a store's actors/ or policy-decisions/) as last seen.
struct GateFolder
{
    QString path;
    bool actors = false; ///< actors/, else policy-decisions/
    quint64 device = 0, inode = 0; ///< the folder the entries came from
    int wd = -1; ///< its inotify watch; -1: every file is stat-ed on every use
    bool rescan = true; ///< list and stat everything (first use, overflow, lost events)
    bool gone = false; ///< deleted, moved or unmounted: rebuilt on the next use
    bool watchEnded = false; ///< IN_IGNORED seen: the kernel dropped the watch itself
    quint64 lastUse = 0, scans = 0;
    QSet<QByteArray> named; ///< names events reported since the last use
    QSet<QByteArray> recheck; ///< racy or many-linked: looked at on every use
    QHash<QByteArray, GateFile> files; ///< raw file name -> entry
    // Indexes kept in step with files; the *Out hashes are what an Apply gets.
    QHash<QString, QMap<std::pair<QString, QByteArray>, GateActor>> actorFiles;
    QHash<QString, QMap<std::pair<QString, QByteArray>, GatePolicy>> policyFiles;
    QHash<QString, GateActor> actorsOut;
    QHash<QString, QList<GatePolicy>> policiesOut;
    QSet<QString> dirtyActors, dirtyScopes;
};

/**
 * Gate records per folder, kept between Applies so that an Apply does not
 * re-read 10k policy decisions (~120 ms at 100k) or stat them (20–30 ms), yet
 * never uses a stale actor or policy:
 *
 * - On Linux, for folders on local filesystems, an inotify watch on each folder
 *   (added before its first scan) names every file created, deleted, renamed,
 *   written, truncated or chmod-ed in it. The kernel queues those events in the
 *   changing system call, so draining the queue under the writer lock sees every
 *   change completed before that point; only the files named are stat-ed and,
 *   if their stat changed, re-read. An overflowed queue, an unreadable one, or
 *   an event on the folder itself means a full scan; a folder deleted, moved or
 *   replaced (a different device/inode behind the same path, e.g. the whole
 *   store root replaced) is rebuilt from scratch.
 * - Without inotify (other platforms, network and FUSE filesystems, whose
 *   remote changes raise no events, or the watch limit reached) every file is
 *   stat-ed on every use, and re-read when its size, inode, mtime or ctime moved.
 * - Either way a file read within kRacyNs of its last change is re-read on every
 *   use until it has settled, and a file with more than one link is stat-ed on
 *   every use: a write through its other name raises no event here.
 *
 * Known limits of the inotify path: writes through a shared mmap raise no event,
 * and neither does a write through a descriptor opened under another name of a
 * file that had a single link when stat-ed here (linked in, its other name
 * removed before this folder was looked at). The daemon and Sync Desk replace
 * records by rename (spec/store.md), which is always reported.
 */
class GateCache final
{
public:
    static GateCache &instance()
    {
        static GateCache cache;
        return cache;
    }

    ~GateCache() = default;

    GateData read(const QString &root)
    {
        const QMutexLocker locker(&m_mutex);
        drain();
        GateData data;
        if (const GateFolder *f = refresh(root + QStringLiteral("/actors"), true))
            data.actors = f->actorsOut;
        if (const GateFolder *f = refresh(root + QStringLiteral("/policy-decisions"), false))
            data.policies = f->policiesOut;
        return data;
    }

    void reset(bool useInotify, qint64 racyNs)
    {
        const QMutexLocker locker(&m_mutex);
        while (!m_folders.empty())
            drop(m_folders.front().get());
        m_inotify.close();
        m_useInotify = useInotify;
        m_racyNs = racyNs;
        m_stats = {};
    }

    GateCacheStats stats()
    {
        const QMutexLocker locker(&m_mutex);
        GateCacheStats s = m_stats;
        for (const auto &f : m_folders)
            s.watchedFolders += f->wd >= 0 && !f->gone ? 1 : 0;
        return s;
    }

private:
    /// The folder at path, built or refreshed; null if it cannot be opened.
    GateFolder *refresh(const QString &path, bool actors)
    {
        const int dirFd = openDirectory(path);
        struct stat dirSt;
        if (dirFd < 0 || ::fstat(dirFd, &dirSt) != 0) {
            if (dirFd >= 0)
                ::close(dirFd);
            if (GateFolder *f = find(path))
                drop(f);
            return nullptr;
        }
        GateFolder *f = find(path);
        if (f
            && (f->gone || f->device != quint64(dirSt.st_dev)
                || f->inode != quint64(dirSt.st_ino))) {
            drop(f);
            f = nullptr;
        }
        if (!f)
            f = create(path, actors, dirFd, dirSt);
        f->lastUse = ++m_uses;
        timespec now {};
        ::clock_gettime(CLOCK_REALTIME, &now);
        const qint64 settledNs = nanoseconds(now) - m_racyNs;
        if (f->rescan || f->wd < 0) {
            scan(*f, dirFd, settledNs);
        } else {
            QSet<QByteArray> names = std::exchange(f->named, {});
            names.unite(f->recheck);
            for (const QByteArray &name : std::as_const(names))
                look(*f, dirFd, name, settledNs);
        }
        ::close(dirFd);
        publish(*f);
        return f;
    }

    GateFolder *find(const QString &path) const
    {
        for (const auto &f : m_folders)
            if (f->path == path)
                return f.get();
        return nullptr;
    }

    GateFolder *create(const QString &path, bool actors, int dirFd, const struct stat &dirSt)
    {
        if (m_folders.size() >= kMaxFolders)
            drop(std::min_element(
                m_folders.begin(), m_folders.end(), [](const auto &a, const auto &b) {
                    return a->lastUse < b->lastUse;
                })->get());
        auto f = std::make_unique<GateFolder>();
        f->path = path;
        f->actors = actors;
        f->device = quint64(dirSt.st_dev);
        f->inode = quint64(dirSt.st_ino);
        // Before the first scan, so that a change made during it is reported.
        f->wd = watch(dirFd);
        m_folders.push_back(std::move(f));
        return m_folders.back().get();
    }

    void drop(GateFolder *f)
    {
        const bool shared = std::any_of(m_folders.begin(), m_folders.end(),
            [&](const auto &o) { return o.get() != f && o->wd == f->wd; });
        if (f->wd >= 0 && !f->watchEnded && !shared)
            m_inotify.removeWatch(f->wd);
        m_folders.erase(std::find_if(
            m_folders.begin(), m_folders.end(), [&](const auto &o) { return o.get() == f; }));
    }

    /// Lists the folder and stats every file in it.
    void scan(GateFolder &f, int dirFd, qint64 settledNs)
    {
        ++m_stats.fullScans;
        f.named.clear();
        const quint64 scanId = ++f.scans;
        // A description of its own: readdir moves the offset of the descriptor it reads.
        const int listFd = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
        if (!dir) {
            if (listFd >= 0)
                ::close(listFd);
            // Unlistable: nothing in it can grant anything now; look again next time.
            for (const GateFile &e : std::as_const(f.files))
                unindex(f, e);
            f.files.clear();
            f.recheck.clear();
            f.rescan = true;
            return;
        }
        while (const dirent *d = ::readdir(dir)) {
            const QByteArray name(d->d_name);
            if (!name.endsWith(".json"))
                continue;
            if (GateFile *e = look(f, dirFd, name, settledNs))
                e->scan = scanId;
        }
        ::closedir(dir);
        for (auto it = f.files.begin(); it != f.files.end();) {
            if (it->scan == scanId) {
                ++it;
                continue;
            }
            unindex(f, *it);
            f.recheck.remove(it.key());
            it = f.files.erase(it);
        }
        f.rescan = false;
    }

    /// Brings one name up to date: stat, and re-read if it changed or is racy.
    GateFile *look(GateFolder &f, int dirFd, const QByteArray &name, qint64 settledNs)
    {
        ++m_stats.stats;
        struct stat st;
        const bool exists = ::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
        auto it = f.files.find(name);
        if (!exists) {
            if (it != f.files.end()) {
                unindex(f, *it);
                f.files.erase(it);
            }
            f.recheck.remove(name);
            return nullptr;
        }
        if (it != f.files.end() && !it->racy && sameStat(*it, st))
            return &*it;
        // Stat first, read second: a change in between makes the next stat differ.
        ++m_stats.reads;
        GateFile e = readFile(dirFd, name, f.actors);
        e.size = qint64(st.st_size);
        e.inode = quint64(st.st_ino);
        e.device = quint64(st.st_dev);
        e.mtimeNs = nanoseconds(st.st_mtim);
        e.ctimeNs = nanoseconds(st.st_ctim);
        e.racy = e.mtimeNs >= settledNs || e.ctimeNs >= settledNs;
        e.manyLinks = st.st_nlink > 1 || (it != f.files.end() && it->manyLinks);
        if (it != f.files.end()) {
            e.scan = it->scan;
            unindex(f, *it);
        }
        index(f, e);
        if (e.racy || e.manyLinks)
            f.recheck.insert(name);
        else
            f.recheck.remove(name);
        return &*f.files.insert(name, std::move(e));
    }

    static GateFile readFile(int dirFd, const QByteArray &name, bool actors)
    {
        GateFile f;
        f.order = { QFile::decodeName(name), name };
        const RecordRead r
            = RecordReader::readAt(dirFd, name.constData(), ValidationMode::SyncDesk);
        // Only records the daemon would accept can grant anything, and only from
        // the file the daemon reads for their id: "actor_x (conflicted copy).json"
        // claiming actor x is a problem the loader reports, never the actor.
        if (!r.json || r.validation.verdict != Verdict::Valid)
            return f;
        if (actors && r.validation.kind == RecordKind::Actor)
            f.actor = gateActorOf(*r.json, f.order.first);
        else if (!actors && r.validation.kind == RecordKind::PolicyDecision)
            f.policy = gatePolicyOf(*r.json, f.order.first);
        return f;
    }

    static void index(GateFolder &f, const GateFile &e)
    {
        if (e.actor) {
            f.actorFiles[e.actor->id].insert(e.order, *e.actor);
            f.dirtyActors.insert(e.actor->id);
        }
        if (e.policy) {
            const QString key
                = scopeKey(e.policy->workspaceId, e.policy->profileId, e.policy->objectId);
            f.policyFiles[key].insert(e.order, *e.policy);
            f.dirtyScopes.insert(key);
        }
    }

    static void unindex(GateFolder &f, const GateFile &e)
    {
        if (e.actor) {
            if (const auto it = f.actorFiles.find(e.actor->id); it != f.actorFiles.end()) {
                it->remove(e.order);
                if (it->isEmpty())
                    f.actorFiles.erase(it);
            }
            f.dirtyActors.insert(e.actor->id);
        }
        if (e.policy) {
            const QString key
                = scopeKey(e.policy->workspaceId, e.policy->profileId, e.policy->objectId);
            if (const auto it = f.policyFiles.find(key); it != f.policyFiles.end()) {
                it->remove(e.order);
                if (it->isEmpty())
                    f.policyFiles.erase(it);
            }
            f.dirtyScopes.insert(key);
        }
    }

    /// Rebuilds what an Apply sees, for the ids and scopes that changed only:
    /// once per use, not once per file (a first scan adds 10k files).
    static void publish(GateFolder &f)
    {
        for (const QString &id : std::as_const(f.dirtyActors)) {
            const auto it = f.actorFiles.constFind(id);
            if (it == f.actorFiles.cend())
                f.actorsOut.remove(id);
            else
                f.actorsOut.insert(id, it->first());
        }
        for (const QString &key : std::as_const(f.dirtyScopes)) {
            const auto it = f.policyFiles.constFind(key);
            if (it == f.policyFiles.cend())
                f.policiesOut.remove(key);
            else
                f.policiesOut.insert(key, it->values());
        }
        f.dirtyActors.clear();
        f.dirtyScopes.clear();
    }

#ifdef Q_OS_LINUX
    /// Filesystems whose every change is made by this kernel, so inotify hears it.
    /// Network filesystems and FUSE report only local changes: they are stat-ed.
    static bool localFilesystem(int dirFd)
    {
        struct statfs fs;
        if (::fstatfs(dirFd, &fs) != 0)
            return false;
        switch (static_cast<unsigned long>(fs.f_type)) {
        case EXT4_SUPER_MAGIC: // also ext2 and ext3
        case XFS_SUPER_MAGIC:
        case BTRFS_SUPER_MAGIC:
        case TMPFS_MAGIC:
        case F2FS_SUPER_MAGIC:
        case RAMFS_MAGIC:
        case 0x2fc12fc1UL: // ZFS
            return true;
        default:
            return false;
        }
    }
#endif

    int watch(int dirFd)
    {
        if (!m_useInotify || !m_inotify.open())
            return -1;
#ifdef Q_OS_LINUX
        if (!localFilesystem(dirFd))
            return -1;
#endif
        // Through the descriptor: the folder just opened and stat-ed, even if its
        // path has been replaced since. -1 (no /proc, watch limit): stat scans.
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(dirFd);
        const int wd = m_inotify.addFolder(
            self, InotifyWatch::FollowSymlink | InotifyWatch::ExcludeUnlinked);
        if (wd < 0)
            qCInfo(lcResolution, "gate folder not watched, stat-ed on every use: %s",
                std::strerror(errno));
        return wd;
    }

    /// Reads every queued event (non-blocking) and marks what it names.
    void drain()
    {
        if (!m_inotify.isValid())
            return;
        auto rescanAll = [this] {
            for (const auto &f : m_folders)
                f->rescan = true;
        };
        const bool read = m_inotify.readEvents([&](const InotifyWatch::Event &e) {
            if (e.kind == InotifyWatch::Event::Overflow) {
                ++m_stats.overflows;
                rescanAll();
                return;
            }
            for (const auto &f : m_folders) {
                if (f->wd != e.watch)
                    continue;
                if (e.kind == InotifyWatch::Event::WatchEnded) {
                    f->gone = true;
                    f->watchEnded = true;
                } else if (e.kind == InotifyWatch::Event::FolderGone) {
                    f->gone = true;
                } else if (!e.name.isEmpty()) {
                    if (e.name.endsWith(".json"))
                        f->named.insert(e.name);
                } else {
                    f->rescan = true;
                }
            }
        });
        if (!read)
            rescanAll(); // events may be lost: trust none of the entries
    }

    QMutex m_mutex;
    InotifyWatch m_inotify; ///< opened at the first watch, closed by reset()
    bool m_useInotify = true;
    qint64 m_racyNs = kRacyNs;
    quint64 m_uses = 0;
    std::vector<std::unique_ptr<GateFolder>> m_folders;
    GateCacheStats m_stats;
};

} // namespace

std::optional<GateActor> gateActorOf(const Json &a, const QString &fileName)
{
    GateActor g;
    g.id = text(jsonMember(a, "actor_id"));
    if (!DecisionGate::isRecordFile(fileName, g.id))
        return std::nullopt;
    g.displayName = Extractor::textOf(a, "display_name");
    const Json &revoked = jsonMember(a, "revoked_at");
    g.revoked = !revoked.is_null()
        && !(revoked.is_string() && revoked.get_ref<const std::string &>().empty());
    g.workspaceScope = texts(jsonMember(a, "workspace_scope"));
    g.profileScope = texts(jsonMember(a, "profile_scope"));
    g.capabilities = texts(jsonMember(a, "capabilities"));
    return g;
}

std::optional<GatePolicy> gatePolicyOf(const Json &a, const QString &fileName)
{
    const QString id = text(jsonMember(a, "decision_id"));
    const Json &decided = jsonMember(a, "decided_at");
    // An instant, offsets included; a time that does not parse never wins.
    const auto at = decided.is_string()
        ? parseTimestampInstant(decided.get_ref<const std::string &>())
        : std::nullopt;
    if (!at || !DecisionGate::isRecordFile(fileName, id))
        return std::nullopt;
    return GatePolicy { id, text(jsonMember(a, "effect")), text(jsonMember(a, "object_id")),
        text(jsonMember(a, "workspace_id")), text(jsonMember(a, "profile_id")), *at };
}

std::optional<Json> readGateRecord(const QString &root, bool actors, const QString &id)
{
    const QString safe = safeRecordId(id);
    if (safe.isEmpty())
        return std::nullopt;
    const int dirFd = openDirectory(
        root + (actors ? QStringLiteral("/actors") : QStringLiteral("/policy-decisions")));
    if (dirFd < 0)
        return std::nullopt;
    const QString name = safe + QStringLiteral(".json");
    const RecordRead r = RecordReader::readAt(
        dirFd, QFile::encodeName(name).constData(), ValidationMode::SyncDesk);
    ::close(dirFd);
    if (!r.json || r.validation.verdict != Verdict::Valid
        || r.validation.kind != (actors ? RecordKind::Actor : RecordKind::PolicyDecision))
        return std::nullopt;
    const bool holds
        = actors ? gateActorOf(*r.json, name).has_value() : gatePolicyOf(*r.json, name).has_value();
    if (!holds || text(jsonMember(*r.json, actors ? "actor_id" : "decision_id")) != id)
        return std::nullopt;
    return *r.json;
}

QString scopeKey(const QString &workspace, const QString &profile, const QString &object)
{
    return workspace + QChar(u'\0') + profile + QChar(u'\0') + object;
}

QList<GatePolicy> candidatePolicies(const GateData &gate, const GateConflict &c)
{
    QList<GatePolicy> out = gate.policies.value(scopeKey(c.workspaceId, c.profileId, c.objectId));
    if (!c.objectId.isEmpty())
        out += gate.policies.value(scopeKey(c.workspaceId, c.profileId, QString()));
    return out;
}

GateData readGateData(const QString &root)
{
    return GateCache::instance().read(root);
}

GateCacheStats gateCacheStats()
{
    return GateCache::instance().stats();
}

void resetGateCache(bool useInotify, int racyWindowMs)
{
    GateCache::instance().reset(useInotify, qint64(racyWindowMs) * 1'000'000);
}

} // namespace SyncDesk::ResolutionDetail
