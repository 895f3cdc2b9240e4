#include "resolutionfixture.h"
#include "treesnapshot.h"

#include "core/durablefile.h"
#include "core/resolution.h"
#include "core/store.h"

#include <QLockFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace SyncDesk;

namespace {

const QString kConflict = QStringLiteral("conflict:alpha-001");

Decision decision(const QString &option = QStringLiteral("fork"),
    const QString &actor = QStringLiteral("actor:local-user"),
    const QString &rationale = QStringLiteral("Keep both until the owners agree."))
{
    return Decision { kConflict, option, actor, rationale };
}

/// File contents only: rollbacks rewrite files, so mtimes and inodes may change.
QMap<QString, QByteArray> contentSnapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(path.mid(root.size() + 1), f.readAll());
    }
    return out;
}

QString describe(const Store &store)
{
    QStringList lines;
    for (const auto &p : store.problems())
        lines << QStringLiteral("%1 [%2] %3").arg(p.path, p.rule, p.message);
    return lines.join(QLatin1Char('\n'));
}

/// Every record Sync Desk wrote must pass the daemon's strict rules, warning-free.
void verifyWrittenRecords(const QString &root, const QStringList &paths)
{
    StoreOpenOptions strict;
    strict.mode = ValidationMode::Strict;
    const auto store = Store::open(root, strict);
    QCOMPARE(store->state(), Store::State::Ok);
    for (const QString &path : paths) {
        if (!path.endsWith(QLatin1String(".json")) || path == QLatin1String("manifest.json"))
            continue;
        bool found = false;
        for (const auto &f : store->files()) {
            if (f.path != path)
                continue;
            found = true;
            QVERIFY2(f.verdict == Verdict::Valid, qPrintable(path + "\n" + describe(*store)));
        }
        QVERIFY2(found, qPrintable(path));
        for (const auto &p : store->problems())
            QVERIFY2(p.path != path || p.rule == QLatin1String("dangling"),
                qPrintable(path + ": " + p.message));
    }
}

} // namespace

