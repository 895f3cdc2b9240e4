// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The load cache taken unchecked, then checked (StoreOpenOptions::deferCacheCheck,
// CacheCheck, StoreSession::isChecking()): a file changed while Sync Desk was
// closed shows as it was only until the check, which finds it however it changed.

#include "core/demo/demostore.h"
#include "core/store/cachecheck_p.h"
#include "core/store/loadcache_p.h"
#include "core/store/storeloader_p.h"
#include "core/store/storesession.h"
#include "storedump.h"
#include "storefixture.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

constexpr qint64 kTestRacyNs = 50'000'000;

/// Past the racy window: files written before it are cached, and a change after it shows.
void settle()
{
    QThread::msleep(80);
}

/// Rewrites rel with bytes of the same length and puts its mtime back: only
/// its ctime says that it changed.
void rewriteKeepingSizeAndMtime(const QString &path, QByteArray bytes)
{
    struct stat before
    {
    };
    QVERIFY(::stat(QFile::encodeName(path).constData(), &before) == 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray old = f.readAll();
    QCOMPARE(bytes.size(), old.size());
    QVERIFY(bytes != old);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    const struct timespec times[2] = { before.st_atim, before.st_mtim };
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
    struct stat after
    {
    };
    QVERIFY(::stat(QFile::encodeName(path).constData(), &after) == 0);
    QCOMPARE(after.st_size, before.st_size);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
    QCOMPARE(after.st_ino, before.st_ino);
}

QString firstFile(const QString &root, const QString &dir)
{
    const auto names = QDir(root + QLatin1Char('/') + dir)
                           .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir + QLatin1Char('/') + names.constFirst();
}

} // namespace

class TestCacheCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;

    StoreOpenOptions options(bool defer) const
    {
        StoreOpenOptions o;
        o.cacheDirectory = m_cache.path() + QStringLiteral("/stores");
        o.deferCacheCheck = defer;
        return o;
    }
    std::unique_ptr<Store> open(const QString &root, bool defer) const
    {
        auto store = Store::open(root, options(defer));
        LoadCache::waitForSaves();
        return store;
    }
    /// A demo store of that many operations in dir, and its load cache.
    QString cachedDemoStore(const QTemporaryDir &dir, int operations) const
    {
        const QString root = dir.path() + QStringLiteral("/store");
        DemoStoreOptions demo;
        demo.operations = operations;
        const auto written = DemoStore::write(root, demo);
        if (!written)
            qFatal("demo store: %s", qPrintable(written.error()));
        settle();
        open(root, false);
        settle();
        return root;
    }
    bool mustCheckFirst(const QString &root) const
    {
        const StoreOpenOptions o = options(true);
        return LoadCache::mustCheckFirst(o.cacheDirectory, LoadCacheKey::forStore(root, o));
    }

private Q_SLOTS:
    void init()
    {
        StoreLoader::setRacyWindowNs(kTestRacyNs);
        QDir(m_cache.path() + QStringLiteral("/stores")).removeRecursively();
    }
    void cleanupTestCase() { StoreLoader::setRacyWindowNs(2'000'000'000); }

    void checkFindsWhatChanged_data();
    void checkFindsWhatChanged();
    void changeFoundMeansCheckFirstNextTime();
    void onlyASaveOfACheckedLoadEndsCheckFirst();
    void sessionAppliesWhatTheCheckFound();
    void aChangeWaitsForTheCheckToCopyTheStore();
    void sessionWithNothingChangedEndsTheCheck();
    void sessionReloadsWhenMuchChanged();
    void sessionGoesWhileChecking();
    void sessionStillChecksWhileAReloadIsAwaited();
    void checkFirstHoldsWhenItsFileCannotBeWritten();
    void cleanStatFirstLoadEndsCheckFirst();
    void nonAsciiNamesAreStattedAtLoad();
};

/// A file the check found changed whose row vanished (a conflict now broken)
/// makes the session ask for a reload: until the store read again replaces
/// this one, the old card is still on screen, so it is still being checked.
void TestCacheCheck::sessionStillChecksWhileAReloadIsAwaited()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    const QString rel = firstFile(root, QStringLiteral("conflicts"));
    settle();
    open(root, false);
    settle();
    fixture.write(rel, "{\"schema\": ");

    StoreSession session;
    session.setReloadsElsewhere(true);
    QSignalSpy reload(&session, &StoreSession::reloadNeeded);
    session.open(root, options(true));
    QVERIFY(session.isChecking());
    QTRY_COMPARE(reload.size(), 1);
    QTest::qWait(20);
    QVERIFY(session.isChecking());
    // The store read again is checked: stat-ed first, the marker says so.
    auto again = Store::open(root, options(true));
    QCOMPARE(again->uncheckedCount(), std::size_t(0));
    session.adopt(std::move(again), options(true));
    QVERIFY(!session.isChecking());
}

