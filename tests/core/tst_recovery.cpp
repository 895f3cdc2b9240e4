// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Issue 15, item 4: recovering an interrupted batch beside a daemon that keeps
// writing. Recovery numbers its journal lines at the append, adds the
// generation bumps the crash cost and no more, and removes the temp files Sync
// Desk's killed writes left, never anyone else's.

#include "interruptedcopy.h"
#include "resolutionfixture.h"

#include "core/io/durablefile.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace SyncDesk;

namespace {

using Json = nlohmann::ordered_json;

Json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Json();
    const QByteArray bytes = f.readAll();
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QList<Json> journalLines(const QString &root)
{
    QFile f(root + QStringLiteral("/journal.jsonl"));
    QList<Json> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(Json::parse(line.constData(), line.constData() + line.size()));
    return lines;
}

qint64 generationOf(const QString &root)
{
    return readJson(root + QStringLiteral("/manifest.json"))["active_generation"].get<qint64>();
}

/**
 * One append as the daemon makes it (spec: "How the daemon writes"): count the
 * non-empty lines, append one line numbered count + 1, then read the manifest,
 * set the generation read + 1 and rename manifest.json.tmp over it. No lock.
 */
void daemonAppend(const QString &root, const QString &objectId)
{
    const QString id
        = QStringLiteral("evt-%1").arg(journalLines(root).size() + 1, 8, 10, QLatin1Char('0'));
    const Json line = { { "schema", "sourceos.journal-event/v1alpha1" },
        { "event_id", id.toStdString() }, { "event_type", "update" }, { "lane", "normal" },
        { "object_id", objectId.toStdString() }, { "producer", "sourceos-syncd" },
        { "created_at", "2026-12-05T09:00:00Z" }, { "payload", Json::object() },
        { "applied", true } };
    QFile journal(root + QStringLiteral("/journal.jsonl"));
    QVERIFY(journal.open(QIODevice::Append));
    journal.write(QByteArray::fromStdString(line.dump() + "\n"));
    journal.close();
    Json manifest = readJson(root + QStringLiteral("/manifest.json"));
    manifest["active_generation"] = manifest["active_generation"].get<qint64>() + 1;
    manifest["updated_at"] = "2026-12-05T09:00:00Z";
    QFile tmp(root + QStringLiteral("/manifest.json.tmp"));
    QVERIFY(tmp.open(QIODevice::WriteOnly | QIODevice::Truncate));
    tmp.write(QByteArray::fromStdString(manifest.dump(2) + "\n"));
    tmp.close();
    QVERIFY(::rename(QFile::encodeName(tmp.fileName()).constData(),
                QFile::encodeName(root + QStringLiteral("/manifest.json")).constData())
        == 0);
}

/// Every journal line whose event_id is not its line number, as "line: id".
QStringList misnumbered(const QString &root)
{
    QStringList wrong;
    const auto lines = journalLines(root);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString expected = QStringLiteral("evt-%1").arg(i + 1, 8, 10, QLatin1Char('0'));
        const QString id = QString::fromStdString(lines[i].value("event_id", std::string()));
        if (id != expected)
            wrong << QStringLiteral("%1: %2").arg(i + 1).arg(id);
    }
    return wrong;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestRecovery final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
    }

    void recoveryNumbersItsLinesAtTheAppend()
    {
        // Killed before its journal line; the daemon appends while recovery has
        // already counted the journal and is placing the decision's records.
        ResolutionFixture fx;
        QTemporaryDir aside;
        const QString store = interruptedCopy(fx, WriteStep::Journal, aside.path() + "/s");
        QVERIFY(!store.isEmpty());
        const qint64 generation = generationOf(store);
        const qsizetype linesBefore = journalLines(store).size();
        ApplyOptions options;
        int raced = 0;
        options.beforeStep = [&](WriteStep step) {
            if (step == WriteStep::Journal && raced++ == 0)
                daemonAppend(store, QStringLiteral("file:daemon-1"));
        };
        const auto report = ResolutionWriter::apply(store, {}, options);
        QVERIFY2(!report.ioError, qPrintable(report.ioError ? report.ioError->message : QString()));
        QCOMPARE(raced, 1);
        QVERIFY2(report.recovered.join('\n').contains(QLatin1String("Completed")),
            qPrintable(report.recovered.join('\n')));

        // The daemon's line and Sync Desk's, each numbered where it landed.
        const auto lines = journalLines(store);
        QCOMPARE(lines.size(), linesBefore + 2);
        QCOMPARE(misnumbered(store), QStringList());
        QVERIFY(lines[linesBefore]["producer"] == "sourceos-syncd");
        const Json &ours = lines.back();
        QVERIFY(ours["producer"] == "sourceos-syncdesk");
        // The operation cites the line as it landed.
        const QString operationPath = store + QStringLiteral("/operations/")
            + safeRecordId(QString::fromStdString(ours["payload"]["operation_id"]))
            + QStringLiteral(".json");
        QCOMPARE(QString::fromStdString(readJson(operationPath)["local_log_ref"]),
            QStringLiteral("journal:") + QString::fromStdString(ours["event_id"]));
        // One bump each: the daemon's survives, Sync Desk's is added.
        QCOMPARE(generationOf(store), generation + 2);
        const auto loaded = Store::open(store);
        QCOMPARE(loaded->conflicts()[0].state, CardState::Decided);
    }

    void missingBumpsAreAddedOnce_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("daemonWrites");
        QTest::addColumn<int>("ownBumps"); // the bump the interrupted batch still owes
        // Killed after its line, before the bump: it is owed, whatever the daemon did.
        QTest::newRow("before the bump") << int(WriteStep::Manifest) << false << 1;
        QTest::newRow("before the bump, the daemon bumped since")
            << int(WriteStep::Manifest) << true << 1;
        // Killed after the bump, before the intent went: nothing is owed.
        QTest::newRow("after the bump") << int(WriteStep::Finish) << false << 0;
        QTest::newRow("after the bump, the daemon bumped since")
            << int(WriteStep::Finish) << true << 0;
    }
    void missingBumpsAreAddedOnce()
    {
        QFETCH(int, step);
        QFETCH(bool, daemonWrites);
        QFETCH(int, ownBumps);
        ResolutionFixture fx;
        const qint64 initial = generationOf(fx.root());
        QTemporaryDir aside;
        const QString store = interruptedCopy(fx, WriteStep(step), aside.path() + "/s");
        QVERIFY(!store.isEmpty());
        const qint64 atCrash = generationOf(store);
        QCOMPARE(atCrash, initial + 1 - ownBumps);
        if (daemonWrites)
            daemonAppend(store, QStringLiteral("file:daemon-1"));
        const auto report = ResolutionWriter::apply(store, {});
        QVERIFY(!report.ioError);
        QVERIFY(!QFile::exists(store + "/" + ResolutionWriter::intentFileName()));
        // Every line has its bump: Sync Desk's one and the daemon's, no more.
        QCOMPARE(generationOf(store), initial + 1 + (daemonWrites ? 1 : 0));
        QCOMPARE(
            report.recovered.join('\n').contains(QLatin1String("generation bump")), ownBumps > 0);
        QCOMPARE(misnumbered(store), QStringList());
    }

    void ownTempFilesAreRemovedAndNoOneElses()
    {
        ResolutionFixture fx;
        QTemporaryDir aside;
        const QString store = interruptedCopy(fx, WriteStep::Conflicts, aside.path() + "/s");
        QVERIFY(!store.isEmpty());
        // What killed writes of Sync Desk leave: ".<name>.<16 hex>.tmp".
        const QStringList ours { "/.manifest.json.0123456789abcdef.tmp",
            "/.syncdesk-intent.json.00000000deadbeef.tmp",
            "/evidence/.evidence-1.json.0000000000000001.tmp",
            "/operations/.x.json.abcdefabcdefabcd.tmp", "/tasks/.y.json.1111111111111111.tmp" };
        // The daemon's fixed temp names, other dot files, and a link of our shape.
        const QStringList theirs { "/manifest.json.tmp", "/conflicts/conflict_alpha-001.json.tmp",
            "/evidence/.notes.tmp", "/tasks/.y.json.111111111111111.tmp",
            "/operations/.x.json.ABCDEFABCDEFABCD.tmp" };
        for (const auto &name : ours + theirs)
            writeFile(store + name, "left behind\n");
        // A conflict's temp can hold Sync Desk's bytes in part (killed while
        // writing it), or what an exchange displaced (killed before its check):
        // the version the batch checked goes, another writer's version stays.
        QFile conflictFile(store + "/conflicts/conflict_alpha-001.json");
        QVERIFY(conflictFile.open(QIODevice::ReadOnly));
        const QByteArray checked = conflictFile.readAll();
        conflictFile.close();
        const QString partial = "/conflicts/.conflict_alpha-001.json.fedcba9876543210.tmp";
        const QString displaced = "/conflicts/.conflict_alpha-001.json.fedcba9876543211.tmp";
        const QString anotherWriters = "/conflicts/.conflict_alpha-001.json.fedcba9876543212.tmp";
        writeFile(store + partial, checked.left(40));
        writeFile(store + displaced, checked);
        Json rewritten = Json::parse(checked.constData(), checked.constData() + checked.size());
        rewritten["user_explanation"] = "rewritten by the daemon";
        writeFile(store + anotherWriters, QByteArray::fromStdString(rewritten.dump(2) + "\n"));
        const QStringList ourConflictTemps { partial, displaced };
        QVERIFY(QFile::link(
            store + "/manifest.json", store + "/operations/.link.json.2222222222222222.tmp"));
        const auto report = ResolutionWriter::apply(store, {});
        QVERIFY(!report.ioError);
        for (const auto &name : ours)
            QVERIFY2(!QFile::exists(store + name), qPrintable(name));
        for (const auto &name : theirs)
            QVERIFY2(QFile::exists(store + name), qPrintable(name));
        for (const auto &name : ourConflictTemps)
            QVERIFY2(!QFile::exists(store + name), qPrintable(name));
        QVERIFY(QFile::exists(store + anotherWriters));
        QVERIFY2(report.recovered.join('\n').contains(store + anotherWriters + " was kept"),
            qPrintable(report.recovered.join('\n')));
        QVERIFY(QFileInfo(store + "/operations/.link.json.2222222222222222.tmp").isSymLink());
        QVERIFY2(report.recovered.join('\n').contains(QLatin1String("7 temp file")),
            qPrintable(report.recovered.join('\n')));

        // With no interrupted batch, a temp file left in the root (a kill while the
        // intent itself was written) goes on the next Apply.
        writeFile(store + ours[0], "left behind\n");
        const auto next = ResolutionWriter::apply(store, { forkDecision() });
        QVERIFY(!next.ioError);
        QVERIFY(!QFile::exists(store + ours[0]));
        QVERIFY(QFile::exists(store + theirs[0]));
    }

    void interruptedRevisionIsCompleted_data()
    {
        QTest::addColumn<WriteStep>("step");
        QTest::newRow("before the conflict") << WriteStep::Conflicts;
        QTest::newRow("before the journal") << WriteStep::Journal;
        QTest::newRow("before the bump") << WriteStep::Manifest;
    }

    void interruptedRevisionIsCompleted()
    {
        // A revision's ids derive also from the envelope it supersedes: recovery
        // must derive them so too, or it ignores the revision it should finish.
        QFETCH(WriteStep, step);
        ResolutionFixture fx;
        const auto first = ResolutionWriter::apply(fx.root(), { forkDecision() }).outcomes[0];
        QCOMPARE(first.outcome, Outcome::Applied);
        Decision revise { QStringLiteral("conflict:alpha-001"), DecisionOption::Merge,
            QStringLiteral("actor:local-user"), QStringLiteral("One text after all.") };
        revise.revise = true;
        QTemporaryDir aside;
        const QString store = interruptedCopy(fx, step, aside.path() + "/s", { revise });
        QVERIFY(!store.isEmpty());
        const qsizetype lines = journalLines(store).size();
        const auto report = ResolutionWriter::apply(store, {});
        QVERIFY2(!report.ioError, qPrintable(report.ioError ? report.ioError->message : QString()));
        QVERIFY2(!report.recovered.join(QLatin1Char('\n')).contains(QLatin1String("ignored")),
            qPrintable(report.recovered.join(QLatin1Char('\n'))));
        QVERIFY(!QFile::exists(store + QLatin1Char('/') + ResolutionWriter::intentFileName()));
        const Json conflict
            = readJson(store + QStringLiteral("/conflicts/conflict_alpha-001.json"));
        QVERIFY(conflict["decision_card"]["selected_option"] == "merge");
        const auto all = journalLines(store);
        if (step != WriteStep::Manifest)
            QCOMPARE(all.size(), lines + 1);
        const Json &last = all.back();
        QVERIFY(last["payload"]["supersedes"] == first.evidenceId.toStdString());
        QVERIFY(last["payload"]["option"] == "merge");
        QCOMPARE(generationOf(store), qint64(all.size()));
        QVERIFY(misnumbered(store).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
