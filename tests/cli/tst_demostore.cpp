// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "clirunner.h"

#include "core/demo/demostore.h"
#include "core/json/json.h"
#include "core/store/store.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <QTest>

#include <set>

using namespace SyncDesk;

Q_DECLARE_METATYPE(SyncDesk::DemoStoreOptions)

namespace {

using Tree = QMap<QString, QByteArray>;

/// Every file below root by relative path; QMap keeps the comparison independent of listing order.
Tree readTree(const QString &root)
{
    Tree files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        files.insert(base.relativeFilePath(path), f.readAll());
    }
    return files;
}

/// Empty when equal, else the first difference in words.
QString treeDifference(const Tree &expected, const Tree &actual)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return QStringLiteral("missing %1").arg(it.key());
        if (actual.value(it.key()) != it.value())
            return QStringLiteral("%1 differs").arg(it.key());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            return QStringLiteral("unexpected %1").arg(it.key());
    return {};
}

DemoStoreOptions options(int operations, int tasks, int conflicts, int evidence, quint64 seed)
{
    DemoStoreOptions o;
    o.operations = operations;
    o.tasks = tasks;
    o.conflicts = conflicts;
    o.evidence = evidence;
    o.seed = seed;
    return o;
}

QSet<QString> texts(const Store &store, auto &&symbols)
{
    QSet<QString> out;
    for (const auto sym : symbols)
        out.insert(store.text(sym));
    return out;
}

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

} // namespace

class TestDemoStore final : public QObject
{
    Q_OBJECT

private:
    /// Writes a new store under m_dir and returns its path; fails the test on error.
    QString generate(const QString &name, const DemoStoreOptions &o)
    {
        const QString path = m_dir.filePath(name);
        const auto written = DemoStore::write(path, o);
        if (!written)
            qWarning("%s", qPrintable(written.error()));
        return path;
    }

    /// A store for these options, written once and shared by the tests that only read it.
    QString shared(const DemoStoreOptions &o)
    {
        const QString key = QStringLiteral("shared-%1-%2-%3-%4-%5")
                                .arg(o.operations)
                                .arg(o.tasks)
                                .arg(o.conflicts)
                                .arg(o.evidence)
                                .arg(o.seed);
        if (!m_shared.contains(key))
            m_shared.insert(key, generate(key, o));
        return m_shared.value(key);
    }

    QTemporaryDir m_dir;
    QMap<QString, QString> m_shared;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameSeedSameBytes_data()
    {
        QTest::addColumn<DemoStoreOptions>("opts");
        QTest::newRow("default") << DemoStoreOptions();
        QTest::newRow("200 operations") << options(200, -1, 40, -1, 7);
    }
    void sameSeedSameBytes()
    {
        QFETCH(DemoStoreOptions, opts);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_');
        const Tree first = readTree(shared(opts));
        const Tree second = readTree(generate("again-" + tag, opts));
        QVERIFY(first.size() > 100);
        const QString difference = treeDifference(first, second);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void differentSeedDiffers()
    {
        DemoStoreOptions other;
        other.seed = 2;
        const Tree one = readTree(shared(DemoStoreOptions()));
        const Tree two = readTree(shared(other));
        QVERIFY(one != two);
        QCOMPARE(one.size(), two.size()); // same counts, other content
        int differing = 0;
        for (auto it = one.cbegin(); it != one.cend(); ++it)
            differing += two.value(it.key()) != it.value();
        QVERIFY2(differing > one.size() / 2, "a new seed should change most files");
    }

    void refusesNonEmptyDir()
    {
        const QString path = m_dir.filePath("occupied");
        QVERIFY(QDir().mkpath(path + "/sub"));
        QFile keep(path + "/keep.txt");
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine\n");
        keep.close();
        const Tree before = readTree(path);

        const auto refused = DemoStore::write(path, DemoStoreOptions());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
        QCOMPARE(readTree(path), before);
        QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList({ "keep.txt", "sub" }));

        // A file where the folder should be is refused as well.
        const auto onFile = DemoStore::write(path + "/keep.txt", DemoStoreOptions());
        QVERIFY(!onFile);
        QVERIFY2(onFile.error().contains(path + "/keep.txt"), qPrintable(onFile.error()));
        QCOMPARE(readTree(path), before);

        // An existing empty folder is fine.
        QVERIFY(QDir().mkpath(m_dir.filePath("empty")));
        QVERIFY(DemoStore::write(m_dir.filePath("empty"), DemoStoreOptions()));
    }

