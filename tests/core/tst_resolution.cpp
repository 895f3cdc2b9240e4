// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: one test per record Apply writes and per refusal, over one fixture.

#include "resolutionfixture.h"
#include "treecopy.h"
#include "treesnapshot.h"

#include "core/io/durablefile.h"
#include "core/json/canonicaljson.h"
#include "core/records/evidence.h"
#include "core/records/recordread.h"
#include "core/resolution/decidedon.h"
#include "core/resolution/gate.h"
#include "core/resolution/resolution.h"
#include "core/resolution/resolution_p.h"
#include "core/resolution/resolutionrecords_p.h"
#include "core/store/store.h"

#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

using namespace SyncDesk;

namespace {

const QString kConflict = QStringLiteral("conflict:alpha-001");

Decision decision(const QString &option = QStringLiteral("fork"),
    const QString &actor = QStringLiteral("actor:local-user"),
    const QString &rationale = QStringLiteral("Keep both until the owners agree."))
{
    return Decision { kConflict, parseDecisionOption(option), actor, rationale };
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

/**
 * A policy decision on the fixture's conflict, decided after the fixture's own so
 * that it governs, and the same size whatever its effect: it can change in place
 * without its size showing it.
 */
QByteArray gatePolicy(const ResolutionFixture &fx, const char *effect)
{
    auto p = fx.json("policy-decisions/policy-decision_review-alpha.json");
    p["decision_id"] = "policy-decision:gate";
    p["effect"] = effect;
    p["decided_at"] = "2026-05-05T00:10:00Z";
    p["rationale"] = std::string(24 - std::strlen(effect), 'x');
    return QByteArray::fromStdString(p.dump(2) + "\n");
}

/// Rewrites a file without truncating it (same inode, same size) and sets its
/// mtime back, as a timestamp coarser than the writes would leave it.
bool overwriteInPlace(const QString &path, const QByteArray &bytes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat before;
    if (::stat(native.constData(), &before) != 0 || before.st_size != bytes.size())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    const timespec times[2] = { before.st_atim, before.st_mtim };
    return ::utimensat(AT_FDCWD, native.constData(), times, 0) == 0;
}

} // namespace

class TestResolution final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        FaultInjection::disarm();
        ResolutionDetail::resetGateCache();
    }

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
                kConflict, "decision-card:conflict-alpha-001", DecisionOption::Fork));
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

    void envelopeRecordsWhoWasAtTheKeyboard()
    {
        ResolutionFixture fx;
        const auto o = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        const auto envelope = fx.json(o.paths[0]);
        // Next to the actor id, inside the artifact (so the digest covers it).
        const auto &decision = envelope["artifact"]["decision"];
        QVERIFY(decision["actor_id"] == "actor:local-user");
        const auto &on = decision["decided_on"];
        QVERIFY(on.is_object());
        const DecidedOn here = DecidedOn::current();
        QVERIFY(!here.osUser.isEmpty());
        QVERIFY(!here.appVersion.isEmpty());
        QCOMPARE(QString::fromStdString(on["os_user"].get<std::string>()), here.osUser);
        QCOMPARE(
            QString::fromStdString(on["host"].get<std::string>()), QSysInfo::machineHostName());
        QCOMPARE(QString::fromStdString(on["app_version"].get<std::string>()), here.appVersion);
        // The envelope still verifies: digest and id derive from the artifact with it.
        const auto store = Store::open(fx.root());
        const qint32 e = store->findEvidence(o.evidenceId);
        QVERIFY(e >= 0);
        QCOMPARE(store->evidence()[e].status, EvidenceStatus::Verified);
    }

    void identityMatchesTheSignedInUser_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("matches");
        QTest::newRow("identity: prefix") << "identity:ada"
                                          << "ada" << true;
        QTest::newRow("case") << "identity:Ada"
                              << "ada" << true;
        QTest::newRow("bare") << "ada"
                              << "ada" << true;
        QTest::newRow("user@realm") << "identity:ada@example.org"
                                    << "ada" << true;
        QTest::newRow("another person") << "identity:grace"
                                        << "ada" << false;
        QTest::newRow("prefix only") << "identity:"
                                     << "" << false;
        QTest::newRow("no identity") << ""
                                     << "ada" << false;
        QTest::newRow("no user") << "identity:ada"
                                 << "" << false;
        QTest::newRow("substring") << "identity:adam"
                                   << "ada" << false;
    }

    void identityMatchesTheSignedInUser()
    {
        QFETCH(QString, identity);
        QFETCH(QString, user);
        QFETCH(bool, matches);
        QCOMPARE(DecidedOn::identityMatches(identity, user), matches);
    }

    void acceptingTheRecommendationWithoutWordsRecordsItsReason()
    {
        ResolutionFixture fx;
        // A warning needs no rationale for the recommended option (merge), with no
        // policy asking for review.
        QVERIFY(QFile::remove(
            fx.store().path(QStringLiteral("policy-decisions/policy-decision_review-alpha.json"))));
        auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        conflict["severity"] = "warning";
        conflict["decision_card"]["rationale"] = "Recommended: merge. The edits do not overlap.";
        fx.put("conflicts/conflict_alpha-001.json", conflict);
        const auto o = ResolutionWriter::apply(fx.root(),
            { decision(QStringLiteral("merge"), QStringLiteral("actor:local-user"),
                QStringLiteral("  ")) })
                           .outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        const std::string expected = "Accepted the recommendation: The edits do not overlap.";
        QVERIFY(
            fx.json("conflicts/conflict_alpha-001.json")["decision_card"]["rationale"] == expected);
        const auto envelope = fx.json(o.paths[0]);
        QVERIFY(envelope["artifact"]["decision"]["rationale"] == expected);
        // The daemon's words stay in the conflict as it was before.
        QVERIFY(envelope["artifact"]["conflict_before"]["decision_card"]["rationale"]
            == "Recommended: merge. The edits do not overlap.");
    }

    void anotherOptionWithoutWordsIsRefused_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("rationale");
        QTest::newRow("warning, fork, empty") << "warning"
                                              << "fork"
                                              << "";
        QTest::newRow("warning, skip, blank") << "warning"
                                              << "skip"
                                              << " \n ";
        // Looks like words to trimmed(), says nothing to a reader.
        QTest::newRow("warning, fork, zero-width space")
            << "warning"
            << "fork" << QStringLiteral("\u200B\u2060\uFEFF \u200B");
        QTest::newRow("warning, fork, control characters") << "warning"
                                                           << "fork" << QStringLiteral("\x01\x1b");
        QTest::newRow("info, fork, empty") << "info"
                                           << "fork"
                                           << "";
        QTest::newRow("review_required, merge, empty") << "review_required"
                                                       << "merge"
                                                       << "";
    }

    void anotherOptionWithoutWordsIsRefused()
    {
        QFETCH(QString, severity);
        QFETCH(QString, option);
        QFETCH(QString, rationale);
        ResolutionFixture fx;
        QVERIFY(QFile::remove(
            fx.store().path(QStringLiteral("policy-decisions/policy-decision_review-alpha.json"))));
        auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        conflict["severity"] = severity.toStdString();
        fx.put("conflicts/conflict_alpha-001.json", conflict);
        const QByteArray before
            = fx.store().read(QStringLiteral("conflicts/conflict_alpha-001.json"));
        const QByteArray journal = fx.store().read(QStringLiteral("journal.jsonl"));
        const auto o = ResolutionWriter::apply(
            fx.root(), { decision(option, QStringLiteral("actor:local-user"), rationale) })
                           .outcomes[0];
        QCOMPARE(o.outcome, Outcome::Refused);
        QCOMPARE(o.refusal, Refusal::RationaleRequired);
        QCOMPARE(fx.store().read(QStringLiteral("conflicts/conflict_alpha-001.json")), before);
        QCOMPARE(fx.store().read(QStringLiteral("journal.jsonl")), journal);
        // The gate says so ahead, as the window asks it.
        const auto store = Store::open(fx.root());
        const GateConflict gc = DecisionGate::conflictFrom(*store, 0);
        const auto actor = DecisionGate::actorFrom(*store, QStringLiteral("actor:local-user"));
        QVERIFY(
            DecisionGate::check(gc, &*actor, parseDecisionOption(option), {}).rationaleRequired);
        // With words of the decider's own, it is written.
        const auto given = ResolutionWriter::apply(fx.root(),
            { decision(option, QStringLiteral("actor:local-user"), QStringLiteral("Mine.")) })
                               .outcomes[0];
        QVERIFY2(given.outcome == Outcome::Applied, qPrintable(given.message));
    }

    void eligibilityNamesTheGatesReason()
    {
        ResolutionFixture fx;
        auto reader = fx.json("actors/actor_local-user.json");
        reader["actor_id"] = "actor:reader";
        reader["capabilities"] = { "read", "export" };
        fx.put("actors/actor_reader.json", reader);
        const auto store = Store::open(fx.root());
        QHash<QString, ActorEligibility> by;
        for (const ActorEligibility &e : DecisionGate::eligibilities(*store))
            by.insert(e.actorId, e);
        QVERIFY(by.value("actor:local-user").eligible());
        QCOMPARE(by.value("actor:local-user").actorType, QStringLiteral("human"));
        QCOMPARE(by.value("actor:local-user").identityId, QStringLiteral("identity:agent-one"));
        QVERIFY(by.value("actor:agent-one").eligible()); // write: fork and skip
        QCOMPARE(by.value("actor:former").refusal, Refusal::ActorRevoked);
        QVERIFY(by.value("actor:former").reason.contains(QStringLiteral("Revoked")));
        QCOMPARE(by.value("actor:elsewhere").refusal, Refusal::ActorOutOfScope);
        QVERIFY(by.value("actor:elsewhere").reason.contains(QStringLiteral("scope")));
        QCOMPARE(by.value("actor:reader").refusal, Refusal::CapabilityMissing);
        QVERIFY(by.value("actor:reader").reason.contains(QStringLiteral("capability")));
        QCOMPARE(DecisionGate::eligibility(*store, "actor:nobody").refusal, Refusal::ActorUnknown);
        // It agrees with what Apply refuses.
        for (const QString &id : { QStringLiteral("actor:former"),
                 QStringLiteral("actor:elsewhere"), QStringLiteral("actor:reader") }) {
            ApplyOptions dryRun;
            dryRun.dryRun = true;
            for (const char *option : { "merge", "fork", "skip" }) {
                const auto o = ResolutionWriter::apply(
                    fx.root(), { decision(QLatin1String(option), id) }, dryRun)
                                   .outcomes[0];
                QCOMPARE(o.refusal, by.value(id).refusal);
            }
        }
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

    void alreadyAppliedNamesOnlyRecordsThatExist()
    {
        // Decided by Sync Desk: the repeat names the operation, task and envelope
        // the first Apply wrote, each of which exists and holds that id.
        ResolutionFixture fx;
        const auto first = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        QCOMPARE(first.outcome, Outcome::Applied);
        const auto again = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        QCOMPARE(again.outcome, Outcome::AlreadyApplied);
        QCOMPARE(again.operationId, first.operationId);
        QCOMPARE(again.taskId, first.taskId);
        QCOMPARE(again.evidenceId, first.evidenceId);
        const auto store = Store::open(fx.root());
        QVERIFY(store->findEvidence(again.evidenceId) >= 0);

        // Decided by someone else outside Sync Desk, with the same option: no
        // Sync Desk record exists, so none is named, and the message says who.
        ResolutionFixture outside;
        auto conflict = outside.json("conflicts/conflict_alpha-001.json");
        conflict["decision_card"]["selected_option"] = "fork";
        conflict["decision_card"]["selected_by"] = "actor:agent-one";
        conflict["decision_card"]["selected_at"] = "2026-05-06T10:00:00Z";
        outside.put("conflicts/conflict_alpha-001.json", conflict);
        const auto before = treeSnapshot(outside.root());
        const auto o = ResolutionWriter::apply(outside.root(), { decision() }).outcomes[0];
        QCOMPARE(o.outcome, Outcome::AlreadyApplied);
        QVERIFY2(o.operationId.isEmpty() && o.taskId.isEmpty() && o.evidenceId.isEmpty(),
            qPrintable(o.operationId));
        QVERIFY2(o.message.contains(QLatin1String("actor:agent-one"))
                && o.message.contains(QLatin1String("outside Sync Desk")),
            qPrintable(o.message));
        auto after = treeSnapshot(outside.root());
        QCOMPARE(after.value(QStringLiteral("conflicts/conflict_alpha-001.json")),
            before.value(QStringLiteral("conflicts/conflict_alpha-001.json")));

        // An operation file of that name that is not the decision's (another id
        // inside) is not named either.
        ResolutionFixture forged;
        forged.put("conflicts/conflict_alpha-001.json", conflict);
        const QString opName = QStringLiteral("operations/") + safeRecordId(first.operationId)
            + QStringLiteral(".json");
        auto op = fx.json(opName);
        op["operation_id"] = "workspace-operation:someone-else";
        forged.put(opName, op);
        const auto f = ResolutionWriter::apply(forged.root(), { decision() }).outcomes[0];
        QCOMPARE(f.outcome, Outcome::AlreadyApplied);
        QVERIFY2(f.operationId.isEmpty(), qPrintable(f.operationId));
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
        Decision d { kConflict, parseDecisionOption(option), actor, rationale };
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
        QCOMPARE(verdicts[0].option, DecisionOption::Merge);
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
        QCOMPARE(report.outcomes[0].outcome, Outcome::WouldApply);
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
        // A decision makes ~7 writes, ~11 fsyncs, 4 links (intent, evidence,
        // operation, task) and 2 renames (conflict, manifest): fail each one.
        for (int n = 1; n <= 7; ++n)
            QTest::addRow("write %d ENOSPC", n) << int(FaultInjection::Call::Write) << n << ENOSPC;
        for (int n = 1; n <= 11; ++n)
            QTest::addRow("fsync %d EIO", n) << int(FaultInjection::Call::Fsync) << n << EIO;
        for (int n = 1; n <= 4; ++n)
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

    /**
     * The gate under the lock must see the actors and policy decisions as they
     * are on disk now, however they changed since the previous Apply, with the
     * inotify-driven cache and with the stat-every-file fallback alike.
     * "racy" rows keep the 2 s racy-clean window; the others in inotify mode
     * shrink it to 0, so that only the events can reveal the change, and the
     * "settled" rows let the files age past 2 s before the first Apply.
     */
    void gateSeesEveryChange_data()
    {
        QTest::addColumn<bool>("inotify");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("racyMs");
        QTest::addColumn<bool>("settle");
        for (const bool inotify : { true, false }) {
            const char *mode = inotify ? "inotify" : "stat scan";
            // Without inotify every file is stat-ed: only a window keeps that honest.
            const int fast = inotify ? 0 : 2000;
            QTest::addRow("%s: policy changed in place within the racy window", mode)
                << inotify << "in place" << 2000 << false;
            QTest::addRow("%s: policy changed in place after the racy window", mode)
                << inotify << "in place" << 2000 << true;
            QTest::addRow("%s: policy replaced by rename", mode)
                << inotify << "renamed over" << fast << false;
            QTest::addRow("%s: policy added", mode) << inotify << "added" << fast << false;
            QTest::addRow("%s: policy deleted", mode) << inotify << "deleted" << fast << false;
            QTest::addRow("%s: folder moved away and recreated", mode)
                << inotify << "folder replaced" << fast << false;
            QTest::addRow("%s: store root moved away and replaced", mode)
                << inotify << "root replaced" << fast << false;
            QTest::addRow("%s: actor revoked", mode) << inotify << "revoked" << fast << false;
            QTest::addRow("%s: policy changed through a hard link", mode)
                << inotify << "hard link" << 2000 << inotify;
        }
        QTest::addRow("inotify: queue overflowed") << true << "overflow" << 2000 << true;
    }
    void gateSeesEveryChange()
    {
        QFETCH(bool, inotify);
        QFETCH(QString, change);
        QFETCH(int, racyMs);
        QFETCH(bool, settle);
        ResolutionDetail::resetGateCache(inotify, racyMs);
        ResolutionFixture fx;
        QTemporaryDir outside;
        const QString gate = QStringLiteral("policy-decisions/policy-decision_gate.json");
        const QString gatePath = fx.store().path(gate);
        if (change == "deleted")
            fx.store().write(gate, gatePolicy(fx, "deny"));
        else if (change != "added")
            fx.store().write(gate, gatePolicy(fx, "allow"));
        if (change == "hard link")
            QCOMPARE(::link(QFile::encodeName(gatePath).constData(),
                         QFile::encodeName(outside.filePath("gate.json")).constData()),
                0);
        if (change == "overflow") {
            fx.store().write("policy-decisions/a.tmp", "a");
            fx.store().write("policy-decisions/b.tmp", "b");
        }
        if (settle)
            QThread::msleep(2100); // older than the racy window when first read

        ApplyOptions dryRun;
        dryRun.dryRun = true;
        const auto first = ResolutionWriter::apply(fx.root(), { decision() }, dryRun).outcomes[0];
        if (change == "deleted")
            QCOMPARE(first.refusal, Refusal::PolicyDenied);
        else
            QVERIFY2(first.outcome == Outcome::WouldApply, qPrintable(first.message));
        const auto before = ResolutionDetail::gateCacheStats();

        QString moved;
        if (change == "in place") {
            QVERIFY(overwriteInPlace(gatePath, gatePolicy(fx, "deny")));
        } else if (change == "renamed over") {
            fx.store().write("policy-decisions/gate.tmp", gatePolicy(fx, "deny"));
            QCOMPARE(::rename(QFile::encodeName(fx.store().path("policy-decisions/gate.tmp")),
                         QFile::encodeName(gatePath)),
                0);
        } else if (change == "added") {
            fx.store().write(gate, gatePolicy(fx, "deny"));
        } else if (change == "deleted") {
            fx.store().remove(gate);
        } else if (change == "folder replaced") {
            const QByteArray review
                = fx.store().read("policy-decisions/policy-decision_review-alpha.json");
            QVERIFY(QDir(fx.root()).rename("policy-decisions", "policy-decisions.old"));
            fx.store().write("policy-decisions/policy-decision_review-alpha.json", review);
            fx.store().write(gate, gatePolicy(fx, "deny"));
        } else if (change == "root replaced") {
            moved = fx.root() + QStringLiteral(".old");
            QVERIFY(QDir().rename(fx.root(), moved));
            QVERIFY(copyTree(moved, fx.root()));
            fx.store().write(gate, gatePolicy(fx, "deny"));
        } else if (change == "revoked") {
            auto actor = fx.json("actors/actor_local-user.json");
            actor["revoked_at"] = "2026-05-06T00:00:00Z";
            fx.put("actors/actor_local-user.json", actor);
        } else if (change == "hard link") {
            // Written through the other name: no event reaches policy-decisions/.
            QVERIFY(overwriteInPlace(outside.filePath("gate.json"), gatePolicy(fx, "deny")));
        } else if (change == "overflow") {
            bool ok = false;
            QFile limit(QStringLiteral("/proc/sys/fs/inotify/max_queued_events"));
            const int max
                = limit.open(QIODevice::ReadOnly) ? limit.readAll().trimmed().toInt(&ok) : 0;
            if (!ok || max <= 0 || max > 1'000'000)
                QSKIP("cannot fill the inotify queue cheaply here");
            // Alternating names: an event equal to the one before it would be merged.
            const QByteArray a = QFile::encodeName(fx.store().path("policy-decisions/a.tmp"));
            const QByteArray b = QFile::encodeName(fx.store().path("policy-decisions/b.tmp"));
            for (int i = 0; i <= max; ++i)
                QCOMPARE(::utimensat(AT_FDCWD, (i % 2 ? a : b).constData(), nullptr, 0), 0);
            // Its events are dropped: the queue is full.
            QVERIFY(overwriteInPlace(gatePath, gatePolicy(fx, "deny")));
        }

        const auto next = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        if (change == "deleted")
            QVERIFY2(next.outcome == Outcome::Applied, qPrintable(next.message));
        else
            QCOMPARE(refusalCode(next.refusal),
                refusalCode(change == "revoked" ? Refusal::ActorRevoked : Refusal::PolicyDenied));
        const auto after = ResolutionDetail::gateCacheStats();
        if (inotify && after.watchedFolders > 0) {
            if (change == "overflow")
                QVERIFY(after.overflows > before.overflows);
            // A file changed in place or through a link is found without listing the folder.
            if (change == "in place" || change == "hard link" || change == "revoked")
                QCOMPARE(after.fullScans, before.fullScans);
        }
        if (!moved.isEmpty())
            QVERIFY(QDir(moved).removeRecursively());
    }

    void gateCacheLooksOnlyAtWhatChanged()
    {
        ResolutionDetail::resetGateCache(true, 0);
        ResolutionFixture fx;
        ApplyOptions dryRun;
        dryRun.dryRun = true;
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }, dryRun).outcomes[0].outcome,
            Outcome::WouldApply);
        const auto first = ResolutionDetail::gateCacheStats();
        QCOMPARE(first.fullScans, qint64(2));
        QCOMPARE(first.reads, qint64(5)); // four actors, one policy decision
