// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: the evidence browser's models and widgets over one fixture store.

#include "conflictsfixture.h"
#include "core/json/canonicaljson.h"
#include "core/json/json.h"
#include "core/models/evidencemodel.h"
#include "core/models/missingevidencemodel.h"
#include "core/models/problemfiltermodel.h"
#include "core/models/problemmodel.h"
#include "core/records/evidence.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/evidence/evidencebrowser.h"
#include "ui/evidence/evidencedetail.h"
#include "ui/evidence/resolutionsummary.h"
#include "ui/problems/problemsview.h"
#include "ui/widgets/jsonfindbar.h"
#include "ui/widgets/jsonhighlighter.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/statusbanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

const QString kTamperedId = QStringLiteral("evidence-2a9164020f66119896c1");
const QString kTamperedPath = QStringLiteral("evidence/evidence-2a9164020f66119896c1.json");

QString demoStore()
{
    return QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

int rowOfEvidence(const EvidenceModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(EvidenceModel::EvidenceIdRole).toString() == id)
            return row;
    return -1;
}

QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats)
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    return {};
}

double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::ToolTipBase, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Mid, QColor(0x40, 0x44, 0x48));
    p.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x12));
    p.setColor(QPalette::Light, QColor(0x40, 0x44, 0x48));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x7d, 0x8a));
    return p;
}

/// An evidence page behind another page of a shown window, over a session of its own.
struct HiddenEvidencePage
{
    QWidget window;
    QStackedWidget *pages = new QStackedWidget(&window);
    EvidenceBrowser *browser = new EvidenceBrowser(pages);
    StoreSession session;

    HiddenEvidencePage()
    {
        pages->addWidget(new QLabel(QStringLiteral("another page"), pages));
        pages->addWidget(browser);
        pages->setCurrentIndex(0);
        browser->setSession(&session);
        window.show();
    }
};

} // namespace