    void refusesImpossibleCounts_data()
    {
        QTest::addColumn<DemoStoreOptions>("opts");
        QTest::newRow("too few conflicts") << options(36, -1, 3, -1, 1);
        QTest::newRow("too few operations") << options(20, -1, 10, -1, 1);
        QTest::newRow("too few tasks") << options(36, 5, 10, -1, 1);
        QTest::newRow("too few envelopes") << options(200, -1, 100, 20, 1);
    }
    void refusesImpossibleCounts()
    {
        QFETCH(DemoStoreOptions, opts);
        const QString path
            = m_dir.filePath(QStringLiteral("impossible-%1").arg(QTest::currentDataTag()));
        const auto refused = DemoStore::write(path, opts);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
        QVERIFY2(!QFileInfo::exists(path), "nothing is created for refused counts");
    }

    void counts_data()
    {
        QTest::addColumn<DemoStoreOptions>("opts");
        QTest::newRow("default") << DemoStoreOptions();
        QTest::newRow("200 operations") << options(200, -1, 40, -1, 7);
        QTest::newRow("fewer tasks than operations") << options(60, 20, 4, 30, 3);
        QTest::newRow("many retries") << options(50, 140, 12, 9, 4);
    }
    void counts()
    {
        QFETCH(DemoStoreOptions, opts);
        const DemoStoreOptions expected = DemoStore::resolved(opts);

        const auto store = Store::open(shared(opts));
        QCOMPARE(store->state(), Store::State::Ok);
        QCOMPARE(store->registryCount(Registry::Operations), expected.operations);
        QCOMPARE(store->registryCount(Registry::Tasks), expected.tasks);
        QCOMPARE(store->registryCount(Registry::Conflicts), expected.conflicts);
        QCOMPARE(store->registryCount(Registry::Evidence), expected.evidence);

        // One journal line per record written, plus one update per decision.
        int decided = 0;
        for (const auto &c : store->conflicts())
            decided += c.state == CardState::Decided;
        QCOMPARE(store->journal().lines, int(store->files().size()) + decided);
        QCOMPARE(store->manifest().activeGeneration, store->journal().lines);
        QCOMPARE(store->manifest().lastKnownGoodGeneration, store->journal().lines);
        QVERIFY(!store->journal().tornTail);
    }

    void onlyIntendedProblems_data()
    {
        QTest::addColumn<DemoStoreOptions>("opts");
        QTest::newRow("default") << DemoStoreOptions();
        QTest::newRow("200 operations") << options(200, -1, 40, -1, 7);
        QTest::newRow("fewer tasks than operations") << options(60, 20, 4, 30, 3);
    }
    void onlyIntendedProblems()
    {
        QFETCH(DemoStoreOptions, opts);

        const auto store = Store::open(shared(opts));
        QCOMPARE(store->state(), Store::State::Ok);

        QStringList found;
        for (const auto &p : store->problems())
            found << QStringLiteral("%1 %2 %3 %4")
                         .arg(p.severity == Severity::Error ? QStringLiteral("error")
                                                            : QStringLiteral("warning"),
                             p.rule, p.field, p.path.section('/', 0, 0));
        found.sort();
        const QStringList expected {
            "error digest artifact_digest evidence",
            "warning dangling evidence_refs tasks",
            "warning dangling ledger_evidence_refs operations",
            "warning dangling ledger_evidence_refs operations",
        };
        QCOMPARE(found, expected);

        // The tampered envelope is one a reviewer reaches from an operation.
        int tampered = 0;
        for (quint32 e = 0; e < store->evidence().size(); ++e) {
            if (store->evidence()[e].status != EvidenceStatus::Verified) {
                ++tampered;
                QCOMPARE(store->evidence()[e].status, EvidenceStatus::Tampered);
                QVERIFY(!store->relations().citationsOf[e].empty());
            }
        }
        QCOMPARE(tampered, 1);
        // The three missing references name three different envelopes.
        std::set<Sym> missing;
        for (const auto &d : store->relations().dangling) {
            QCOMPARE(d.expected, RecordKind::Evidence);
            missing.insert(d.target);
        }
        QCOMPARE(int(missing.size()), 3);
    }

