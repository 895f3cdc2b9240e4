// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/hugepagemalloc.h"
#include "glibcmalloc.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

constexpr char kMarker[] = "SYNCDESK_RESTARTED_FOR_HUGE_PAGES";

/**
 * In a child process (a heap of its own to change): whether an 8 MiB block
 * malloc gives right after a 20 MiB one was freed is a mapping of its own
 * (mallinfo2's hblkhd grows by it), after mapLargeAllocations() with
 * MALLOC_MMAP_THRESHOLD_ set to threshold (empty: unset). -1: no child.
 */
int eightMiBAfterTwentyIsMapped(const char *threshold)
{
    const pid_t pid = ::fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (*threshold)
            ::setenv("MALLOC_MMAP_THRESHOLD_", threshold, 1);
        else
            ::unsetenv("MALLOC_MMAP_THRESHOLD_");
        mapLargeAllocations();
        constexpr std::size_t kBig = std::size_t(20) << 20, kProbe = std::size_t(8) << 20;
        // Called through volatile pointers: the compiler may drop a malloc
        // whose block is only written and freed.
        void *(*volatile allocate)(std::size_t) = std::malloc;
        void (*volatile release)(void *) = std::free;
        const std::size_t start = mallinfo2().hblkhd;
        void *big = allocate(kBig);
        if (!big || mallinfo2().hblkhd < start + kBig)
            ::_exit(2); // not glibc's malloc, whatever the build says
        std::memset(big, 1, kBig);
        release(big);
        const std::size_t before = mallinfo2().hblkhd;
        void *probe = allocate(kProbe);
        if (!probe)
            ::_exit(3);
        std::memset(probe, 1, kProbe);
        const bool mapped = mallinfo2().hblkhd >= before + kProbe;
        release(probe);
        ::_exit(mapped ? 1 : 0);
    }
    int status = 0;
    pid_t waited;
    while ((waited = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) { }
    if (waited != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

QByteArray markerOf(long long pid, long long msAgo, const QByteArray &tunables)
{
    timespec ts = {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    const long long ns = (long long)ts.tv_sec * 1000000000 + ts.tv_nsec - msAgo * 1000000;
    return QByteArray::number(pid) + ' ' + QByteArray::number(ns) + ' ' + tunables;
}

} // namespace

/// The second start of restartWithHugePageMalloc(), in this process: what it
/// puts back, and which markers it does not trust. The restart itself is
/// tst_cli's and tst_mainwindow's (the real executables).
class TestHugePageMalloc final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv(kMarker);
        qunsetenv("GLIBC_TUNABLES");
    }
    void cleanupTestCase() { init(); }

    // Once a large block is freed, glibc serves blocks up to its size from
    // the arenas; mapLargeAllocations() keeps them mapped (issue 19: the
    // first open's peak). The user's own threshold is left alone.
    void largeBlocksStayMapped()
    {
        if (!kGlibcMalloc)
            QSKIP("a sanitizer's malloc");
        // Tuning this process started with fixes glibc's threshold already.
        QFile startedWith(QStringLiteral("/proc/self/environ"));
        if (startedWith.open(QIODevice::ReadOnly)) {
            const QByteArray started = startedWith.readAll();
            if (started.contains("MALLOC_") || started.contains("glibc.malloc."))
                QSKIP("malloc tuned in the test's own environment");
        }
        if (eightMiBAfterTwentyIsMapped("") == 2)
            QSKIP("malloc is not glibc's");
        // The user's variable (read by glibc only at a start) leaves glibc's moving threshold.
        QCOMPARE(eightMiBAfterTwentyIsMapped("33554432"), 0);
        QCOMPARE(eightMiBAfterTwentyIsMapped(""), 1);
    }

    // Order matters: a marker this process accepts marks it restarted for good.
    void aMarkerOfAnotherProcessIsNotTrusted_data()
    {
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("another pid") << markerOf(::getpid() + 1, 5, "-");
        QTest::newRow("a switch") << QByteArray("1");
        QTest::newRow("no tunables part") << QByteArray::number(::getpid()) + " 5";
        QTest::newRow("no space") << QByteArray::number(::getpid()) + " 5-";
        QTest::newRow("pid too large") << QByteArray("99999999999999999999999 5 -");
        QTest::newRow("empty") << QByteArray();
    }
    void aMarkerOfAnotherProcessIsNotTrusted()
    {
        QFETCH(QByteArray, marker);
        qputenv(kMarker, marker);
        qputenv("GLIBC_TUNABLES", "glibc.malloc.check=0");
        const double before = hugePageRestartMs();
        finishHugePageRestart();
        QCOMPARE(qgetenv(kMarker), marker);
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), QByteArray("glibc.malloc.check=0"));
        QCOMPARE(hugePageRestartMs(), before);
    }

    void theUsersTunablesComeBack()
    {
        qputenv(kMarker, markerOf(::getpid(), 30, "=glibc.malloc.check=0:glibc.x=a b"));
        qputenv("GLIBC_TUNABLES", "glibc.malloc.check=0:glibc.x=a b:glibc.malloc.hugetlb=1");
        finishHugePageRestart();
        QVERIFY(!qEnvironmentVariableIsSet(kMarker));
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), QByteArray("glibc.malloc.check=0:glibc.x=a b"));
        // The time since the first start is counted.
        QVERIFY2(hugePageRestartMs() >= 30 && hugePageRestartMs() < 10000,
            qPrintable(QString::number(hugePageRestartMs())));
    }

    void noTunablesBeforeMeansNoneAfter()
    {
        qputenv(kMarker, markerOf(::getpid(), 1, "-"));
        qputenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1");
        finishHugePageRestart();
        QVERIFY(!qEnvironmentVariableIsSet(kMarker));
        QVERIFY(!qEnvironmentVariableIsSet("GLIBC_TUNABLES"));
    }

    void anEmptyValueComesBackEmpty()
    {
        qputenv(kMarker, markerOf(::getpid(), 1, "="));
        qputenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1");
        finishHugePageRestart();
        QVERIFY(!qEnvironmentVariableIsSet(kMarker));
        QVERIFY(qEnvironmentVariableIsSet("GLIBC_TUNABLES"));
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), QByteArray());
    }

    // A time from a marker made by hand (the future, the far past) is not counted.
    void anImpossibleTimeIsNotCounted()
    {
        qputenv(kMarker, QByteArray::number(::getpid()) + " -9223372036854775807 -");
        finishHugePageRestart();
        QVERIFY(!qEnvironmentVariableIsSet(kMarker));
        QCOMPARE(hugePageRestartMs(), 0.0);
        qputenv(kMarker, markerOf(::getpid(), -5000, "-"));
        finishHugePageRestart();
        QCOMPARE(hugePageRestartMs(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestHugePageMalloc)
#include "tst_hugepagemalloc.moc"