class TestResolution final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { FaultInjection::disarm(); }

    void appliesAndWritesEveryRecord()
    {
        ResolutionFixture fx;
        const auto report = ResolutionWriter::apply(fx.root(), { decision() });
        QCOMPARE(report.outcomes.size(), 1);
        const auto &o = report.outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        QVERIFY(o.evidenceId.startsWith(QLatin1String("evidence-")));
        QCOMPARE(o.eventId, QStringLiteral("evt-00000003"));
        verifyWrittenRecords(fx.root(), o.paths);

        const auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        QVERIFY(conflict["decision_card"]["selected_option"] == "fork");
        QVERIFY(conflict["decision_card"]["selected_by"] == "actor:local-user");
        QVERIFY(conflict["decision_card"]["rationale"] == "Keep both until the owners agree.");
        // Key order is the daemon's, untouched.
        QVERIFY(conflict.begin().key() == std::string("schema"));

        const auto store = Store::open(fx.root());
        const auto &rel = store->relations();
        QCOMPARE(store->conflicts()[0].state, CardState::Decided);
        QCOMPARE(rel.resolvingOperations[0].size(), 1u);
        const auto &op = store->operations()[rel.resolvingOperations[0][0]];
        QCOMPARE(store->text(op.status), QStringLiteral("queued"));
        QCOMPARE(store->text(op.idempotencyKey),
            ResolutionWriter::idempotencyKey(
                kConflict, "decision-card:conflict-alpha-001", "fork"));
        QCOMPARE(rel.tasksOfOperation[rel.resolvingOperations[0][0]].size(), 1u);
        const auto &task = store->tasks()[rel.tasksOfOperation[rel.resolvingOperations[0][0]][0]];
        QCOMPARE(store->text(task.status), QStringLiteral("pending"));
        QCOMPARE(task.attempt, qint64(1));
        // The envelope verifies and is cited by both the operation and the task.
        const qint32 e = store->findEvidence(o.evidenceId);
        QVERIFY(e >= 0);
        QCOMPARE(store->evidence()[e].status, EvidenceStatus::Verified);
        QCOMPARE(rel.citationsOf[e].size(), 2u);
        const auto envelope = fx.json(o.paths[0]);
        QVERIFY(envelope["evidence_type"] == "conflict-resolution");
        QVERIFY(envelope["writer"] == "sourceos-syncdesk");
        QVERIFY(
            envelope["artifact"]["conflict_before"]["decision_card"]["selected_option"] == nullptr);
        QVERIFY(
            envelope["artifact"]["conflict_after"]["decision_card"]["selected_option"] == "fork");
        // One journal line, the generation bumped once.
        QCOMPARE(store->journal().events.size(), 3u);
        QCOMPARE(store->text(store->journal().events.back().lane), QStringLiteral("policy"));
        QCOMPARE(store->manifest().activeGeneration, 3);
        // No lock or intent left behind.
        QVERIFY(!QFile::exists(fx.store().path(ResolutionWriter::lockFileName())));
        QVERIFY(!QFile::exists(fx.store().path(ResolutionWriter::intentFileName())));
    }

    void applyingTwiceWritesNothing()
    {
        ResolutionFixture fx;
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0].outcome,
            Outcome::Applied);
        // Every file and every mtime stays; only the root's own mtime moves, as the
        // writer lock is created and removed there.
        auto before = treeSnapshot(fx.root());
        const auto again = ResolutionWriter::apply(fx.root(), { decision() });
        QCOMPARE(again.outcomes[0].outcome, Outcome::AlreadyApplied);
        auto after = treeSnapshot(fx.root());
        before.remove(QStringLiteral("."));
        after.remove(QStringLiteral("."));
        QCOMPARE(after, before);
        // The same decision twice in one batch is applied once.
        ResolutionFixture fresh;
        const auto batch = ResolutionWriter::apply(fresh.root(), { decision(), decision() });
        QCOMPARE(batch.outcomes[0].outcome, Outcome::Applied);
        QCOMPARE(batch.outcomes[1].outcome, Outcome::AlreadyApplied);
        QCOMPARE(Store::open(fresh.root())->operations().size(), 2u);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("rationale");
        QTest::addColumn<QString>("code");
        const QString why = QStringLiteral("reviewed");
        QTest::newRow("not pending") << "decided"
                                     << "fork"
                                     << "actor:local-user" << why << "not_pending";
        QTest::newRow("changed on disk") << "changed"
                                         << "fork"
                                         << "actor:local-user" << why << "changed_on_disk";
        QTest::newRow("unknown conflict") << "unknown"
                                          << "fork"
                                          << "actor:local-user" << why << "unknown_conflict";
        QTest::newRow("option not offered") << "fork-skip-only"
                                            << "merge"
                                            << "actor:local-user" << why << "option_not_offered";
        QTest::newRow("actor unknown") << ""
                                       << "fork"
                                       << "actor:nobody" << why << "actor_unknown";
        QTest::newRow("actor revoked") << ""
                                       << "fork"
                                       << "actor:former" << why << "actor_revoked";
        QTest::newRow("actor out of scope") << ""
                                            << "fork"
                                            << "actor:elsewhere" << why << "actor_out_of_scope";
        QTest::newRow("capability missing") << ""
                                            << "merge"
                                            << "actor:agent-one" << why << "capability_missing";
        QTest::newRow("policy denied") << "deny"
                                       << "skip"
                                       << "actor:local-user" << why << "policy_denied";
        QTest::newRow("rationale required") << ""
                                            << "fork"
                                            << "actor:local-user"
                                            << "  "
                                            << "rationale_required";
        QTest::newRow("store locked") << "locked"
                                      << "fork"
                                      << "actor:local-user" << why << "store_locked";
        QTest::newRow("store not initialized")
            << "no-manifest"
            << "fork"
            << "actor:local-user" << why << "store_not_initialized";
        QTest::newRow("io error") << "enospc"
                                  << "fork"
                                  << "actor:local-user" << why << "io_error";
        QTest::newRow("path traversal in the id")
            << "traversal"
            << "fork"
            << "actor:local-user" << why << "unknown_conflict";
        QTest::newRow("registry is a symlink out") << "symlinked-operations"
                                                   << "fork"
                                                   << "actor:local-user" << why << "io_error";
        QTest::newRow("journal is a symlink out") << "symlinked-journal"
                                                  << "fork"
                                                  << "actor:local-user" << why << "io_error";
    }
    void refusals()
    {
        QFETCH(QString, setup);
        QFETCH(QString, option);
        QFETCH(QString, actor);
        QFETCH(QString, rationale);
        QFETCH(QString, code);
        ResolutionFixture fx;
        QTemporaryDir outside;
        Decision d { kConflict, option, actor, rationale };
        ApplyOptions options;
        options.lockTimeoutMs = 100;
        std::unique_ptr<QLockFile> held;
        if (setup == "decided") {
            QCOMPARE(ResolutionWriter::apply(fx.root(), { decision(QStringLiteral("skip")) })
                         .outcomes[0]
                         .outcome,
                Outcome::Applied);
        } else if (setup == "changed") {
            // The user saw one version; the daemon rewrote the record since.
            const auto seen = Store::open(fx.root());
            options.expectedVersions.insert(kConflict, seen->conflicts()[0].versionToken.toHex());
            auto c = fx.json("conflicts/conflict_alpha-001.json");
            c["user_explanation"] = "Rewritten by the daemon after a new sync.";
            fx.put("conflicts/conflict_alpha-001.json", c);
        } else if (setup == "unknown") {
            d.conflictId = QStringLiteral("conflict:not-there");
        } else if (setup == "fork-skip-only") {
            auto c = fx.json("conflicts/conflict_alpha-001.json");
            c["decision_card"]["options"] = { "fork", "skip" };
            c["decision_card"]["recommended_option"] = "fork";
            fx.put("conflicts/conflict_alpha-001.json", c);
        } else if (setup == "deny") {
            auto p = fx.json("policy-decisions/policy-decision_review-alpha.json");
            p["decision_id"] = "policy-decision:deny-alpha";
            p["effect"] = "deny";
            p["decided_at"] = "2026-05-05T00:09:00Z";
            fx.put("policy-decisions/policy-decision_deny-alpha.json", p);
        } else if (setup == "locked") {
            held = std::make_unique<QLockFile>(fx.store().path(ResolutionWriter::lockFileName()));
            QVERIFY(held->tryLock(0));
        } else if (setup == "no-manifest") {
            fx.store().remove("manifest.json");
        } else if (setup == "traversal") {
            // Its safe file name stays inside conflicts/, where there is no such record.
            d.conflictId = QStringLiteral("../conflict");
        } else if (setup == "symlinked-operations") {
            QDir(fx.store().path("operations")).removeRecursively();
            QVERIFY(QFile::link(outside.path(), fx.store().path("operations")));
        } else if (setup == "symlinked-journal") {
            QVERIFY(
                QFile::copy(fx.store().path("journal.jsonl"), outside.path() + "/journal.jsonl"));
            fx.store().remove("journal.jsonl");
            QVERIFY(
                QFile::link(outside.path() + "/journal.jsonl", fx.store().path("journal.jsonl")));
        } else if (setup == "enospc") {
            FaultInjection::arm(FaultInjection::Call::Write, 2, ENOSPC);
        }
        const auto before = contentSnapshot(fx.root());
        const auto report = ResolutionWriter::apply(fx.root(), { d }, options);
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QCOMPARE(refusalCode(report.outcomes[0].refusal), code);
        QVERIFY(!report.outcomes[0].message.isEmpty());
        // A refusal writes nothing (the write failure is rolled back).
        auto after = contentSnapshot(fx.root());
        after.remove(ResolutionWriter::lockFileName());
        auto expected = before;
        expected.remove(ResolutionWriter::lockFileName());
        QCOMPARE(after.keys(), expected.keys());
        QVERIFY(after == expected);
        // Nothing ever lands outside the store root.
        QCOMPARE(QDir(outside.path()).entryList(QDir::Files | QDir::Hidden).size(),
            setup == "symlinked-journal" ? 1 : 0);
        if (setup == "enospc")
            QVERIFY2(report.ioError && report.ioError->message.contains("No space left"),
                qPrintable(report.outcomes[0].message));
    }

    void gateExplainsEveryOption()
    {
        ResolutionFixture fx;
        const auto store = Store::open(fx.root());
        const auto conflict = DecisionGate::conflictFrom(*store, 0);
        const auto policies = DecisionGate::policiesFrom(*store);
        const auto agent = DecisionGate::actorFrom(*store, QStringLiteral("actor:agent-one"));
        QVERIFY(agent);
        const auto verdicts = DecisionGate::options(conflict, &*agent, policies);
        QCOMPARE(verdicts.size(), 3);
        QCOMPARE(verdicts[0].option, QStringLiteral("merge"));
        QCOMPARE(verdicts[0].refusal, Refusal::CapabilityMissing);
        QVERIFY(verdicts[0].message.contains(QLatin1String("merge")));
        QVERIFY(verdicts[1].allowed() && verdicts[2].allowed());
        // review_required severity and a review_required policy: a rationale is needed.
        QVERIFY(verdicts[1].rationaleRequired);
        QCOMPARE(verdicts[1].policyId, QStringLiteral("policy-decision:review-alpha"));
        QVERIFY(!DecisionGate::actorFrom(*store, QStringLiteral("actor:nobody")));
    }

    void dryRunWritesNothing()
    {
        ResolutionFixture fx;
        const auto before = treeSnapshot(fx.root());
        ApplyOptions options;
        options.dryRun = true;
        const auto report = ResolutionWriter::apply(fx.root(), { decision() }, options);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        QCOMPARE(treeSnapshot(fx.root()), before);
    }

    void anotherProcessHoldsTheLock()
    {
        ResolutionFixture fx;
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCDESK_TEST_HOLD_LOCK"),
            fx.store().path(ResolutionWriter::lockFileName()));
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        ApplyOptions options;
        options.lockTimeoutMs = 200;
        const auto report = ResolutionWriter::apply(fx.root(), { decision() }, options);
        QCOMPARE(report.outcomes[0].refusal, Refusal::StoreLocked);
        // Says who holds it.
        QVERIFY2(report.outcomes[0].message.contains(QString::number(holder.processId())),
            qPrintable(report.outcomes[0].message));
        // The decision stays pending: nothing was written.
        QCOMPARE(Store::open(fx.root())->conflicts()[0].state, CardState::Pending);

        holder.closeWriteChannel(); // lets it unlock and exit
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }, options).outcomes[0].outcome,
            Outcome::Applied);
    }

    void staleLockOfADeadProcessIsBroken()
    {
        ResolutionFixture fx;
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCDESK_TEST_HOLD_LOCK"),
            fx.store().path(ResolutionWriter::lockFileName()));
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForReadyRead(10000));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(fx.store().path(ResolutionWriter::lockFileName())));
        ApplyOptions options;
        options.lockTimeoutMs = 2000;
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }, options).outcomes[0].outcome,
            Outcome::Applied);
    }

    void leftoversOfKilledLockersAreCleared_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        // Killed between QLockFile's create and its write: no PID to check.
        QTest::newRow("empty lock file") << ResolutionWriter::lockFileName() << QByteArray();
        // Killed while breaking a stale lock: the helper file blocks everyone.
        QTest::newRow("dead rmlock") << ResolutionWriter::lockFileName() + ".rmlock"
                                     << QByteArray("999999\nsyncdesk-cli\nvm\n");
    }
    void leftoversOfKilledLockersAreCleared()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        ResolutionFixture fx;
        fx.store().write(file, content);
        if (file.endsWith(".rmlock"))
            fx.store().write(ResolutionWriter::lockFileName(), "999999\nsyncdesk-cli\nvm\n");
        QFile f(fx.store().path(file));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(
            QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
        f.close();
        ApplyOptions options;
        options.lockTimeoutMs = 1000;
        const auto report = ResolutionWriter::apply(fx.root(), { decision() }, options);
        QVERIFY2(
            report.outcomes[0].outcome == Outcome::Applied, qPrintable(report.outcomes[0].message));
    }

    void everyWriteFailureRollsBack_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("error");
        // A decision makes ~6 writes, ~10 fsyncs, 3 links and 3 renames: fail each one.
        for (int n = 1; n <= 7; ++n)
            QTest::addRow("write %d ENOSPC", n) << int(FaultInjection::Call::Write) << n << ENOSPC;
        for (int n = 1; n <= 11; ++n)
            QTest::addRow("fsync %d EIO", n) << int(FaultInjection::Call::Fsync) << n << EIO;
        for (int n = 1; n <= 3; ++n)
            QTest::addRow("link %d ENOSPC", n) << int(FaultInjection::Call::Link) << n << ENOSPC;
        for (int n = 1; n <= 3; ++n)
            QTest::addRow("rename %d EIO", n) << int(FaultInjection::Call::Rename) << n << EIO;
    }
    void everyWriteFailureRollsBack()
    {
        QFETCH(int, call);
        QFETCH(int, nth);
        QFETCH(int, error);
        ResolutionFixture fx;
        const auto before = contentSnapshot(fx.root());
        FaultInjection::arm(FaultInjection::Call(call), nth, error);
        const auto report = ResolutionWriter::apply(fx.root(), { decision() });
        FaultInjection::disarm();
        if (report.outcomes[0].outcome == Outcome::Applied) {
            // The fault fell past the last call of this kind (or on the final,
            // best-effort directory sync): then the decision must be complete.
            verifyWrittenRecords(fx.root(), report.outcomes[0].paths);
            return;
        }
        QCOMPARE(report.outcomes[0].refusal, Refusal::IoError);
        QVERIFY(report.ioError);
        QVERIFY2(report.ioError->message.contains(QString::fromLocal8Bit(std::strerror(error))),
            qPrintable(report.ioError->message));
        auto after = contentSnapshot(fx.root());
        for (const auto &k : after.keys())
            QVERIFY2(before.contains(k), qPrintable(QStringLiteral("left behind: ") + k));
        QCOMPARE(after.keys(), before.keys());
        QVERIFY(after == before);
        // And the store still takes the decision once the disk is fine again.
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0].outcome,
            Outcome::Applied);
    }
};

int main(int argc, char *argv[])
{
    // Child mode for the lock tests: hold the store's lock until stdin closes.
    if (const QByteArray path = qgetenv("SYNCDESK_TEST_HOLD_LOCK"); !path.isEmpty()) {
        QCoreApplication app(argc, argv);
        QLockFile lock(QString::fromLocal8Bit(path));
        if (!lock.tryLock(5000))
            return 3;
        std::fputs("locked\n", stdout);
        std::fflush(stdout);
        char buf[64];
        while (std::fread(buf, 1, sizeof buf, stdin) > 0) { }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestResolution test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resolution.moc"