void TestCacheCheck::checkFirstHoldsWhenItsFileCannotBeWritten()
{
    const LoadCacheKey key = LoadCacheKey::forStore(QStringLiteral("/nowhere"), {});
    const QString missing = m_cache.path() + QStringLiteral("/no/such/folder");
    QVERIFY(!LoadCache::mustCheckFirst(missing, key));
    LoadCache::requireCheckFirst(missing, key);
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(LoadCache::mustCheckFirst(missing, key));

    // Found by a check, but the cache's folder takes no file: the reload that
    // follows still stats first (else it would take the change unchecked,
    // find it again, and reload again).
    StoreFixture fixture;
    const QString root = fixture.root();
    const QString rel = firstFile(root, QStringLiteral("operations"));
    settle();
    open(root, false);
    settle();
    QByteArray edited = fixture.read(rel);
    edited.replace("remote-op:9931", "remote-op:9932");
    rewriteKeepingSizeAndMtime(fixture.path(rel), edited);
    const QString folder = options(true).cacheDirectory;
    StoreSession session;
    session.open(root, options(true));
    QVERIFY(session.isChecking());
    // The folder goes, and a file takes its name, before the check is done.
    QVERIFY(QDir().rename(folder, folder + QStringLiteral(".moved")));
    {
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    QTRY_VERIFY(!session.isChecking());
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().rename(folder + QStringLiteral(".moved"), folder));
    QVERIFY(!QFileInfo::exists(folder + QLatin1Char('/') + LoadCacheKey::forStore(root, {}).fileName
        + QStringLiteral("-check")));
    QVERIFY(mustCheckFirst(root));
    const auto again = open(root, true);
    QCOMPARE(again->uncheckedCount(), std::size_t(0));
    QCOMPARE(again->loadStats().filesRead, 1);
}

/// A check that found a change it did not (a folder it could not open) leaves
/// check-first behind; the next load that stats every file and finds each as
/// the cache has it ends it, though it saves no cache.
void TestCacheCheck::cleanStatFirstLoadEndsCheckFirst()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    settle();
    open(root, false);
    settle();
    const StoreOpenOptions o = options(true);
    LoadCache::requireCheckFirst(o.cacheDirectory, LoadCacheKey::forStore(root, o));
    const auto first = open(root, true);
    QCOMPARE(first->uncheckedCount(), std::size_t(0));
    QCOMPARE(first->loadStats().filesRead, 0);
    QVERIFY(!first->loadStats().cacheSaved);
    QVERIFY(!mustCheckFirst(root));
    const auto second = open(root, true);
    QVERIFY(second->uncheckedCount() > 0);
}

/// Names that are not ASCII are opened by their bytes as listed (LoadJob::rawName),
/// which the check, going by path, might not find: they are stat-ed at load.
void TestCacheCheck::nonAsciiNamesAreStattedAtLoad()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    const QString rel = firstFile(root, QStringLiteral("operations"));
    const QString other = QStringLiteral("operations/op\u00e9ration.json");
    fixture.write(other, fixture.read(rel));
    settle();
    const auto before = open(root, false);
    QVERIFY(before->fileIndex(other) >= 0);
    settle();
    const auto deferred = open(root, true);
    QCOMPARE(deferred->loadStats().filesRead, 0);
    QCOMPARE(
        qsizetype(deferred->uncheckedCount()), qsizetype(deferred->loadStats().filesFromCache) - 1);
    QCOMPARE(storeDump(*deferred), storeDump(*before));
}

