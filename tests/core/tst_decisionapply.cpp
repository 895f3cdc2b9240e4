// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The Apply use case (core/resolution/decisionapply.h) headless: the window and the CLI
// write through it, so what it promises is tested here, not through widgets.

#include "resolutionfixture.h"

#include "core/resolution/decisionapply.h"
#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace SyncDesk;

namespace {

Decision forkDecision()
{
    return { QStringLiteral("conflict:alpha-001"), DecisionOption::Fork,
        QStringLiteral("actor:local-user"), QStringLiteral("Keep both.") };
}

} // namespace

class TestDecisionApply final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSmallBatchIsWrittenAtOnceAndReadBack()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        DecisionApply applier;
        applier.setSession(&session);
        QSignalSpy finished(&applier, &DecisionApply::finished);
        QSignalSpy progressed(&applier, &DecisionApply::progressed);
        QVERIFY(applier.start(session.store(), { forkDecision() }));
        // Written on this thread: done before start() returns.
        QCOMPARE(finished.count(), 1);
        QVERIFY(!applier.isApplying());
        QCOMPARE(progressed.count(), 0);
        const auto report = finished[0][0].value<ApplyReport>();
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        // The session read back what was written, without waiting for a watcher.
        QCOMPARE(session.store()->conflicts()[0].state, CardState::Decided);
        QCOMPARE(session.store()->operations().size(), 2u);
        QVERIFY(session.store()->findEvidence(report.outcomes[0].evidenceId) >= 0);
    }

    void aLargeBatchRunsOnAWorkerAndHoldsTheSession()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        session.setWatching(true);
        const Store *store = session.store();
        DecisionApply applier;
        applier.setSession(&session);
        applier.setBackgroundThreshold(0);
        QSignalSpy finished(&applier, &DecisionApply::finished);
        QSignalSpy progressed(&applier, &DecisionApply::progressed);

        // The worker waits at its first step until the test lets it go.
        QSemaphore atStep, go;
        ApplyOptions options;
        options.beforeStep = [&](WriteStep step) {
            if (step == WriteStep::Evidence) {
                atStep.release();
                go.acquire();
            }
        };
        QVERIFY(applier.start(store, { forkDecision() }, options));
        QVERIFY(applier.isApplying());
        QVERIFY(atStep.tryAcquire(1, 10000));
        // One batch at a time.
        QVERIFY(!applier.start(store, { forkDecision() }));

        // Another writer changes an actor meanwhile: the snapshot the worker
        // reads must not change under it, so the watch keeps the change.
        auto actor = fx.json("actors/actor_agent-one.json");
        actor["display_name"] = "Renamed while Apply ran";
        fx.put("actors/actor_agent-one.json", actor);
        QTest::qWait(800);
        const auto name = [&] {
            for (const auto &a : session.store()->actors())
                if (session.store()->text(a.id) == QLatin1String("actor:agent-one"))
                    return a.displayName;
            return QString();
        };
        QVERIFY(name() != QLatin1String("Renamed while Apply ran"));
        QCOMPARE(finished.count(), 0);

        go.release();
        QVERIFY(finished.wait(10000));
        QVERIFY(!applier.isApplying());
        QCOMPARE(progressed.count(), 1);
        QCOMPARE(progressed[0][0].toInt(), 1);
        QCOMPARE(progressed[0][1].toInt(), 1);
        QCOMPARE(session.store(), store);
        QCOMPARE(store->conflicts()[0].state, CardState::Decided);
        // Released: what the watch kept is applied.
        QTRY_COMPARE(name(), QStringLiteral("Renamed while Apply ran"));
    }

    void refusedConflictsAreReadAgainToo()
    {
        ResolutionFixture fx;
        const auto store = Store::open(fx.root());
        ApplyReport report;
        DecisionOutcome refused;
        refused.decision = forkDecision();
        refused.outcome = Outcome::Refused;
        refused.refusal = Refusal::ChangedOnDisk;
        report.outcomes << refused;
        QCOMPARE(DecisionApply::filesToRefresh(store.get(), report),
            QStringList { QStringLiteral("conflicts/conflict_alpha-001.json") });
    }

    void aRevisionIsWrittenAndReadBack()
    {
        // Issue 18, item 2: the window's Apply revises through the same use case;
        // the session reads back both envelopes, and the card shows the revision.
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        DecisionApply applier;
        applier.setSession(&session);
        QSignalSpy finished(&applier, &DecisionApply::finished);
        QVERIFY(applier.start(session.store(), { forkDecision() }));
        const QString first = finished[0][0].value<ApplyReport>().outcomes[0].evidenceId;

        Decision revise { QStringLiteral("conflict:alpha-001"), DecisionOption::Merge,
            QStringLiteral("actor:local-user"), QString(), true };
        // Without words: refused, on the recommended option too.
        QVERIFY(applier.start(session.store(), { revise }));
        QCOMPARE(
            finished[1][0].value<ApplyReport>().outcomes[0].refusal, Refusal::RationaleRequired);
        revise.rationale = QStringLiteral("One text after all.");
        QVERIFY(applier.start(session.store(), { revise }));
        const auto o = finished[2][0].value<ApplyReport>().outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        const Store *store = session.store();
        QCOMPARE(store->conflicts()[0].state, CardState::Decided);
        QCOMPARE(store->conflicts()[0].card.selectedOption, DecisionOption::Merge);
        QVERIFY(store->findEvidence(first) >= 0);
        QVERIFY(store->findEvidence(o.evidenceId) >= 0);
        QCOMPARE(store->relations().resolvingOperations[0].size(), 2u);
        QCOMPARE(QString::fromStdString(
                     fx.json("evidence/" + o.evidenceId + ".json")["artifact"]["supersedes"]
                         .get<std::string>()),
            first);
    }
};

QTEST_GUILESS_MAIN(TestDecisionApply)
#include "tst_decisionapply.moc"
