// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: every special file kind in place of every store file, for
// every reader, in one table.

// Special files in place of the store's own files and of a record (issue 14,
// item 3): writer.lock, journal.jsonl, manifest.json, syncdesk-intent.json and
// a conflict record as a FIFO (with and without a writer), a socket, a folder,
// a symlink to /dev/zero or /dev/null, a device. Every reader (the loader, the
// CLI, the writer lock and its probe, the window) finishes with a problem
// naming the file. A hang is caught by HangWatch, a hang detector and not a
// timing test: whatever is asked here returns at once or never.

#include "clirunner.h"
#include "resolutionfixture.h"

#include "core/io/fileread_p.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "core/io/writerlock.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <functional>
#include <mutex>
#include <thread>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

constexpr int kHangMs = 10000;

const QString kLock = QStringLiteral("writer.lock");
const QString kRecord = QStringLiteral("conflicts/conflict_alpha-001.json");

/**
 * Fails a test whose call has not returned within kHangMs: it then runs
 * unblock (which ends a wait on a FIFO) so the test can report it, and ends
 * the whole run if even that does not help (a read of /dev/zero that never
 * ends). Only a hang reaches kHangMs; a correct call returns in microseconds.
 */
class HangWatch final
{
public:
    HangWatch(const char *what, std::function<void()> unblock)
        : m_what(what)
        , m_unblock(std::move(unblock))
        , m_thread([this] { watch(); })
    { }
    ~HangWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    bool fired() const { return m_fired.load(); }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(kHangMs), [this] { return m_done; }))
            return;
        m_fired = true;
        std::fprintf(stderr, "HANG: %s has not returned within %d s\n", m_what, kHangMs / 1000);
        m_unblock();
        if (!m_wake.wait_for(lock, std::chrono::milliseconds(kHangMs), [this] { return m_done; })) {
            std::fprintf(stderr, "HANG: %s cannot be unblocked; ending the run\n", m_what);
            std::_Exit(3);
        }
    }

    const char *m_what;
    std::function<void()> m_unblock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<bool> m_fired { false };
    std::thread m_thread; // last: it uses everything above
};

enum class Kind
{
    Fifo,
    FifoWithWriter,
    Socket,
    Folder,
    SymlinkToDevZero,
    SymlinkToDevNull,
    Device
};

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fifo:
        return "FIFO";
    case Kind::FifoWithWriter:
        return "FIFO with a writer";
    case Kind::Socket:
        return "socket";
    case Kind::Folder:
        return "folder";
    case Kind::SymlinkToDevZero:
        return "symlink to /dev/zero";
    case Kind::SymlinkToDevNull:
        return "symlink to /dev/null";
    case Kind::Device:
        return "device";
    }
    return "";
}

/// The word the message must use for kind (fileTypeName's English).
QString kindWord(Kind kind)
{
    switch (kind) {
    case Kind::Fifo:
    case Kind::FifoWithWriter:
        return QStringLiteral("FIFO");
    case Kind::Socket:
        return QStringLiteral("socket");
    case Kind::Folder:
        return QStringLiteral("folder");
    case Kind::SymlinkToDevZero:
    case Kind::SymlinkToDevNull:
        return QStringLiteral("symbolic link");
    case Kind::Device:
        return QStringLiteral("device");
    }
    return {};
}

/// A special file at a path, and whatever keeps it special (a FIFO's writer, a socket).
class Special final
{
public:
    ~Special() { release(); }

