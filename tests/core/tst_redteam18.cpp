// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Red team of issue 18 (revising a decision): what a planted record in the
// store can make the reader believe about a conflict's decision.

#include "resolutionfixture.h"

#include "core/json/canonicaljson.h"
#include "core/models/conflictmodel.h"
#include "core/records/evidence.h"
#include "core/records/recordread.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QTest>

using namespace SyncDesk;

namespace {
const QString kConflict = QStringLiteral("conflict:alpha-001");
} // namespace

class TestRedTeam18 final : public QObject
{
    Q_OBJECT

private slots:
    // A resolve operation and its envelope, both unsigned, planted with a later
    // creation time: the decided card must keep showing the envelope that wrote
    // its decision, not the planted one (whose "decided on" names someone else).
    void decidedCardShowsTheEnvelopeOfItsDecision()
    {
        ResolutionFixture fx;
        Decision d { kConflict, DecisionOption::Fork, QStringLiteral("actor:local-user"),
            QStringLiteral("Keep both until the owners agree.") };
        const auto o = ResolutionWriter::apply(fx.root(), { d }).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));

        auto forged = fx.json(o.paths[0]);
        forged["artifact"]["decision"]["decided_on"]["os_user"] = "mallory";
        forged["artifact"]["decision"]["option"] = "merge";
        forged["artifact"]["decision"]["rationale"] = "Planted.";
        forged["artifact_digest"] = artifactDigest(forged["artifact"]).toStdString();
        const QString forgedId = Evidence::deriveId(forged["artifact_digest"],
            forged["evidence_type"], forged["subject"], forged["writer"]);
        forged["evidence_id"] = forgedId.toStdString();
        fx.put(
            QStringLiteral("evidence/") + safeRecordId(forgedId) + QStringLiteral(".json"), forged);
        auto op = fx.json(o.paths[1]);
        const QString opId = QStringLiteral("workspace-operation:planted-001");
        op["operation_id"] = opId.toStdString();
        op["created_at"] = "2099-01-01T00:00:00Z";
        op["ledger_evidence_refs"] = nlohmann::ordered_json::array({ forgedId.toStdString() });
        fx.put(QStringLiteral("operations/") + safeRecordId(opId) + QStringLiteral(".json"), op);

        const auto store = Store::open(fx.root());
        QVERIFY(store);
        const auto planted = store->findEvidence(forgedId);
        QVERIFY(planted >= 0);
        QCOMPARE(store->evidence()[std::size_t(planted)].status, EvidenceStatus::Verified);
        ConflictModel model;
        model.setStore(store.get());
        const int row = model.rowOf(kConflict);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row).data(ConflictModel::EvidenceIdRole).toString(), o.evidenceId);
        QVERIFY(!model.index(row)
                     .data(ConflictModel::DecidedOnTextRole)
                     .toString()
                     .contains(QLatin1String("mallory")));
    }
};

QTEST_GUILESS_MAIN(TestRedTeam18)
#include "tst_redteam18.moc"
