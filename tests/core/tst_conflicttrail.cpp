// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "resolutionfixture.h"

#include "core/json/canonicaljson.h"
#include "core/json/json.h"
#include "core/records/evidence.h"
#include "core/resolution/resolution.h"
#include "core/review/conflicttrail.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QTest>

using namespace SyncDesk;

namespace {

const QString kConflict = QStringLiteral("conflict:alpha-001");
const QString kDetect = QStringLiteral("workspace-operation:detect-alpha");

using Kind = TrailEntry::Kind;

Json readJson(const StoreFixture &fx, const QString &rel)
{
    return parseJson(fx.read(rel).toStdString()).value;
}

void writeJson(const StoreFixture &fx, const QString &rel, const Json &json)
{
    fx.write(rel, QByteArray::fromStdString(dumpJson(json, 2) + "\n"));
}

QString plus(const QString &utc, int seconds)
{
    return QDateTime::fromString(utc, Qt::ISODate)
        .addSecs(seconds)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

/// Rewrites an envelope's digest and id for its artifact as it is now; returns the new id.
QString seal(Json &envelope)
{
    const QString digest = artifactDigest(envelope["artifact"]);
    envelope["artifact_digest"] = toJson(digest);
    const QString id = Evidence::deriveId(envelope["artifact_digest"], envelope["evidence_type"],
        envelope["subject"], envelope["writer"]);
    envelope["evidence_id"] = toJson(id);
    return id;
}

/**
 * The reference store with a detecting operation, a decision Sync Desk wrote
 * (fork), a hand-made revision (merge) superseding it, and the first
 * decision's resolve task failed by the daemon an hour after the revision.
 */
struct TrailStore final
{
    ResolutionFixture fx;
    DecisionOutcome first;
    QString revisionId, revisionFile, decidedAt;

    TrailStore()
    {
        Json detect
            = readJson(fx.store(), QStringLiteral("operations/workspace-operation_alpha-001.json"));
        detect["operation_id"] = toJson(kDetect);
        detect["local_operation_id"] = "local-op:detect-alpha";
        detect["operation_type"] = "sync.conflict.detect";
        detect["status"] = "completed";
        detect["created_at"] = "2026-05-05T00:06:30Z";
        detect["updated_at"] = "2026-05-05T00:06:40Z";
        detect["ledger_evidence_refs"] = Json::array();
        detect["provisional_artifact_ids"] = Json::object();
        detect["artifact_reconciliation"] = Json::object();
        writeJson(
            fx.store(), QStringLiteral("operations/workspace-operation_detect-alpha.json"), detect);
        // The reference reconcile names the conflict too; it is not the detection.
        QFile::remove(
            fx.store().path(QStringLiteral("operations/workspace-operation_alpha-001.json")));
        QFile::remove(fx.store().path(QStringLiteral("tasks/operation-task_alpha-0001.json")));

        const auto report = ResolutionWriter::apply(fx.root(),
            { Decision { kConflict, DecisionOption::Fork, QStringLiteral("actor:local-user"),
                QStringLiteral("Keep both until the owners agree.") } });
        first = report.outcomes.value(0);
        if (first.outcome != Outcome::Applied)
            qFatal("decision not applied: %s", qPrintable(first.message));

        const QString firstFile = QStringLiteral("evidence/%1.json").arg(first.evidenceId);
        Json revision = readJson(fx.store(), firstFile);
        decidedAt = jsonString(revision["artifact"]["decision"]["decided_at"]);
        Json &d = revision["artifact"]["decision"];
        d["option"] = "merge";
        d["rationale"] = "The owners agreed on one version.";
        d["decided_at"] = toJson(plus(decidedAt, 3600));
        revision["generated_at"] = toJson(plus(decidedAt, 3600));
        revision["artifact"]["supersedes"] = toJson(first.evidenceId);
        revisionId = seal(revision);
        revisionFile = QStringLiteral("evidence/%1.json").arg(revisionId);
        writeJson(fx.store(), revisionFile, revision);

        const QString taskFile = taskPath();
        Json task = readJson(fx.store(), taskFile);
        task["status"] = "failed";
        task["updated_at"] = toJson(plus(decidedAt, 7200));
        writeJson(fx.store(), taskFile, task);
    }

    QString taskPath() const
    {
        for (const QString &p : first.paths)
            if (p.startsWith(QLatin1String("tasks/")))
                return p;
        return {};
    }
    QString operationPath() const
    {
        for (const QString &p : first.paths)
            if (p.startsWith(QLatin1String("operations/")))
                return p;
        return {};
    }
};

QList<Kind> kinds(const ConflictTrail &t)
{
    QList<Kind> out;
    for (const TrailEntry &e : t.entries())
        out << e.kind;
    return out;
}

const TrailEntry *find(const ConflictTrail &t, Kind kind, const QString &id = {})
{
    for (const TrailEntry &e : t.entries())
        if (e.kind == kind && (id.isEmpty() || e.recordId == id))
            return &e;
    return nullptr;
}

QString dump(const ConflictTrail &t)
{
    QStringList lines;
    for (const TrailEntry &e : t.entries())
        lines << QStringLiteral("%1 %2 [%3] %4 (%5) %6")
                     .arg(int(e.kind))
                     .arg(e.at, e.status, e.title, e.file, e.recordId);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestConflictTrail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectionDecisionRevisionFailedTask()
    {
        TrailStore ts;
        const auto store = Store::open(ts.fx.root());
        const ConflictTrail trail = ConflictTrail::build(*store, kConflict);
        QCOMPARE(trail.conflictId(), kConflict);

        // Time order: detection, the conflict, the fixture's journal line about
        // it, the decision with its policy and actor, the resolve operation and
        // the decision's journal line, the revision with its policy and actor,
        // the failed task.
        const QList<Kind> expected { Kind::Detection, Kind::Conflict, Kind::Journal, Kind::Decision,
            Kind::Policy, Kind::Actor, Kind::ResolveOperation, Kind::Journal, Kind::Revision,
            Kind::Policy, Kind::Actor, Kind::ResolveTask };
        QVERIFY2(kinds(trail) == expected, qPrintable(dump(trail)));

        const auto &e = trail.entries();
        QCOMPARE(e[0].recordId, kDetect);
        QCOMPARE(e[0].file, QStringLiteral("operations/workspace-operation_detect-alpha.json"));
        QCOMPARE(e[1].file, QStringLiteral("conflicts/conflict_alpha-001.json"));
        QCOMPARE(e[3].recordId, ts.first.evidenceId);
        QCOMPARE(e[3].option, QStringLiteral("fork"));
        QCOMPARE(e[3].actorId, QStringLiteral("actor:local-user"));
        QCOMPARE(e[3].rationale, QStringLiteral("Keep both until the owners agree."));
        QCOMPARE(e[3].status, QStringLiteral("verified"));
        QVERIFY(!e[3].decidedOn.isEmpty());
        QCOMPARE(e[4].recordId, QStringLiteral("policy-decision:review-alpha"));
        QCOMPARE(e[4].file, QStringLiteral("policy-decisions/policy-decision_review-alpha.json"));
        QCOMPARE(e[5].file, QStringLiteral("actors/actor_local-user.json"));
        QCOMPARE(e[6].recordId, ts.first.operationId);
        QCOMPARE(e[6].status, QStringLiteral("queued"));
        QCOMPARE(e[7].recordId, ts.first.eventId);
        QCOMPARE(e[7].file, QStringLiteral("journal.jsonl"));
        QCOMPARE(e[7].line, 3);
        QVERIFY(e[7].lineText.contains(ts.first.operationId));
        QCOMPARE(e[8].recordId, ts.revisionId);
        QCOMPARE(e[8].supersedes, ts.first.evidenceId);
        QCOMPARE(e[8].option, QStringLiteral("merge"));
        QCOMPARE(e[8].status, QStringLiteral("verified"));
        QCOMPARE(e[11].recordId, ts.first.taskId);
        QCOMPARE(e[11].status, QStringLiteral("failed"));
        // Apart from the records that follow their decision, times never go back.
        qint64 last = kNoTime;
        for (const TrailEntry &entry : e) {
            if (entry.kind == Kind::Policy || entry.kind == Kind::Actor)
                continue;
            QVERIFY2(entry.time >= last, qPrintable(dump(trail)));
            last = entry.time;
        }

        QCOMPARE(trail.decisionChain(), QStringList({ ts.first.evidenceId, ts.revisionId }));

        const QStringList files = trail.recordFiles();
        QStringList want { QStringLiteral("actors/actor_local-user.json"),
            QStringLiteral("conflicts/conflict_alpha-001.json"),
            QStringLiteral("evidence/%1.json").arg(ts.first.evidenceId), ts.revisionFile,
            QStringLiteral("journal.jsonl"),
            QStringLiteral("operations/workspace-operation_detect-alpha.json"), ts.operationPath(),
            QStringLiteral("policy-decisions/policy-decision_review-alpha.json"), ts.taskPath() };
        std::sort(want.begin(), want.end());
        QCOMPARE(files, want);
    }

    void tamperedEnvelopeShowsTampered()
    {
        TrailStore ts;
        Json revision = readJson(ts.fx.store(), ts.revisionFile);
        revision["artifact"]["decision"]["rationale"] = "Someone changed the words afterwards.";
        writeJson(ts.fx.store(), ts.revisionFile, revision);
        const auto store = Store::open(ts.fx.root());
        const ConflictTrail trail = ConflictTrail::build(*store, kConflict);
        const TrailEntry *r = find(trail, Kind::Revision, ts.revisionId);
        QVERIFY2(r, qPrintable(dump(trail)));
        QCOMPARE(r->status, QStringLiteral("tampered"));
        QCOMPARE(
            find(trail, Kind::Decision, ts.first.evidenceId)->status, QStringLiteral("verified"));
    }

    void missingEnvelopesShowMissing()
    {
        TrailStore ts;
        // The first envelope is gone: the revision's supersedes and the resolve
        // operation, task and journal line name it.
        QVERIFY(QFile::remove(
            ts.fx.store().path(QStringLiteral("evidence/%1.json").arg(ts.first.evidenceId))));
        const auto store = Store::open(ts.fx.root());
        const ConflictTrail trail = ConflictTrail::build(*store, kConflict);
        int missing = 0;
        for (const TrailEntry &e : trail.entries())
            if (e.recordId == ts.first.evidenceId) {
                ++missing;
                QVERIFY(e.missing);
                QCOMPARE(e.status, QStringLiteral("missing"));
                QVERIFY(e.file.isEmpty());
            }
        QVERIFY2(missing >= 1, qPrintable(dump(trail)));
        // Shown once, not once per record that names it.
        QCOMPARE(missing, 1);
        QCOMPARE(trail.decisionChain(), QStringList({ ts.first.evidenceId, ts.revisionId }));
        QVERIFY(!trail.recordFiles().contains(
            QStringLiteral("evidence/%1.json").arg(ts.first.evidenceId)));
        QVERIFY(find(trail, Kind::ResolveTask, ts.first.taskId));
    }

    void decidedOutsideSyncDesk()
    {
        // The reference conflict is decided on its card, with no envelope.
        StoreFixture fx;
        const auto store = Store::open(fx.root());
        const ConflictTrail trail = ConflictTrail::build(*store, kConflict);
        const TrailEntry *d = find(trail, Kind::Decision);
        QVERIFY2(d, qPrintable(dump(trail)));
        QCOMPARE(d->recordId, kConflict);
        QCOMPARE(d->file, QStringLiteral("conflicts/conflict_alpha-001.json"));
        QCOMPARE(d->option, QStringLiteral("fork"));
        QCOMPARE(d->actorId, QStringLiteral("actor:local-user"));
        QVERIFY(trail.decisionChain().isEmpty());
        // The actor the card names has no record in this store: shown missing.
        const TrailEntry *a = find(trail, Kind::Actor);
        QVERIFY(a && a->missing);
    }

    void unknownConflictIsEmpty()
    {
        StoreFixture fx;
        const auto store = Store::open(fx.root());
        const ConflictTrail trail = ConflictTrail::build(*store, QStringLiteral("conflict:nope"));
        QVERIFY(trail.entries().isEmpty());
        QVERIFY(trail.recordFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConflictTrail)
#include "tst_conflicttrail.moc"
