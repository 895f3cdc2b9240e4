// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Issue 14, items 1 and 2: the intent file of an interrupted batch is never a
// source of paths or instructions unless Sync Desk sealed it, and no write of
// Apply or recovery can be steered out of the store by swapping a registry for
// a symlink at any step, or by a thread that keeps swapping it.

#include "interruptedcopy.h"
#include "resolutionfixture.h"
#include "treecopy.h"
#include "treesnapshot.h"

#include "core/records/intentseal.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

QString intentPath(const ResolutionFixture &fx)
{
    return fx.store().path(ResolutionWriter::intentFileName());
}

/// An unsealed intent in the old (v1) shape whose paths all lead out of the store.
QByteArray forgedWithPaths(const QString &outside)
{
    nlohmann::ordered_json entry = {
        { "conflict_id", "conflict:alpha-001" },
        { "conflict_path", (outside + "/victim.txt").toStdString() },
        { "evidence_path", "../" + QDir(outside).dirName().toStdString() + "/evidence.json" },
        { "operation_path", (outside + "/bashrc").toStdString() },
        { "task_path", "../../../../../../" + outside.mid(1).toStdString() + "/task" },
        { "before_sha256", std::string(64, '0') },
        { "after_sha256", std::string(64, '1') },
        { "conflict_after", { { "decision_card", { { "selected_option", "merge" } } } } },
        { "evidence", { { "evidence_id", "evidence-x" } } },
        { "operation", "echo owned" },
        { "task", nlohmann::ordered_json::object() },
        { "journal_line", { { "payload", { { "evidence_id", "evidence-y" } } } } },
    };
    nlohmann::ordered_json intent = { { "schema", "sourceos.syncdesk-intent/v1alpha1" },
        { "journal_lines_before", 0 }, { "journal_size_before", 0 }, { "generation_before", 0 },
        { "decisions", { entry } } };
    return QByteArray::fromStdString(intent.dump(2));
}

/// A tree snapshot without the root folder's own time stamp, which the lock
/// file changes by coming and going.
QMap<QString, QString> contents(QMap<QString, QString> snapshot)
{
    snapshot.remove(QStringLiteral("."));
    return snapshot;
}

bool hasProblem(const Store &store, const QString &rule, const QString &file)
{
    for (const auto &p : store.problems())
        if (p.rule == rule && p.path == file)
            return true;
    return false;
}

} // namespace