#ifdef Q_OS_LINUX
        struct statfs fs;
        QCOMPARE(::statfs(QFile::encodeName(fx.root()).constData(), &fs), 0);
        const auto type = static_cast<unsigned long>(fs.f_type);
        if (type != EXT4_SUPER_MAGIC && type != TMPFS_MAGIC && type != XFS_SUPER_MAGIC
            && type != BTRFS_SUPER_MAGIC)
            QSKIP("the temporary folder is not on a filesystem the gate cache watches");
        QCOMPARE(first.watchedFolders, 2);
        // Nothing changed: nothing is listed, stat-ed or read.
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }, dryRun).outcomes[0].outcome,
            Outcome::WouldApply);
        const auto second = ResolutionDetail::gateCacheStats();
        QCOMPARE(second.fullScans, first.fullScans);
        QCOMPARE(second.stats, first.stats);
        QCOMPARE(second.reads, first.reads);
        // One file touched: that one is looked at again.
        auto actor = fx.json("actors/actor_local-user.json");
        actor["display_name"] = "Local User (renamed)";
        fx.put("actors/actor_local-user.json", actor);
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }, dryRun).outcomes[0].outcome,
            Outcome::WouldApply);
        const auto third = ResolutionDetail::gateCacheStats();
        QCOMPARE(third.fullScans, first.fullScans);
        QCOMPARE(third.reads, first.reads + 1);
        // Without inotify every file is stat-ed each time, none re-read once settled.
        ResolutionDetail::resetGateCache(false, 0);
        ResolutionWriter::apply(fx.root(), { decision() }, dryRun);
        ResolutionWriter::apply(fx.root(), { decision() }, dryRun);
        const auto scanned = ResolutionDetail::gateCacheStats();
        QCOMPARE(scanned.watchedFolders, 0);
        QCOMPARE(scanned.fullScans, qint64(4));
        QCOMPARE(scanned.stats, qint64(10));
        QCOMPARE(scanned.reads, qint64(5));
