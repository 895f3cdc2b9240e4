// Issue 15, red-team review of the write path beside the live daemon. Each
// test makes the daemon (or a crash, or an I/O error) act at one chosen moment
// of Sync Desk's write: at a system call, through the wrappers below, which
// this executable defines in place of libc's (the core library is linked in
// statically, so its calls resolve here; libc's own is reached with
// RTLD_NEXT). Tests of code in core/resolutionrecovery.cpp that still fail are
// marked QEXPECT_FAIL and say what they show.

#include "interruptedcopy.h"
#include "resolutionfixture.h"

#include "core/durablefile.h"
#include "core/resolution.h"
#include "core/resolution_p.h"
#include "core/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <functional>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

/// Called at an interposed system call: which call and moment ("renameat2",
/// "renameat2 done", "renameat", "unlinkat", "ftruncate"), the directory and
/// name it acts on (none for ftruncate) and its flags.
using Hook = std::function<void(const char *call, int dirFd, const char *name, unsigned flags)>;
Hook g_hook;
thread_local bool g_inHook = false;

void runHook(const char *call, int dirFd, const char *name, unsigned flags)
{
    if (!g_hook || g_inHook)
        return;
    const int saved = errno;
    g_inHook = true;
    g_hook(call, dirFd, name, flags);
    g_inHook = false;
    errno = saved;
}

template<typename F> F real(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" int renameat2(
    int oldDir, const char *oldName, int newDir, const char *newName, unsigned flags) noexcept
{
    static const auto next
        = real<int (*)(int, const char *, int, const char *, unsigned)>("renameat2");
    runHook("renameat2", newDir, newName, flags);
    const int result = next(oldDir, oldName, newDir, newName, flags);
    runHook("renameat2 done", newDir, newName, flags);
    return result;
}

extern "C" int renameat(int oldDir, const char *oldName, int newDir, const char *newName) noexcept
{
    static const auto next = real<int (*)(int, const char *, int, const char *)>("renameat");
    runHook("renameat", newDir, newName, 0);
    return next(oldDir, oldName, newDir, newName);
}

extern "C" int unlinkat(int dirFd, const char *name, int flags) noexcept
{
    static const auto next = real<int (*)(int, const char *, int)>("unlinkat");
    runHook("unlinkat", dirFd, name, unsigned(flags));
    return next(dirFd, name, flags);
}

extern "C" int ftruncate(int fd, off_t length) noexcept
{
    static const auto next = real<int (*)(int, off_t)>("ftruncate");
    runHook("ftruncate", fd, nullptr, 0);
    return next(fd, length);
}

namespace {

using Json = nlohmann::ordered_json;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Json readJson(const QString &path)
{
    const QByteArray bytes = readFile(path);
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

qint64 generationOf(const QString &root)
{
    return readJson(root + QStringLiteral("/manifest.json"))["active_generation"].get<qint64>();
}

QList<Json> journalLines(const QString &root)
{
    QList<Json> lines;
    for (const QByteArray &line : readFile(root + QStringLiteral("/journal.jsonl")).split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(Json::parse(line.constData(), line.constData() + line.size()));
    return lines;
}

/// put_record as the daemon does it: a fixed temp name renamed over the record.
void daemonPut(const QString &path, const QByteArray &bytes)
{
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
    QCOMPARE(::rename(tmp.constData(), QFile::encodeName(path).constData()), 0);
}

/// The daemon's append_event, its line only (count, then one O_APPEND write).
void daemonLine(const QString &root, const QString &objectId)
{
    const QString id
        = QStringLiteral("evt-%1").arg(journalLines(root).size() + 1, 8, 10, QLatin1Char('0'));
    const Json line = { { "schema", "sourceos.journal-event/v1alpha1" },
        { "event_id", id.toStdString() }, { "event_type", "update" }, { "lane", "normal" },
        { "object_id", objectId.toStdString() }, { "producer", "sourceos-syncd" },
        { "created_at", "2026-12-05T09:00:00Z" }, { "payload", Json::object() },
        { "applied", true } };
    const QByteArray bytes = QByteArray::fromStdString(line.dump() + "\n");
    const int fd = ::open(QFile::encodeName(root + QStringLiteral("/journal.jsonl")).constData(),
        O_WRONLY | O_APPEND | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
}

/// The daemon's _write_manifest that follows each append: value read + 1.
void daemonBump(const QString &root)
{
    Json manifest = readJson(root + QStringLiteral("/manifest.json"));
    manifest["active_generation"] = manifest["active_generation"].get<qint64>() + 1;
    manifest["updated_at"] = "2026-12-05T09:00:00Z";
    daemonPut(root + QStringLiteral("/manifest.json"),
        QByteArray::fromStdString(manifest.dump(2) + "\n"));
}

QStringList ownTempFiles(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (DurableFile::isOwnTempName(QFile::encodeName(it.fileName())))
            found << it.filePath();
    }
    return found;
}

} // namespace

class TestRedTeam15 final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
    }
    void cleanup()
    {
        g_hook = nullptr;
        FaultInjection::disarm();
    }