    void coversEveryCase_data()
    {
        QTest::addColumn<DemoStoreOptions>("opts");
        QTest::newRow("default") << DemoStoreOptions();
        QTest::newRow("200 operations") << options(200, -1, 40, -1, 7);
    }
    void coversEveryCase()
    {
        QFETCH(DemoStoreOptions, opts);

        const auto store = Store::open(shared(opts));
        QCOMPARE(store->state(), Store::State::Ok);
        const Store &s = *store;

        QSet<QString> types, statuses;
        for (const auto &o : s.operations()) {
            types.insert(s.text(o.type));
            statuses.insert(s.text(o.status));
        }
        QCOMPARE(types,
            QSet<QString>({ "sync.operation.enqueue", "sync.operation.replay",
                "sync.operation.reconcile", "sync.conflict.detect", "sync.conflict.resolve",
                "sync.repair.apply", "sync.tombstone.apply", "sync.checkpoint.write" }));
        QCOMPARE(statuses,
            QSet<QString>({ "queued", "running", "replayed", "reconciled", "blocked", "completed",
                "failed", "cancelled" }));

        bool stale = false, leaseExpired = false, staged = false, remote = false;
        for (const auto &o : s.operations()) {
            stale |= o.staleTask == Flag::True;
            leaseExpired |= o.leaseExpired == Flag::True;
            staged |= !o.provisional.empty() && !o.reconciliation.empty();
            remote |= o.remoteId != kNoSym;
        }
        QVERIFY(stale && leaseExpired && staged && remote);

        QSet<QString> taskStatuses;
        for (const auto &t : s.tasks())
            taskStatuses.insert(s.text(t.status));
        QCOMPARE(taskStatuses,
            QSet<QString>({ "pending", "running", "succeeded", "failed", "cancelled" }));
        // Failed at attempts 1 and 2, then succeeded at 3.
        bool retried = false;
        for (quint32 o = 0; o < s.operations().size(); ++o) {
            QStringList chain;
            for (const quint32 t : s.relations().tasksOfOperation[o])
                chain << QStringLiteral("%1:%2")
                             .arg(s.tasks()[t].attempt)
                             .arg(s.text(s.tasks()[t].status));
            chain.sort();
            retried |= chain == QStringList({ "1:failed", "2:failed", "3:succeeded" });
        }
        QVERIFY(retried);

        QSet<QString> severities;
        int pending = 0, decided = 0;
        for (quint32 c = 0; c < s.conflicts().size(); ++c) {
            const auto &conflict = s.conflicts()[c];
            severities.insert(s.text(conflict.severity));
            pending += conflict.state == CardState::Pending;
            decided += conflict.state == CardState::Decided;
            QCOMPARE(int(s.relations().detectingOperations[c].size()), 1);
            QCOMPARE(int(s.relations().resolvingOperations[c].size()),
                conflict.state == CardState::Decided ? 1 : 0);
            QVERIFY(!conflict.explanation.isEmpty());
            QVERIFY(!conflict.card.rationale.isEmpty());
        }
        QCOMPARE(severities, QSet<QString>({ "info", "warning", "review_required", "blocking" }));
        QVERIFY(pending > decided);
        QVERIFY(decided >= 1);

        // Pending conflicts governed by each effect, matched by object, workspace and profile.
        QSet<QString> effects, pendingEffects;
        for (const auto &p : s.policyDecisions())
            effects.insert(s.text(p.effect));
        QCOMPARE(effects, QSet<QString>({ "allow", "deny", "review_required" }));
        for (const auto &c : s.conflicts()) {
            int governing = 0;
            for (const auto &p : s.policyDecisions()) {
                if (p.object == c.object && p.workspace == c.workspace && p.profile == c.profile) {
                    ++governing;
                    if (c.state == CardState::Pending)
                        pendingEffects.insert(s.text(p.effect));
                    else
                        QVERIFY(s.text(p.effect) != QLatin1String("deny"));
                }
            }
            QCOMPARE(governing, 1);
        }
        QCOMPARE(pendingEffects, effects);

        int revoked = 0;
        bool humanWithoutMerge = false, narrowScope = false;
        for (const auto &a : s.actors()) {
            revoked += a.revoked;
            const QSet<QString> caps = texts(s, a.capabilities);
            humanWithoutMerge |= s.text(a.type) == QLatin1String("human") && !a.revoked
                && !caps.contains("merge");
            for (const auto &c : s.conflicts())
                narrowScope
                    |= std::find(a.workspaceScope.begin(), a.workspaceScope.end(), c.workspace)
                    == a.workspaceScope.end();
        }
        QCOMPARE(revoked, 1);
        QVERIFY(humanWithoutMerge);
        QVERIFY(narrowScope);
        bool revokedDevice = false;
        for (const auto &d : s.devices())
            revokedDevice |= d.revoked;
        QVERIFY(revokedDevice);

        QSet<bool> signedness;
        for (const auto &e : s.evidence())
            signedness.insert(e.isSigned == Flag::True);
        QCOMPARE(signedness.size(), 2);
    }