void TestCacheCheck::checkFindsWhatChanged_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("changed");
    QTest::newRow("unchanged") << QStringLiteral("none") << false;
    QTest::newRow("rewritten in place, size and mtime kept") << QStringLiteral("inPlace") << true;
    QTest::newRow("replaced by a rename") << QStringLiteral("rename") << true;
    // Not listed, so not taken: nothing to check.
    QTest::newRow("removed") << QStringLiteral("remove") << false;
    QTest::newRow("replaced by a FIFO") << QStringLiteral("fifo") << true;
    QTest::newRow("replaced by a symlink to itself as it was") << QStringLiteral("symlink") << true;
    QTest::newRow("mode changed (ctime alone)") << QStringLiteral("chmod") << true;
}

void TestCacheCheck::checkFindsWhatChanged()
{
    QFETCH(QString, how);
    QFETCH(bool, changed);
    StoreFixture fixture;
    const QString root = fixture.root();
    const QString rel = firstFile(root, QStringLiteral("operations"));
    QVERIFY(!rel.isEmpty());
    const QString path = fixture.path(rel);
    settle();
    const auto before = open(root, false);
    QVERIFY(before->loadStats().cacheSaved);
    const QStringList dumpBefore = storeDump(*before);
    settle();

    const QByteArray bytes = fixture.read(rel);
    const QByteArray path8 = QFile::encodeName(path);
    if (how == QLatin1String("inPlace")) {
        QByteArray edited = bytes;
        QVERIFY(edited.contains("remote-op:9931"));
        edited.replace("remote-op:9931", "remote-op:9932");
        rewriteKeepingSizeAndMtime(path, edited);
    } else if (how == QLatin1String("rename")) {
        fixture.write(rel + QStringLiteral(".tmp"), bytes);
        QVERIFY(::rename(
                    QFile::encodeName(path + QStringLiteral(".tmp")).constData(), path8.constData())
            == 0);
    } else if (how == QLatin1String("remove")) {
        QVERIFY(QFile::remove(path));
    } else if (how == QLatin1String("fifo")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(::mkfifo(path8.constData(), 0600) == 0);
    } else if (how == QLatin1String("symlink")) {
        fixture.write(QStringLiteral("elsewhere.json"), bytes);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(fixture.path(QStringLiteral("elsewhere.json")), path));
    } else if (how == QLatin1String("chmod")) {
        QVERIFY(::chmod(path8.constData(), 0640) == 0);
    }

    // Taken from the cache as the file was: nothing looked at it.
    const auto deferred = open(root, true);
    QCOMPARE(deferred->state(), Store::State::Ok);
    QVERIFY(deferred->loadStats().cacheFound);
    QVERIFY(deferred->uncheckedCount() > 0);
    QCOMPARE(
        qsizetype(deferred->uncheckedCount()), qsizetype(deferred->loadStats().filesFromCache));
    if (how == QLatin1String("inPlace") || how == QLatin1String("none"))
        QCOMPARE(storeDump(*deferred), dumpBefore);
    QCOMPARE(deferred->fileIndex(rel) >= 0, how != QLatin1String("remove"));

    const CacheCheck check(*deferred);
    QCOMPARE(check.size(), deferred->uncheckedCount());
    const QStringList found = check.run();
    QCOMPARE(found, changed ? QStringList { rel } : QStringList {});
    // One thread finds the same.
    QCOMPARE(check.run(1), found);
    if (how == QLatin1String("inPlace")) {
        // What a load that stats first shows.
        const auto checked = open(root, false);
        QVERIFY(storeDump(*checked) != dumpBefore);
    }
}

void TestCacheCheck::changeFoundMeansCheckFirstNextTime()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    const QString rel = firstFile(root, QStringLiteral("tasks"));
    settle();
    open(root, false);
    settle();
    QVERIFY(!mustCheckFirst(root));
    QByteArray edited = fixture.read(rel);
    edited.replace("\"schema\"", "\"schemb\"");
    rewriteKeepingSizeAndMtime(fixture.path(rel), edited);
    settle();

    const StoreOpenOptions o = options(true);
    LoadCache::requireCheckFirst(o.cacheDirectory, LoadCacheKey::forStore(root, o));
    QVERIFY(mustCheckFirst(root));
    // Asked to defer, it stats first all the same: the change is read now...
    const auto first = open(root, true);
    QCOMPARE(first->uncheckedCount(), std::size_t(0));
    QCOMPARE(first->loadStats().filesRead, 1);
    QVERIFY(first->loadStats().cacheSaved);
    const auto fresh = Store::open(root);
    QCOMPARE(storeDump(*first), storeDump(*fresh));
    // ... and the cache it saved vouches for every file again.
    QVERIFY(!mustCheckFirst(root));
    const auto second = open(root, true);
    QVERIFY(second->uncheckedCount() > 0);
    QCOMPARE(second->loadStats().filesRead, 0);
    QCOMPARE(storeDump(*second), storeDump(*fresh));
}

