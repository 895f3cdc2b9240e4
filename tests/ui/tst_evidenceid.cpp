// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Evidence is found by its id only (issue 14, item 5): an envelope at another
// envelope's file name, a copy or one re-sealed so that it verifies as itself,
// is suspect and serves nothing; the references it was meant to serve are
// missing evidence, and the reviewer's cross-check shows the break.

#include "clirunner.h"
#include "core/demo/demostore.h"
#include "core/json/canonicaljson.h"
#include "core/models/evidencemodel.h"
#include "core/models/missingevidencemodel.h"
#include "core/store/evidencechain.h"
#include "core/store/loadcache_p.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"
#include "storedump.h"
#include "ui/evidence/evidencedetail.h"
#include "ui/widgets/statusbanner.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace SyncDesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Written beside the target and renamed over it, as the daemon writes.
bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path + QStringLiteral(".new"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return std::rename(
               QFile::encodeName(f.fileName()).constData(), QFile::encodeName(path).constData())
        == 0;
}

QString evidenceFile(const QString &id)
{
    return QStringLiteral("evidence/") + safeRecordId(id) + QStringLiteral(".json");
}

/// The envelope, changed and sealed again: a new digest and the id derived
/// from it, so that it verifies as itself (and only as itself).
QByteArray reseal(const QByteArray &bytes, QString *newId)
{
    Json e = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    e["artifact"]["forged_by"] = "someone with write access to the store";
    e["artifact_digest"] = artifactDigest(e["artifact"]).toStdString();
    const QString id
        = Evidence::deriveId(e["artifact_digest"], e["evidence_type"], e["subject"], e["writer"]);
    e["evidence_id"] = id.toStdString();
    *newId = id;
    return QByteArray::fromStdString(e.dump(2) + '\n');
}

bool hasProblem(const Store &s, const QString &path, const QString &rule,
    const QStringList &mentions = {}, Severity severity = Severity::Error)
{
    for (const Problem &p : s.problems()) {
        if (p.path != path || p.rule != rule || p.severity != severity)
            continue;
        if (std::all_of(mentions.begin(), mentions.end(),
                [&](const QString &m) { return p.message.contains(m); }))
            return true;
    }
    return false;
}

/// How many references to id the store counts as missing evidence.
int missingRefs(const Store &s, const QString &id)
{
    int n = 0;
    for (const DanglingRef &d : s.relations().dangling)
        n += d.expected == RecordKind::Evidence && Evidence::referenceName(s.text(d.target)) == id;
    return n;
}

/// Whether anything in the store reads "verified" for id.
bool verifiedFor(const Store &s, const QString &id)
{
    const qint32 row = s.findEvidence(id);
    if (row >= 0 && s.evidence()[quint32(row)].status == EvidenceStatus::Verified)
        return true;
    for (const EvidenceRecord &e : s.evidence())
        if (e.status == EvidenceStatus::Verified && s.files()[e.file].path == evidenceFile(id)
            && s.text(e.id) != id)
            return true; // the file named for id passes for it
    return false;
}

qint32 rowAt(const Store &s, const QString &path)
{
    const qint32 file = s.fileIndex(path);
    return file < 0 ? -1 : s.files()[quint32(file)].row;
}

} // namespace