    void journalNamesEveryRecord()
    {
        const QString root = shared(DemoStoreOptions());
        QFile journal(root + "/journal.jsonl");
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = journal.readAll().split('\n');
        QVERIFY(lines.size() > 1 && lines.last().isEmpty());
        const auto store = Store::open(root);
        const QStringList lanes = store->manifest().lanes;
        QCOMPARE(lanes.size(), 10);
        QSet<QString> named;
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const auto parsed = parseJson(lines[i].toStdString());
            QVERIFY(parsed.ok());
            const Json &e = parsed.value;
            QCOMPARE(QString::fromStdString(e["event_id"].get<std::string>()),
                QStringLiteral("evt-%1").arg(i + 1, 8, 10, QLatin1Char('0')));
            QVERIFY(lanes.contains(QString::fromStdString(e["lane"].get<std::string>())));
            const QString path = QString::fromStdString(e["payload"]["path"].get<std::string>());
            QVERIFY2(QFileInfo::exists(root + '/' + path), qPrintable(path));
            named.insert(path);
        }
        for (const auto &f : store->files())
            QVERIFY2(named.contains(f.path), qPrintable(f.path));
    }

    void committedExampleMatches()
    {
        // The example is generated, never edited: a change to the generator must
        // come with `syncdesk-cli demo-store examples/workspace-demo`.
        const Tree committed = readTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"));
        QVERIFY2(!committed.isEmpty(), "examples/workspace-demo is missing");
        const Tree fresh = readTree(shared(DemoStoreOptions()));
        const QString difference = treeDifference(fresh, committed);
        QVERIFY2(difference.isEmpty(),
            qPrintable(difference
                + QStringLiteral("; regenerate examples/workspace-demo with "
                                 "syncdesk-cli demo-store")));
    }

    void cliExitCodes()
    {
        const QString path = m_dir.filePath("cli");
        Run r = cli({ "demo-store", path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(path.toUtf8()), r.out.constData());
        QCOMPARE(readTree(path), readTree(shared(DemoStoreOptions())));

        r = cli({ "demo-store", path });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());

        r = cli({ "demo-store", "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--operations"));

        const QString other = m_dir.filePath("cli-options");
        QCOMPARE(cli({ "demo-store", other, "--operations", "abc" }).exitCode, 2);
        QCOMPARE(cli({ "demo-store", other, "--seed", "-1" }).exitCode, 2);
        QCOMPARE(cli({ "demo-store", other, "--conflicts", "2" }).exitCode, 2);
        QCOMPARE(cli({ "demo-store" }).exitCode, 2);
        QVERIFY(!QFileInfo::exists(other));

        r = cli({ "demo-store", other, "--operations", "80", "--tasks", "90", "--conflicts", "12",
            "--evidence", "15", "--seed", "42" });
        QCOMPARE(r.exitCode, 0);
        const auto store = Store::open(other);
        QCOMPARE(store->registryCount(Registry::Operations), 80);
        QCOMPARE(store->registryCount(Registry::Tasks), 90);
        QCOMPARE(store->registryCount(Registry::Conflicts), 12);
        QCOMPARE(store->registryCount(Registry::Evidence), 15);
    }
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