void TestCacheCheck::onlyASaveOfACheckedLoadEndsCheckFirst()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    settle();
    const auto store = open(root, false);
    const StoreOpenOptions o = options(true);
    const LoadCacheKey key = LoadCacheKey::forStore(root, o);
    std::atomic<bool> writing { false };
    const std::vector<LoadCacheFileInfo> infos(store->files().size());
    for (const bool checkedAll : { false, true }) {
        LoadCache::requireCheckFirst(o.cacheDirectory, key);
        // A cache saved by a load that took files unchecked vouches for them as
        // the old one did: a change the check found must be looked for first.
        LoadCache::encodeAndSave(o.cacheDirectory, key, *store, infos, {}, {}, writing, checkedAll)
            .join();
        QCOMPARE(mustCheckFirst(root), !checkedAll);
    }
}

void TestCacheCheck::sessionAppliesWhatTheCheckFound()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    const QString rel = firstFile(root, QStringLiteral("operations"));
    settle();
    const auto before = open(root, false);
    const QStringList dumpBefore = storeDump(*before);
    settle();
    QByteArray edited = fixture.read(rel);
    QVERIFY(edited.contains("remote-op:9931"));
    edited.replace("remote-op:9931", "remote-op:9932");
    rewriteKeepingSizeAndMtime(fixture.path(rel), edited);
    const QStringList dumpAfter = storeDump(*Store::open(root));
    QVERIFY(dumpAfter != dumpBefore);

    StoreSession session;
    QSignalSpy checking(&session, &StoreSession::checkingChanged);
    QSignalSpy changed(&session, &StoreSession::recordsChanged);
    QSignalSpy reset(&session, &StoreSession::storeReset);
    QSignalSpy reload(&session, &StoreSession::reloadNeeded);
    session.open(root, options(true));
    // Shown as the cache held it, and said to be so, until the check is applied.
    QVERIFY(session.isChecking());
    QCOMPARE(checking.size(), 1);
    QCOMPARE(checking.at(0).at(0).toBool(), true);
    QCOMPARE(storeDump(*session.store()), dumpBefore);
    QTRY_VERIFY(!session.isChecking());
    QCOMPARE(checking.size(), 2);
    QCOMPARE(checking.at(1).at(0).toBool(), false);
    QVERIFY(reload.isEmpty());
    // The file read again: its record changed in place, and nothing else.
    QCOMPARE(reset.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<RecordKind>(), RecordKind::Operation);
    QCOMPARE(changed.at(0).at(1).value<QList<int>>(), QList<int> { 0 });
    QCOMPARE(storeDump(*session.store()), dumpAfter);
    QCOMPARE(session.store()->uncheckedCount(), std::size_t(0));
    QVERIFY(mustCheckFirst(root));
}