#endif
    }

    // Issue 18, item 2: revising a decision (spec/store.md, "Revising a decision").
    void revisionSupersedesTheFirstDecisionAndKeepsIt()
    {
        ResolutionFixture fx;
        const auto first = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        QVERIFY2(first.outcome == Outcome::Applied, qPrintable(first.message));
        const auto before = contentSnapshot(fx.root());
        const qint64 generation = Store::open(fx.root())->manifest().activeGeneration;
        const auto linesBefore = Store::open(fx.root())->journal().events.size();

        Decision revise = decision(QStringLiteral("merge"), QStringLiteral("actor:local-user"),
            QStringLiteral("The owners agreed on one text after all."));
        revise.revise = true;
        const auto o = ResolutionWriter::apply(fx.root(), { revise }).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        QVERIFY(o.evidenceId != first.evidenceId);
        QVERIFY(o.operationId != first.operationId);
        QVERIFY(o.taskId != first.taskId);
        verifyWrittenRecords(fx.root(), o.paths);

        // What the first decision wrote is untouched, byte for byte.
        const auto after = contentSnapshot(fx.root());
        for (const QString &path : { first.paths[0], first.paths[1], first.paths[2] })
            QVERIFY2(after.value(path) == before.value(path), qPrintable(path));

        const auto envelope = fx.json(o.paths[0]);
        const auto &artifact = envelope["artifact"];
        QVERIFY(artifact["supersedes"] == first.evidenceId.toStdString());
        QVERIFY(artifact["decision"]["revision"] == true);
        QVERIFY(artifact["conflict_before"]["decision_card"]["selected_option"] == "fork");
        QVERIFY(artifact["conflict_after"]["decision_card"]["selected_option"] == "merge");
        // The revision says why in its own words: never the recommendation's.
        QVERIFY(artifact["decision"]["rationale"] == "The owners agreed on one text after all.");
        QVERIFY(fx.json(first.paths[0])["artifact"]["decision"]["revision"] == false);
        QVERIFY(!fx.json(first.paths[0])["artifact"].contains("supersedes"));

        const auto op = fx.json(o.paths[1]);
        QVERIFY(op["causal_parent_ids"]
            == nlohmann::ordered_json::array({ first.operationId.toStdString() }));
        const QString key = ResolutionWriter::revisionKey(kConflict,
            QStringLiteral("decision-card:conflict-alpha-001"), DecisionOption::Merge,
            first.evidenceId);
        QVERIFY(op["replay_idempotency_key"] == key.toStdString());
        QVERIFY(key
            != ResolutionWriter::idempotencyKey(kConflict,
                QStringLiteral("decision-card:conflict-alpha-001"), DecisionOption::Merge));
        QVERIFY(fx.json(o.paths[2])["idempotency_key"] == key.toStdString());

        const auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        QVERIFY(conflict["decision_card"]["selected_option"] == "merge");
        QVERIFY(
            conflict["decision_card"]["rationale"] == "The owners agreed on one text after all.");
        const auto store = Store::open(fx.root());
        QCOMPARE(store->journal().events.size(), linesBefore + 1);
        QCOMPARE(store->manifest().activeGeneration, generation + 1);
        QCOMPARE(
            store->evidence()[store->findEvidence(o.evidenceId)].status, EvidenceStatus::Verified);

        // The same revision again queues nothing new.
        const auto settled = contentSnapshot(fx.root());
        const auto again = ResolutionWriter::apply(fx.root(), { revise }).outcomes[0];
        QVERIFY2(again.outcome == Outcome::AlreadyApplied, qPrintable(again.message));
        QCOMPARE(again.evidenceId, o.evidenceId);
        QCOMPARE(again.operationId, o.operationId);
        QCOMPARE(contentSnapshot(fx.root()), settled);

        // Back to the first option: a revision, not taken for the first decision.
        Decision back = decision(QStringLiteral("fork"), QStringLiteral("actor:local-user"),
            QStringLiteral("Merged text lost a paragraph; keep both again."));
        back.revise = true;
        const auto b = ResolutionWriter::apply(fx.root(), { back }).outcomes[0];
        QVERIFY2(b.outcome == Outcome::Applied, qPrintable(b.message));
        QVERIFY(b.operationId != first.operationId);
        QVERIFY(fx.json(b.paths[0])["artifact"]["supersedes"] == o.evidenceId.toStdString());
        QVERIFY(fx.json(b.paths[1])["causal_parent_ids"]
            == nlohmann::ordered_json::array({ o.operationId.toStdString() }));
        verifyWrittenRecords(fx.root(), b.paths);
    }

    void revisionRefusals()
    {
        ResolutionFixture fx;
        QCOMPARE(ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0].outcome,
            Outcome::Applied);
        const auto decided = contentSnapshot(fx.root());
        auto revision = [](const QString &option, const QString &actor, const QString &words) {
            Decision d = decision(option, actor, words);
            d.revise = true;
            return d;
        };
        // Without words, even on the recommended option (merge): no recommendation filled in.
        auto o = ResolutionWriter::apply(fx.root(),
            { revision(QStringLiteral("merge"), QStringLiteral("actor:local-user"), QString()) })
                     .outcomes[0];
        QCOMPARE(o.outcome, Outcome::Refused);
        QCOMPARE(o.refusal, Refusal::RationaleRequired);
        // By a revoked actor, and by one without the capability merge needs.
        o = ResolutionWriter::apply(fx.root(),
            { revision(QStringLiteral("merge"), QStringLiteral("actor:former"), "Why.") })
                .outcomes[0];
        QCOMPARE(o.refusal, Refusal::ActorRevoked);
        o = ResolutionWriter::apply(fx.root(),
            { revision(QStringLiteral("merge"), QStringLiteral("actor:agent-one"), "Why.") })
                .outcomes[0];
        QCOMPARE(o.refusal, Refusal::CapabilityMissing);
        // A decided conflict without revise mode is refused as it always was.
        o = ResolutionWriter::apply(fx.root(), { decision(QStringLiteral("merge")) }).outcomes[0];
        QCOMPARE(o.refusal, Refusal::NotPending);
        QVERIFY2(o.message.startsWith(QLatin1String("Already decided: fork by actor:local-user")),
            qPrintable(o.message));
        QCOMPARE(contentSnapshot(fx.root()), decided);

        // Revise mode on a pending conflict: nothing to revise.
        ResolutionFixture pending;
        const auto untouched = contentSnapshot(pending.root());
        o = ResolutionWriter::apply(pending.root(),
            { revision(QStringLiteral("fork"), QStringLiteral("actor:local-user"), "Why.") })
                .outcomes[0];
        QCOMPARE(o.refusal, Refusal::NotDecided);
        QVERIFY2(o.message.contains(kConflict), qPrintable(o.message));
        QCOMPARE(contentSnapshot(pending.root()), untouched);

        // The gate says so on its own, for the window.
        GateConflict gc;
        gc.id = kConflict;
        gc.workspaceId = QStringLiteral("workspace:default");
        gc.profileId = QStringLiteral("profile:local-dev");
        gc.options = { DecisionOption::Merge, DecisionOption::Fork, DecisionOption::Skip };
        gc.recommended = DecisionOption::Merge;
        gc.pending = false;
        gc.revising = true;
        GateActor actor;
        actor.id = QStringLiteral("actor:local-user");
        actor.workspaceScope = { gc.workspaceId };
        actor.profileScope = { gc.profileId };
        actor.capabilities = { QStringLiteral("merge"), QStringLiteral("write") };
        auto v = DecisionGate::check(gc, &actor, DecisionOption::Merge, {}, QString());
        QCOMPARE(v.refusal, Refusal::RationaleRequired);
        QVERIFY(v.rationaleRequired);
        QVERIFY(DecisionGate::check(gc, &actor, DecisionOption::Merge, {}, QStringLiteral("Why."))
                    .allowed());
        gc.revising = false;
        QCOMPARE(DecisionGate::check(gc, &actor, DecisionOption::Merge, {}, QStringLiteral("Why."))
                     .refusal,
            Refusal::NotPending);
        gc.revising = true;
        gc.pending = true;
        QCOMPARE(DecisionGate::check(gc, &actor, DecisionOption::Merge, {}, QStringLiteral("Why."))
                     .refusal,
            Refusal::NotDecided);
    }

    // Red team, issue 18: envelopes in evidence/ are hostile and unsigned, so a
    // planted one can claim to supersede the real head of a decision chain.
    void revisionSupersedesTheEnvelopeThatWroteTheCard()
    {
        ResolutionFixture fx;
        const auto first = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        QVERIFY2(first.outcome == Outcome::Applied, qPrintable(first.message));
        // A forged envelope, verifying on its own, that "supersedes" the real one.
        auto plant = [&](const std::function<void(nlohmann::ordered_json &)> &edit) {
            auto forged = fx.json(first.paths[0]);
            forged["artifact"]["supersedes"] = first.evidenceId.toStdString();
            forged["artifact"]["decision"]["revision"] = true;
            edit(forged["artifact"]);
            const QString digest = artifactDigest(forged["artifact"]);
            forged["artifact_digest"] = digest.toStdString();
            const QString id = Evidence::deriveId(forged["artifact_digest"],
                forged["evidence_type"], forged["subject"], forged["writer"]);
            forged["evidence_id"] = id.toStdString();
            const QString path
                = QStringLiteral("evidence/") + safeRecordId(id) + QStringLiteral(".json");
            fx.put(path, forged);
            return std::make_pair(path, id);
        };
        Decision revise = decision(QStringLiteral("merge"), QStringLiteral("actor:local-user"),
            QStringLiteral("The owners agreed on one text after all."));
        revise.revise = true;

        // 1. A later "revision" that never reached the card: not the head.
        const auto [later, laterId] = plant([](nlohmann::ordered_json &a) {
            a["decision"]["decided_at"] = "2099-01-01T00:00:00Z";
            a["decision"]["rationale"] = "Planted.";
        });
        {
            // It verifies like any envelope: only the writer's choice can tell.
            const auto store = Store::open(fx.root());
            const auto index = store->findEvidence(laterId);
            QVERIFY(index >= 0);
            QCOMPARE(store->evidence()[index].status, EvidenceStatus::Verified);
        }
        const auto o = ResolutionWriter::apply(fx.root(), { revise }).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        QVERIFY(fx.json(o.paths[0])["artifact"]["supersedes"] == first.evidenceId.toStdString());
        QVERIFY(fx.json(o.paths[1])["causal_parent_ids"]
            == nlohmann::ordered_json::array({ first.operationId.toStdString() }));
        QVERIFY(o.operationId
            == ResolutionDetail::resolveOperationId(ResolutionWriter::revisionKey(kConflict,
                QStringLiteral("decision-card:conflict-alpha-001"), DecisionOption::Merge,
                first.evidenceId)));

        // 2. A copy claiming the card's very decision and superseding the real
        //    head: which one wrote the card cannot be told, so nothing is written.
        const auto head = fx.json(o.paths[0]);
        QFile::remove(fx.root() + QLatin1Char('/') + later);
        const QString twin = [&] {
            auto copy = head;
            copy["artifact"]["supersedes"] = o.evidenceId.toStdString();
            copy["artifact"]["gate"] = nullptr;
            const QString digest = artifactDigest(copy["artifact"]);
            copy["artifact_digest"] = digest.toStdString();
            const QString id = Evidence::deriveId(
                copy["artifact_digest"], copy["evidence_type"], copy["subject"], copy["writer"]);
            copy["evidence_id"] = id.toStdString();
            fx.put(QStringLiteral("evidence/") + safeRecordId(id) + QStringLiteral(".json"), copy);
            return id;
        }();
        const auto untouched = contentSnapshot(fx.root());
        Decision again = decision(QStringLiteral("fork"), QStringLiteral("actor:local-user"),
            QStringLiteral("Keep both after all."));
        again.revise = true;
        const auto r = ResolutionWriter::apply(fx.root(), { again }).outcomes[0];
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.refusal, Refusal::ChangedOnDisk);
        QVERIFY2(
            r.message.contains(twin) && r.message.contains(o.evidenceId), qPrintable(r.message));
        QCOMPARE(contentSnapshot(fx.root()), untouched);
    }

    void revisionOfADecisionMadeOutsideSyncDesk()
    {
        // No envelope to supersede: supersedes is null and the causal parent is
        // the operation that detected the conflict.
        ResolutionFixture fx;
        auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        conflict["decision_card"]["selected_option"] = "fork";
        conflict["decision_card"]["selected_by"] = "actor:agent-one";
        conflict["decision_card"]["selected_at"] = "2026-05-06T10:00:00Z";
        fx.put("conflicts/conflict_alpha-001.json", conflict);
        auto detect = fx.json("operations/workspace-operation_alpha-001.json");
        detect["operation_type"] = "sync.conflict.detect";
        fx.put("operations/workspace-operation_alpha-001.json", detect);
        const auto snapshot = Store::open(fx.root());
        const auto &rel = snapshot->relations();
        QCOMPARE(rel.detectingOperations[0].size(), 1u);
        const QString detecting
            = snapshot->text(snapshot->operations()[rel.detectingOperations[0][0]].id);
        Decision d = decision(QStringLiteral("merge"), QStringLiteral("actor:local-user"),
            QStringLiteral("The agent's fork was a mistake."));
        d.revise = true;
        const auto o = ResolutionWriter::apply(fx.root(), { d }, {}, snapshot.get()).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        const auto envelope = fx.json(o.paths[0]);
        QVERIFY(envelope["artifact"].contains("supersedes"));
        QVERIFY(envelope["artifact"]["supersedes"].is_null());
        QVERIFY(fx.json(o.paths[1])["causal_parent_ids"]
            == nlohmann::ordered_json::array({ detecting.toStdString() }));
        verifyWrittenRecords(fx.root(), o.paths);
    }

    // Issue 18, item 3: the gate's inputs in the evidence.
    void envelopeCarriesTheGateInputs()
    {
        ResolutionFixture fx;
        const auto o = ResolutionWriter::apply(fx.root(), { decision() }).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        const auto envelope = fx.json(o.paths[0]);
        const auto &gate = envelope["artifact"]["gate"];
        auto digestOf = [](const nlohmann::ordered_json &record) {
            const std::string dumped = record.dump();
            const auto parsed = parseJson(dumped);
            return artifactDigest(parsed.value).toStdString();
        };
        QVERIFY(gate["actor"]["record"] == fx.json("actors/actor_local-user.json"));
        QVERIFY(gate["actor"]["digest"] == digestOf(gate["actor"]["record"]));
        QVERIFY(QString::fromStdString(gate["actor"]["digest"].get<std::string>())
                    .startsWith(QLatin1String("sha256:")));
        // The reference policy decision (review_required) governs the fixture's conflict.
        const auto policy = fx.json("policy-decisions/policy-decision_review-alpha.json");
        QVERIFY(gate["policy_decision"]["record"] == policy);
        QVERIFY(gate["policy_decision"]["digest"] == digestOf(policy));
        QVERIFY(fx.json(o.paths[1])["policy_decision_ref"] == policy["decision_id"]);
        // The envelope's digest and id still cover the artifact as written.
        const auto store = Store::open(fx.root());
        QCOMPARE(
            store->evidence()[store->findEvidence(o.evidenceId)].status, EvidenceStatus::Verified);

        // No governing policy: null.
        ResolutionFixture bare;
        QVERIFY(QFile::remove(bare.store().path(
            QStringLiteral("policy-decisions/policy-decision_review-alpha.json"))));
        const auto b = ResolutionWriter::apply(bare.root(), { decision() }).outcomes[0];
        QVERIFY2(b.outcome == Outcome::Applied, qPrintable(b.message));
        QVERIFY(bare.json(b.paths[0])["artifact"]["gate"]["policy_decision"].is_null());
        QVERIFY(bare.json(b.paths[0])["artifact"]["gate"]["actor"]["record"]["actor_id"]
            == "actor:local-user");
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
