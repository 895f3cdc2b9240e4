// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Issue 17, items 4 and 5: what a card's staged decision is (ready, needs a
// rationale, stale, gated), the filters that select by it, and the staged
// work kept between runs (StagedWorkFile) with its stale marking.

#include "conflictsfixture.h"

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/models/stagedworkfile.h"
#include "core/resolution/resolution.h"
#include "core/store/storesession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

const QString kLocalUser = QStringLiteral("actor:local-user");
const QString kKatherine = QStringLiteral("actor:katherine-johnson");

QString id(const char *suffix)
{
    return QStringLiteral("conflict:") + QLatin1String(suffix);
}

QSet<QString> shownIds(const ConflictFilterProxy &proxy)
{
    QSet<QString> ids;
    for (int i = 0; i < proxy.rowCount(); ++i)
        ids.insert(proxy.index(i, 0).data(ConflictModel::ConflictIdRole).toString());
    return ids;
}

QString rootOf(const ConflictsFixture &fx)
{
    return QDir::cleanPath(QFileInfo(fx.root()).absoluteFilePath());
}

} // namespace

class TestStagedWork final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
    }

    void filtersSelectExactlyTheRightCards()
    {
        ConflictsFixture fx;
        ConflictModel model;
        ConflictFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&fx.session());
        model.setActor(kLocalUser);

        using S = ConflictFilterProxy::StateFilter;
        const auto show = [&](S state) {
            proxy.setStateFilter(state);
            return shownIds(proxy);
        };
        // Policies deny every option on research-002 and research-005 to her.
        QCOMPARE(show(S::Gated), (QSet<QString> { id("research-002"), id("research-005") }));
        QCOMPARE(show(S::Pending),
            (QSet<QString> { id("default-001"), id("default-010"), id("household-004"),
                id("household-009"), id("research-007") }));
        QCOMPARE(show(S::Decided),
            (QSet<QString> { id("default-003"), id("household-006"), id("research-008") }));
        QCOMPARE(show(S::Staged), QSet<QString>());

        // default-001 needs words (review_required), household-009 does not.
        QVERIFY(model.stage(model.rowOf(id("default-001")), DecisionOption::Fork));
        QVERIFY(model.stage(model.rowOf(id("household-009")), DecisionOption::Merge));
        QVERIFY(model.stage(model.rowOf(id("default-010")), DecisionOption::Fork,
            QStringLiteral("Both are needed.")));
        QCOMPARE(show(S::Staged),
            (QSet<QString> { id("default-001"), id("household-009"), id("default-010") }));
        QCOMPARE(show(S::NeedsRationale), QSet<QString> { id("default-001") });
        QCOMPARE(show(S::Ready), (QSet<QString> { id("household-009"), id("default-010") }));
        QCOMPARE(model.readyCount(), 2);
        QCOMPARE(model.readiness(model.rowOf(id("default-001"))),
            ConflictModel::Readiness::NeedsRationale);

        // Under a triage filter a card that matched stays while the person works
        // on it; choosing the filter again shows what matches now.
        proxy.setStateFilter(S::NeedsRationale);
        model.setRationale(model.rowOf(id("default-001")), QStringLiteral("Keep both."));
        QCOMPARE(shownIds(proxy), QSet<QString> { id("default-001") });
        QCOMPARE(show(S::NeedsRationale), QSet<QString>());
        QCOMPARE(show(S::Ready),
            (QSet<QString> { id("default-001"), id("household-009"), id("default-010") }));

        // Gated is per actor: Katherine lacks merge, but fork and skip remain.
        model.setActor(kKatherine);
        QVERIFY(!show(S::Gated).contains(id("household-009")));
    }

    void survivesARestartAndACrash()
    {
        ConflictsFixture fx;
        const QString path = StagedWorkFile::path(rootOf(fx), kLocalUser);
        QVERIFY(!QFile::exists(path));
        // Never destroyed in an orderly way before the file is read: a crash.
        auto *crashing = new ConflictModel;
        crashing->setSession(&fx.session());
        crashing->setActor(kLocalUser);
        QVERIFY(crashing->stage(crashing->rowOf(id("household-009")), DecisionOption::Merge));
        // The choice is on disk at once, before any event loop turn.
        Result<StagedWork> onDisk = StagedWorkFile::load(rootOf(fx), kLocalUser);
        QVERIFY2(onDisk.ok(), qPrintable(onDisk.error()));
        QCOMPARE(onDisk->entries.size(), 1);
        QCOMPARE(onDisk->entries[0].conflictId, id("household-009"));
        QCOMPARE(onDisk->entries[0].option, DecisionOption::Merge);
        QCOMPARE(onDisk->entries[0].version,
            crashing->index(crashing->rowOf(id("household-009")))
                .data(ConflictModel::VersionRole)
                .toString());
        // Words typed follow after a moment's pause.
        crashing->setRationale(
            crashing->rowOf(id("household-009")), QStringLiteral("Both edits are wanted."));
        QTRY_COMPARE_WITH_TIMEOUT(
            StagedWorkFile::load(rootOf(fx), kLocalUser)->entries.value(0).rationale,
            QStringLiteral("Both edits are wanted."), 3000);
        QVERIFY(crashing->stage(crashing->rowOf(id("default-010")), DecisionOption::Fork));
        const QByteArray afterCrash = fx.read(QStringLiteral("journal.jsonl"));
        // Whatever the process does now, the file holds both decisions: read it in a new model.
        {
            ConflictModel reopened;
            QSignalSpy restored(&reopened, &ConflictModel::stagedWorkRestored);
            reopened.setSession(&fx.session());
            reopened.setActor(kLocalUser);
            QCOMPARE(reopened.stagedTotal(), 2);
            QCOMPARE(
                reopened.stagedOption(reopened.rowOf(id("household-009"))), DecisionOption::Merge);
            QCOMPARE(reopened.rationale(reopened.rowOf(id("household-009"))),
                QStringLiteral("Both edits are wanted."));
            QCOMPARE(
                reopened.stagedOption(reopened.rowOf(id("default-010"))), DecisionOption::Fork);
            QCOMPARE(restored.size(), 1);
            QCOMPARE(restored[0][0].toInt(), 2); // restored
            QCOMPARE(restored[0][1].toInt(), 0); // stale
            QVERIFY(!reopened.isStale(reopened.rowOf(id("household-009"))));
            // Another actor has none of it.
            reopened.setActor(kKatherine);
            QCOMPARE(reopened.stagedTotal(), 0);
        }
        QCOMPARE(fx.read(QStringLiteral("journal.jsonl")), afterCrash);
        delete crashing;

        // Everything unstaged: the file goes, and nothing comes back.
        {
            ConflictModel model;
            model.setSession(&fx.session());
            model.setActor(kLocalUser);
            QCOMPARE(model.stagedTotal(), 2);
            model.clearStaged();
        }
        QVERIFY(!QFile::exists(path));
        ConflictModel empty;
        empty.setSession(&fx.session());
        empty.setActor(kLocalUser);
        QCOMPARE(empty.stagedTotal(), 0);
    }

    void theVersionStagedIsTheVersionExpected()
    {
        // A conflict rewritten after the decision was taken for Apply (while its
        // confirmation was open) is refused, never decided on a version unseen.
        ConflictsFixture fx;
        ConflictModel model;
        model.setSession(&fx.session());
        model.setActor(kLocalUser);
        const int row = model.rowOf(id("household-009"));
        QVERIFY(model.stage(row, DecisionOption::Merge));
        const QList<Decision> taken = model.readyDecisions();
        QCOMPARE(taken.size(), 1);
        const QString staged = model.index(row).data(ConflictModel::VersionRole).toString();
        const QString rel = QStringLiteral("conflicts/conflict_household-009.json");
        QByteArray bytes = fx.read(rel);
        QVERIFY(bytes.contains("can probably be combined"));
        bytes.replace("can probably be combined", "were edited again");
        fx.write(rel, bytes);
        fx.session().reload();
        QVERIFY(model.isStale(model.rowOf(id("household-009"))));
        const auto expected = model.shownVersions(taken);
        QCOMPARE(expected.value(id("household-009")), staged.toLatin1());
        ApplyOptions options;
        options.expectedVersions = expected;
        const ApplyReport report
            = ResolutionWriter::apply(fx.root(), taken, options, fx.session().store());
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
    }

    void aNewlineInTheRootIsAnotherStore()
    {
        // Two stores whose paths differ only after a newline share nothing.
        ConflictsFixture a, b;
        QTemporaryDir parent;
        const QString rootA = parent.path() + QStringLiteral("/s\none");
        const QString rootB = parent.path() + QStringLiteral("/s\ntwo");
        QVERIFY(QDir().rename(a.root(), rootA));
        QVERIFY(QDir().rename(b.root(), rootB));
        StoreSession sa, sb;
        sa.open(rootA);
        sb.open(rootB);
        QVERIFY(sa.store() && sb.store());
        {
            ConflictModel model;
            model.setSession(&sa);
            model.setActor(kLocalUser);
            QVERIFY(model.stage(model.rowOf(id("household-009")), DecisionOption::Merge,
                QStringLiteral("Words meant for store one")));
            model.flushStagedWork();
            model.setSession(&sb);
            QCOMPARE(model.stagedTotal(), 0);
            QVERIFY(model.readyDecisions().isEmpty());
        }
        ConflictModel fresh;
        fresh.setSession(&sb);
        fresh.setActor(kLocalUser);
        QCOMPARE(fresh.stagedTotal(), 0);
    }

    void outcomesStayWithTheActorWhoDecided()
    {
        // The actor changed while a background Apply wrote: its outcomes are the
        // deciding actor's, not the next one's.
        ConflictsFixture fx;
        ConflictModel model;
        model.setSession(&fx.session());
        model.setActor(kLocalUser);
        QVERIFY(model.stage(model.rowOf(id("household-004")), DecisionOption::Skip));
        const QList<Decision> ready = model.readyDecisions();
        QCOMPARE(ready.size(), 1);
        const ApplyReport report
            = ResolutionWriter::apply(fx.root(), ready, {}, fx.session().store());
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        model.setActor(kKatherine);
        fx.session().reload();
        model.setOutcomes(report.outcomes);
        const int row = model.rowOf(id("household-004"));
        QVERIFY(!model.hasOutcome(row));
        model.setActor(kLocalUser);
        QVERIFY(model.hasOutcome(row));
    }

    void wordsTypedJustBeforeTheEndAreKept()
    {
        // The window's session (and its store) goes before the conflicts page:
        // the model's last save must not need the store.
        auto fx = std::make_unique<ConflictsFixture>();
        const QString root = rootOf(*fx);
        {
            ConflictModel model;
            model.setSession(&fx->session());
            model.setActor(kLocalUser);
            const int row = model.rowOf(id("household-004"));
            QVERIFY(model.stage(row, DecisionOption::Skip));
            model.setRationale(row, QStringLiteral("Typed a moment ago."));
            fx.reset();
        }
        const Result<StagedWork> saved = StagedWorkFile::load(root, kLocalUser);
        QVERIFY(saved.ok());
        QCOMPARE(saved->entries.size(), 1);
        QCOMPARE(saved->entries[0].rationale, QStringLiteral("Typed a moment ago."));
        QVERIFY(StagedWorkFile::save(StagedWork { root, kLocalUser, {} }).ok());
    }

    void changedConflictIsStaleUntilStagedAgain()
    {
        ConflictsFixture fx;
        {
            ConflictModel model;
            model.setSession(&fx.session());
            model.setActor(kLocalUser);
            QVERIFY(model.stage(model.rowOf(id("household-009")), DecisionOption::Merge));
            QVERIFY(model.stage(model.rowOf(id("household-004")), DecisionOption::Skip));
        }
        // The daemon rewrites one conflict while Sync Desk is closed.
        const QString rel = QStringLiteral("conflicts/conflict_household-009.json");
        QByteArray bytes = fx.read(rel);
        bytes.replace("can probably be combined", "were edited again");
        fx.write(rel, bytes);
        fx.session().reload();

        ConflictModel model;
        QSignalSpy restored(&model, &ConflictModel::stagedWorkRestored);
        model.setSession(&fx.session());
        model.setActor(kLocalUser);
        const int changed = model.rowOf(id("household-009"));
        const int same = model.rowOf(id("household-004"));
        QCOMPARE(model.stagedTotal(), 2);
        QVERIFY(model.isStale(changed));
        QVERIFY(!model.isStale(same));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored[0][1].toInt(), 1);
        QCOMPARE(model.readiness(changed), ConflictModel::Readiness::Stale);
        QVERIFY(model.index(changed)
                    .data(ConflictModel::StaleReasonRole)
                    .toString()
                    .contains(QStringLiteral("changed after you staged it")));
        const QList<Decision> ready = model.readyDecisions();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready[0].conflictId, id("household-004"));

        // Stale it stays across another restart, until the person stages it again.
        model.flushStagedWork();
        {
            ConflictModel again;
            again.setSession(&fx.session());
            again.setActor(kLocalUser);
            QVERIFY(again.isStale(again.rowOf(id("household-009"))));
        }
        model.confirmStaged(changed);
        QVERIFY(!model.isStale(changed));
        QCOMPARE(model.readyCount(), 2);
        ConflictModel confirmed;
        confirmed.setSession(&fx.session());
        confirmed.setActor(kLocalUser);
        QVERIFY(!confirmed.isStale(confirmed.rowOf(id("household-009"))));
    }

    void decidedMeanwhileIsNotRestored()
    {
        ConflictsFixture fx;
        {
            ConflictModel model;
            model.setSession(&fx.session());
            model.setActor(kLocalUser);
            QVERIFY(model.stage(model.rowOf(id("household-004")), DecisionOption::Skip));
            QVERIFY(model.stage(model.rowOf(id("household-009")), DecisionOption::Merge));
        }
        // Someone else decides household-009 while this person is away.
        const ApplyReport report = ResolutionWriter::apply(fx.root(),
            { Decision { id("household-009"), DecisionOption::Fork, kKatherine,
                QStringLiteral("Keep both, I need mine.") } });
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        fx.session().reload();

        ConflictModel model;
        QSignalSpy restored(&model, &ConflictModel::stagedWorkRestored);
        model.setSession(&fx.session());
        model.setActor(kLocalUser);
        QCOMPARE(model.stagedTotal(), 1);
        QCOMPARE(model.stagedOption(model.rowOf(id("household-004"))), DecisionOption::Skip);
        const int decided = model.rowOf(id("household-009"));
        QCOMPARE(model.stagedOption(decided), DecisionOption::None);
        QVERIFY(model.staleReason(decided).contains(QStringLiteral("decided meanwhile")));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored[0][2].toInt(), 1); // dropped
    }

    void brokenFileIsReportedNotTrusted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");

        ConflictsFixture fx;
        ConflictModel model;
        model.setSession(&fx.session());
        const QString version = model.index(model.rowOf(id("household-009")))
                                    .data(ConflictModel::VersionRole)
                                    .toString();
        const auto entry = [&](const QString &conflict, DecisionOption option,
                               const QString &rationale, const QString &v) {
            return StagedEntry { conflict, option, rationale, v };
        };
        // The root is filled in by the test: these are templates with @ROOT@.
        const StagedWork good { QStringLiteral("@ROOT@"), kLocalUser,
            { entry(id("household-009"), DecisionOption::Merge, QStringLiteral("ok"), version) } };
        const QByteArray valid = StagedWorkFile::serialize(good, 0);
        QTest::newRow("not JSON") << QByteArray("{\"schema\": ") << "";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("other schema")
            << QByteArray(valid).replace("syncdesk-staged/v1", "syncdesk-staged/v9") << "schema";
        QTest::newRow("other store")
            << QByteArray(valid).replace("@ROOT@", "/somewhere/else") << "another store";
        QTest::newRow("other actor")
            << QByteArray(valid).replace("actor:local-user", "actor:katherine-johnson")
            << "another actor";
        QTest::newRow("bad option")
            << QByteArray(valid).replace("\"merge\"", "\"Merge\"") << "no valid option";
        QTest::newRow("bad version") << QByteArray(valid).replace(version.toLatin1(),
            "../../etc/passwd") << "no valid version";
        QTest::newRow("unknown field")
            << QByteArray(valid).replace("\"decisions\"", "\"extra\": 1, \"decisions\"")
            << "unknown field";
        QTest::newRow("duplicate key")
            << QByteArray(valid).replace("\"actor\"", "\"actor\": \"x\", \"actor\"") << "twice";
        QTest::newRow("NUL in rationale")
            << QByteArray(valid).replace("\"ok\"", "\"o\\u0000k\"") << "NUL";
        QTest::newRow("too large") << QByteArray(StagedWorkFile::kMaxFileSize + 1, ' ') << "";
    }

    void brokenFileIsReportedNotTrusted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        ConflictsFixture fx;
        const QString path = StagedWorkFile::path(rootOf(fx), kLocalUser);
        QDir().mkpath(StagedWorkFile::directory());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(bytes).replace("@ROOT@", rootOf(fx).toUtf8()));
        }
        ConflictModel model;
        QSignalSpy restored(&model, &ConflictModel::stagedWorkRestored);
        model.setSession(&fx.session());
        model.setActor(kLocalUser);
        QCOMPARE(model.stagedTotal(), 0);
        QCOMPARE(restored.size(), 1);
        const QString problem = restored[0][3].toString();
        QVERIFY2(problem.contains(path), qPrintable(problem));
        QVERIFY2(problem.contains(why), qPrintable(problem));
        QCOMPARE(model.stagedWorkProblem(), problem);
        // Set aside, not destroyed; the next save starts a good file.
        QVERIFY(QFile::exists(path + QStringLiteral(".broken")));
        QVERIFY(model.stage(model.rowOf(id("household-004")), DecisionOption::Skip));
        QVERIFY(StagedWorkFile::load(rootOf(fx), kLocalUser).ok());
        QFile::remove(path + QStringLiteral(".broken"));
    }

    void specialFilesAreNeverRead()
    {
        ConflictsFixture fx;
        const QString path = StagedWorkFile::path(rootOf(fx), kLocalUser);
        QDir().mkpath(StagedWorkFile::directory());
        // A FIFO would block a reader that opens it plainly; a symlink points elsewhere.
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        Result<StagedWork> fifo = StagedWorkFile::load(rootOf(fx), kLocalUser);
        QVERIFY(!fifo.ok());
        QVERIFY(fifo.error().contains(path));
        QFile::remove(path + QStringLiteral(".broken"));
        QVERIFY(QFile::link(fx.path(QStringLiteral("manifest.json")), path));
        QVERIFY(!StagedWorkFile::load(rootOf(fx), kLocalUser).ok());
        QFile::remove(path + QStringLiteral(".broken"));
        QVERIFY(QFile::exists(fx.path(QStringLiteral("manifest.json"))));
    }
};

QTEST_GUILESS_MAIN(TestStagedWork)
#include "tst_stagedwork.moc"
