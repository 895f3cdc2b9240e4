// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "resolutionfixture.h"

#include "core/resolution/resolution.h"
#include "core/store/loadcache_p.h"
#include "core/store/storesession.h"
#include "storedump.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncDesk;

Q_DECLARE_METATYPE(SyncDesk::RecordKind)

namespace {

/// How the daemon writes: a temp file renamed over the record.
void atomicWrite(const StoreFixture &fx, const QString &rel, const QByteArray &bytes)
{
    fx.write(rel + ".tmp-writer", bytes);
    QVERIFY(::rename(QFile::encodeName(fx.path(rel + ".tmp-writer")).constData(),
                QFile::encodeName(fx.path(rel)).constData())
        == 0);
}

} // namespace

class TestStoreSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncDesk::RecordKind>(); }

    void watcherAppliesAChangedFileInPlace()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        session.setWatching(true);
        QSignalSpy changed(&session, &StoreSession::recordsChanged);
        QSignalSpy reset(&session, &StoreSession::storeReset);
        const Store *store = session.store();
        QCOMPARE(store->conflicts()[0].state, CardState::Pending);

        // Another writer decides the conflict.
        const auto report = ResolutionWriter::apply(fx.root(),
            { Decision { "conflict:alpha-001", DecisionOption::Skip, "actor:local-user", "dup" } });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        QVERIFY(changed.wait(3000));
        QCOMPARE(reset.count(), 0); // incremental: no full reload
        QCOMPARE(session.store(), store);
        // The conflict changed in place; the new operation, task, evidence arrived.
        bool sawConflict = false;
        for (const auto &args : std::as_const(changed))
            sawConflict |= args[0].value<RecordKind>() == RecordKind::Conflict;
        QVERIFY(sawConflict);
        QTRY_COMPARE(store->conflicts()[0].state, CardState::Decided);
        QTRY_COMPARE(store->operations().size(), 2u);
        QCOMPARE(store->relations().resolvingOperations[0].size(), 1u);
        QTRY_COMPARE(store->journal().events.size(), 3u);
        QCOMPARE(store->manifest().activeGeneration, 3);
    }

    void aChangeRightAfterAnOpenWithTheLoadCacheIsApplied()
    {
        // The load cache is encoded from the tables after the open returned;
        // a change seen meanwhile waits for the encoder, and is neither lost
        // nor written into the cache of the store as it was read.
        ResolutionFixture fx;
        QTemporaryDir cache;
        StoreOpenOptions options;
        options.cacheDirectory = cache.path();
        StoreSession session;
        session.open(fx.root(), options);
        QVERIFY(session.store()->loadStats().cacheSaved);
        session.setWatching(true);
        QSignalSpy changed(&session, &StoreSession::recordsChanged);
        const Store *store = session.store();
        const auto report = ResolutionWriter::apply(fx.root(),
            { Decision { "conflict:alpha-001", DecisionOption::Skip, "actor:local-user", "dup" } });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        QVERIFY(changed.wait(3000));
        QTRY_COMPARE(store->conflicts()[0].state, CardState::Decided);
        QTRY_COMPARE(store->journal().events.size(), 3u);
        LoadCache::waitForSaves();
        const auto cached = Store::open(fx.root(), options);
        QVERIFY(cached->loadStats().cacheFound);
        QCOMPARE(storeDump(*cached), storeDump(*Store::open(fx.root())));
    }

    void newFilesAreAppended()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        session.setWatching(true);
        QSignalSpy added(&session, &StoreSession::recordsAdded);
        QByteArray op = fx.store().read("operations/workspace-operation_alpha-001.json");
        op.replace("workspace-operation:alpha-001", "workspace-operation:alpha-002");
        atomicWrite(fx.store(), "operations/workspace-operation_alpha-002.json", op);
        QVERIFY(added.wait(3000));
        QCOMPARE(added[0][0].value<RecordKind>(), RecordKind::Operation);
        QCOMPARE(added[0][1].toInt(), 1);
        QCOMPARE(added[0][2].toInt(), 1);
        QCOMPARE(session.store()->operations().size(), 2u);
    }

    void aBrokenEditBecomesAProblemAndAFixClearsIt()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        const QString rel = QStringLiteral("devices/device_local.json");
        const QByteArray good = fx.store().read(rel);
        fx.store().write(rel, QByteArray(good).replace("\"trusted\"", "\"trusty\""));
        session.refresh({ rel });
        auto problemsOf = [&] {
            int n = 0;
            for (const auto &p : session.store()->problems())
                n += p.path == rel && p.severity == Severity::Error;
            return n;
        };
        QCOMPARE(problemsOf(), 1);
        fx.store().write(rel, good);
        session.refresh({ rel });
        QCOMPARE(problemsOf(), 0);
    }

    void deletionReloads()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        QSignalSpy reset(&session, &StoreSession::storeReset);
        fx.store().remove("tasks/operation-task_alpha-0001.json");
        session.refresh({ "tasks/operation-task_alpha-0001.json" });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(session.store()->tasks().size(), 0u);
    }

    void changesWhileLoadingAreApplied_data()
    {
        QTest::addColumn<bool>("watchingOther"); // the session already watched another store
        QTest::addColumn<bool>("preview"); // a preview was shown while the store was read
        QTest::addColumn<bool>("added"); // a new file, rather than a changed one
        QTest::newRow("first store, changed file") << false << false << false;
        QTest::newRow("first store, new file") << false << false << true;
        QTest::newRow("after another store") << true << false << false;
        QTest::newRow("after a preview") << true << true << false;
        QTest::newRow("after a preview, new file") << false << true << true;
    }
    void changesWhileLoadingAreApplied()
    {
        // The window reads a big store for seconds on a worker thread while
        // the daemon keeps writing; what it writes after a file was read and
        // before the store is watched must not be missed.
        QFETCH(bool, watchingOther);
        QFETCH(bool, preview);
        QFETCH(bool, added);
        ResolutionFixture fx, other;
        StoreSession session;
        if (watchingOther) {
            session.open(other.root());
            session.setWatching(true);
        }
        session.watchAhead(fx.root());
        auto store = Store::open(fx.root());
        if (preview)
            session.adopt(Store::openOperationsFirst(fx.root(), {}).store);

        const QString rel = QStringLiteral("tasks/operation-task_alpha-0001.json");
        auto task = fx.json(rel);
        task["status"] = "failed";
        task["updated_at"] = "2026-05-05T00:11:00Z";
        if (added) {
            task["task_id"] = "operation-task:alpha-0002";
            fx.put(QStringLiteral("tasks/operation-task_alpha-0002.json"), task);
        } else {
            fx.put(rel, task);
        }
        QCoreApplication::processEvents(); // as the window's event loop would, meanwhile

        QSignalSpy updated(&session, &StoreSession::storeUpdated);
        session.adopt(std::move(store));
        session.setWatching(true);
        QVERIFY(updated.wait(3000));
        const Store *s = session.store();
        QCOMPARE(s->tasks().size(), added ? 2u : 1u);
        QCOMPARE(s->text(s->tasks().back().status), QStringLiteral("failed"));
        // The other store's watch is gone: its changes no longer reach this one.
        if (watchingOther) {
            updated.clear();
            auto otherTask = other.json(rel);
            otherTask["status"] = "running";
            other.put(rel, otherTask);
            QVERIFY(!updated.wait(300));
            QCOMPARE(s->text(s->tasks().front().status), QStringLiteral("failed"));
        }
    }

    void aWatchAheadForAnotherStoreIsNotUsed()
    {
        ResolutionFixture fx, other;
        StoreSession session;
        session.watchAhead(other.root());
        auto store = Store::open(fx.root());
        const QString rel = QStringLiteral("tasks/operation-task_alpha-0001.json");
        auto task = other.json(rel);
        task["status"] = "failed";
        other.put(rel, task);
        QSignalSpy updated(&session, &StoreSession::storeUpdated);
        session.adopt(std::move(store));
        session.setWatching(true);
        QVERIFY(!updated.wait(300));
        QCOMPARE(session.store()->text(session.store()->tasks()[0].status),
            fx.json(rel)["status"].get<std::string>().c_str());
    }

    void aDeletionCanBeReloadedElsewhere()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        session.setReloadsElsewhere(true);
        const Store *store = session.store();
        QSignalSpy needed(&session, &StoreSession::reloadNeeded);
        QSignalSpy reset(&session, &StoreSession::storeReset);
        QSignalSpy changed(&session, &StoreSession::recordsChanged);
        QSignalSpy updated(&session, &StoreSession::storeUpdated);
        const QString op = QStringLiteral("operations/workspace-operation_alpha-001.json");
        auto record = fx.json(op);
        record["status"] = "failed";
        fx.put(op, record);
        fx.store().remove("tasks/operation-task_alpha-0001.json");
        // The deletion first: what follows it in the batch is still applied.
        session.refresh({ "tasks/operation-task_alpha-0001.json", op });
        QCOMPARE(needed.count(), 1);
        QCOMPARE(reset.count(), 0);
        // Not read here: the owner reads it again where it does not block.
        QCOMPARE(session.store(), store);
        QCOMPARE(store->tasks().size(), 1u);
        // Meanwhile the store on screen is consistent and announced as ever.
        QCOMPARE(updated.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<RecordKind>(), RecordKind::Operation);
        QCOMPARE(store->text(store->operations()[0].status), QStringLiteral("failed"));
    }

    void heldChangesWaitAndThenApply()
    {
        // A background Apply holds them: the worker reads the store meanwhile.
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        session.setWatching(true);
        QSignalSpy updated(&session, &StoreSession::storeUpdated);
        session.holdChanges(true);
        const QString rel = QStringLiteral("tasks/operation-task_alpha-0001.json");
        auto task = fx.json(rel);
        task["status"] = "failed";
        fx.put(rel, task);
        QVERIFY(!updated.wait(400));
        QVERIFY(
            session.store()->text(session.store()->tasks()[0].status) != QStringLiteral("failed"));
        session.holdChanges(false);
        QVERIFY(updated.wait(3000));
        QCOMPARE(
            session.store()->text(session.store()->tasks()[0].status), QStringLiteral("failed"));
    }

    void aStoreReachedThroughASymlinkIsWatched()
    {
        // The loader follows a symlinked root (the user chose it); so must the
        // watch, or the journal and manifest, which live in the root, go unseen.
        ResolutionFixture fx;
        QTemporaryDir dir;
        const QString link = dir.path() + QStringLiteral("/store");
        QVERIFY(QFile::link(fx.root(), link));
        StoreSession session;
        session.open(link);
        session.setWatching(true);
        const auto events = session.store()->journal().events.size();
        QSignalSpy updated(&session, &StoreSession::storeUpdated);
        QFile journal(fx.root() + QStringLiteral("/journal.jsonl"));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("{\"event_id\": \"evt-00000099\", \"event_type\": \"add\", \"lane\": "
                      "\"normal\", \"object_id\": \"object:alpha\", \"producer\": \"test\", "
                      "\"created_at\": \"2026-05-05T00:30:00Z\"}\n");
        journal.close();
        QVERIFY(updated.wait(3000));
        QCOMPARE(session.store()->journal().events.size(), events + 1);
    }

    void aStatusChangeKeepsRelationsWithoutARebuild()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        const Store *store = session.store();
        const QString rel = QStringLiteral("tasks/operation-task_alpha-0001.json");
        const qint32 file = store->fileIndex(rel);
        QVERIFY(file >= 0);
        const auto generation = store->relationsGeneration();
        const auto problems = store->problems().size();
        const auto dangling = store->relations().dangling.size();
        const auto warnings = store->files()[quint32(file)].warnings;
        QCOMPARE(store->relations().operationOfTask[0], 0);

        auto task = fx.json(rel);
        task["status"] = "failed";
        task["updated_at"] = "2026-05-05T00:11:00Z";
        fx.put(rel, task);
        QSignalSpy changed(&session, &StoreSession::recordsChanged);
        session.refresh({ rel });

        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->text(store->tasks()[0].status), QStringLiteral("failed"));
        QCOMPARE(store->relationsGeneration(), generation); // no rebuild
        QCOMPARE(store->relations().operationOfTask[0], 0);
        QCOMPARE(valuesOf(store->relations().tasksOfOperation[0]), std::vector<quint32> { 0 });
        // The file's relation problems and warnings outlive its re-read.
        QCOMPARE(store->relations().dangling.size(), dangling);
        QCOMPARE(store->problems().size(), problems);
        QCOMPARE(store->files()[quint32(file)].warnings, warnings);
    }

    void aReferenceChangeRebuildsRelations()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        const Store *store = session.store();
        const QString rel = QStringLiteral("tasks/operation-task_alpha-0001.json");
        const auto generation = store->relationsGeneration();
        QCOMPARE(store->relations().operationOfTask[0], 0);

        auto task = fx.json(rel);
        task["operation_id"] = "workspace-operation:elsewhere";
        fx.put(rel, task);
        session.refresh({ rel });

        QVERIFY(store->relationsGeneration() > generation);
        QCOMPARE(store->relations().operationOfTask[0], -1);
        QVERIFY(store->relations().tasksOfOperation[0].empty());
        bool danglingOperation = false;
        for (const auto &d : store->relations().dangling)
            danglingOperation |= d.field == QLatin1String("operation_id")
                && store->text(d.target) == QLatin1String("workspace-operation:elsewhere");
        QVERIFY(danglingOperation);

        // And back: the link returns.
        task["operation_id"] = "workspace-operation:alpha-001";
        fx.put(rel, task);
        session.refresh({ rel });
        QCOMPARE(store->relations().operationOfTask[0], 0);
        QCOMPARE(valuesOf(store->relations().tasksOfOperation[0]), std::vector<quint32> { 0 });
    }

    void relationProblemsAreNotDuplicated()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        const auto count = session.store()->problems().size();
        const auto warnings = session.store()->files()[0].warnings;
        for (int i = 0; i < 3; ++i)
            session.refresh({ "devices/device_local.json", "journal.jsonl" });
        QCOMPARE(session.store()->problems().size(), count);
        QCOMPARE(session.store()->files()[0].warnings, warnings);
    }
};

QTEST_GUILESS_MAIN(TestStoreSession)
#include "tst_storesession.moc"
