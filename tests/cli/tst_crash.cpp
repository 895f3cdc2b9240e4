// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Crash consistency and a real full filesystem, with the real CLI in a child
// process. Slow by nature (a few hundred processes); ctest runs it like any other.

#include "clirunner.h"
#include "treecopy.h"

#include "core/io/durablefile.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <nlohmann/json.hpp>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace SyncDesk;

namespace {

int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    const CliRun r = runCli(args);
    if (out)
        *out = r.out;
    if (err)
        *err = r.err;
    return r.exitCode;
}

/// Conflict ids that the given output of `resolve` reported as applied.
QSet<QString> appliedIn(const QByteArray &output)
{
    QSet<QString> ids;
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("applied  "))
            ids.insert(QString::fromUtf8(line.split(' ').value(2)));
    return ids;
}

/**
 * What must hold after any crash: every record parses, and each conflict is
 * pending, or decided with its resolve operation, task, verified evidence and
 * journal line, or listed as half-applied by the intent the crash left.
 * Returns a description of the first violation, or an empty string.
 */
/// Temp files of Sync Desk's own writes anywhere in the store.
QStringList ownTempFiles(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (SyncDesk::DurableFile::isOwnTempName(QFile::encodeName(it.fileName())))
            found << it.filePath();
    }
    return found;
}