    /**
     * Finding 1 (core/durablefile.cpp, swapChecked). The daemon renames its
     * file over the target just before Sync Desk's exchange (so the check
     * fails) and again just after it (over Sync Desk's file). The exchange
     * back must then keep the daemon's newer file in place, never put the
     * older one back over it and delete the newer one.
     */
    void swapBackKeepsTheOtherWritersNewestFile()
    {
        QTemporaryDir dir;
        const QString target = dir.path() + QStringLiteral("/record.json");
        daemonPut(target, "checked\n");
        const int dirFd
            = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(dirFd >= 0);
        int exchanges = 0;
        g_hook = [&](const char *call, int, const char *name, unsigned flags) {
            if (qstrcmp(name, "record.json") != 0 || !(flags & RENAME_EXCHANGE))
                return;
            if (qstrcmp(call, "renameat2") == 0 && exchanges == 0)
                daemonPut(target, "daemon, first\n");
            if (qstrcmp(call, "renameat2 done") == 0 && exchanges++ == 0)
                daemonPut(target, "daemon, second\n");
        };
        std::vector<DurableFile::GroupItem> items { { { dirFd, dir.path(), "record.json" },
            "sync desk\n", DurableFile::Mode::SwapChecked,
            QCryptographicHash::hash("checked\n", QCryptographicHash::Sha256).toHex() } };
        const auto error = DurableFile::writeGroup(items);
        g_hook = nullptr;
        ::close(dirFd);
        QVERIFY(!error);
        QVERIFY(exchanges >= 2);
        QCOMPARE(items[0].placed, ECANCELED);
        QCOMPARE(readFile(target), QByteArray("daemon, second\n"));
        QCOMPARE(ownTempFiles(dir.path()), QStringList());
    }

    /// Finding 1 through Apply: two daemon bumps around the manifest's exchange.
    void noDaemonBumpIsErasedAroundTheManifestSwap()
    {
        ResolutionFixture fx;
        const qint64 initial = generationOf(fx.root());
        int exchanges = 0;
        g_hook = [&](const char *call, int, const char *name, unsigned flags) {
            if (qstrcmp(name, "manifest.json") != 0 || !(flags & RENAME_EXCHANGE))
                return;
            if (qstrcmp(call, "renameat2") == 0 && exchanges == 0) {
                daemonLine(fx.root(), QStringLiteral("file:daemon-1"));
                daemonBump(fx.root());
            }
            if (qstrcmp(call, "renameat2 done") == 0 && exchanges++ == 0) {
                daemonLine(fx.root(), QStringLiteral("file:daemon-2"));
                daemonBump(fx.root());
            }
        };
        const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() });
        g_hook = nullptr;
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        // Sync Desk's bump and both of the daemon's.
        QCOMPARE(generationOf(fx.root()), initial + 3);
        QCOMPARE(ownTempFiles(fx.root()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRedTeam15)
#include "tst_redteam15.moc"