    /// False with why set when it cannot be made (only a device, without CAP_MKNOD).
    bool make(const QString &path, Kind kind, QString &why)
    {
        m_path = QFile::encodeName(path);
        QFile::remove(path); // the fixture's own file, if any
        const char *p = m_path.constData();
        switch (kind) {
        case Kind::Fifo:
            return ::mkfifo(p, 0644) == 0;
        case Kind::FifoWithWriter:
            // This process holds it open for writing, with half a JSON line in
            // it: a blocking reader would get those bytes and then wait for ever.
            if (::mkfifo(p, 0644) != 0)
                return false;
            m_fd = ::open(p, O_RDWR | O_NONBLOCK | O_CLOEXEC);
            return m_fd >= 0 && ::write(m_fd, "{\"schema\": ", 11) == 11;
        case Kind::Socket: {
            m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un addr {};
            addr.sun_family = AF_UNIX;
            if (m_fd < 0 || m_path.size() >= qsizetype(sizeof addr.sun_path))
                return false;
            std::memcpy(addr.sun_path, p, size_t(m_path.size()));
            return ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
                && ::listen(m_fd, 1) == 0;
        }
        case Kind::Folder:
            return ::mkdir(p, 0755) == 0;
        case Kind::SymlinkToDevZero:
            return ::symlink("/dev/zero", p) == 0;
        case Kind::SymlinkToDevNull:
            return ::symlink("/dev/null", p) == 0;
        case Kind::Device:
            // A copy of /dev/zero's node: endless bytes for whoever reads it.
            if (::mknod(p, S_IFCHR | 0644, makedev(1, 5)) == 0)
                return true;
            why = QStringLiteral("creating a device node needs CAP_MKNOD: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        return false;
    }

    /// Ends any wait on it: the writer goes (EOF), a blocked opener is let through, the name goes.
    void release()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        struct stat st;
        if (!m_path.isEmpty() && ::lstat(m_path.constData(), &st) == 0 && S_ISFIFO(st.st_mode)) {
            const int poke = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            ::unlink(m_path.constData());
            if (poke >= 0)
                ::close(poke);
        }
    }

    /// Still the special file it was made as (nothing replaced or removed it).
    bool intact(Kind kind) const
    {
        struct stat st;
        if (::lstat(m_path.constData(), &st) != 0)
            return false;
        switch (kind) {
        case Kind::Fifo:
        case Kind::FifoWithWriter:
            return S_ISFIFO(st.st_mode);
        case Kind::Socket:
            return S_ISSOCK(st.st_mode);
        case Kind::Folder:
            return S_ISDIR(st.st_mode);
        case Kind::SymlinkToDevZero:
        case Kind::SymlinkToDevNull:
            return S_ISLNK(st.st_mode);
        case Kind::Device:
            return S_ISCHR(st.st_mode);
        }
        return false;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
};

const Kind kKinds[] = { Kind::Fifo, Kind::FifoWithWriter, Kind::Socket, Kind::Folder,
    Kind::SymlinkToDevZero, Kind::SymlinkToDevNull, Kind::Device };

void addKindRows(const QString &target)
{
    for (const Kind kind : kKinds)
        QTest::newRow(qPrintable(target + QStringLiteral(" as ") + QLatin1String(kindName(kind))))
            << target << int(kind);
}

void addRows()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("kind");
    for (const QString &target : { kLock, QStringLiteral("journal.jsonl"),
             QStringLiteral("manifest.json"), QStringLiteral("syncdesk-intent.json"), kRecord })
        addKindRows(target);
}

/// The store's problems about rel, as text for a failure message and a check.
QStringList problemsAbout(const Store &store, const QString &rel)
{
    QStringList found;
    for (const auto &p : store.problems())
        if (p.path == rel && p.severity == Severity::Error)
            found << p.message;
    return found;
}

QString allProblems(const Store &store)
{
    QStringList all;
    for (const auto &p : store.problems())
        all << p.path + QStringLiteral(": ") + p.message;
    return all.join(QLatin1Char('\n'));
}

QLabel *lockLabel(const Ui::MainWindow &window)
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text() == QLatin1String("Unlocked") || label->text().contains(kLock)
            || label->text().startsWith(QLatin1String("Locked by")))
            return label;
    return nullptr;
}

} // namespace

class TestSpecialFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's settings
    }

    /// (a) The loader reads every store file without blocking and names the one it cannot read.
    void storeOpenFinishes_data() { addRows(); }
    void storeOpenFinishes()
    {
        QFETCH(QString, target);
        QFETCH(int, kind);
        ResolutionFixture fx;
        Special special;
        QString why;
        if (!special.make(fx.store().path(target), Kind(kind), why))
            QSKIP(qPrintable(why));
        std::unique_ptr<Store> store;
        {
            HangWatch watch("Store::open", [&] { special.release(); });
            store = Store::open(fx.root());
            QVERIFY2(!watch.fired(), "Store::open blocked on the special file");
        }
        QCOMPARE(store->state(), Store::State::Ok);
        QVERIFY(special.intact(Kind(kind))); // a read never changes the store
        if (target == kLock)
            return; // the loader does not read the lock
        const QStringList about = problemsAbout(*store, target);
        QVERIFY2(!about.isEmpty(), qPrintable(allProblems(*store)));
        // The root files' messages say what is there in place of the file.
        if (!target.contains(QLatin1Char('/')) && target != QLatin1String("syncdesk-intent.json"))
            QVERIFY2(about.join(QLatin1Char('\n')).contains(kindWord(Kind(kind))),
                qPrintable(about.join(QLatin1Char('\n'))));
    }

    /// (b) The CLI finishes with an error exit and names the file.
    void cliFinishes_data() { addRows(); }
    void cliFinishes()
    {
        QFETCH(QString, target);
        QFETCH(int, kind);
        ResolutionFixture fx;
        Special special;
        QString why;
        if (!special.make(fx.store().path(target), Kind(kind), why))
            QSKIP(qPrintable(why));
        const bool lock = target == kLock;

        // The lock is not a store file for readers: validate and summary never open it.
        const CliRun validate = runCli({ "validate", fx.root() }, kHangMs);
        QVERIFY2(validate.exitCode != -1, "validate did not finish");
        QCOMPARE(validate.exitCode, lock ? 0 : 1);
        if (!lock)
            QVERIFY2(validate.out.contains(target.toUtf8()), validate.out.constData());

        const CliRun summary = runCli({ "store", "summary", fx.root() }, kHangMs);
        QVERIFY2(summary.exitCode != -1, "store summary did not finish");
        QCOMPARE(summary.exitCode, lock ? 0 : 1);

        // --json: its results carry the refusal messages.
        const CliRun resolve
            = runCli({ "resolve", fx.root(), "--conflict", "conflict:alpha-001", "--option", "fork",
                         "--actor", "actor:local-user", "--rationale",
                         "Both versions carry reviewed edits.", "--json" },
                kHangMs);
        special.release(); // a resolve that blocked is killed: let nothing wait on
        QVERIFY2(resolve.exitCode != -1, "resolve did not finish");
        QVERIFY2(resolve.exitCode == 1 || resolve.exitCode == 2,
            qPrintable(QString::number(resolve.exitCode) + QLatin1Char(' ')
                + QString::fromUtf8(resolve.out + resolve.err)));
        QVERIFY2((resolve.out + resolve.err).contains(QFileInfo(target).fileName().toUtf8()),
            (resolve.out + resolve.err).constData());
    }

    /// Where the CLI can still block (see the expected failures above), SIGTERM
    /// ends it: syncdesk-cli keeps the default disposition. Once nothing
    /// blocks, resolve finishes by itself with an error instead.
    void sigtermEndsABlockedResolve()
    {
        ResolutionFixture fx;
        Special special;
        QString why;
        const QString journal = fx.store().path(QStringLiteral("journal.jsonl"));
        QVERIFY(special.make(journal, Kind::Fifo, why));
        QProcess p;
        p.start(QStringLiteral(SYNCDESK_CLI),
            { "resolve", fx.root(), "--conflict", "conflict:alpha-001", "--option", "fork",
                "--actor", "actor:local-user", "--rationale", "Both versions carry reviewed edits.",
                "--json" });
        QVERIFY(p.waitForStarted(kHangMs));
        // A reader waiting in open() is what lets a non-blocking open for
        // writing succeed; holding that end open keeps it waiting in read().
        int writer = -1;
        const QByteArray fifo = QFile::encodeName(journal);
        const bool settled = QTest::qWaitFor(
            [&] {
                writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                return writer >= 0 || p.state() == QProcess::NotRunning;
            },
            kHangMs);
        QVERIFY2(settled, "resolve neither opened the FIFO journal nor finished");
        if (writer < 0) {
            // Never blocked on the journal: it must have finished with an error.
            // waitForFinished() is false for a process that has already finished.
            QVERIFY2(p.state() == QProcess::NotRunning || p.waitForFinished(kHangMs),
                "resolve neither blocked on the FIFO nor finished");
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QVERIFY(p.exitCode() == 1 || p.exitCode() == 2);
            return;
        }
        qInfo("resolve waits on the FIFO journal; sending SIGTERM");
        ::kill(pid_t(p.processId()), SIGTERM);
        const bool ended = p.waitForFinished(kHangMs);
        ::close(writer);
        QVERIFY2(ended, "SIGTERM did not end a resolve blocked on a FIFO journal");
        QCOMPARE(p.exitStatus(), QProcess::CrashExit); // killed by the signal
    }

    /// (c) The writer lock refuses at once, says what is there, and touches nothing.
    void writerLockRefuses_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("kind");
        addKindRows(kLock);
    }
    void writerLockRefuses()
    {
        QFETCH(int, kind);
        ResolutionFixture fx;
        Special special;
        QString why;
        const QString path = fx.store().path(kLock);
        if (!special.make(path, Kind(kind), why))
            QSKIP(qPrintable(why));
        WriterLock::State state;
        {
            HangWatch watch("WriterLock", [&] { special.release(); });
            WriterLock lock(path);
            // A refusal, not a wait: with a busy lock this would wait the full minute.
            QVERIFY(!lock.tryLock(60000));
            QCOMPARE(lock.failure(), WriterLock::Failure::NotALockFile);
            QVERIFY2(lock.holder().contains(path), qPrintable(lock.holder()));
            QVERIFY2(lock.holder().contains(kindWord(Kind(kind))), qPrintable(lock.holder()));
            state = WriterLock::probe(path);
            QVERIFY2(!watch.fired(), "the writer lock blocked on the special file");
        }
        QCOMPARE(state.kind, WriterLock::State::Kind::NotALockFile);
        QVERIFY2(state.what.contains(kindWord(Kind(kind))), qPrintable(state.what));
        QVERIFY2(state.message.contains(path), qPrintable(state.message));
        QVERIFY(special.intact(Kind(kind)));
    }

    /// (d) The window loads the store and shows the lock state without blocking its thread.
    void windowDoesNotHang_data() { addRows(); }
    void windowDoesNotHang()
    {
        QFETCH(QString, target);
        QFETCH(int, kind);
        ResolutionFixture fx;
        Special special;
        QString why;
        if (!special.make(fx.store().path(target), Kind(kind), why))
            QSKIP(qPrintable(why));
        Ui::MainWindow window(Ui::MainWindowOptions {});
        QSignalSpy loaded(&window, &Ui::MainWindow::storeLoaded);
        {
            // The lock state is asked on the window's thread when the store is shown.
            HangWatch watch("the window", [&] { special.release(); });
            window.show();
            window.openStore(fx.root());
            QVERIFY(loaded.wait(kHangMs) || !loaded.isEmpty());
            QVERIFY2(!watch.fired(), "the window blocked, or did not finish loading the store");
        }
        QCOMPARE(loaded[0][0].toBool(), true);
        const QLabel *label = lockLabel(window);
        QVERIFY(label);
        if (target == kLock) {
            QVERIFY2(label->text().contains(QLatin1String("not a lock file"))
                    && label->text().contains(kindWord(Kind(kind))),
                qPrintable(label->text()));
            QVERIFY(label->toolTip().contains(fx.store().path(kLock)));
        } else {
            QCOMPARE(label->text(), QStringLiteral("Unlocked"));
            QVERIFY2(!problemsAbout(*window.session()->store(), target).isEmpty(),
                qPrintable(allProblems(*window.session()->store())));
        }
        window.close(); // returns: nothing is waiting on the file
    }

    /// The real executable loads such a store, checks its lock and exits on its own.
    void realWindowFinishes_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("kind");
        QTest::newRow("writer.lock as FIFO") << kLock << int(Kind::Fifo);
        QTest::newRow("writer.lock as symlink to /dev/zero")
            << kLock << int(Kind::SymlinkToDevZero);
        QTest::newRow("journal.jsonl as FIFO with a writer")
            << QStringLiteral("journal.jsonl") << int(Kind::FifoWithWriter);
    }
    void realWindowFinishes()
    {
        QFETCH(QString, target);
        QFETCH(int, kind);
        ResolutionFixture fx;
        Special special;
        QString why;
        QVERIFY(special.make(fx.store().path(target), Kind(kind), why));
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + "/config");
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + "/cache");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESK_APP), { "--exit-after-load", fx.root() });
        const bool finished = p.waitForFinished(kHangMs);
        if (!finished) {
            // SIGTERM reaches the window only through its event loop: a blocked
            // thread ignores it, which is what this test guards against.
            p.terminate();
            special.release();
            p.waitForFinished(kHangMs);
        }
        QVERIFY2(finished, "the window did not finish loading the store");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    /// A lock file with other names could be a user's file: it is never truncated or written.
    void hardLinkedLockFileIsRefused()
    {
        ResolutionFixture fx;
        QTemporaryDir outside;
        const QString victim = outside.path() + "/bashrc";
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("export PATH\n");
        }
        QVERIFY(::link(QFile::encodeName(victim).constData(),
                    QFile::encodeName(fx.store().path(kLock)).constData())
            == 0);
        WriterLock lock(fx.store().path(kLock));
        QVERIFY(!lock.tryLock(60000));
        QCOMPARE(lock.failure(), WriterLock::Failure::NotALockFile);
        QVERIFY2(lock.holder().contains(QLatin1String("hard link")), qPrintable(lock.holder()));
        QCOMPARE(
            WriterLock::probe(fx.store().path(kLock)).kind, WriterLock::State::Kind::NotALockFile);
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("export PATH\n"));
    }

    /// An older build's QLockFile and this lock exclude each other and read each other's holder.
    void compatibleWithQLockFile()
    {
        ResolutionFixture fx;
        const QString path = fx.store().path(kLock);
        {
            QLockFile old(path);
            old.setStaleLockTime(0);
            QVERIFY(old.tryLock(0));
            WriterLock lock(path);
            QVERIFY(!lock.tryLock(0));
            QCOMPARE(lock.failure(), WriterLock::Failure::Held);
            QVERIFY2(lock.holder().contains(QString::number(QCoreApplication::applicationPid())),
                qPrintable(lock.holder()));
            const auto state = WriterLock::probe(path);
            QCOMPARE(state.kind, WriterLock::State::Kind::Held);
            QCOMPARE(state.pid, QCoreApplication::applicationPid());
        }
        QVERIFY(!QFile::exists(path));
        struct stat held;
        {
            WriterLock lock(path);
            QVERIFY(lock.tryLock(0));
            QVERIFY(::stat(QFile::encodeName(path).constData(), &held) == 0);
            // QLockFile believes the holder only if the program name is the
            // executable's: anything else and it would call the lock stale.
            QLockFile old(path);
            old.setStaleLockTime(0);
            QVERIFY(!old.tryLock(0));
            QCOMPARE(old.error(), QLockFile::LockFailedError);
            qint64 pid = 0;
            QString host, app;
            QVERIFY(old.getLockInfo(&pid, &host, &app));
            QCOMPARE(pid, QCoreApplication::applicationPid());
            QCOMPARE(app, QFileInfo(QCoreApplication::applicationFilePath()).fileName());
            struct stat still;
            QVERIFY(::stat(QFile::encodeName(path).constData(), &still) == 0);
            QCOMPARE(still.st_ino, held.st_ino); // not broken as stale
            const auto state = WriterLock::probe(path);
            QCOMPARE(state.kind, WriterLock::State::Kind::Held);
            QCOMPARE(state.app, app);
        }
        QVERIFY(!QFile::exists(path)); // unlock removes it
    }

    /// A lock file nobody holds (its writer was killed) is not a lock, whatever PID it names.
    void fileWithoutHolderIsUnlocked()
    {
        ResolutionFixture fx;
        const QString path = fx.store().path(kLock);
        // The PID of this very process, which lives: only the flock says "held".
        fx.store().write(
            kLock, QByteArray::number(QCoreApplication::applicationPid()) + "\nsyncdesk\nvm\n");
        QCOMPARE(WriterLock::probe(path).kind, WriterLock::State::Kind::Unlocked);
        WriterLock lock(path);
        QVERIFY(lock.tryLock(0));
        QCOMPARE(WriterLock::probe(path).kind, WriterLock::State::Kind::Held);
        lock.unlock();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(WriterLock::probe(path).kind, WriterLock::State::Kind::Unlocked);
    }

    /// Two writers in one process exclude each other too (the window's Apply
    /// thread and its lock-state probe, say): flock belongs to the open file.
    void twoWritersExcludeEachOther()
    {
        ResolutionFixture fx;
        const QString path = fx.store().path(kLock);
        WriterLock first(path);
        QVERIFY(first.tryLock(0));
        const int rootFd
            = ::open(QFile::encodeName(fx.root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(rootFd >= 0);
        WriterLock second(rootFd, kLock, path);
        ::close(rootFd); // the lock keeps its own descriptor
        QVERIFY(!second.tryLock(0));
        QCOMPARE(second.failure(), WriterLock::Failure::Held);
        QVERIFY2(second.holder().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.holder()));
        first.unlock();
        QVERIFY(second.tryLock(0));
        QCOMPARE(WriterLock::probe(path).kind, WriterLock::State::Kind::Held);
        second.unlock();
        QVERIFY(!QFile::exists(path));
    }

    /// Unlock removes the lock file only while it is still the one locked.
    void unlockLeavesAReplacedFile()
    {
        ResolutionFixture fx;
        const QString path = fx.store().path(kLock);
        WriterLock lock(path);
        QVERIFY(lock.tryLock(0));
        fx.store().write(QStringLiteral("other"), "not the lock\n");
        QVERIFY(::rename(QFile::encodeName(fx.store().path("other")).constData(),
                    QFile::encodeName(path).constData())
            == 0);
        lock.unlock();
        QCOMPARE(fx.store().read(kLock), QByteArray("not the lock\n"));
    }

    /// Holder names from the file are shown as plain, short text.
    void holderNamesAreSanitized()
    {
        ResolutionFixture fx;
        const QString path = fx.store().path(kLock);
        fx.store().write(
            kLock, "4242\n<img src=/etc/passwd>\x1b[31m" + QByteArray(500, 'x') + "\nhost\n");
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QVERIFY(::flock(fd, LOCK_EX) == 0); // a holder that wrote odd names
        const auto state = WriterLock::probe(path);
        ::close(fd);
        QCOMPARE(state.kind, WriterLock::State::Kind::Held);
        QCOMPARE(state.pid, qint64(4242));
        QVERIFY(!state.app.contains(QLatin1Char('<')) && !state.app.contains(QChar(0x1b)));
        QVERIFY(state.app.size() <= 65);
    }

    /// The readers refuse every special file at once, saying what it is.
    void readersRefuseAtOnce_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("kind");
        addKindRows(QStringLiteral("file.json"));
    }
    void readersRefuseAtOnce()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        Special special;
        QString why;
        const QString path = dir.path() + "/file.json";
        if (!special.make(path, Kind(kind), why))
            QSKIP(qPrintable(why));
        FileRead read;
        {
            HangWatch watch("readFileNoFollow", [&] { special.release(); });
            read = readFileNoFollow(path, 1 << 20);
            QVERIFY2(!watch.fired(), "the reader blocked on the special file");
        }
        const bool link
            = Kind(kind) == Kind::SymlinkToDevZero || Kind(kind) == Kind::SymlinkToDevNull;
        QCOMPARE(read.status, link ? FileRead::Status::Symlink : FileRead::Status::NotRegular);
        QVERIFY(read.bytes.empty());
        QVERIFY2(
            whyUnreadable(read).contains(kindWord(Kind(kind))), qPrintable(whyUnreadable(read)));
        QVERIFY(special.intact(Kind(kind)));
    }

    /// A file longer than fstat says (as if it grew while read) stops at the limit.
    void readStopsAtTheLimitWhateverTheSize()
    {
        // /proc files are regular files of size 0 with content: the read is all
        // the limit has to go on.
        const QString maps = QStringLiteral("/proc/self/maps");
        const FileRead whole = readFileNoFollow(maps, 1 << 24);
        QCOMPARE(whole.status, FileRead::Status::Ok);
        QCOMPARE(whole.size, qint64(0));
        QVERIFY(whole.bytes.size() > 2048);
        const FileRead capped = readFileNoFollow(maps, 1024);
        QCOMPARE(capped.status, FileRead::Status::TooLarge);
        QVERIFY(capped.bytes.empty());
    }
};

QTEST_MAIN(TestSpecialFiles)
#include "tst_specialfiles.moc"