QString checkInvariants(const QString &root, const QSet<QString> &reportedApplied)
{
    const auto store = Store::open(root);
    if (store->state() != Store::State::Ok)
        return QStringLiteral("store does not open: ") + store->stateMessage();
    QSet<QString> halfApplied;
    for (const auto &p : store->problems()) {
        if (p.rule == QLatin1String("json") || p.rule == QLatin1String("file")
            || p.rule == QLatin1String("manifest"))
            return QStringLiteral("%1: %2").arg(p.path, p.message);
        if (p.rule == QLatin1String("half_applied"))
            halfApplied.insert(p.field); // the conflict id
        // A crash between the append and the generation bump is recovered later;
        // corrupt lines in the journal would mean a glued or torn append.
        if (p.rule == QLatin1String("journal") && p.severity == Severity::Error)
            return QStringLiteral("journal: ") + p.message;
    }
    QHash<QString, int> journaled;
    for (const auto &e : store->journal().events)
        if (store->text(e.producer) == QLatin1String("sourceos-syncdesk"))
            ++journaled[store->text(e.objectId)];
    const auto &rel = store->relations();
    for (quint32 i = 0; i < store->conflicts().size(); ++i) {
        const auto &c = store->conflicts()[i];
        const QString id = store->text(c.id);
        const bool ours = store->text(c.card.selectedBy) == QLatin1String("actor:local-user")
            && !rel.resolvingOperations[i].empty();
        if (reportedApplied.contains(id)
            && (c.state != CardState::Decided || !ours || journaled.value(id) != 1))
            return id + QStringLiteral(" was reported applied but is not complete");
        if (c.state == CardState::Pending || halfApplied.contains(id))
            continue;
        if (c.state != CardState::Decided)
            return id + QStringLiteral(" is neither pending nor decided");
        if (store->text(c.card.selectedBy) != QLatin1String("actor:local-user"))
            continue; // decided in the demo store already
        if (rel.resolvingOperations[i].size() != 1)
            return id
                + QStringLiteral(" has %1 resolve operations")
                      .arg(rel.resolvingOperations[i].size());
        const quint32 op = rel.resolvingOperations[i][0];
        if (rel.tasksOfOperation[op].size() != 1)
            return id + QStringLiteral(" has no task");
        if (store->operations()[op].evidenceRefs.size() != 1
            || store->findEvidence(store->text(store->operations()[op].evidenceRefs[0])) < 0)
            return id + QStringLiteral(" has no evidence");
        if (journaled.value(id) != 1)
            return id + QStringLiteral(" has %1 journal lines").arg(journaled.value(id));
    }
    return QString();
}

} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_batch;
    int m_decisions = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_template = m_dir.path() + "/template";
        QCOMPARE(run({ "demo-store", m_template, "--operations", "200", "--conflicts", "90",
                     "--evidence", "60", "--seed", "7" }),
            0);
        const auto store = Store::open(m_template);
        nlohmann::json batch = nlohmann::json::array();
        for (const auto &c : store->conflicts()) {
            if (c.state != CardState::Pending)
                continue;
            batch.push_back({ { "conflict", store->text(c.id).toStdString() },
                { "option", store->text(c.card.recommended).toStdString() },
                { "actor", "actor:local-user" },
                { "rationale", "Reviewed during the crash drill." } });
        }
        m_decisions = int(batch.size());
        QVERIFY2(m_decisions >= 50, qPrintable(QString::number(m_decisions)));
        m_batch = m_dir.path() + "/batch.json";
        QFile f(m_batch);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(batch.dump(2)));
    }

    void survivesKillsAtRandomMoments()
    {
        const quint32 seed = qEnvironmentVariableIsSet("SYNCDESK_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("SYNCDESK_CRASH_SEED"))
            : 20261125u;
        const int wantedKills = qEnvironmentVariableIsSet("SYNCDESK_CRASH_KILLS")
            ? qEnvironmentVariableIntValue("SYNCDESK_CRASH_KILLS")
            : 120;
        qInfo("crash seed %u, %d kills, batches of %d decisions", seed, wantedKills, m_decisions);
        QRandomGenerator rng(seed);
        // Kill moments count from when the writer starts writing, not from exec:
        // under ASan, start-up and reading the store (what a dry run does) can
        // outlast the whole 10-160 ms window.
        QElapsedTimer startupClock;
        startupClock.start();
        QVERIFY(run({ "resolve", m_template, "--batch", m_batch, "--dry-run" }) <= 1);
        const int startupMs = int(startupClock.elapsed());
        int kills = 0, rounds = 0, completions = 0, interrupted = 0;
        while (kills < wantedKills) {
            const QString work = m_dir.path() + QStringLiteral("/round-%1").arg(++rounds);
            QVERIFY(copyTree(m_template, work));
            QSet<QString> reported;
            bool done = false;
            // Each round kills the writer again and again until a run completes.
            while (!done) {
                QProcess child;
                child.start(QStringLiteral(SYNCDESK_CLI),
                    { "resolve", work, "--batch", m_batch, "--chunk", "4", "--wait", "5000" });
                QVERIFY(child.waitForStarted());
                const int delay = startupMs + int(rng.bounded(10, 160));
                if (child.waitForFinished(delay)) {
                    done = true;
                    ++completions;
                    QVERIFY2(child.exitCode() <= 1, child.readAllStandardError().constData());
                } else {
                    ::kill(pid_t(child.processId()), SIGKILL);
                    QVERIFY(child.waitForFinished(10000));
                    ++kills;
                    interrupted += QFile::exists(work + "/" + ResolutionWriter::intentFileName());
                }
                reported.unite(appliedIn(child.readAllStandardOutput()));
                const QString violation = checkInvariants(work, reported);
                QVERIFY2(violation.isEmpty(),
                    qPrintable(QStringLiteral("after kill %1 (seed %2): %3")
                                   .arg(kills)
                                   .arg(seed)
                                   .arg(violation)));
                if (kills >= wantedKills && !done) {
                    // Finish the round without killing, to check the end state too.
                    QByteArray out;
                    QVERIFY(run({ "resolve", work, "--batch", m_batch }, &out) <= 1);
                    reported.unite(appliedIn(out));
                    done = true;
                }
            }
            // Once complete, a rerun applies nothing new: every decision is there once.
            QByteArray out;
            run({ "resolve", work, "--batch", m_batch, "--json" }, &out);
            const auto rerun = nlohmann::json::parse(out.constData());
            QVERIFY2(rerun["error"].is_null(), rerun.dump(2).c_str());
            QCOMPARE(rerun["summary"]["applied"].get<int>(), 0);
            const QString violation = checkInvariants(work, reported);
            QVERIFY2(violation.isEmpty(), qPrintable(violation));
            QVERIFY2(!QFile::exists(work + "/" + ResolutionWriter::intentFileName()),
                rerun.dump(1).substr(0, 3000).c_str());
            // Whatever the kills left mid-write, recovery cleaned up.
            QCOMPARE(ownTempFiles(work), QStringList());
            QDir(work).removeRecursively();
        }
        qInfo("%d kills over %d rounds (%d mid-batch, leaving an intent to recover), %d runs "
              "completed unkilled",
            kills, rounds, interrupted, completions);
        QVERIFY(kills >= wantedKills);
        // The kills must land inside writes, or the recovery path went untested.
        QVERIFY(interrupted > wantedKills / 4);
    }

    void fullFilesystem()
    {
        const QString mount = m_dir.path() + "/small";
        QDir().mkpath(mount);
        QProcess m;
        m.start(QStringLiteral("mount"), { "-t", "tmpfs", "-o", "size=12m", "tmpfs", mount });
        if (!m.waitForFinished(10000) || m.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root); the injected ENOSPC and EIO rows "
                  "of tst_resolution cover write failures");
        const auto unmount = qScopeGuard([&] { QProcess::execute("umount", { mount }); });
        const QString store = mount + "/store";
        QVERIFY(copyTree(m_template, store));
        // Fill the disk, then free just enough for the writer to start and fail midway.
        QFile filler(mount + "/filler");
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        QVERIFY(filler.resize(filler.size() - 40 * 1024));

        QMap<QString, QByteArray> before;
        QDirIterator it(store, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            before.insert(f.fileName(), f.readAll());
        }
        QByteArray out, err;
        const int code = run({ "resolve", store, "--batch", m_batch }, &out, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("No space left on device"), err.constData());
        // Whatever was written before the disk filled was undone or completed: the
        // store is consistent, and nothing reported as applied is missing.
        const QString violation = checkInvariants(store, appliedIn(out));
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        for (auto i = before.cbegin(); i != before.cend(); ++i) {
            QFile f(i.key());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(i.key()));
        }

        // With space again, the same batch completes.
        QVERIFY(QFile::remove(mount + "/filler"));
        // (1: the batch holds decisions the gate refuses, such as policy denials.)
        QCOMPARE(run({ "resolve", store, "--batch", m_batch, "--json" }, &out, &err), 1);
        const auto results = nlohmann::json::parse(out.constData())["results"];
        int applied = 0;
        for (const auto &r : results) {
            QVERIFY(r["reason"] != "io_error");
            applied += r["outcome"] == "applied" || r["outcome"] == "already_applied";
        }
        QVERIFY(applied > m_decisions / 2);
        QVERIFY(checkInvariants(store, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
