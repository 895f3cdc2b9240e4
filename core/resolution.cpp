#include "core/resolution.h"

#include "core/canonicaljson.h"
#include "core/contracts.h"
#include "core/evidence.h"
#include "core/fileread_p.h"
#include "core/recordread.h"
#include "core/resolution_p.h"
#include "core/store.h"
#include "core/timestamp.h"
#include "core/writerlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QSet>

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
#include <sys/inotify.h>
#include <sys/vfs.h>
#endif

namespace SyncDesk {

using namespace ResolutionDetail;

namespace {

QString q(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}
Json j(const QString &s)
{
    return s.toStdString();
}

QStringList strings(const Json &v)
{
    QStringList out;
    if (v.is_array())
        for (const auto &e : v)
            out << (e.is_string() ? QString::fromStdString(e.get<std::string>())
                                  : QString::fromStdString(pythonStr(e)));
    return out;
}

/**
 * Actors and policy decisions as they are on disk now, indexed for the gate.
 * The hashes are the cache's own, implicitly shared: handing them to an Apply
 * copies nothing, and the cache detaches only if a gate file changes while an
 * Apply still holds them.
 */
struct GateData
{
    /// Actor id -> the actor of the first file, by name, that names it.
    QHash<QString, GateActor> actors;
    /// scopeKey(workspace, profile, object) -> the policies of that scope, by file name.
    QHash<QString, QList<GatePolicy>> policies;
};

/// governingPolicy() matches workspace, profile and object exactly, so they bucket
/// policies. A NUL inside an id could merge two buckets; governingPolicy() still
/// compares each field, so that costs a candidate, never a wrong verdict.
QString scopeKey(const QString &workspace, const QString &profile, const QString &object)
{
    return workspace + QChar(u'\0') + profile + QChar(u'\0') + object;
}

/**
 * The only policies governingPolicy() can choose for a conflict: its workspace
 * and profile, and its object or none. Each bucket keeps the folder's name
 * order, so ties resolve as they did over the whole folder: 10k policy
 * decisions at 100k operations, two or three of which concern one conflict.
 */
QList<GatePolicy> candidatePolicies(const GateData &gate, const GateConflict &c)
{
    QList<GatePolicy> out = gate.policies.value(scopeKey(c.workspaceId, c.profileId, c.objectId));
    if (!c.objectId.isEmpty())
        out += gate.policies.value(scopeKey(c.workspaceId, c.profileId, QString()));
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

    ~GateCache() { closeInotify(); }

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
        closeInotify();
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
    static constexpr int kNotOpened = -2;

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
#ifdef Q_OS_LINUX
        const bool shared = std::any_of(m_folders.begin(), m_folders.end(),
            [&](const auto &o) { return o.get() != f && o->wd == f->wd; });
        if (f->wd >= 0 && !f->watchEnded && !shared && m_fd >= 0)
            ::inotify_rm_watch(m_fd, f->wd);
#endif
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
        // Only records the daemon would accept can grant anything.
        if (!r.json || r.validation.verdict != Verdict::Valid)
            return f;
        const Json &a = *r.json;
        if (actors && r.validation.kind == RecordKind::Actor) {
            GateActor g;
            g.id = q(a["actor_id"]);
            g.displayName = q(jsonMember(a, "display_name"));
            const Json &revoked = jsonMember(a, "revoked_at");
            g.revoked = !revoked.is_null()
                && !(revoked.is_string() && revoked.get<std::string>().empty());
            g.workspaceScope = strings(a["workspace_scope"]);
            g.profileScope = strings(a["profile_scope"]);
            g.capabilities = strings(a["capabilities"]);
            f.actor = std::move(g);
        } else if (!actors && r.validation.kind == RecordKind::PolicyDecision) {
            f.policy = GatePolicy { q(a["decision_id"]), q(a["effect"]),
                q(jsonMember(a, "object_id")), q(a["workspace_id"]), q(a["profile_id"]),
                jsonMember(a, "decided_at").is_string()
                    ? parseUtcTimestamp(a["decided_at"].get<std::string>()).value_or(0)
                    : 0 };
        }
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
#ifdef Q_OS_LINUX
        if (!m_useInotify)
            return -1;
        if (m_fd == kNotOpened)
            m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd < 0 || !localFilesystem(dirFd))
            return -1;
        // Through the descriptor: the folder just opened and stat-ed, even if its
        // path has been replaced since. -1 (no /proc, watch limit): stat scans.
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(dirFd);
        return ::inotify_add_watch(m_fd, self.constData(),
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_FROM
                | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK);
#else
        Q_UNUSED(dirFd);
        return -1;
#endif
    }