class TestEvidenceView final : public QObject
{
    Q_OBJECT

private:
    StoreSession m_session;
    const Store &store() const { return *m_session.store(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_session.open(demoStore());
        QVERIFY(m_session.store());
        QCOMPARE(m_session.store()->state(), Store::State::Ok);
    }

    void evidenceModelPassesTester()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&m_session);
        QCOMPARE(model.rowCount(), int(store().evidence().size()));
        QCOMPARE(model.rowCount(), 8);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(EvidenceModel::SortRole);
        proxy.sort(EvidenceModel::GeneratedColumn);
        m_session.reload(); // a reset under both testers
        QCOMPARE(model.rowCount(), 8);
        MissingEvidenceModel missing;
        QAbstractItemModelTester missingTester(
            &missing, QAbstractItemModelTester::FailureReportingMode::QtTest);
        missing.setSession(&m_session);
        m_session.reload();
        QCOMPARE(missing.rowCount(), 3);
    }

    void tamperedEnvelopeInModel()
    {
        EvidenceModel model;
        model.setSession(&m_session);
        QCOMPARE(model.tamperedCount(), 1);
        QCOMPARE(model.verifiedCount(), 7);
        QCOMPARE(model.invalidCount(), 0);
        const int row = rowOfEvidence(model, kTamperedId);
        QVERIFY(row >= 0);
        const QModelIndex status = model.index(row, EvidenceModel::StatusColumn);
        QCOMPARE(status.data(EvidenceModel::StatusRole).toInt(), int(EvidenceStatus::Tampered));
        QCOMPARE(status.data().toString(), QStringLiteral("Tampered"));
        QCOMPARE(status.data(EvidenceModel::ToneRole).toInt(), int(StatusTone::Negative));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("does not match")));
        QCOMPARE(status.data(EvidenceModel::PathRole).toString(), kTamperedPath);
        for (int r = 0; r < model.rowCount(); ++r)
            if (r != row)
                QCOMPARE(model.index(r, 0).data(EvidenceModel::StatusRole).toInt(),
                    int(EvidenceStatus::Verified));
        // The demo's tampered envelope is signed: Sync Desk verifies no signature, so
        // it is "not verified", never a "Yes" that would read as vouched for.
        QCOMPARE(model.index(row, EvidenceModel::SignedColumn).data().toString(),
            QStringLiteral("Not verified"));
        QCOMPARE(model.headerData(EvidenceModel::SignedColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            QStringLiteral("Signature"));
    }

    void citationCountsMatchRelations()
    {
        EvidenceModel model;
        model.setSession(&m_session);
        const auto &citations = store().relations().citationsOf;
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cited = model.index(row, EvidenceModel::CitedByColumn);
            QCOMPARE(cited.data(EvidenceModel::CitedByCountRole).toInt(),
                int(citations[std::size_t(row)].size()));
            QCOMPARE(cited.data().toInt(), int(citations[std::size_t(row)].size()));
            total += cited.data(EvidenceModel::CitedByCountRole).toInt();
        }
        QVERIFY(total > 0);
    }

    void sortsGeneratedOnRawTime()
    {
        EvidenceModel model;
        model.setSession(&m_session);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EvidenceModel::SortRole);
        proxy.sort(EvidenceModel::GeneratedColumn, Qt::AscendingOrder);
        qint64 last = std::numeric_limits<qint64>::min();
        QSet<qint64> distinct;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 ms = proxy.index(row, EvidenceModel::GeneratedColumn)
                                  .data(EvidenceModel::GeneratedRole)
                                  .toLongLong();
            QVERIFY(ms >= last);
            last = ms;
            distinct.insert(ms);
        }
        QVERIFY(distinct.size() > 1);
    }

    void missingEvidenceMatchesDangling()
    {
        MissingEvidenceModel model;
        model.setSession(&m_session);
        QSet<QString> expected;
        for (const DanglingRef &d : store().relations().dangling)
            if (d.expected == RecordKind::Evidence)
                expected.insert(store().files()[d.file].path + QLatin1Char('|') + d.field
                    + QLatin1Char('|') + store().text(d.target));
        QSet<QString> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, 0);
            shown.insert(i.data(MissingEvidenceModel::PathRole).toString() + QLatin1Char('|')
                + i.data(MissingEvidenceModel::FieldRole).toString() + QLatin1Char('|')
                + i.data(MissingEvidenceModel::ReferenceRole).toString());
        }
        QCOMPARE(shown, expected);
        // What `syncdesk-cli evidence verify` reports for the demo store.
        QCOMPARE(shown,
            QSet<QString>(
                { QStringLiteral("operations/workspace-operation_default-0006.json|"
                                 "ledger_evidence_refs|evidence:evidence-bf7e1c5f9352b3d989da"),
                    QStringLiteral("operations/workspace-operation_default-0009.json|"
                                   "ledger_evidence_refs|evidence:evidence-82021855b61ac0568d01"),
                    QStringLiteral("tasks/operation-task_default-0003-2.json|evidence_refs|"
                                   "evidence:evidence-61772b937cd5efd2f0e0") }));
    }

    void problemModelPassesTester()
    {
        ProblemModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProblemFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setSession(&m_session);
        QCOMPARE(model.rowCount(), int(store().problems().size()));
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.warningCount(), 3);
        filter.setShowWarnings(false);
        filter.setFilterText(QStringLiteral("digest"));
        m_session.reload();
        QCOMPARE(filter.rowCount(), 1);
    }

    void problemFilter_data()
    {
        QTest::addColumn<bool>("errors");
        QTest::addColumn<bool>("warnings");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << true << true << QString() << 4;
        QTest::newRow("errors only") << true << false << QString() << 1;
        QTest::newRow("warnings only") << false << true << QString() << 3;
        QTest::newRow("neither") << false << false << QString() << 0;
        QTest::newRow("path") << true << true << QStringLiteral("default-0009") << 1;
        QTest::newRow("rule, any case") << true << true << QStringLiteral("DIGEST") << 1;
        QTest::newRow("field") << true << true << QStringLiteral("evidence_refs") << 3;
        QTest::newRow("message") << true << true << QStringLiteral("missing evidence") << 3;
        QTest::newRow("message, errors only")
            << true << false << QStringLiteral("missing evidence") << 0;
        QTest::newRow("no match") << true << true << QStringLiteral("no such words") << 0;
        QTest::newRow("spaces trimmed") << true << true << QStringLiteral("  dangling ") << 3;
    }

    void problemFilter()
    {
        QFETCH(bool, errors);
        QFETCH(bool, warnings);
        QFETCH(QString, text);
        QFETCH(int, rows);
        ProblemModel model;
        model.setSession(&m_session);
        ProblemFilterModel filter;
        filter.setSourceModel(&model);
        QSignalSpy changed(&filter, &ProblemFilterModel::filterChanged);
        filter.setShowErrors(errors);
        filter.setShowWarnings(warnings);
        filter.setFilterText(text);
        QCOMPARE(filter.rowCount(), rows);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const auto severity
                = Severity(filter.index(row, 0).data(ProblemModel::SeverityRole).toInt());
            QVERIFY(severity == Severity::Error ? errors : warnings);
        }
        QCOMPARE(changed.isEmpty(), errors && warnings && text.trimmed().isEmpty());
    }

    void bannerShowsTampered()
    {
        EvidenceDetail detail;
        detail.setStore(&store());
        const int row = int(store().findEvidence(kTamperedId));
        QVERIFY(row >= 0);
        detail.showEvidence(row);
        const StatusBanner *banner = detail.banner();
        QVERIFY(banner->title().contains(QLatin1String("Tampered")));
        QVERIFY(!banner->title().contains(QLatin1String("Verified")));
        QVERIFY(banner->text().contains(QLatin1String("no longer hashes to its declared digest")));
        QCOMPARE(banner->tone(), StatusTone::Negative);
        QVERIFY(banner->isStrong());
        const QString header = detail.jsonView()->headerText();
        QVERIFY2(header.startsWith(QLatin1String("TAMPERED")), qPrintable(header));
        QVERIFY(header.contains(QLatin1String(
            "sha256:10b984829ba397abdb12ea59a0db0c85fa14f561778c0301d087f6338ea00699")));
        QVERIFY(header.contains(QLatin1String(
            "sha256:36d1be8b77c40bc6c27974a8781082b1cf54c8166c8439e7905a58837d944c9b")));
        QCOMPARE(
            detail.jsonView()->bytes(), readAll(demoStore() + QLatin1Char('/') + kTamperedPath));
    }

    void tamperedSignedSummarySaysNotVerified()
    {
        EvidenceDetail detail;
        detail.setStore(&store());
        const int row = int(store().findEvidence(kTamperedId));
        QVERIFY(row >= 0);
        QCOMPARE(store().evidence()[std::size_t(row)].isSigned, Flag::True);
        detail.showEvidence(row);
        // The envelope claims a device-key signature; nothing checked it.
        const QString signature = detail.signatureText();
        QVERIFY2(
            signature.startsWith(QLatin1String("present, not verified")), qPrintable(signature));
        QVERIFY(signature.contains(QLatin1String("signed-with-device-key")));
        QVERIFY(!signature.contains(QLatin1String("Yes")));
        // The digest verdict stays the banner's, separate and clear.
        QVERIFY(detail.banner()->title().startsWith(QLatin1String("Tampered")));
        QVERIFY(detail.resolutionView()->isHidden()); // not a decision's envelope

        // A verified, unsigned envelope says "none" and still only claims the digest.
        for (std::size_t i = 0; i < store().evidence().size(); ++i) {
            if (store().evidence()[i].status != EvidenceStatus::Verified
                || store().evidence()[i].isSigned != Flag::False)
                continue;
            detail.showEvidence(int(i));
            QVERIFY2(detail.signatureText().startsWith(QLatin1String("none")),
                qPrintable(detail.signatureText()));
            QCOMPARE(detail.banner()->title(), QStringLiteral("Verified"));
            break;
        }
    }

    void resolutionEnvelopeReadsAsADecision()
    {
        EvidenceDetail detail;
        detail.setStore(&store());
        const int row = int(store().findEvidence(QStringLiteral("evidence-0c18248a98621e470902")));
        QVERIFY(row >= 0);
        detail.showEvidence(row);
        QVERIFY(!detail.resolutionView()->isHidden());
        const QString text = detail.resolutionView()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Decision:")) && text.contains(QLatin1String("fork")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("actor:local-user")));
        QVERIFY(text.contains(QLatin1String("Both versions contain work worth keeping")));
        QVERIFY(text.contains(QLatin1String("2026-05-05T01:26:30Z")));
        // decided_on is absent from this older envelope: said so, not invented.
        QVERIFY2(text.contains(QLatin1String("At the keyboard:")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("not recorded")));
        // The card before → after, field by field.
        QVERIFY2(text.contains(QStringLiteral("(none) → fork")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(none) → actor:local-user")));
        QVERIFY(text.contains(QLatin1String("fork (unchanged)"))); // the recommendation
        QVERIFY(!text.contains(QLatin1String("Supersedes"))); // a first decision
    }

    void revisionEnvelopeIsHostileSafeAndLinksWhatItSupersedes()
    {
        // A revision as Sync Desk writes it, with words that try to hide and to flood.
        QTemporaryDir dir;
        QVERIFY(copyTree(demoStore(), dir.path()));
        const QString first = QStringLiteral("evidence-0c18248a98621e470902");
        auto parsed = parseJson(
            readAll(dir.filePath(QStringLiteral("evidence/") + first + QStringLiteral(".json")))
                .toStdString());
        QVERIFY(parsed.ok());
        Json envelope = parsed.value;
        Json &artifact = envelope["artifact"];
        const std::string bidi = "\u202e\u2066gnp.exe\u2069";
        const std::string words = "Reverted: the fork lost the owner's edits " + bidi
            + " \x1b[31mRED" + std::string(5000, 'x');
        artifact["conflict_before"] = artifact["conflict_after"];
        artifact["conflict_after"]["decision_card"]["selected_option"] = "skip";
        artifact["conflict_after"]["decision_card"]["rationale"] = words;
        artifact["conflict_after"]["decision_card"]["selected_by"] = "actor:grace-hopper";
        Json &decision = artifact["decision"];
        decision["option"] = "skip";
        decision["actor_id"] = "actor:grace-hopper";
        decision["rationale"] = words;
        decision["revision"] = true;
        decision["decided_on"]
            = { { "os_user", "ada<b>" }, { "host", "travel-laptop" }, { "app_version", "0.1.0" } };
        artifact["supersedes"] = first.toStdString();
        artifact["gate"] = { { "actor",
                                 { { "record", { { "actor_id", "actor:grace-hopper" } } },
                                     { "digest", "sha256:aaaa1111" } } },
            { "policy_decision",
                { { "record",
                      { { "decision_id", "policy-decision:review-household-006" },
                          { "effect", "review_required" } } },
                    { "digest", "sha256:bbbb2222" } } } };
        envelope["artifact_digest"] = artifactDigest(artifact).toStdString();
        const QString id = Evidence::deriveId(envelope["artifact_digest"],
            envelope["evidence_type"], envelope["subject"], envelope["writer"]);
        envelope["evidence_id"] = id.toStdString();
        QFile out(dir.filePath(QStringLiteral("evidence/") + id + QStringLiteral(".json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(dumpJson(envelope, 2)));
        out.close();

        StoreSession session;
        session.open(dir.path());
        QVERIFY(session.store());
        EvidenceBrowser browser;
        browser.setSession(&session);
        QVERIFY(browser.showEvidence(id));
        EvidenceDetail *detail = browser.detail();
        QCOMPARE(detail->banner()->title(), QStringLiteral("Verified"));
        const QString text = detail->resolutionView()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("skip (a revision)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("actor:grace-hopper")));
        QVERIFY(text.contains(QLatin1String("ada<b> on travel-laptop, Sync Desk 0.1.0")));
        QVERIFY(text.contains(QStringLiteral("fork → skip")));
        QVERIFY(text.contains(QStringLiteral("actor:local-user → actor:grace-hopper")));
        QVERIFY(text.contains(QLatin1String("Supersedes:")) && text.contains(first));
        QVERIFY(detail->resolutionView()->toHtml().contains(
            QLatin1String("href=\"evidence:") + first + QLatin1Char('"')));
        if (!qEnvironmentVariableIsEmpty("SYNCDESK_SCREENSHOTS")) {
            browser.resize(1366, 768);
            browser.grab().save(qEnvironmentVariable("SYNCDESK_SCREENSHOTS")
                + QStringLiteral("/evidence-revision.png"));
        }
        QVERIFY2(text.contains(QStringLiteral("actor:grace-hopper · digest sha256:aaaa1111")),
            qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("policy-decision:review-household-006, review_required · digest "
                           "sha256:bbbb2222")));
        // Hostile words: no direction override, no escape, capped, and markup is text.
        for (const char16_t hidden : { u'\u202e', u'\u2066', u'\u2069', u'\x1b' })
            QVERIFY(!text.contains(QChar(hidden)));
        QVERIFY(text.contains(QLatin1String("gnp.exe")));
        QVERIFY(!text.contains(QString(1300, QLatin1Char('x'))));
        QVERIFY(text.contains(QChar(0x2026)));
        QVERIFY(!detail->resolutionView()->toHtml().contains(QLatin1String("<b>ada")));

        // The superseded envelope is one click away.
        QSignalSpy link(detail, &EvidenceDetail::evidenceLinkActivated);
        Q_EMIT detail->resolutionView()->anchorClicked(
            QUrl(ResolutionSummary::linkPrefix() + first));
        QCOMPARE(link.size(), 1);
        QCOMPARE(link.at(0).at(0).toString(), first);
        QCOMPARE(browser.currentEvidenceRow(), int(session.store()->findEvidence(first)));
    }

    void bannerShowsVerified()
    {
        EvidenceDetail detail;
        detail.setStore(&store());
        int row = -1;
        for (std::size_t i = 0; i < store().evidence().size() && row < 0; ++i)
            if (store().evidence()[i].status == EvidenceStatus::Verified)
                row = int(i);
        QVERIFY(row >= 0);
        detail.showEvidence(row);
        QCOMPARE(detail.banner()->title(), QStringLiteral("Verified"));
        QCOMPARE(detail.banner()->tone(), StatusTone::Positive);
        QVERIFY(!detail.banner()->isStrong());
        QVERIFY(detail.jsonView()->headerText().startsWith(QLatin1String("Digest OK")));
        QVERIFY(detail.jsonView()->headerText().contains(
            store().evidence()[std::size_t(row)].declaredDigest));
        detail.showEvidence(-1);
        QVERIFY(detail.banner()->isHidden());
        QVERIFY(detail.jsonView()->bytes().isEmpty());
    }

    void fallbackHighlighterFormats()
    {
        for (const QPalette &palette : { lightPalette(), darkPalette() }) {
            QTextDocument document;
            document.setPlainText(QStringLiteral("{\"key\": \"value\", \"n\": -12.5e3, \"t\": "
                                                 "true, \"z\": null, \"a\\\"b\" : [1]}"));
            JsonFallbackHighlighter highlighter(&document, palette);
            const QTextBlock block = document.firstBlock();
            const QString text = block.text();
            const QColor key = formatAt(block, 1).foreground().color();
            const QColor string
                = formatAt(block, int(text.indexOf(u"\"value\""))).foreground().color();
            const QColor number
                = formatAt(block, int(text.indexOf(u"-12.5e3") + 5)).foreground().color();
            const QColor literal = formatAt(block, int(text.indexOf(u"true"))).foreground().color();
            const QColor escapedKey
                = formatAt(block, int(text.indexOf(u"b\""))).foreground().color();
            QVERIFY(formatAt(block, 1).hasProperty(QTextFormat::ForegroundBrush));
            QVERIFY(key != string);
            QVERIFY(key != number);
            QVERIFY(string != number);
            QVERIFY(literal != key && literal != string && literal != number);
            QCOMPARE(escapedKey, key); // an escaped quote does not end the key
            QCOMPARE(formatAt(block, int(text.indexOf(u"null"))).foreground().color(), literal);
            QCOMPARE(formatAt(block, int(text.indexOf(u"[1]") + 1)).foreground().color(), number);
            const QColor base = palette.color(QPalette::Base);
            for (const QColor &c : { key, string, number, literal })
                QVERIFY2(contrast(c, base) >= 4.5, qPrintable(c.name() + " on " + base.name()));
        }
        QTextDocument document;
        QSyntaxHighlighter *attached = attachJsonHighlighter(&document, lightPalette());
        QVERIFY(attached);
        QCOMPARE(attached->document(), &document);
        QCOMPARE(qobject_cast<JsonFallbackHighlighter *>(attached) != nullptr,
            !hasKSyntaxHighlighting());
    }

    // Whichever highlighter the build uses, keys, strings and numbers must look different.
    void attachedHighlighterFormats()
    {
        for (const QPalette &palette : { lightPalette(), darkPalette() }) {
            JsonView view;
            view.setPalette(palette);
            view.setContent("{\"key\": \"value\", \"n\": 12345}", QStringLiteral("t.json"));
            QSyntaxHighlighter *attached
                = view.editor()->document()->findChild<QSyntaxHighlighter *>();
            QVERIFY(attached);
            const QTextDocument &document = *view.editor()->document();
            // KSyntaxHighlighting formats new text from the event loop, the fallback at once.
            QTRY_VERIFY(!document.firstBlock().layout()->formats().isEmpty());
            const QTextBlock block = document.firstBlock();
            const QString text = block.text();
            const QTextCharFormat key = formatAt(block, 2);
            const QTextCharFormat string = formatAt(block, int(text.indexOf(u"value")));
            const QTextCharFormat number = formatAt(block, int(text.indexOf(u"12345") + 2));
            for (const QTextCharFormat &f : { key, string, number })
                QVERIFY(f.hasProperty(QTextFormat::ForegroundBrush));
            QVERIFY(key.foreground().color() != string.foreground().color());
            QVERIFY(key.foreground().color() != number.foreground().color());
            QVERIFY(string.foreground().color() != number.foreground().color());
#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
            // The build found KF6: its highlighter, with the JSON definition, is in use.
            QVERIFY(hasKSyntaxHighlighting());
            auto *ksh = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(attached);
            QVERIFY(ksh);
            QCOMPARE(ksh->definition().name(), QStringLiteral("JSON"));
            QVERIFY(ksh->theme().isValid());
#else
            QVERIFY(qobject_cast<JsonFallbackHighlighter *>(attached));
#endif
        }
    }

    void exportWritesExactBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        JsonView view;
        // CRLF, bytes that are not UTF-8 and no final newline: text round trips would lose them.
        static const char oddBytes[] = "{\r\n  \"a\": \"\xff\xfe\",\r\n  \"b\": 1\r\n}";
        const QByteArray odd(oddBytes, sizeof oddBytes - 1); // a length by hand overran it
        view.setContent(odd, QStringLiteral("odd.json"));
        QString error;
        QVERIFY(view.exportTo(dir.filePath(QStringLiteral("odd.json")), &error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("odd.json"))), odd);

        const QByteArray envelope = readAll(demoStore() + QLatin1Char('/') + kTamperedPath);
        QVERIFY(!envelope.isEmpty());
        view.setContent(envelope, kTamperedPath);
        QVERIFY(view.exportTo(dir.filePath(QStringLiteral("envelope.json")), &error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("envelope.json"))), envelope);

        QVERIFY(!view.exportTo(dir.filePath(QStringLiteral("no/such/folder/x.json")), &error));
        QVERIFY(error.contains(QLatin1String("no/such/folder")));
    }

    void findAndLargeFiles()
    {
        JsonView view;
        view.setContent(readAll(demoStore() + QLatin1Char('/') + kTamperedPath), kTamperedPath);
        QVERIFY(view.isHighlighted());
        QVERIFY(view.find(QStringLiteral("records_checked")));
        QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("records_checked"));
        QVERIFY(!view.find(QStringLiteral("not in this file")));
        QByteArray big(JsonView::kHighlightLimit + 1, ' ');
        big[0] = '[';
        big[big.size() - 1] = ']';
        view.setContent(big, QStringLiteral("big.json"));
        QVERIFY(!view.isHighlighted());
        view.setContent("{}", QStringLiteral("small.json"));
        QVERIFY(view.isHighlighted());
    }

    void findBarKeys()
    {
        JsonView view;
        view.resize(600, 400);
        view.setContent(readAll(demoStore() + QLatin1Char('/') + kTamperedPath), kTamperedPath);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *bar = view.findChild<JsonFindBar *>();
        QVERIFY(bar && bar->isHidden());
        view.editor()->setFocus();
        QTest::keySequence(view.editor(), QKeySequence::Find);
        QVERIFY(!bar->isHidden());
        auto *edit = bar->findChild<QLineEdit *>();
        QVERIFY(edit && edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("generated_at"));
        QCOMPARE(view.editor()->textCursor().selectedText(), QStringLiteral("generated_at"));
        const int first = view.editor()->textCursor().selectionStart();
        QTest::keyClick(edit, Qt::Key_Return); // the artifact's own generated_at
        QVERIFY(view.editor()->textCursor().selectionStart() > first);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view.editor()->textCursor().selectionStart(), first);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(bar->isHidden());
    }

    void citedByActivation()
    {
        EvidenceBrowser browser;
        browser.resize(1200, 700);
        browser.setSession(&m_session);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const auto &citations = store().relations().citationsOf;
        int row = -1;
        for (std::size_t i = 0; i < citations.size() && row < 0; ++i)
            if (!citations[i].empty())
                row = int(i);
        QVERIFY(row >= 0);
        QVERIFY(browser.showEvidence(row));
        QCOMPARE(browser.currentEvidenceRow(), row);
        QSignalSpy spy(&browser, &EvidenceBrowser::recordActivated);
        QListWidget *list = browser.detail()->citedBy();
        QCOMPARE(list->count(), int(citations[std::size_t(row)].size()));
        const Citation &first = citations[std::size_t(row)].front();
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<RecordKind>(), first.kind);
        QCOMPARE(spy.at(0).at(1).toInt(), int(first.row));
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toInt(), int(first.row));

        // A reference selects its envelope, even when the filter hides it.
        browser.proxy()->setFilterFixedString(QStringLiteral("no envelope matches this"));
        QVERIFY(browser.showEvidence(QStringLiteral("evidence:") + kTamperedId));
        QCOMPARE(browser.currentEvidenceRow(), int(store().findEvidence(kTamperedId)));
        QVERIFY(browser.detail()->banner()->title().contains(QLatin1String("Tampered")));
        QVERIFY(!browser.showEvidence(QStringLiteral("evidence:evidence-bf7e1c5f9352b3d989da")));
    }

    /// Read while another page is shown, the envelopes are sorted (and one
    /// selected) once the page is shown, or an envelope asked for: as a page
    /// never hidden has them.
    void aHiddenPageSortsOnceShown()
    {
        // What a page on screen shows: the order and the selection to match.
        StoreSession shownSession;
        EvidenceBrowser shown;
        shown.setSession(&shownSession);
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        shownSession.open(demoStore());
        auto order = [](const EvidenceBrowser &b) {
            QStringList ids;
            for (int row = 0; row < b.proxy()->rowCount(); ++row)
                ids << b.proxy()->index(row, EvidenceModel::IdColumn).data().toString();
            return ids;
        };
        const QStringList sorted = order(shown);
        QVERIFY(sorted.size() > 2);
        QStringList unsorted;
        for (const EvidenceRecord &e : shownSession.store()->evidence())
            unsorted << shownSession.store()->text(e.id);
        QVERIFY(sorted != unsorted);
        const QModelIndex first = shown.table()->currentIndex();
        QVERIFY(first.isValid());
        QCOMPARE(first.row(), 0);

        for (const bool byReference : { false, true }) {
            HiddenEvidencePage page;
            EvidenceBrowser *browser = page.browser;
            QStackedWidget *pages = page.pages;
            StoreSession &session = page.session;
            QVERIFY(QTest::qWaitForWindowExposed(&page.window));
            session.open(demoStore());
            QVERIFY(!browser->isVisible());
            QVERIFY(!browser->table()->currentIndex().isValid());
            QCOMPARE(order(*browser), unsorted);
            if (byReference) {
                const QString id = sorted.at(1);
                QVERIFY(browser->showEvidence(id));
                QCOMPARE(order(*browser), sorted);
                QCOMPARE(browser->table()->currentIndex().row(), 1);
                pages->setCurrentWidget(browser);
                QCOMPARE(browser->table()->currentIndex().row(), 1);
            } else {
                pages->setCurrentWidget(browser);
                QCOMPARE(order(*browser), sorted);
                QCOMPARE(browser->table()->currentIndex().row(), 0);
                QCOMPARE(browser->currentEvidenceRow(), shown.currentEvidenceRow());
            }
            QCOMPARE(browser->proxy()->sortColumn(), int(EvidenceModel::StatusColumn));
        }

        // Read again while the whole window is hidden (in the tray), the page
        // still unsorted from a read before: chosen once sorted, not before.
        HiddenEvidencePage page;
        QWidget &window = page.window;
        EvidenceBrowser *browser = page.browser;
        StoreSession &session = page.session;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.open(demoStore());
        window.hide();
        session.open(demoStore());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page.pages->setCurrentWidget(browser);
        QCOMPARE(order(*browser), sorted);
        QCOMPARE(browser->table()->currentIndex().row(), 0);
        QCOMPARE(browser->currentEvidenceRow(), shown.currentEvidenceRow());
    }

    void missingActivation()
    {
        EvidenceBrowser browser;
        browser.setSession(&m_session);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTableView *table = browser.missingTable();
        QCOMPARE(table->model()->rowCount(), 3);
        QSignalSpy spy(&browser, &EvidenceBrowser::recordActivated);
        const QModelIndex first = table->model()->index(0, 0); // sorted by citing file
        QCOMPARE(first.data().toString(),
            QStringLiteral("operations/workspace-operation_default-0006.json"));
        table->setCurrentIndex(first);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<RecordKind>(), RecordKind::Operation);
        const int op = spy.at(0).at(1).toInt();
        QVERIFY(op >= 0 && std::size_t(op) < store().operations().size());
        QCOMPARE(store().text(store().operations()[std::size_t(op)].id),
            QStringLiteral("workspace-operation:default-0006"));
    }

    void problemActivation()
    {
        ProblemsView view;
        view.resize(1200, 500);
        view.setSession(&m_session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.countText(), QStringLiteral("Problems: 4"));
        QSignalSpy spy(&view, &ProblemsView::fileActivated);
        QTableView *table = view.table();
        QModelIndex target;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data(ProblemModel::PathRole).toString()
                == kTamperedPath)
                target = table->model()->index(row, ProblemModel::MessageColumn);
        QVERIFY(target.isValid());
        table->setCurrentIndex(target);
        QCOMPARE(view.preview()->bytes(), readAll(demoStore() + QLatin1Char('/') + kTamperedPath));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), kTamperedPath);
        QCOMPARE(spy.at(0).at(1).toInt(), 0);

        view.warningsToggle()->click();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(view.countText(), QStringLiteral("Showing 1 of 4 problems"));
        view.filterEdit()->setText(QStringLiteral("nothing like this"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
    }

    void followsRefresh()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(demoStore(), dir.path()));
        StoreSession session;
        session.open(dir.path());
        QVERIFY(session.store());
        EvidenceModel evidence;
        QAbstractItemModelTester tester(
            &evidence, QAbstractItemModelTester::FailureReportingMode::QtTest);
        evidence.setSession(&session);
        ProblemModel problems;
        problems.setSession(&session);
        EvidenceBrowser browser;
        browser.setSession(&session);
        QCOMPARE(evidence.tamperedCount(), 1);
        QCOMPARE(problems.errorCount(), 1);

        // Change the artifact of a verified envelope: it must turn tampered everywhere.
        int row = -1;
        for (int r = 0; r < evidence.rowCount() && row < 0; ++r)
            if (evidence.index(r, 0).data(EvidenceModel::StatusRole).toInt()
                == int(EvidenceStatus::Verified))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(browser.showEvidence(row));
        QCOMPARE(browser.detail()->banner()->tone(), StatusTone::Positive);
        const QString rel = evidence.index(row, 0).data(EvidenceModel::PathRole).toString();
        QByteArray bytes = readAll(dir.filePath(rel));
        const qsizetype at = bytes.indexOf("\"artifact\": {");
        QVERIFY(at > 0);
        bytes.insert(at + 13, "\"injected\": 1, ");
        QFile file(dir.filePath(rel));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QSignalSpy reset(&problems, &QAbstractItemModel::modelReset);
        session.refresh({ rel });
        QCOMPARE(evidence.index(row, 0).data(EvidenceModel::StatusRole).toInt(),
            int(EvidenceStatus::Tampered));
        QCOMPARE(evidence.tamperedCount(), 2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(problems.errorCount(), 2);
        QCOMPARE(browser.currentEvidenceRow(), row);
        QVERIFY(browser.detail()->banner()->title().contains(QLatin1String("Tampered")));
        QVERIFY(browser.detail()->jsonView()->bytes().contains("\"injected\": 1"));
    }

    // The local times are formatted when first shown; a changed envelope shows its new time.
    void generatedTextFollowsRefresh()
    {
        ConflictsFixture fx; // the demo store, copied and opened
        EvidenceModel evidence;
        evidence.setSession(&fx.session());
        const auto shown = [&](int row) {
            return evidence.index(row, EvidenceModel::GeneratedColumn).data().toString();
        };
        const auto expected = [&](int row) {
            const qint64 ms = evidence.index(row, EvidenceModel::GeneratedColumn)
                                  .data(EvidenceModel::GeneratedRole)
                                  .toLongLong();
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
        };
        QVERIFY(evidence.rowCount() > 1);
        for (int row = 0; row < evidence.rowCount(); ++row)
            QCOMPARE(shown(row), expected(row));

        const QString rel = evidence.index(0, 0).data(EvidenceModel::PathRole).toString();
        const QString before = shown(0);
        QByteArray bytes = fx.read(rel);
        const qsizetype at = bytes.indexOf("\"generated_at\": \"");
        QVERIFY(at >= 0);
        bytes.replace(at + 17, 4, "2031");
        fx.write(rel, bytes);
        QSignalSpy reset(&evidence, &QAbstractItemModel::modelReset);
        fx.session().refresh({ rel });
        QCOMPARE(reset.count(), 0); // the row changed, not the whole model
        QCOMPARE(shown(0), expected(0));
        QVERIFY(shown(0) != before);
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("SYNCDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set SYNCDESK_SCREENSHOT_DIR to write PNGs of the views");
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QList<std::pair<QString, QPalette>> palettes {
            { QStringLiteral("light"), lightPalette() }, { QStringLiteral("dark"), darkPalette() }
        };
        for (const auto &[name, palette] : palettes) {
            QApplication::setPalette(palette);
            EvidenceBrowser browser;
            browser.resize(1360, 820);
            browser.setSession(&m_session);
            browser.show();
            QVERIFY(QTest::qWaitForWindowExposed(&browser));
            browser.showEvidence(QStringLiteral("evidence:") + kTamperedId);
            QTest::qWait(50);
            QVERIFY(
                browser.grab().save(out + QStringLiteral("/evidence-tampered-%1.png").arg(name)));
            for (int r = 0; r < int(store().evidence().size()); ++r)
                if (store().evidence()[std::size_t(r)].status == EvidenceStatus::Verified
                    && !store().relations().citationsOf[std::size_t(r)].empty()) {
                    browser.showEvidence(r);
                    break;
                }
            QTest::qWait(50);
            QVERIFY(
                browser.grab().save(out + QStringLiteral("/evidence-verified-%1.png").arg(name)));

            ProblemsView problems;
            problems.resize(1360, 520);
            problems.setSession(&m_session);
            problems.show();
            QVERIFY(QTest::qWaitForWindowExposed(&problems));
            QTest::qWait(50);
            QVERIFY(problems.grab().save(out + QStringLiteral("/problems-%1.png").arg(name)));
        }
    }
};

QTEST_MAIN(TestEvidenceView)
#include "tst_evidenceview.moc"