/// The check copies what it checks on its own thread, beside the models'
/// resets: a change read meanwhile (Apply's, the watch's) waits for the copy
/// instead of changing the tables under it.
void TestCacheCheck::aChangeWaitsForTheCheckToCopyTheStore()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    settle();
    open(root, false);
    settle();

    // The copy waits for release: refresh() below must wait for the copy.
    std::atomic<bool> copying { false }, held { false }, release { false };
    StoreSession::setBeforeCheckCopyForTests([&] {
        copying = true;
        while (!release)
            QThread::msleep(1);
        held = true;
    });
    const auto unhook = qScopeGuard([] { StoreSession::setBeforeCheckCopyForTests(nullptr); });
    StoreSession session;
    // Before the session goes (it joins the check), whatever failed.
    const auto releaseOnExit = qScopeGuard([&release] { release = true; });
    bool copiedBeforeAdded = false;
    connect(&session, &StoreSession::recordsAdded, this, [&] { copiedBeforeAdded = held; });
    session.open(root, options(true));
    QVERIFY(session.isChecking());
    QTRY_VERIFY(copying.load());
    QVERIFY(!held.load());

    QByteArray op = fixture.read(QStringLiteral("operations/workspace-operation_alpha-001.json"));
    QVERIFY(op.contains("workspace-operation:alpha-001"));
    op.replace("workspace-operation:alpha-001", "workspace-operation:alpha-002");
    const QString added = QStringLiteral("operations/workspace-operation_alpha-002.json");
    fixture.write(added, op);
    std::thread releaser([&release] {
        QThread::msleep(200);
        release = true;
    });
    const auto joinReleaser = qScopeGuard([&releaser] { releaser.join(); });
    session.refresh({ added });
    QVERIFY(copiedBeforeAdded);
    QCOMPARE(session.store()->operations().size(), 2u);

    // The check stood on what the load took, not on the file added since.
    QTRY_VERIFY(!session.isChecking());
    QCOMPARE(session.store()->operations().size(), 2u);
    QCOMPARE(session.store()->uncheckedCount(), std::size_t(0));
}

void TestCacheCheck::sessionWithNothingChangedEndsTheCheck()
{
    StoreFixture fixture;
    const QString root = fixture.root();
    settle();
    const auto before = open(root, false);
    settle();
    StoreSession session;
    QSignalSpy changed(&session, &StoreSession::recordsChanged);
    QSignalSpy added(&session, &StoreSession::recordsAdded);
    session.open(root, options(true));
    QVERIFY(session.isChecking());
    QTRY_VERIFY(!session.isChecking());
    QVERIFY(changed.isEmpty());
    QVERIFY(added.isEmpty());
    QCOMPARE(storeDump(*session.store()), storeDump(*before));
    QVERIFY(!mustCheckFirst(root));
    // Without a cache there is nothing to check.
    StoreSession plain;
    plain.open(root);
    QVERIFY(!plain.isChecking());
}

void TestCacheCheck::sessionReloadsWhenMuchChanged()
{
    QTemporaryDir dir;
    const QString root = cachedDemoStore(dir, 400);
    // Every operation's ctime moves: more than the session reads one by one.
    const QStringList names = QDir(root + QStringLiteral("/operations"))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files);
    QVERIFY(names.size() > 300);
    for (const QString &name : names)
        QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/operations/") + name).constData(),
                    0640)
            == 0);

    StoreSession session;
    session.setReloadsElsewhere(true);
    QSignalSpy reload(&session, &StoreSession::reloadNeeded);
    QSignalSpy changed(&session, &StoreSession::recordsChanged);
    session.open(root, options(true));
    QVERIFY(session.isChecking());
    QTRY_COMPARE(reload.size(), 1);
    QVERIFY(changed.isEmpty());
    // Still not checked: the store read again replaces this one.
    QVERIFY(session.isChecking());
    QVERIFY(mustCheckFirst(root));
    auto again = Store::open(root, options(true));
    QCOMPARE(again->uncheckedCount(), std::size_t(0));
    QVERIFY(again->loadStats().filesRead >= names.size());
    session.adopt(std::move(again), options(true));
    QVERIFY(!session.isChecking());
    LoadCache::waitForSaves();
    QVERIFY(!mustCheckFirst(root));
}

void TestCacheCheck::sessionGoesWhileChecking()
{
    QTemporaryDir dir;
    const QString root = cachedDemoStore(dir, 2000);
    // Gone, closed or given another store before the check is done: the
    // check stops and its result is never applied to what came after.
    for (int i = 0; i < 3; ++i) {
        auto session = std::make_unique<StoreSession>();
        session->open(root, options(true));
        QVERIFY(session->isChecking());
        if (i == 1) {
            session->close();
            QVERIFY(!session->isChecking());
        } else if (i == 2) {
            session->adopt(Store::open(root), options(false));
            QVERIFY(!session->isChecking());
            QTest::qWait(50);
            QVERIFY(!session->isChecking());
        }
        session.reset();
    }
}

QTEST_GUILESS_MAIN(TestCacheCheck)
#include "tst_cachecheck.moc"
