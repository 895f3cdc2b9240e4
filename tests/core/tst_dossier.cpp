// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "dossierfixture.h"
#include "treesnapshot.h"

#include "core/review/dossierexport.h"
#include "core/review/dossierreport.h"
#include "core/review/dossierverify.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SyncDesk;

namespace {

using Tamper = std::function<void(DossierEditor &, const DossierFixture &)>;

QString envelopeFile(const QString &id)
{
    return QStringLiteral("records/evidence/") + id + QStringLiteral(".json");
}
QString recordFile(const char *folder, const QString &id)
{
    return QStringLiteral("records/%1/").arg(QLatin1String(folder)) + safeRecordId(id)
        + QStringLiteral(".json");
}

DossierSelection conflict(const char *id)
{
    DossierSelection s;
    s.conflictId = QString::fromLatin1(id);
    return s;
}

DossierSelection decided(
    const QString &actor = {}, const QString &since = {}, const QString &until = {})
{
    DossierSelection s;
    s.decided = true;
    s.actor = actor;
    s.since = since;
    s.until = until;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(SyncDesk::DossierSelection)

class TestDossier final : public QObject
{
    Q_OBJECT

private:
    /// Exports sel from a fresh fixture into a new folder below m_out.
    Result<DossierExportResult> exportTo(
        const DossierFixture &fx, const DossierSelection &sel, const QString &out)
    {
        const auto store = Store::open(fx.root());
        if (store->state() != Store::State::Ok)
            qFatal("fixture store does not open");
        return DossierExport::run(*store, sel, out, 1'780'000'000'000);
    }

private Q_SLOTS:
    void exportThenVerifyPasses()
    {
        DossierFixture fx;
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("dossier"));
        const auto result = exportTo(fx, conflict(DossierFixture::kAlpha), folder);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->conflictIds, QStringList { QString::fromLatin1(DossierFixture::kAlpha) });

        DossierEditor d(folder);
        // Byte for byte, at the store's relative paths.
        for (const QString &rel : { QStringLiteral("conflicts/conflict_alpha-001.json"),
                 QStringLiteral("evidence/") + fx.firstEvidence + QStringLiteral(".json"),
                 QStringLiteral("evidence/") + fx.revisionEvidence + QStringLiteral(".json"),
                 QStringLiteral("operations/") + safeRecordId(fx.revisionOperation)
                     + QStringLiteral(".json"),
                 QStringLiteral("tasks/") + safeRecordId(fx.firstTask) + QStringLiteral(".json") })
            QCOMPARE(d.read(QStringLiteral("records/") + rel), fx.resolution().store().read(rel));
        // The journal excerpt: exactly the store's lines, listed with their numbers.
        const QByteArray journal = fx.resolution().store().read(QStringLiteral("journal.jsonl"));
        const QList<QByteArray> storeLines = journal.split('\n');
        const auto manifest = DossierManifest::fromBytes(d.read(QStringLiteral("manifest.json")));
        QVERIFY2(manifest, qPrintable(manifest.error()));
        QVERIFY(manifest->journalLines.size() >= 2);
        const QList<QByteArray> excerpt
            = d.read(QStringLiteral("records/journal.jsonl")).split('\n');
        for (qsizetype i = 0; i < manifest->journalLines.size(); ++i)
            QCOMPARE(excerpt.at(i), storeLines.at(manifest->journalLines[i].storeLine - 1));
        QCOMPARE(manifest->conflicts.size(), 1);
        QCOMPARE(manifest->conflicts[0].decisionChain,
            QStringList({ fx.firstEvidence, fx.revisionEvidence }));
        QCOMPARE(manifest->storePath, QFileInfo(fx.root()).absoluteFilePath());
        QCOMPARE(manifest->exportedAt, QStringLiteral("2026-05-28T20:26:40Z"));
        QCOMPARE(d.read(QStringLiteral("manifest.sha256")),
            DossierManifest::digestLine(d.read(QStringLiteral("manifest.json"))));

        const DossierVerifyReport report = DossierVerify::run(folder);
        QVERIFY2(report.ok, qPrintable(report.file + QStringLiteral(": ") + report.message));
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.decisions, 2);
        QCOMPARE(report.files, int(manifest->files.size()));
    }

    void reportIsSelfContainedAndEscaped()
    {
        DossierFixture fx;
        // Hostile words in the decision: they must come out as text.
        DossierManifest m;
        m.storePath = QStringLiteral("/tmp/<store>");
        m.exportedAt = QStringLiteral("2026-05-06T10:00:00Z");
        m.selection = conflict(DossierFixture::kAlpha);
        TrailEntry e;
        e.kind = TrailEntry::Kind::Decision;
        e.at = QStringLiteral("2026-05-06T09:00:00Z");
        e.recordId = QStringLiteral("evidence-1");
        e.file = QStringLiteral("evidence/evidence-1.json");
        e.title = QStringLiteral("<script>alert(1)</script>");
        e.rationale = QStringLiteral("\"><img src=http://evil.example/x.png>");
        e.actorId = QStringLiteral("actor:local-user");
        e.option = QStringLiteral("merge");
        const QString html = DossierReport::render(
            m, { { QString::fromLatin1(DossierFixture::kAlpha), { e }, { e.recordId } } }, 3);
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(
            html.contains(QLatin1String("&quot;&gt;&lt;img src=http://evil.example/x.png&gt;")));
        // Nothing is loaded from anywhere: no src, no stylesheet link, no script.
        QVERIFY(!html.contains(QLatin1String(" src=\"")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(html.contains(QLatin1String("href=\"records/evidence/evidence-1.json\"")));
        QVERIFY(html.contains(QLatin1String("&lt;store&gt;")));
        QVERIFY(html.contains(DossierReport::kindName(TrailEntry::Kind::Decision)));
    }

    void tamperIsCaught_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QString>("file"); ///< the file verify must name ("" = any envelope)
        QTest::addColumn<QString>("words"); ///< what its message must say

        QTest::newRow("record byte") << Tamper([](DossierEditor &d, const DossierFixture &fx) {
            d.flipByte(recordFile("operations", fx.firstOperation));
        }) << QString() << QStringLiteral("SHA-256");
        QTest::newRow("envelope resealed, manifest not") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                Json envelope = d.json(envelopeFile(fx.firstEvidence));
                envelope["artifact"]["decision"]["rationale"] = "Something else.";
                envelope["artifact_digest"] = toJson(artifactDigest(envelope["artifact"]));
                d.putJson(envelopeFile(fx.firstEvidence), envelope);
            }) << QString() << QStringLiteral("SHA-256");
        QTest::newRow("envelope and manifest resealed, id kept") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                Json envelope = d.json(envelopeFile(fx.firstEvidence));
                envelope["artifact"]["decision"]["rationale"] = "Something else.";
                envelope["artifact_digest"] = toJson(artifactDigest(envelope["artifact"]));
                d.putJson(envelopeFile(fx.firstEvidence), envelope);
                d.resealManifest();
            }) << QString() << QStringLiteral("does not verify");
        QTest::newRow("artifact changed, everything resealed but the digest") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                Json envelope = d.json(envelopeFile(fx.firstEvidence));
                envelope["artifact"]["decision"]["option"] = "skip";
                d.putJson(envelopeFile(fx.firstEvidence), envelope);
                d.resealManifest();
            }) << QString() << QStringLiteral("does not verify");
        QTest::newRow("manifest.json byte") << Tamper([](DossierEditor &d, const DossierFixture &) {
            QByteArray b = d.read(QStringLiteral("manifest.json"));
            b.replace("2026-05-28T20:26:40Z", "2026-05-28T20:26:41Z");
            d.write(QStringLiteral("manifest.json"), b);
        }) << QStringLiteral("manifest.json")
                                            << QStringLiteral("manifest.sha256");
        QTest::newRow("manifest.sha256 byte")
            << Tamper([](DossierEditor &d, const DossierFixture &) {
                   QByteArray b = d.read(QStringLiteral("manifest.sha256"));
                   b[0] = b[0] == '0' ? '1' : '0';
                   d.write(QStringLiteral("manifest.sha256"), b);
               })
            << QStringLiteral("manifest.json") << QStringLiteral("manifest.sha256");
        QTest::newRow("manifest.sha256 removed")
            << Tamper([](DossierEditor &d, const DossierFixture &) {
                   QFile::remove(d.path(QStringLiteral("manifest.sha256")));
               })
            << QStringLiteral("manifest.sha256") << QStringLiteral("missing");
        QTest::newRow("report.html byte") << Tamper([](DossierEditor &d, const DossierFixture &) {
            d.flipByte(QStringLiteral("report.html"));
        }) << QStringLiteral("report.html")
                                          << QStringLiteral("SHA-256");
        QTest::newRow("journal excerpt byte")
            << Tamper([](DossierEditor &d, const DossierFixture &) {
                   d.flipByte(QStringLiteral("records/journal.jsonl"));
               })
            << QStringLiteral("records/journal.jsonl") << QStringLiteral("SHA-256");
        QTest::newRow("removed file") << Tamper([](DossierEditor &d, const DossierFixture &fx) {
            QFile::remove(d.path(recordFile("tasks", fx.firstTask)));
        }) << QString() << QStringLiteral("missing");
        QTest::newRow("added file") << Tamper([](DossierEditor &d, const DossierFixture &) {
            d.write(QStringLiteral("records/evidence/extra.json"), "{}\n");
        }) << QStringLiteral("records/evidence/extra.json")
                                    << QStringLiteral("not listed");
        QTest::newRow("supersedes elsewhere, all resealed") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                d.rewriteEnvelope(fx.revisionEvidence, [](Json &artifact) {
                    artifact["supersedes"] = "evidence-00000000000000000000";
                });
                d.resealManifest();
            }) << QString() << QStringLiteral("evidence-00000000000000000000");
        QTest::newRow("supersedes dropped, all resealed") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                d.rewriteEnvelope(
                    fx.revisionEvidence, [](Json &artifact) { artifact.erase("supersedes"); });
                d.resealManifest();
            }) << QString() << QStringLiteral("supersedes chain");
        QTest::newRow("gate input with a wrong digest, resealed") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                d.rewriteEnvelope(fx.revisionEvidence, [&](Json &artifact) {
                    const Json actor
                        = d.json(QStringLiteral("records/actors/actor_local-user.json"));
                    artifact["gate"]
                        = { { "actor", { { "record", actor }, { "digest", "sha256:0000" } } } };
                });
                d.resealManifest();
            }) << QString() << QStringLiteral("gate.actor");
        QTest::newRow("gate input of another actor, resealed") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                d.rewriteEnvelope(fx.revisionEvidence, [&](Json &artifact) {
                    Json actor = d.json(QStringLiteral("records/actors/actor_local-user.json"));
                    actor["actor_id"] = "actor:someone-else";
                    artifact["gate"] = { { "actor",
                        { { "record", actor }, { "digest", toJson(artifactDigest(actor)) } } } };
                });
                d.resealManifest();
            }) << QString() << QStringLiteral("actor:someone-else");
        QTest::newRow("resolve operation names another envelope, resealed")
            << Tamper([](DossierEditor &d, const DossierFixture &fx) {
                   const QString rel = recordFile("operations", fx.revisionOperation);
                   Json op = d.json(rel);
                   op["ledger_evidence_refs"]
                       = Json::array({ toJson(QStringLiteral("evidence:") + fx.firstEvidence) });
                   d.putJson(rel, op);
                   d.resealManifest();
               })
            << QStringLiteral("records/operations/")
                + safeRecordId(QStringLiteral("workspace-operation:revision-alpha-2"))
                + QStringLiteral(".json")
            << QStringLiteral("ledger_evidence_refs");
        QTest::newRow("conflict record changed, resealed") << Tamper(
            [](DossierEditor &d, const DossierFixture &) {
                const QString rel = QStringLiteral("records/conflicts/conflict_alpha-001.json");
                Json c = d.json(rel);
                c["decision_card"]["selected_option"] = "skip";
                d.putJson(rel, c);
                d.resealManifest();
            }) << QString() << QStringLiteral("conflict_after");
        QTest::newRow("chain order in the manifest, resealed") << Tamper(
            [](DossierEditor &d, const DossierFixture &fx) {
                auto m = DossierManifest::fromBytes(d.read(QStringLiteral("manifest.json")));
                m->conflicts[0].decisionChain = { fx.revisionEvidence, fx.firstEvidence };
                const QByteArray bytes = m->toBytes();
                d.write(QStringLiteral("manifest.json"), bytes);
                d.write(QStringLiteral("manifest.sha256"), DossierManifest::digestLine(bytes));
            }) << QStringLiteral("manifest.json") << QStringLiteral("decision chain");
    }

    void tamperIsCaught()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QString, file);
        QFETCH(QString, words);
        DossierFixture fx;
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("dossier"));
        const auto result = exportTo(fx, conflict(DossierFixture::kAlpha), folder);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(DossierVerify::run(folder).ok);

        DossierEditor d(folder);
        tamper(d, fx);
        const DossierVerifyReport report = DossierVerify::run(folder);
        const QString said = report.file + QStringLiteral(": ") + report.message;
        qInfo("%s", qPrintable(said));
        QVERIFY2(!report.ok, qPrintable(said));
        QVERIFY2(!report.file.isEmpty(), qPrintable(said));
        if (!file.isEmpty())
            QCOMPARE(report.file, file);
        else
            QVERIFY2(report.file.startsWith(QLatin1String("records/")), qPrintable(said));
        QVERIFY2(report.message.contains(words) || report.file.contains(words), qPrintable(said));
    }

    void decidedSelection_data()
    {
        QTest::addColumn<DossierSelection>("selection");
        QTest::addColumn<QStringList>("expected"); ///< empty: refused
        const QString alpha = QString::fromLatin1(DossierFixture::kAlpha);
        const QString beta = QString::fromLatin1(DossierFixture::kBeta);
        QTest::newRow("all decided") << decided() << QStringList { alpha, beta };
        QTest::newRow("by actor") << decided(QStringLiteral("actor:second"))
                                  << QStringList { beta };
        QTest::newRow("since a date")
            << decided({}, QStringLiteral("2026-05-07")) << QStringList { beta };
        QTest::newRow("until a time")
            << decided({}, {}, QStringLiteral("2026-05-06T10:00:00Z")) << QStringList { alpha };
        QTest::newRow("until a date, whole day")
            << decided({}, {}, QStringLiteral("2026-05-06")) << QStringList { alpha };
        QTest::newRow("range with an offset") << decided(
            {}, QStringLiteral("2026-05-08T13:00:00+02:00"), QStringLiteral("2026-05-08T12:00:00Z"))
                                              << QStringList { beta };
        QTest::newRow("actor and range miss") << decided(QStringLiteral("actor:second"), {},
            QStringLiteral("2026-05-07")) << QStringList {};
        QTest::newRow("bad time") << decided({}, QStringLiteral("yesterday")) << QStringList {};
    }

    void decidedSelection()
    {
        QFETCH(DossierSelection, selection);
        QFETCH(QStringList, expected);
        DossierFixture fx;
        const auto store = Store::open(fx.root());
        const auto ids = DossierExport::select(*store, selection);
        if (expected.isEmpty()) {
            QVERIFY(!ids);
            QVERIFY(!ids.error().isEmpty());
            return;
        }
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(*ids, expected);
        // And the export of that selection verifies, holding each chosen conflict.
        QTemporaryDir out;
        const auto result = DossierExport::run(*store, selection, out.path());
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->conflictIds, expected);
        const auto report = DossierVerify::run(out.path());
        QVERIFY2(report.ok, qPrintable(report.file + QStringLiteral(": ") + report.message));
        QCOMPARE(report.conflicts, int(expected.size()));
    }

    void refusesNonEmptyOrInsideStore()
    {
        DossierFixture fx;
        const auto store = Store::open(fx.root());
        QTemporaryDir out;
        QFile marker(out.filePath(QStringLiteral("already-here.txt")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const auto full = DossierExport::run(*store, conflict(DossierFixture::kAlpha), out.path());
        QVERIFY(!full);
        QVERIFY(full.error().contains(QLatin1String("not empty")));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);

        const QMap<QString, QString> before = treeSnapshot(fx.root());
        for (const QString &inside : { fx.root() + QStringLiteral("/dossier"),
                 fx.root() + QStringLiteral("/evidence/x/y"), fx.root() }) {
            const auto r = DossierExport::run(*store, conflict(DossierFixture::kAlpha), inside);
            QVERIFY2(!r, qPrintable(inside));
            QVERIFY(r.error().contains(QLatin1String("inside the store")));
        }
        // Also through a link that leads into the store.
        const QString link = out.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(fx.root(), link));
        const auto viaLink = DossierExport::run(
            *store, conflict(DossierFixture::kAlpha), link + QStringLiteral("/dossier"));
        QVERIFY(!viaLink);
        QCOMPARE(treeSnapshot(fx.root()), before);
    }

    void storeIsByteIdenticalAfterExport()
    {
        DossierFixture fx;
        const QMap<QString, QString> before = treeSnapshot(fx.root());
        QTemporaryDir out;
        const auto result = exportTo(fx, decided(), out.filePath(QStringLiteral("d")));
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(treeSnapshot(fx.root()), before);
    }
};

QTEST_GUILESS_MAIN(TestDossier)
#include "tst_dossier.moc"