    /// Reads every queued event (non-blocking) and marks what it names.
    void drain()
    {
#ifdef Q_OS_LINUX
        if (m_fd < 0)
            return;
        auto rescanAll = [this] {
            for (const auto &f : m_folders)
                f->rescan = true;
        };
        alignas(inotify_event) char buffer[64 * 1024];
        while (true) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            if (n <= 0) {
                rescanAll(); // events may be lost: trust none of the entries
                return;
            }
            for (ssize_t at = 0; at + ssize_t(sizeof(inotify_event)) <= n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
                at += ssize_t(sizeof(inotify_event) + e->len);
                if (e->mask & IN_Q_OVERFLOW) {
                    ++m_stats.overflows;
                    rescanAll();
                    continue;
                }
                for (const auto &f : m_folders) {
                    if (f->wd != e->wd)
                        continue;
                    if (e->mask & IN_IGNORED) {
                        f->gone = true;
                        f->watchEnded = true;
                    } else if (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT)) {
                        f->gone = true;
                    } else if (e->len > 0) {
                        const QByteArray name(e->name, qsizetype(::strnlen(e->name, e->len)));
                        if (name.endsWith(".json"))
                            f->named.insert(name);
                    } else {
                        f->rescan = true;
                    }
                }
            }
        }
#endif
    }

    void closeInotify()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = kNotOpened;
    }

    QMutex m_mutex;
    int m_fd = kNotOpened; ///< the inotify instance; -1 if it could not be made
    bool m_useInotify = true;
    qint64 m_racyNs = kRacyNs;
    quint64 m_uses = 0;
    std::vector<std::unique_ptr<GateFolder>> m_folders;
    GateCacheStats m_stats;
};

GateData readGateData(const QString &root)
{
    return GateCache::instance().read(root);
}

/**
 * The folders and files a resolution writes must be the store's own: a symlink
 * could lead a write out of the store root, so none is followed. Registries
 * that do not exist yet are created.
 */
std::optional<IoError> prepareRegistries(const QString &root)
{
    for (const char *dir : { "conflicts", "evidence", "operations", "tasks" }) {
        const QString path = root + QLatin1Char('/') + QLatin1String(dir);
        switch (entryType(path)) {
        case EntryType::Directory:
            break;
        case EntryType::Missing:
            if (!QDir().mkdir(path))
                return IoError { path,
                    ResolutionWriter::tr("%1: cannot create the folder").arg(path), EACCES };
            break;
        default:
            return IoError { path,
                ResolutionWriter::tr("%1 is not a plain folder (a symbolic link?); Sync Desk never "
                                     "writes through links")
                    .arg(path),
                ELOOP };
        }
    }
    for (const char *file : { "journal.jsonl", "manifest.json" }) {
        const QString path = root + QLatin1Char('/') + QLatin1String(file);
        const auto type = entryType(path);
        if (type != EntryType::File && type != EntryType::Missing)
            return IoError { path,
                ResolutionWriter::tr("%1 is not a regular file (a symbolic link?); Sync Desk never "
                                     "writes through links")
                    .arg(path),
                ELOOP };
    }
    return std::nullopt;
}

/// What a loaded store knows about the operation that detected a conflict.
struct DetectHint
{
    QString operationId, deviceId, encryptionProfile, checkpointRef;
};

std::optional<DetectHint> detectHint(const Store *store, const QString &conflictId)
{
    if (!store)
        return std::nullopt;
    const Sym sym = store->strings().find(conflictId);
    const auto it = store->relations().conflictById.constFind(sym);
    if (sym == kNoSym || it == store->relations().conflictById.cend())
        return std::nullopt;
    const auto &detecting = store->relations().detectingOperations.at(*it);
    if (detecting.empty())
        return std::nullopt;
    const auto &op = store->operations().at(detecting.front());
    return DetectHint { store->text(op.id), store->text(op.device),
        store->text(op.encryptionProfile), store->text(op.checkpointRef) };
}