class TestEvidenceId final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_a; ///< a decision's envelope, whose chain is whole
    QString m_b; ///< another verified envelope
    int m_refsToA = 0; ///< references to A in the demo store

    QString path(const QString &rel) const { return m_root + QLatin1Char('/') + rel; }

    /// A fresh demo store for every test function (they change it).
    void writeDemo()
    {
        QDir(m_root).removeRecursively();
        const auto written = DemoStore::write(m_root, DemoStoreOptions {});
        QVERIFY2(written, qPrintable(written.error()));
    }

    /// The attacked store, with the verdicts every attack must give.
    void checkAttack(const Store &s, const QString &copyOf)
    {
        const QString file = evidenceFile(m_a);
        const qint32 row = rowAt(s, file);
        QVERIFY(row >= 0);
        const EvidenceRecord &e = s.evidence()[quint32(row)];
        QCOMPARE(s.text(e.id), copyOf);
        QCOMPARE(e.status, EvidenceStatus::Suspect);
        QVERIFY2(e.statusMessage.contains(m_a) && e.statusMessage.contains(copyOf),
            qPrintable(e.statusMessage));
        QCOMPARE(s.findEvidence(QStringLiteral("evidence:") + m_a), -1);
        QVERIFY(!verifiedFor(s, m_a));
        QCOMPARE(missingRefs(s, m_a), m_refsToA);
        QVERIFY(hasProblem(s, file, QStringLiteral("evidence_misnamed"), { m_a, copyOf }));
        // Each missing reference says which file claims it.
        for (const Problem &p : s.problems())
            if (p.rule == QLatin1String("dangling") && p.message.contains(m_a))
                QVERIFY2(p.message.contains(file), qPrintable(p.message));
        // The models: a suspect row, A in missing evidence with the file's hint.
        EvidenceModel model;
        model.setStore(&s);
        const QModelIndex status = model.index(row, EvidenceModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Suspect"));
        QCOMPARE(model.data(status, EvidenceModel::ToneRole).toInt(), int(StatusTone::Negative));
        QVERIFY(model.suspectCount() >= 1);
        MissingEvidenceModel missing;
        missing.setStore(&s);
        int hinted = 0;
        for (int r = 0; r < missing.rowCount(); ++r) {
            const QModelIndex ref = missing.index(r, MissingEvidenceModel::ReferenceColumn);
            if (Evidence::referenceName(ref.data().toString()) != m_a)
                continue;
            hinted += ref.data(Qt::ToolTipRole).toString().contains(file);
            QCOMPARE(ref.data(MissingEvidenceModel::MisnamedRowRole).toInt(), int(row));
        }
        QCOMPARE(hinted, m_refsToA);
        // The decision's chain is broken at the operation.
        bool brokenChain = false;
        for (const quint32 c : EvidenceChain::conflictsNaming(s, m_a)) {
            const auto links = EvidenceChain::links(s, c);
            brokenChain |= EvidenceChain::isBroken(links);
            for (const EvidenceLink &l : links)
                QVERIFY(l.status != EvidenceLink::Status::Ok || l.reference != m_a);
        }
        QVERIFY(brokenChain);
    }

    void checkCli(const QString &copyOf)
    {
        const CliRun run = runCli({ QStringLiteral("evidence"), QStringLiteral("verify"), m_root });
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        const QString file = path(evidenceFile(m_a));
        QVERIFY2(out.contains(QStringLiteral("suspect  ") + file + QStringLiteral(" (") + copyOf
                     + QLatin1Char(')')),
            qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("ok  ") + file), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("says ") + m_a), qPrintable(out));
        // The one file alone, as a reviewer would check it.
        const CliRun one = runCli({ QStringLiteral("evidence"), QStringLiteral("verify"), file });
        QCOMPARE(one.exitCode, 1);
        QVERIFY2(one.out.startsWith("suspect  "), one.out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/store");
        writeDemo();
        const auto s = Store::open(m_root);
        QCOMPARE(s->state(), Store::State::Ok);
        // A: a decision whose operation, envelope, task and journal line all agree.
        for (quint32 c = 0; c < s->conflicts().size() && m_a.isEmpty(); ++c) {
            const auto links = EvidenceChain::links(*s, c);
            const bool whole = !links.empty() && !EvidenceChain::isBroken(links)
                && std::any_of(links.begin(), links.end(),
                    [](const EvidenceLink &l) { return l.source == EvidenceLink::Source::Task; })
                && std::any_of(links.begin(), links.end(), [](const EvidenceLink &l) {
                       return l.source == EvidenceLink::Source::JournalLine;
                   });
            if (whole)
                m_a = links.front().reference;
        }
        QVERIFY(!m_a.isEmpty());
        const qint32 a = s->findEvidence(m_a);
        QVERIFY(a >= 0);
        QCOMPARE(s->evidence()[quint32(a)].status, EvidenceStatus::Verified);
        for (const EvidenceRecord &e : s->evidence())
            if (m_b.isEmpty() && e.status == EvidenceStatus::Verified && s->text(e.id) != m_a)
                m_b = s->text(e.id);
        QVERIFY(!m_b.isEmpty());
        m_refsToA = int(s->relations().citationsOf[quint32(a)].size());
        QVERIFY(m_refsToA >= 2); // the operation and its task
        QCOMPARE(missingRefs(*s, m_a), 0);
    }

    void init() { writeDemo(); }
    void cleanupTestCase() { StoreLoader::setRacyWindowNs(2'000'000'000); }

    /// (1) Envelope B copied to A's file name.
    void copyAtAnotherName()
    {
        QVERIFY(replaceFile(path(evidenceFile(m_a)), readAll(path(evidenceFile(m_b)))));
        const auto s = Store::open(m_root);
        checkAttack(*s, m_b);
        // B itself is still served by its own file.
        const qint32 b = s->findEvidence(m_b);
        QVERIFY(b >= 0);
        QCOMPARE(s->files()[s->evidence()[quint32(b)].file].path, evidenceFile(m_b));
        QCOMPARE(s->evidence()[quint32(b)].status, EvidenceStatus::Verified);
        checkCli(m_b);
    }

    /// (2) A modified envelope, re-sealed so that it verifies as C, at A's name.
    void resealedAtAnotherName()
    {
        QString c;
        QVERIFY(replaceFile(path(evidenceFile(m_a)), reseal(readAll(path(evidenceFile(m_a))), &c)));
        QVERIFY(c != m_a);
        const auto s = Store::open(m_root);
        checkAttack(*s, c);
        // Its own check passes: only the name gives it away.
        const QByteArray bytes = readAll(path(evidenceFile(m_a)));
        const Json envelope = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        QCOMPARE(Evidence::check(envelope).status, EvidenceStatus::Verified);
        QCOMPARE(Evidence::checkFile(envelope, safeRecordId(m_a) + QStringLiteral(".json")).status,
            EvidenceStatus::Suspect);
        QCOMPARE(s->findEvidence(c), -1); // nor does it serve its own id from there
        checkCli(c);

        // The evidence pane says suspect, and what the file left missing.
        Ui::EvidenceDetail detail;
        detail.setStore(s.get());
        detail.showEvidence(rowAt(*s, evidenceFile(m_a)));
        QVERIFY2(detail.banner()->title().contains(QLatin1String("Suspect")),
            qPrintable(detail.banner()->title()));
        QVERIFY(!detail.banner()->title().contains(QLatin1String("Verified")));
        QVERIFY(!detail.crossCheck()->isHidden());
        QVERIFY2(detail.crossCheck()->text().contains(QStringLiteral("names evidence ") + m_a),
            qPrintable(detail.crossCheck()->text()));
    }

    /// (3) A at its own name plus a copy under another name: A serves, the copy is a problem.
    void duplicateUnderAnotherName()
    {
        // Sorts after A: the first file in path order must not win.
        const QString copy = QStringLiteral("evidence/zz-copy-of-a.json");
        QVERIFY(replaceFile(path(copy), readAll(path(evidenceFile(m_a)))));
        const auto s = Store::open(m_root);
        const qint32 a = s->findEvidence(m_a);
        QVERIFY(a >= 0);
        QCOMPARE(s->files()[s->evidence()[quint32(a)].file].path, evidenceFile(m_a));
        QCOMPARE(s->evidence()[quint32(a)].status, EvidenceStatus::Verified);
        QCOMPARE(int(s->relations().citationsOf[quint32(a)].size()), m_refsToA);
        QCOMPARE(missingRefs(*s, m_a), 0);
        const qint32 dup = rowAt(*s, copy);
        QVERIFY(dup >= 0 && dup != a);
        QCOMPARE(s->evidence()[quint32(dup)].status, EvidenceStatus::Suspect);
        QVERIFY(hasProblem(*s, copy, QStringLiteral("evidence_misnamed"), { m_a }));
        QVERIFY(hasProblem(
            *s, copy, QStringLiteral("duplicate_id"), { evidenceFile(m_a) }, Severity::Warning));
        // Nothing cites the copy, and the decision's chain is whole.
        QVERIFY(s->relations().citationsOf[quint32(dup)].empty());
        for (const quint32 c : EvidenceChain::conflictsNaming(*s, m_a))
            QVERIFY(!EvidenceChain::isBroken(EvidenceChain::links(*s, c)));
    }

    /// A alone, under another name or in another registry: not where its id
    /// says, so not found; the references say where it is.
    void onlyUnderAnotherName_data()
    {
        QTest::addColumn<QString>("moved");
        QTest::newRow("another name") << QStringLiteral("evidence/zz-renamed.json");
        QTest::newRow("another registry")
            << QStringLiteral("tasks/") + safeRecordId(m_a) + QStringLiteral(".json");
    }
    void onlyUnderAnotherName()
    {
        QFETCH(QString, moved);
        QVERIFY(std::rename(QFile::encodeName(path(evidenceFile(m_a))).constData(),
                    QFile::encodeName(path(moved)).constData())
            == 0);
        const auto s = Store::open(m_root);
        QCOMPARE(s->findEvidence(m_a), -1);
        QVERIFY(rowAt(*s, moved) >= 0);
        QCOMPARE(s->misnamedEvidenceFor(m_a), rowAt(*s, moved));
        QCOMPARE(missingRefs(*s, m_a), m_refsToA);
        int hinted = 0;
        for (const Problem &p : s->problems())
            hinted += p.rule == QLatin1String("dangling") && p.message.contains(m_a)
                && p.message.contains(QStringLiteral("only ") + moved);
        QCOMPARE(hinted, m_refsToA);
    }

    /// (4) The cross-check shows where a record names another envelope than the operation.
    void crossCheckShowsTheBreak_data()
    {
        QTest::addColumn<QString>("record");
        QTest::newRow("task") << QStringLiteral("task");
        QTest::newRow("journal line") << QStringLiteral("journal");
    }
    void crossCheckShowsTheBreak()
    {
        QFETCH(QString, record);
        auto before = Store::open(m_root);
        const std::vector<quint32> conflicts = EvidenceChain::conflictsNaming(*before, m_a);
        QCOMPARE(conflicts.size(), 1u);
        const quint32 conflict = conflicts.front();
        EvidenceLink::Source source = EvidenceLink::Source::Task;
        for (const EvidenceLink &l : EvidenceChain::links(*before, conflict)) {
            if (record == QLatin1String("task") && l.source == EvidenceLink::Source::Task) {
                const QString rel = before->files()[before->tasks()[quint32(l.row)].file].path;
                QByteArray bytes = readAll(path(rel));
                QVERIFY(bytes.contains(m_a.toUtf8()));
                QVERIFY(replaceFile(path(rel), bytes.replace(m_a.toUtf8(), m_b.toUtf8())));
            } else if (record == QLatin1String("journal")
                && l.source == EvidenceLink::Source::JournalLine) {
                source = EvidenceLink::Source::JournalLine;
                // Same length, so every other line keeps its offset.
                QByteArray bytes = readAll(path(QStringLiteral("journal.jsonl")));
                const QByteArray key = "\"evidence_id\":\"";
                const qsizetype at = bytes.indexOf(key + m_a.toUtf8());
                QVERIFY(at > 0);
                bytes.replace(at, key.size() + m_a.size(), key + m_b.toUtf8());
                QVERIFY(replaceFile(path(QStringLiteral("journal.jsonl")), bytes));
            }
        }
        before.reset();
        const auto s = Store::open(m_root);
        const auto links = EvidenceChain::links(*s, conflict);
        QVERIFY(EvidenceChain::isBroken(links));
        int different = 0;
        for (const EvidenceLink &l : links) {
            if (l.status == EvidenceLink::Status::Ok)
                continue;
            QCOMPARE(l.status, EvidenceLink::Status::Different);
            QCOMPARE(l.source, source);
            QCOMPARE(l.reference, m_b);
            QVERIFY2(l.message.contains(QStringLiteral("names evidence ") + m_b
                         + QStringLiteral(", but the operation names ") + m_a),
                qPrintable(l.message));
            ++different;
        }
        QCOMPARE(different, 1);

        // The evidence pane of A shows it.
        Ui::EvidenceDetail detail;
        detail.setStore(s.get());
        detail.showEvidence(s->findEvidence(m_a));
        QVERIFY(!detail.crossCheck()->isHidden());
        QVERIFY2(detail.crossCheck()->text().contains(QStringLiteral("but the operation names")),
            qPrintable(detail.crossCheck()->text()));
    }

    /// (5) The load cache: an envelope swapped after the cache was written,
    /// and a cache written while the copy was there, give the same verdicts.
    void loadCache()
    {
        StoreLoader::setRacyWindowNs(50'000'000);
        QTemporaryDir cache;
        StoreOpenOptions options;
        options.cacheDirectory = cache.path() + QStringLiteral("/stores");
        auto settleAndOpen = [&] {
            QThread::msleep(80); // past the racy window: files count as settled
            auto store = Store::open(m_root, options);
            LoadCache::waitForSaves();
            return store;
        };
        QVERIFY(settleAndOpen()->loadStats().cacheSaved);

        QVERIFY(replaceFile(path(evidenceFile(m_a)), readAll(path(evidenceFile(m_b)))));
        const auto swapped = settleAndOpen();
        QVERIFY(swapped->loadStats().cacheFound);
        QVERIFY(swapped->loadStats().filesFromCache > 0);
        checkAttack(*swapped, m_b);
        // Served from the cache that saw the copy.
        const auto again = settleAndOpen();
        QVERIFY(again->loadStats().cacheFound);
        QCOMPARE(again->loadStats().filesRead, 0);
        checkAttack(*again, m_b);
        QCOMPARE(storeDump(*again), storeDump(*Store::open(m_root)));
    }
};

QTEST_MAIN(TestEvidenceId)
#include "tst_evidenceid.moc"
