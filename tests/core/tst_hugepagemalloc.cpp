// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/hugepagemalloc.h"

#include <QTest>

#include <ctime>

#include <unistd.h>

using namespace SyncDesk;

namespace {

constexpr char kMarker[] = "SYNCDESK_RESTARTED_FOR_HUGE_PAGES";

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