class TestWriteConfinement final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        // The seal's key lives here, never in the user's own data folder.
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
    }

    void forgedIntentIsNeverActedOn_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("v1 intent with paths out of the store") << "paths";
        QTest::newRow("v2 body, no seal") << "unsealed";
        QTest::newRow("sealed with another key") << "otherkey";
        QTest::newRow("sealed, then one byte of the body changed") << "edited";
        QTest::newRow("not JSON") << "garbage";
        QTest::newRow("a FIFO") << "fifo";
        QTest::newRow("a symlink to a file outside") << "symlink";
        QTest::newRow("a folder") << "folder";
    }
    void forgedIntentIsNeverActedOn()
    {
        QFETCH(QString, kind);
        ResolutionFixture fx;
        QTemporaryDir outsideDir;
        const QString outside = outsideDir.path();
        QFile victim(outside + "/victim.txt");
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("the user's own file\n");
        victim.close();

        const QString path = intentPath(fx);
        nlohmann::ordered_json body = { { "journal_lines_before", 0 }, { "journal_size_before", 0 },
            { "generation_before", 0 }, { "decisions", nlohmann::ordered_json::array() } };
        if (kind == "paths") {
            fx.store().write(ResolutionWriter::intentFileName(), forgedWithPaths(outside));
        } else if (kind == "unsealed") {
            nlohmann::ordered_json file
                = { { "schema", "sourceos.syncdesk-intent/v2" }, { "body", body.dump() } };
            fx.store().write(
                ResolutionWriter::intentFileName(), QByteArray::fromStdString(file.dump()));
        } else if (kind == "otherkey" || kind == "edited") {
            QByteArray sealed = IntentSeal::seal(
                body, kind == "otherkey" ? QByteArray(32, 'k') : IntentSeal::key().value());
            if (kind == "edited")
                sealed.replace("\\\"generation_before\\\":0", "\\\"generation_before\\\":7");
            QVERIFY(sealed.contains("generation_before"));
            fx.store().write(ResolutionWriter::intentFileName(), sealed);
        } else if (kind == "garbage") {
            fx.store().write(ResolutionWriter::intentFileName(), "rm -rf ~\n");
        } else if (kind == "fifo") {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        } else if (kind == "symlink") {
            QVERIFY(QFile::link(victim.fileName(), path));
        } else if (kind == "folder") {
            QVERIFY(QDir().mkdir(path));
        }
        const auto outsideBefore = treeSnapshot(outside);
        const auto storeBefore = treeSnapshot(fx.root());

        // Reading shows it as a problem and never as half-applied decisions.
        const auto store = Store::open(fx.root());
        QVERIFY(hasProblem(
            *store, QStringLiteral("foreign_intent"), ResolutionWriter::intentFileName()));

        const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() });
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QVERIFY2(report.outcomes[0].message.contains(ResolutionWriter::intentFileName()),
            qPrintable(report.outcomes[0].message));
        QVERIFY2(report.outcomes[0].message.contains(QStringLiteral("not acted on")),
            qPrintable(report.outcomes[0].message));
        QCOMPARE(treeSnapshot(outside), outsideBefore);
        // Nothing in the store was removed or changed; only the lock file comes and goes.
        QCOMPARE(contents(treeSnapshot(fx.root())), contents(storeBefore));
    }

    void sealedEntriesAreCheckedAndPathsComeFromIds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("conflict id with parent folders") << "conflict_id"
                                                         << "../../../x";
        QTest::newRow("evidence id of another envelope") << "evidence_id"
                                                         << "evidence-0000";
        QTest::newRow("operation id not derived") << "operation_id"
                                                  << "workspace-operation:../x";
        QTest::newRow("hash of another file") << "evidence_sha256" << QString(64, QLatin1Char('a'));
    }
    void sealedEntriesAreCheckedAndPathsComeFromIds()
    {
        // Even an intent sealed with the user's key (a bug, or an old format)
        // names files only through ids that must be exactly the ones Sync Desk
        // derives; one that is not is reported and left alone.
        QFETCH(QString, field);
        QFETCH(QString, value);
        ResolutionFixture fx;
        QTemporaryDir copyDir;
        const QString copy = interruptedCopy(fx, WriteStep::Conflicts, copyDir.path() + "/s");
        QVERIFY(!copy.isEmpty());
        const QString path = copy + "/" + ResolutionWriter::intentFileName();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray fileBytes = f.readAll();
        f.close();
        const auto opened = IntentSeal::open(
            fileBytes.toStdString(), IntentSeal::key().value(), IntentSeal::storeIdentity(copy));
        QCOMPARE(int(opened.status), int(IntentSeal::Status::Sealed));
        nlohmann::ordered_json body = opened.body;
        body["decisions"][0][field.toStdString()] = value.toStdString();
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(IntentSeal::seal(body, IntentSeal::key().value()));
        out.close();

        const auto before = treeSnapshot(copy);
        const auto report = ResolutionWriter::apply(copy, {});
        QVERIFY2(report.recovered.join('\n').contains(QStringLiteral("ignored")),
            qPrintable(report.recovered.join('\n')));
        // The entry was not carried out: no journal line, no conflict decided,
        // and nothing of what the interrupted write left was deleted.
        auto after = treeSnapshot(copy);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == ResolutionWriter::intentFileName() || it.key() == "."
                || it.key() == "conflicts" || it.key() == ResolutionWriter::lockFileName())
                continue;
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    void recoveryCompletesFromEveryStep_data()
    {
        QTest::addColumn<int>("step");
        for (int s = int(WriteStep::Evidence); s <= int(WriteStep::Finish); ++s)
            QTest::addRow("crash before step %d", s) << s;
    }
    void recoveryCompletesFromEveryStep()
    {
        QFETCH(int, step);
        ResolutionFixture fx;
        QTemporaryDir copyDir;
        const QString copy = interruptedCopy(fx, WriteStep(step), copyDir.path() + "/s");
        QVERIFY(!copy.isEmpty());
        QVERIFY(QFile::exists(copy + "/" + ResolutionWriter::intentFileName()));
        const auto report = ResolutionWriter::apply(copy, { forkDecision() });
        QVERIFY(!report.ioError);
        QVERIFY(!QFile::exists(copy + "/" + ResolutionWriter::intentFileName()));
        const auto store = Store::open(copy);
        // Completed (or never started): either way the conflict is decided once,
        // with its operation, task, evidence and exactly one journal line.
        QCOMPARE(report.outcomes[0].outcome,
            step == int(WriteStep::Evidence) ? Outcome::Applied : Outcome::AlreadyApplied);
        int lines = 0;
        for (const auto &e : store->journal().events)
            lines += store->text(e.objectId) == QLatin1String("conflict:alpha-001")
                && store->text(e.producer) == QLatin1String("sourceos-syncdesk");
        QCOMPARE(lines, 1);
        for (const auto &p : store->problems())
            QVERIFY2(p.rule != QLatin1String("dangling")
                    || !p.message.contains(QLatin1String("syncdesk-resolve")),
                qPrintable(p.message));
    }

    void aGenuineIntentIsNeverReplayed()
    {
        // An intent sealed by this account for a batch that has finished (kept
        // from then, or copied from another store) is never acted on again.
        ResolutionFixture fx;
        QTemporaryDir copyDir;
        const QString copy = interruptedCopy(fx, WriteStep::Conflicts, copyDir.path() + "/s");
        QVERIFY(!copy.isEmpty());
        IntentSeal::clearPending(batchOf(copy)); // the batch finished
        const auto before = treeSnapshot(copy);
        const auto store = Store::open(copy);
        QVERIFY(hasProblem(
            *store, QStringLiteral("foreign_intent"), ResolutionWriter::intentFileName()));
        const auto report = ResolutionWriter::apply(copy, { forkDecision() });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QVERIFY2(report.outcomes[0].message.contains(QStringLiteral("not pending")),
            qPrintable(report.outcomes[0].message));
        QCOMPARE(contents(treeSnapshot(copy)), contents(before));
    }

    void anIntentCopiedToAnotherStoreIsNeverActedOn()
    {
        // A pending batch's intent (and its envelope) copied into a clone of the
        // store: the clone never completes a decision nobody made there, and the
        // original still completes its own.
        ResolutionFixture fx;
        QTemporaryDir aside, cloneDir;
        const QString store = interruptedCopy(fx, WriteStep::Conflicts, aside.path() + "/s");
        QVERIFY(!store.isEmpty());
        const QString clone = cloneDir.path() + "/clone";
        QVERIFY(copyTree(store, clone));
        const auto before = treeSnapshot(clone);
        const auto report = ResolutionWriter::apply(clone, {});
        QVERIFY2(report.recovered.join('\n').contains(QStringLiteral("another store")),
            qPrintable(report.recovered.join('\n')));
        QCOMPARE(contents(treeSnapshot(clone)), contents(before));
        const auto own = ResolutionWriter::apply(store, { forkDecision() });
        QVERIFY(!own.ioError);
        QCOMPARE(own.outcomes[0].outcome, Outcome::AlreadyApplied);
        QVERIFY2(own.recovered.join('\n').contains(QStringLiteral("Completed")),
            qPrintable(own.recovered.join('\n')));
    }

    void journalLinesAreCountedAsTheDaemonCounts()
    {
        // The daemon names a new event evt-(non-empty lines + 1): empty and
        // white-space lines do not count.
        ResolutionFixture fx;
        QFile journal(fx.store().path("journal.jsonl"));
        QVERIFY(journal.open(QIODevice::ReadWrite));
        const QList<QByteArray> lines = journal.readAll().split('\n');
        qint64 nonEmpty = 0;
        for (const auto &l : lines)
            nonEmpty += !l.trimmed().isEmpty();
        journal.seek(journal.size());
        journal.write("\n\n   \n\t\n");
        journal.close();
        const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        QCOMPARE(report.outcomes[0].eventId,
            QStringLiteral("evt-%1").arg(nonEmpty + 1, 8, 10, QLatin1Char('0')));
    }

    void hardLinkedOrSparseJournalIsNeverAppendedTo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("hard link to a file outside") << "link";
        QTest::newRow("sparse, 4 GiB") << "sparse";
    }
    void hardLinkedOrSparseJournalIsNeverAppendedTo()
    {
        QFETCH(QString, kind);
        ResolutionFixture fx;
        QTemporaryDir outsideDir;
        const QString journal = fx.store().path("journal.jsonl");
        if (kind == "link") {
            const QString victim = outsideDir.path() + "/notes.txt";
            QVERIFY(QFile::copy(journal, victim));
            QVERIFY(QFile::remove(journal));
            QCOMPARE(::link(QFile::encodeName(victim).constData(),
                         QFile::encodeName(journal).constData()),
                0);
        } else {
            QCOMPARE(::truncate(QFile::encodeName(journal).constData(), 4LL << 30), 0);
        }
        const auto outsideBefore = treeSnapshot(outsideDir.path());
        const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QVERIFY2(report.outcomes[0].message.contains(QStringLiteral("journal.jsonl")),
            qPrintable(report.outcomes[0].message));
        QCOMPARE(treeSnapshot(outsideDir.path()), outsideBefore);
    }

    void aPreplacedOperationIsNotTakenForSyncDesks()
    {
        // The operation's file name is predictable; a file another writer put
        // there first must not stand in for Sync Desk's record of the decision.
        ResolutionFixture fx;
        const auto dry = ResolutionWriter::apply(fx.root(), { forkDecision() }, [] {
            ApplyOptions o;
            o.dryRun = true;
            return o;
        }());
        const QString name = safeRecordId(dry.outcomes[0].operationId) + ".json";
        fx.store().write(
            "operations/" + name, "{\"operation_id\": \"attacker\", \"status\": \"completed\"}\n");
        const auto conflictBefore = fx.store().read("conflicts/conflict_alpha-001.json");
        const auto evidenceBefore
            = QDir(fx.store().path("evidence")).entryList({ "*.json" }, QDir::Files).size();
        const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QVERIFY2(report.outcomes[0].message.contains(name), qPrintable(report.outcomes[0].message));
        QCOMPARE(fx.store().read("conflicts/conflict_alpha-001.json"), conflictBefore);
        QCOMPARE(QDir(fx.store().path("evidence")).entryList({ "*.json" }, QDir::Files).size(),
            evidenceBefore);
        QVERIFY(QDir(fx.store().path("tasks")).entryList({ "*syncdesk-resolve*" }).isEmpty());
    }

    void withdrawalRemovesOnlyWhatSyncDeskWrote()
    {
        ResolutionFixture fx;
        QTemporaryDir copyDir;
        const QString copy = interruptedCopy(fx, WriteStep::Conflicts, copyDir.path() + "/s");
        QVERIFY(!copy.isEmpty());
        // Meanwhile someone else decided the conflict, and the operation file of
        // the interrupted decision was replaced by another writer's record.
        auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        conflict["decision_card"]["selected_option"] = "skip";
        conflict["decision_card"]["selected_by"] = "actor:agent-one";
        conflict["decision_card"]["selected_at"] = "2026-11-25T10:00:00Z";
        QFile c(copy + "/conflicts/conflict_alpha-001.json");
        QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
        c.write(QByteArray::fromStdString(conflict.dump(2) + "\n"));
        c.close();
        const QStringList operations
            = QDir(copy + "/operations").entryList({ "*syncdesk-resolve*" }, QDir::Files);
        QCOMPARE(operations.size(), 1);
        const QString theirs = copy + "/operations/" + operations[0];
        QFile op(theirs);
        QVERIFY(op.open(QIODevice::WriteOnly | QIODevice::Truncate));
        op.write("{\"written\": \"by another writer\"}\n");
        op.close();

        const auto report = ResolutionWriter::apply(copy, {});
        QVERIFY(!report.ioError);
        QVERIFY2(report.recovered.join('\n').contains(QStringLiteral("withdrawn")),
            qPrintable(report.recovered.join('\n')));
        QVERIFY(QDir(copy + "/evidence").entryList({ "evidence-*" }).isEmpty()
            || !QDir(copy + "/evidence")
                    .entryList(QDir::Files)
                    .join(',')
                    .contains(QStringLiteral("syncdesk")));
        QVERIFY(QDir(copy + "/tasks").entryList({ "*syncdesk-resolve*" }, QDir::Files).isEmpty());
        // Not Sync Desk's bytes any more: kept.
        QVERIFY(QFile::exists(theirs));
    }

    void registrySwappedForASymlinkAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("folder");
        for (const char *folder : { "conflicts", "evidence", "operations", "tasks" })
            for (int s = int(WriteStep::Intent); s <= int(WriteStep::Manifest); ++s)
                QTest::addRow("%s before step %d", folder, s) << s << QString::fromLatin1(folder);
    }
    void registrySwappedForASymlinkAtEveryStep()
    {
        QFETCH(int, step);
        QFETCH(QString, folder);
        ResolutionFixture fx;
        QTemporaryDir outsideDir;
        const QString outside = outsideDir.path();
        const auto outsideBefore = treeSnapshot(outside);
        ApplyOptions options;
        options.beforeStep = [&](WriteStep s) {
            if (int(s) != step)
                return;
            QVERIFY(QDir(fx.root()).rename(folder, folder + ".moved"));
            QVERIFY(QFile::link(outside, fx.store().path(folder)));
        };
        const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() }, options);
        QCOMPARE(treeSnapshot(outside), outsideBefore);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QVERIFY2(
            report.outcomes[0].message.contains(folder), qPrintable(report.outcomes[0].message));
    }

    void aRacingThreadNeverRedirectsAWrite()
    {
        // A thread swaps each registry for a symlink to an outside folder and
        // back, as fast as it can, while decisions are applied one by one.
        ResolutionFixture fx;
        QTemporaryDir outsideDir;
        const QString outside = outsideDir.path();
        const auto outsideBefore = treeSnapshot(outside);
        std::atomic<bool> stop { false };
        std::thread racer([&] {
            const QByteArray root = QFile::encodeName(fx.root());
            const QByteArray target = QFile::encodeName(outside);
            for (int round = 0; !stop; ++round) {
                const char *folder = std::array { "conflicts", "evidence", "operations",
                    "tasks" }[std::size_t(round % 4)];
                const QByteArray path = root + '/' + folder;
                const QByteArray moved = path + ".moved";
                if (::rename(path.constData(), moved.constData()) != 0)
                    continue;
                ::symlink(target.constData(), path.constData());
                std::this_thread::yield();
                ::unlink(path.constData());
                ::rename(moved.constData(), path.constData());
                // Leave the writer gaps, so that some Applies run between swaps.
                std::this_thread::sleep_for(std::chrono::microseconds(round % 3 == 0 ? 500 : 0));
            }
        });
        int applied = 0;
        for (int i = 0; i < 200; ++i) {
            const auto report = ResolutionWriter::apply(fx.root(), { forkDecision() });
            applied += report.outcomes[0].outcome != Outcome::Refused;
        }
        stop = true;
        racer.join();
        QCOMPARE(treeSnapshot(outside), outsideBefore);
        QVERIFY(QFileInfo(fx.store().path("conflicts")).isDir());
        qInfo("%d of 200 attempts went through between swaps", applied);
    }
};

QTEST_GUILESS_MAIN(TestWriteConfinement)
#include "tst_writeconfinement.moc"