DecisionOutcome refused(const Decision &d, Refusal r, const QString &message)
{
    DecisionOutcome o;
    o.decision = d;
    o.outcome = Outcome::Refused;
    o.refusal = r;
    o.message = message.isEmpty() ? DecisionGate::describe(r) : message;
    return o;
}

} // namespace

GateCacheStats ResolutionDetail::gateCacheStats()
{
    return GateCache::instance().stats();
}

void ResolutionDetail::resetGateCache(bool useInotify, int racyWindowMs)
{
    GateCache::instance().reset(useInotify, qint64(racyWindowMs) * 1'000'000);
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::AlreadyApplied:
        return QStringLiteral("already_applied");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString ResolutionWriter::lockFileName()
{
    return QStringLiteral("writer.lock");
}
QString ResolutionWriter::intentFileName()
{
    return QStringLiteral("syncdesk-intent.json");
}

QString ResolutionWriter::idempotencyKey(
    const QString &conflictId, const QString &cardId, const QString &option)
{
    const QByteArray basis
        = (conflictId + QLatin1Char('\n') + cardId + QLatin1Char('\n') + option).toUtf8();
    return QStringLiteral("syncdesk-resolve-")
        + QString::fromLatin1(
            sha256Hex(std::string_view(basis.constData(), size_t(basis.size()))).left(24));
}

ApplyReport ResolutionWriter::apply(const QString &root, const QList<Decision> &decisions,
    const ApplyOptions &options, const Store *snapshot)
{
    ApplyReport report;
    auto refuseAll = [&](Refusal r, const QString &message) {
        for (const auto &d : decisions)
            report.outcomes.append(refused(d, r, message));
        return report;
    };
    if (entryType(root + QStringLiteral("/manifest.json")) != EntryType::File)
        return refuseAll(Refusal::StoreNotInitialized,
            tr("%1 has no manifest.json: not an initialized store.").arg(root));

    const qint64 nowMs = options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch();
    const QString now = formatUtcTimestamp(nowMs - nowMs % 1000);

    WriterLock lock(root + QLatin1Char('/') + lockFileName());
    if (!options.dryRun) {
        if (!lock.tryLock(options.lockTimeoutMs))
            return refuseAll(Refusal::StoreLocked, lock.holder());
        if (auto error = recover(root, now, report.recovered)) {
            report.ioError = error;
            return refuseAll(Refusal::IoError, error->message);
        }
    }

    QString manifestError;
    const qint64 generation = readGeneration(root, nullptr, &manifestError);
    if (generation < 0)
        return refuseAll(Refusal::StoreNotInitialized, manifestError);
    qint64 journalLines = 0;
    bool journalTorn = false;
    if (auto error = DurableFile::countLines(
            root + QStringLiteral("/journal.jsonl"), journalLines, journalTorn)) {
        report.ioError = error;
        return refuseAll(Refusal::IoError, error->message);
    }
    if (!options.dryRun) {
        if (auto error = prepareRegistries(root)) {
            report.ioError = error;
            return refuseAll(Refusal::IoError, error->message);
        }
    }
    const GateData gate = readGateData(root);

    QHash<QString, QString> decidedInBatch; // conflict id -> option, for repeats in one batch
    std::vector<Planned> planned;
    qint64 nextEvent = journalLines + (journalTorn ? 1 : 0);
    for (const auto &d : decisions) {
        const int index = int(report.outcomes.size());
        report.outcomes.append(refused(d, Refusal::None, QString()));
        DecisionOutcome &out = report.outcomes.last();
        auto refuse
            = [&](Refusal r, const QString &message = QString()) { out = refused(d, r, message); };
        if (const auto it = decidedInBatch.constFind(d.conflictId); it != decidedInBatch.cend()) {
            if (*it == d.option) {
                out.outcome = Outcome::AlreadyApplied;
                out.message = tr("The same decision appears earlier in this batch.");
            } else {
                refuse(Refusal::NotPending,
                    tr("An earlier decision in this batch chose %1.").arg(*it));
            }
            continue;
        }
        const QString safe = safeRecordId(d.conflictId);
        if (safe.isEmpty()) {
            refuse(Refusal::UnknownConflict);
            continue;
        }
        const QString rel = QStringLiteral("conflicts/") + safe + QStringLiteral(".json");
        const auto read = readFileNoFollow(root + QLatin1Char('/') + rel, kMaxRecordFileSize);
        if (read.status != FileRead::Status::Ok) {
            refuse(Refusal::UnknownConflict,
                tr("No conflict %1 in this store (%2).").arg(d.conflictId, rel));
            continue;
        }
        const QByteArray bytes(read.bytes.data(), qsizetype(read.bytes.size()));
        const QByteArray sha = shaHex(bytes);
        const auto parsed = parseJson(read.bytes);
        const Validation v = parsed.ok()
            ? Validator::validate(parsed.value, ValidationMode::SyncDesk)
            : Validation {};
        if (!parsed.ok() || v.kind != RecordKind::Conflict
            || q(jsonMember(parsed.value, "conflict_id")) != d.conflictId) {
            refuse(Refusal::UnknownConflict,
                tr("%1 does not hold conflict %2.").arg(rel, d.conflictId));
            continue;
        }
        const Json &record = parsed.value;
        const Json &card = record["decision_card"];
        const QString cardId = q(jsonMember(card, "card_id"));
        const QString key = idempotencyKey(d.conflictId, cardId, d.option);
        const QString operationId = QStringLiteral("workspace-operation:") + key;
        if (v.verdict == Verdict::Valid) {
            const QString selected = q(jsonMember(card, "selected_option"));
            if (selected == d.option) {
                out.outcome = Outcome::AlreadyApplied;
                out.operationId = operationId;
                out.message = tr("Already decided: %1 by %2 at %3.")
                                  .arg(selected, q(jsonMember(card, "selected_by")),
                                      q(jsonMember(card, "selected_at")));
            } else {
                refuse(Refusal::NotPending,
                    tr("Already decided: %1 by %2 at %3.")
                        .arg(selected, q(jsonMember(card, "selected_by")),
                            q(jsonMember(card, "selected_at"))));
            }
            continue;
        }
        if (const auto expected = options.expectedVersions.constFind(d.conflictId);
            expected != options.expectedVersions.cend() && *expected != sha) {
            refuse(Refusal::ChangedOnDisk);
            continue;
        }
        if (v.verdict != Verdict::Pending) {
            refuse(Refusal::NotPending,
                tr("The conflict record is invalid: %1").arg(v.errors.value(0).message));
            continue;
        }
        GateConflict gc;
        gc.id = d.conflictId;
        gc.objectId = q(jsonMember(record, "object_id"));
        gc.workspaceId = q(jsonMember(record, "workspace_id"));
        gc.profileId = q(jsonMember(record, "profile_id"));
        gc.severity = q(jsonMember(record, "severity"));
        gc.options = strings(jsonMember(card, "options"));
        gc.pending = true;
        const auto actorIt = gate.actors.constFind(d.actorId);
        const OptionVerdict verdict
            = DecisionGate::check(gc, actorIt == gate.actors.cend() ? nullptr : &*actorIt, d.option,
                candidatePolicies(gate, gc), d.rationale);
        if (!verdict.allowed()) {
            refuse(verdict.refusal, verdict.message);
            continue;
        }

        Planned p;
        p.outcome = index;
        p.conflictId = d.conflictId;
        p.conflictPath = rel;
        p.beforeBytes = bytes;
        p.beforeSha = sha;
        p.after = record;
        Json &afterCard = p.after["decision_card"];
        afterCard["selected_option"] = j(d.option);
        afterCard["selected_by"] = j(d.actorId);
        afterCard["selected_at"] = j(now);
        afterCard["rationale"] = j(d.rationale);
        p.afterSha = shaHex(recordBytes(p.after));
        p.eventId = QStringLiteral("evt-%1").arg(++nextEvent, 8, 10, QLatin1Char('0'));
        p.operationId = operationId;
        p.taskId = QStringLiteral("operation-task:") + key + QStringLiteral("-1");
        const auto hint = detectHint(snapshot, d.conflictId);

        Json artifact = Json::object();
        artifact["schema"] = "sourceos.syncdesk.conflict-resolution/v1alpha1";
        artifact["decision"] = {
            { "conflict_id", j(d.conflictId) }, { "card_id", j(cardId) }, { "option", j(d.option) },
            { "actor_id", j(d.actorId) }, { "rationale", j(d.rationale) }, { "decided_at", j(now) },
            { "recommended_option", jsonMember(card, "recommended_option") },
            { "idempotency_key", j(key) }, { "operation_id", j(p.operationId) },
            { "task_id", j(p.taskId) },
            { "policy_decision_ref", verdict.policyId.isEmpty() ? Json() : j(verdict.policyId) },
            { "policy_effect", verdict.policyEffect.isEmpty() ? Json() : j(verdict.policyEffect) }
        };
        artifact["conflict_before"] = record;
        artifact["conflict_after"] = p.after;
        const QString digest = artifactDigest(artifact);
        const Json type = std::string(kResolutionEvidenceType);
        const Json writer = std::string(kSyncDeskWriter);
        p.evidenceId = Evidence::deriveId(j(digest), type, j(d.conflictId), writer);
        p.evidence = Json::object();
        p.evidence["schema"] = std::string(kEvidenceSchema);
        p.evidence["evidence_id"] = j(p.evidenceId);
        p.evidence["generated_at"] = j(now);
        p.evidence["writer"] = writer;
        p.evidence["evidence_type"] = type;
        p.evidence["subject"] = j(d.conflictId);
        p.evidence["artifact_digest"] = j(digest);
        p.evidence["artifact"] = std::move(artifact);
        p.evidence["attestation"] = { { "signed", false }, { "signature", nullptr },
            { "reason", "syncdesk-local-unsigned" } };
        const QString evidenceRef = QStringLiteral("evidence:") + p.evidenceId;

        p.operation = Json::object();
        p.operation["schema"] = "sourceos.workspace-operation/v1alpha1";
        p.operation["operation_id"] = j(p.operationId);
        p.operation["local_operation_id"] = j(QStringLiteral("local-op:") + key);
        p.operation["operation_type"] = "sync.conflict.resolve";
        p.operation["status"] = "queued";
        p.operation["workspace_id"] = j(gc.workspaceId);
        p.operation["profile_id"] = j(gc.profileId);
        p.operation["actor_id"] = j(d.actorId);
        const QStringList devices = strings(jsonMember(record, "devices"));
        p.operation["device_id"]
            = j(hint && !hint->deviceId.isEmpty() ? hint->deviceId : devices.value(0));
        p.operation["encryption_profile_ref"] = j(hint ? hint->encryptionProfile : QString());
        p.operation["local_log_ref"] = j(QStringLiteral("journal:") + p.eventId);
        p.operation["checkpoint_ref"] = j(hint ? hint->checkpointRef : QString());
        p.operation["causal_parent_ids"] = Json::array();
        if (hint)
            p.operation["causal_parent_ids"].push_back(j(hint->operationId));
        p.operation["conflict_ids"] = Json::array({ j(d.conflictId) });
        p.operation["provisional_artifact_ids"] = Json::object();
        p.operation["artifact_reconciliation"] = Json::object();
        p.operation["policy_decision_ref"] = j(verdict.policyId);
        p.operation["artifact_admission_ref"] = "";
        p.operation["ledger_evidence_refs"] = Json::array({ j(evidenceRef) });
        p.operation["replay_safe"] = true;
        p.operation["stale_task"] = false;
        p.operation["lease_expired"] = false;
        p.operation["replay_idempotency_key"] = j(key);
        p.operation["created_at"] = j(now);
        p.operation["updated_at"] = j(now);

        p.task = Json::object();
        p.task["schema"] = "sourceos.operation-task/v1alpha1";
        p.task["task_id"] = j(p.taskId);
        p.task["operation_id"] = j(p.operationId);
        p.task["operation_type"] = "sync.conflict.resolve";
        p.task["status"] = "pending";
        p.task["attempt"] = 1;
        p.task["idempotency_key"] = j(key);
        p.task["policy_decision_ref"] = j(verdict.policyId);
        p.task["evidence_refs"] = Json::array({ j(evidenceRef) });
        p.task["created_at"] = j(now);
        p.task["updated_at"] = j(now);
        p.task["conflict_id"] = j(d.conflictId);

        p.evidencePath
            = QStringLiteral("evidence/") + safeRecordId(p.evidenceId) + QStringLiteral(".json");
        p.operationPath
            = QStringLiteral("operations/") + safeRecordId(p.operationId) + QStringLiteral(".json");
        p.taskPath = QStringLiteral("tasks/") + safeRecordId(p.taskId) + QStringLiteral(".json");

        p.journalLine = Json::object();
        p.journalLine["schema"] = "sourceos.journal-event/v1alpha1";
        p.journalLine["event_id"] = j(p.eventId);
        p.journalLine["event_type"] = "update";
        p.journalLine["lane"] = "policy";
        p.journalLine["object_id"] = j(d.conflictId);
        p.journalLine["producer"] = std::string(kSyncDeskWriter);
        p.journalLine["created_at"] = j(now);
        p.journalLine["payload"] = { { "option", j(d.option) }, { "actor_id", j(d.actorId) },
            { "conflict_path", j(rel) }, { "operation_id", j(p.operationId) },
            { "task_id", j(p.taskId) }, { "evidence_id", j(p.evidenceId) } };
        p.journalLine["applied"] = true;

        out.outcome = Outcome::Applied;
        out.refusal = Refusal::None;
        out.evidenceId = p.evidenceId;
        out.operationId = p.operationId;
        out.taskId = p.taskId;
        out.eventId = p.eventId;
        out.paths = { p.evidencePath, p.operationPath, p.taskPath, p.conflictPath,
            QStringLiteral("journal.jsonl"), QStringLiteral("manifest.json") };
        out.message = options.dryRun
            ? tr("Would write %1 and queue %2.").arg(p.evidenceId, p.operationId)
            : tr("Decided %1; queued %2.").arg(d.option, p.operationId);
        decidedInBatch.insert(d.conflictId, d.option);
        planned.push_back(std::move(p));
    }

    if (options.dryRun) {
        for (const auto &o : std::as_const(report.outcomes))
            if (options.progress)
                options.progress(o);
        return report;
    }

    // Refusals and repeats are final now; report them before the writing starts.
    QSet<int> plannedIndexes;
    for (const auto &p : planned)
        plannedIndexes.insert(p.outcome);
    for (int i = 0; i < report.outcomes.size(); ++i)
        if (!plannedIndexes.contains(i) && options.progress)
            options.progress(report.outcomes[i]);

    const std::size_t chunk = std::size_t(std::max(1, options.chunkSize));
    qint64 linesBefore = journalLines;
    bool torn = journalTorn;
    qint64 generationBefore = generation;
    for (std::size_t start = 0; start < planned.size(); start += chunk) {
        std::vector<Planned> batch(std::make_move_iterator(planned.begin() + long(start)),
            std::make_move_iterator(
                planned.begin() + long(std::min(planned.size(), start + chunk))));
        if (auto error = writeBatch(root, batch, linesBefore, torn, generationBefore, now)) {
            report.ioError = error;
            // This chunk was rolled back (or left to recovery); later ones never started.
            for (std::size_t k = start; k < planned.size(); ++k) {
                const int i
                    = k < start + batch.size() ? batch[k - start].outcome : planned[k].outcome;
                const Decision d = report.outcomes[i].decision;
                report.outcomes[i] = refused(d, Refusal::IoError, error->message);
                if (options.progress)
                    options.progress(report.outcomes[i]);
            }
            return report;
        }
        linesBefore += qint64(batch.size()) + (torn ? 1 : 0);
        torn = false;
        generationBefore += qint64(batch.size());
        if (options.progress)
            for (const auto &p : batch)
                options.progress(report.outcomes[p.outcome]);
    }
    return report;
}

} // namespace SyncDesk
