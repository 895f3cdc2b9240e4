// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: each daemon write at each step of Apply, the kill runs and
// the checker's expectations belong to one scenario table.

// Issue 15, item 7: Sync Desk beside a daemon that writes the same store and
// takes no lock. DaemonWriter writes as the spec says sourceos-syncd does; the
// checker (coexistcheck.h) counts, per run, what became of the daemon's writes
// and of Sync Desk's numbering and bumps. Every count Sync Desk controls must be 0:
// - at each step of Apply (the beforeStep hook), each kind of daemon write, whole
//   or split around the step (its own read-modify-write race, forced);
// - the same with an injected I/O error, rollback and recovery;
// - `syncdesk-cli resolve` killed (SIGKILL) while the daemon runs in a process of
//   its own, then recovered while it still writes;
// - random interleavings with the daemon in a thread of its own (fixed seed here;
//   scripts/coexist.sh runs the long version: SYNCDESK_COEXIST_RUNS).

#include "coexistcheck.h"
#include "daemonwriter.h"
#include "interruptedcopy.h"
#include "resolutionfixture.h"

#include "core/io/durablefile.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

const QString kActor = QStringLiteral("actor:local-user");

/// The resolution fixture with `extra` more pending conflicts cloned from alpha.
class CoexistStore final
{
public:
    explicit CoexistStore(int extra)
    {
        auto base = m_fx.json("conflicts/conflict_alpha-001.json");
        m_pending << QStringLiteral("conflict:alpha-001");
        for (int i = 1; i <= extra; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            auto c = base;
            c["conflict_id"] = ("conflict:coexist-" + n).toStdString();
            c["decision_card"]["card_id"] = ("decision-card:coexist-" + n).toStdString();
            m_fx.put(QStringLiteral("conflicts/conflict_coexist-%1.json").arg(n), c);
            m_pending << QStringLiteral("conflict:coexist-") + n;
        }
    }
    QString root() const { return m_fx.root(); }
    const ResolutionFixture &fixture() const { return m_fx; }
    const QStringList &pending() const { return m_pending; }
    qint64 generation() const
    {
        return m_fx.json("manifest.json")["active_generation"].get<qint64>();
    }

private:
    ResolutionFixture m_fx;
    QStringList m_pending;
};

Decision decide(const QString &conflict)
{
    return { conflict, DecisionOption::Fork, kActor,
        QStringLiteral("Both versions carry reviewed edits.") };
}

QList<Decision> decisionsFor(const QStringList &conflicts)
{
    QList<Decision> out;
    for (const auto &c : conflicts)
        out << decide(c);
    return out;
}

enum class Kind
{
    Append, ///< one journal line (count, then write)
    Manifest, ///< the manifest read-modify-write
    Record, ///< put_record of a new record
    RewriteInBatch, ///< read-modify-write of a conflict being decided
    RewriteOther, ///< read-modify-write of a conflict not in the batch
    All, ///< each of the above
    AppendSplit, ///< counted at the step, written at the next one
    ManifestSplit, ///< read at the step, renamed at the next one
    RewriteSplit, ///< conflict in the batch read at the step, written at the next one
};
const char *const kKindNames[] = { "append", "manifest", "record", "rewrite-in-batch",
    "rewrite-other", "all", "append-split", "manifest-split", "rewrite-split" };
const char *const kStepNames[]
    = { "intent", "evidence", "work", "conflicts", "journal", "manifest", "finish" };

/// A daemon driven from Apply's beforeStep hook: deterministic interleavings.
class SteppedDaemon final
{
public:
    SteppedDaemon(const QString &root, const QString &inBatch, const QString &other)
        : m_daemon(root, QStringLiteral("s"))
        , m_inBatch(inBatch)
        , m_other(other)
    { }
    DaemonWriter &writer() { return m_daemon; }

    void write(Kind kind)
    {
        switch (kind) {
        case Kind::Append:
            m_daemon.appendLine();
            break;
        case Kind::Manifest:
            m_daemon.bumpGeneration();
            break;
        case Kind::Record:
            m_daemon.putNewRecord();
            m_daemon.updateOwnRecord(0);
            break;
        case Kind::RewriteInBatch:
            m_daemon.rewriteConflict(m_inBatch);
            break;
        case Kind::RewriteOther:
            m_daemon.rewriteConflict(m_other);
            break;
        case Kind::All:
            for (Kind k : { Kind::Append, Kind::Manifest, Kind::Record, Kind::RewriteInBatch,
                     Kind::RewriteOther })
                write(k);
            break;
        case Kind::AppendSplit:
            m_append = m_daemon.countForAppend();
            break;
        case Kind::ManifestSplit:
            m_bump = m_daemon.readManifest();
            break;
        case Kind::RewriteSplit:
            m_rewrite = m_daemon.readConflict(m_inBatch);
            break;
        }
    }
    /// Completes a split write begun at an earlier step.
    void finish()
    {
        if (m_append)
            m_daemon.finishAppend(*std::exchange(m_append, std::nullopt));
        if (m_bump)
            m_daemon.finishBump(*std::exchange(m_bump, std::nullopt));
        if (m_rewrite)
            m_daemon.finishRewrite(*std::exchange(m_rewrite, std::nullopt));
    }

private:
    DaemonWriter m_daemon;
    QString m_inBatch, m_other;
    std::optional<DaemonWriter::PendingAppend> m_append;
    std::optional<DaemonWriter::PendingBump> m_bump;
    std::optional<DaemonWriter::PendingRewrite> m_rewrite;
};

/// What the long randomized run adds up, besides the counts.
struct Totals
{
    int runs = 0, decisionsApplied = 0, refusedChangedOnDisk = 0, ioErrors = 0, kills = 0;
    int daemonWrites = 0;
    CoexistCounts counts;
};

int countOutcomes(const ApplyReport &report, Refusal refusal)
{
    int n = 0;
    for (const auto &o : report.outcomes)
        n += o.outcome == Outcome::Refused && o.refusal == refusal;
    return n;
}

/**
 * A daemon in a thread of its own, writing a random mix (appends with their
 * bumps, records, conflict rewrites) with random pauses, until stopped.
 */
class ThreadedDaemon final
{
public:
    ThreadedDaemon(const QString &root, const QString &tag, quint32 seed, QStringList conflicts)
        : m_daemon(root, tag)
        , m_rng(seed)
        , m_conflicts(std::move(conflicts))
    {
        m_daemon.betweenCountAndWrite = [this] {
            std::this_thread::sleep_for(std::chrono::microseconds(m_rng.bounded(1500)));
        };
        m_thread = std::thread([this] {
            while (!m_stop) {
                const quint32 what = m_rng.bounded(100);
                if (what < 45)
                    m_daemon.appendEvent();
                else if (what < 65)
                    m_daemon.putNewRecord();
                else if (what < 80)
                    m_daemon.updateOwnRecord(int(m_rng.bounded(1000)));
                else
                    m_daemon.rewriteConflict(
                        m_conflicts.at(int(m_rng.bounded(quint32(m_conflicts.size())))));
                std::this_thread::sleep_for(std::chrono::microseconds(m_rng.bounded(800)));
            }
        });
    }
    ~ThreadedDaemon() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    const DaemonWriter &writer() const { return m_daemon; }

private:
    DaemonWriter m_daemon;
    QRandomGenerator m_rng;
    QStringList m_conflicts;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};

/// One random run with the daemon in a thread: a batch, perhaps an injected
/// I/O error, then recovery, all while the daemon writes.
CoexistCounts threadedRun(quint32 seed, Totals &totals)
{
    QRandomGenerator rng(seed);
    CoexistStore store(int(rng.bounded(2, 12)));
    const qint64 generation = store.generation();
    QStringList batch;
    for (const auto &c : store.pending())
        if (rng.bounded(3) != 0)
            batch << c;
    if (batch.isEmpty())
        batch << store.pending().first();
    ApplyOptions options;
    options.chunkSize = int(rng.bounded(1, 6));
    options.lockTimeoutMs = 10000;
    const bool fault = rng.bounded(100) < 35;
    ThreadedDaemon daemon(
        store.root(), QStringLiteral("r%1").arg(seed), seed ^ 0x5eedu, store.pending());
    std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(3000)));
    if (fault)
        FaultInjection::arm(FaultInjection::Call(rng.bounded(4)), int(rng.bounded(1, 30)),
            rng.bounded(2) ? ENOSPC : EIO);
    const auto report = ResolutionWriter::apply(store.root(), decisionsFor(batch), options);
    FaultInjection::disarm();
    totals.ioErrors += report.ioError.has_value();
    totals.refusedChangedOnDisk += countOutcomes(report, Refusal::ChangedOnDisk);
    // Recovery (any later Apply runs it first) while the daemon still writes.
    std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(3000)));
    const auto recovery = ResolutionWriter::apply(store.root(), {}, options);
    daemon.stop();
    // A decision whose conflict the daemon was rewriting that very moment is
    // left for the next write: that one.
    if (QFile::exists(store.root() + QLatin1Char('/') + ResolutionWriter::intentFileName()))
        ResolutionWriter::apply(store.root(), {}, options);
    CoexistCounts c = checkCoexistence(
        { store.root(), daemon.writer().log(), generation, store.pending(), kActor });
    if (c.syncDeskFaults()) { // what Sync Desk said, to tell where it went wrong
        c.details << QStringLiteral("Apply: ")
                + (report.ioError ? report.ioError->message : QStringLiteral("no I/O error"));
        for (const QString &note : recovery.recovered)
            c.details << QStringLiteral("recovery: ") + note;
    }
    totals.decisionsApplied += c.syncDeskLines;
    totals.daemonWrites += daemon.writer().writes();
    ++totals.runs;
    return c;
}

/// `syncdesk-cli resolve` in a child, killed; returns the delay it ran for, or -1
/// when it finished first. out collects what it printed.
int runResolve(const QStringList &args, int killAfterMs, QByteArray &out)
{
    QProcess child;
    child.start(QStringLiteral(SYNCDESK_CLI), args);
    if (!child.waitForStarted())
        return -2;
    bool killed = false;
    if (killAfterMs >= 0 && !child.waitForFinished(killAfterMs)) {
        ::kill(pid_t(child.processId()), SIGKILL);
        killed = true;
    }
    child.waitForFinished(60000);
    out += child.readAllStandardOutput();
    return killed ? killAfterMs : -1;
}

/**
 * A kill run: the daemon in its own process (coexist_daemon) writes while
 * `syncdesk-cli resolve` is killed `kills` times at random moments, then runs to
 * the end (recovery included) with the daemon still writing.
 */
CoexistCounts killRun(quint32 seed, int kills, Totals &totals, QString *failure)
{
    QRandomGenerator rng(seed);
    CoexistStore store(int(rng.bounded(8, 20)));
    const qint64 generation = store.generation();
    QTemporaryDir work;
    const QString batchFile = work.path() + QStringLiteral("/batch.json");
    {
        nlohmann::json batch = nlohmann::json::array();
        for (const auto &c : store.pending())
            batch.push_back({ { "conflict", c.toStdString() }, { "option", "fork" },
                { "actor", kActor.toStdString() },
                { "rationale", "Both versions carry reviewed edits." } });
        QFile f(batchFile);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QByteArray::fromStdString(batch.dump()));
    }
    const QStringList args { QStringLiteral("resolve"), store.root(), QStringLiteral("--batch"),
        batchFile, QStringLiteral("--chunk"), QString::number(rng.bounded(1, 5)),
        QStringLiteral("--wait"), QStringLiteral("10000") };
    QByteArray out;
    // How long a run takes to start writing (reading the store, as a dry run).
    QElapsedTimer startup;
    startup.start();
    runResolve(args + QStringList { QStringLiteral("--dry-run") }, -1, out);
    const int startupMs = int(startup.elapsed());
    out.clear();

    const QString logPath = work.path() + QStringLiteral("/daemon.jsonl");
    QProcess daemon;
    daemon.start(QStringLiteral(SYNCDESK_COEXIST_DAEMON),
        { store.root(), logPath, QString::number(seed ^ 0xdae3u), QStringLiteral("k%1").arg(seed),
            store.pending().join(QLatin1Char(',')) });
    if (!daemon.waitForStarted() || !daemon.waitForReadyRead(10000)) {
        *failure = QStringLiteral("coexist_daemon did not start");
        return {};
    }
    // Conflicts a kill left in Sync Desk's temp files (a swap interrupted between
    // its exchange and its check): which daemon rewrites they hold, to tell where
    // a lost one went.
    QHash<QString, int> inKilledTemp;
    auto lookAtTemps = [&](int kill) {
        QDir conflicts(store.root() + QStringLiteral("/conflicts"));
        for (const QString &name : conflicts.entryList(QDir::Files | QDir::Hidden)) {
            if (!DurableFile::isOwnTempName(name.toUtf8()))
                continue;
            QFile f(conflicts.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (qsizetype at = bytes.indexOf("[coexist-"); at >= 0;
                 at = bytes.indexOf("[coexist-", at + 1))
                inKilledTemp.insert(
                    QString::fromUtf8(bytes.mid(at + 1, bytes.indexOf(']', at) - at - 1)), kill);
        }
    };
    for (int k = 0; k < kills; ++k) {
        // The first kill lands while the store is still being read, so that every
        // run has one even where the whole batch is written within the jitter
        // (a fast machine); the others aim at the writing.
        const int delay = k == 0 ? startupMs / 2 : startupMs + int(rng.bounded(2, 60));
        if (runResolve(args, delay, out) >= 0) {
            ++totals.kills;
            lookAtTemps(k + 1);
        }
    }
    runResolve(args, -1, out); // recovery and the rest of the batch, beside the daemon
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(30000)) {
        *failure = QStringLiteral("coexist_daemon did not stop");
        daemon.kill();
        daemon.waitForFinished();
        return {};
    }
    if (QFile::exists(store.root() + QLatin1Char('/') + ResolutionWriter::intentFileName()))
        runResolve(args, -1, out);
    totals.refusedChangedOnDisk += int(out.count("changed_on_disk"));
    const auto log = readDaemonLog(logPath);
    CoexistCounts c = checkCoexistence({ store.root(), log, generation, store.pending(), kActor });
    for (QString &d : c.details)
        for (auto it = inKilledTemp.cbegin(); it != inKilledTemp.cend(); ++it)
            if (d.contains(QStringLiteral(" rewrite ") + it.key() + QLatin1Char(' ')))
                d += QStringLiteral(" (it was in a Sync Desk temp file after kill %1)")
                         .arg(it.value());
    totals.decisionsApplied += c.syncDeskLines;
    totals.daemonWrites += int(log.size());
    ++totals.runs;
    return c;
}

void printTable(const Totals &t)
{
    const CoexistCounts &c = t.counts;
    const auto row = [](const char *name, int n) { std::printf("  %-58s %8d\n", name, n); };
    std::printf("\nWhat Sync Desk controls (must be 0):\n");
    row("daemon lines lost or changed", c.daemonLinesLost);
    row("daemon records lost or older", c.daemonRecordsLost);
    row("daemon conflict writes overwritten", c.daemonConflictWritesOverwritten);
    row("daemon bumps erased", c.daemonBumpsErased);
    row("Sync Desk lines misnumbered", c.syncDeskLinesMisnumbered);
    row("Sync Desk generation bumps missing or extra", c.syncDeskGenerationOff);
    row("decided conflicts without their records", c.decidedWithoutRecords);
    row("Sync Desk temp or intent files left", c.syncDeskTempFiles);
    std::printf("The daemon's own race (no lock on its side; shown, not Sync Desk's):\n");
    row("daemon lines misnumbered (its count-then-append)", c.daemonLinesMisnumbered);
    row("Sync Desk lines shifted by a daemon append in its window", c.syncDeskLinesShiftedInWindow);
    row("Sync Desk bumps erased by the daemon's manifest rename", c.syncDeskBumpsErasedByDaemon);
    row("Sync Desk decisions undone by the daemon's conflict rename",
        c.syncDeskDecisionsUndoneByDaemon);
    std::printf("Totals:\n");
    row("runs", t.runs);
    row("runs with an injected I/O error reported", t.ioErrors);
    row("kills of syncdesk-cli resolve (SIGKILL)", t.kills);
    row("decisions applied (Sync Desk journal lines at the end)", t.decisionsApplied);
    row("decisions refused changed_on_disk", t.refusedChangedOnDisk);
    row("daemon writes made", t.daemonWrites);
    row("  of which journal lines", c.daemonLines);
    row("  of which manifest bumps", c.daemonBumps);
    row("  of which records (last versions checked)", c.daemonRecords);
    row("  of which conflict rewrites", c.daemonConflictWrites);
    std::fflush(stdout);
}

} // namespace

class TestCoexist final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        // The seal's key lives here (children inherit it), never in the user's folder.
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
        // Stores go to a RAM filesystem where there is one (fsync costs nothing
        // there, and the interleavings do not depend on it): hundreds of Applies
        // then fit in seconds. SYNCDESK_COEXIST_TMP chooses another folder
        // (scripts/coexist.sh runs on the disk, with real fsync latencies).
        const QByteArray tmp = qEnvironmentVariableIsSet("SYNCDESK_COEXIST_TMP")
            ? qgetenv("SYNCDESK_COEXIST_TMP")
            : QByteArray("/dev/shm");
        if (!tmp.isEmpty() && QFileInfo(QFile::decodeName(tmp)).isWritable())
            qputenv("TMPDIR", tmp);
    }
    void cleanup() { FaultInjection::disarm(); }

    /// The checker sees each kind of loss it counts (else a 0 proves nothing).
    void checkerSeesEachLoss_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *d : { "truncate-journal", "old-manifest", "overwrite-conflict",
                 "older-record", "misnumber", "unrecorded-decision", "temp-file", "bump-missing" })
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void checkerSeesEachLoss()
    {
        QFETCH(QString, damage);
        CoexistStore store(1);
        const qint64 generation = store.generation();
        const QString root = store.root();
        auto read = [&](const QString &rel) {
            QFile f(root + QLatin1Char('/') + rel);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto write = [&](const QString &rel, const QByteArray &bytes) {
            QFile f(root + QLatin1Char('/') + rel);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        const QByteArray journal = read(QStringLiteral("journal.jsonl"));
        const QByteArray manifest = read(QStringLiteral("manifest.json"));
        const QString conflictFile = QStringLiteral("conflicts/conflict_alpha-001.json");
        const QByteArray conflict = read(conflictFile);
        DaemonWriter daemon(root, QStringLiteral("c"));
        QVERIFY(daemon.appendEvent());
        QVERIFY(daemon.rewriteConflict(store.pending().first()));
        const QString own = daemon.putNewRecord();
        QVERIFY(!own.isEmpty());
        const QString ownFile
            = (own.startsWith(QLatin1String("object:"))                       ? "objects/"
                      : own.startsWith(QLatin1String("conflict:"))            ? "conflicts/"
                      : own.startsWith(QLatin1String("workspace-operation:")) ? "operations/"
                                                                              : "tasks/")
            + safeRecordId(own) + QStringLiteral(".json");
        const QByteArray firstVersion = read(ownFile);
        QVERIFY(daemon.updateOwnRecord(0));
        QVERIFY(
            ResolutionWriter::apply(root, { decide(store.pending().last()) }).outcomes[0].outcome
            == Outcome::Applied);
        const CoexistInput input { root, daemon.log(), generation, store.pending(), kActor };
        QCOMPARE(checkCoexistence(input).syncDeskFaults(), 0);

        if (damage == QLatin1String("truncate-journal"))
            write(QStringLiteral("journal.jsonl"), journal);
        else if (damage == QLatin1String("old-manifest"))
            write(QStringLiteral("manifest.json"), manifest);
        else if (damage == QLatin1String("overwrite-conflict"))
            write(conflictFile, conflict);
        else if (damage == QLatin1String("older-record"))
            write(ownFile, firstVersion);
        else if (damage == QLatin1String("misnumber")) {
            QByteArray j = read(QStringLiteral("journal.jsonl"));
            const qsizetype at = j.lastIndexOf("\"evt-");
            j.replace(at, 14, "\"evt-00000001\"");
            write(QStringLiteral("journal.jsonl"), j);
        } else if (damage == QLatin1String("unrecorded-decision")) {
            QDir tasks(root + QStringLiteral("/tasks"));
            for (const auto &name : tasks.entryList({ QStringLiteral("*syncdesk-resolve*") }))
                QVERIFY(tasks.remove(name));
        } else if (damage == QLatin1String("temp-file")) {
            write(QStringLiteral("evidence/.x.json.0123456789abcdef.tmp"), "{}");
        } else if (damage == QLatin1String("bump-missing")) {
            auto m = nlohmann::ordered_json::parse(
                read(QStringLiteral("manifest.json")).toStdString());
            m["active_generation"] = m["active_generation"].get<qint64>() - 1;
            write(QStringLiteral("manifest.json"), QByteArray::fromStdString(m.dump(2) + "\n"));
        }
        const CoexistCounts c = checkCoexistence(input);
        QVERIFY2(c.syncDeskFaults() > 0, qPrintable(c.summary()));
    }

    /**
     * At each step of Apply, the daemon makes each kind of write, or begins one
     * (count, read) there and completes it at the next step: its read-modify-write
     * race, forced. Nothing of the daemon's is lost and Sync Desk numbers and bumps
     * exactly; what the daemon's own race does is seen as the daemon's.
     */
    void daemonAtEachStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("batch");
        for (const bool batch : { false, true })
            for (int k = 0; k <= int(Kind::RewriteSplit); ++k)
                for (int s = int(WriteStep::Intent); s <= int(WriteStep::Finish); ++s)
                    QTest::addRow(
                        "%s %s at %s", batch ? "batch" : "single", kKindNames[k], kStepNames[s])
                        << s << k << batch;
    }
    void daemonAtEachStep()
    {
        QFETCH(int, step);
        QFETCH(int, kind);
        QFETCH(bool, batch);
        CoexistStore store(batch ? 5 : 1);
        const qint64 generation = store.generation();
        const QStringList decided = batch ? store.pending().mid(0, 5) : store.pending().mid(0, 1);
        SteppedDaemon daemon(store.root(), decided.first(), store.pending().last());
        ApplyOptions options;
        options.chunkSize = 2; // several durable steps per batch
        int began = -1; // the hook call at which a split write began
        int calls = 0;
        options.beforeStep = [&](WriteStep s) {
            ++calls;
            if (began >= 0 && calls > began)
                daemon.finish();
            if (int(s) == step && (began < 0 || kind < int(Kind::AppendSplit))) {
                daemon.write(Kind(kind));
                if (kind >= int(Kind::AppendSplit))
                    began = calls;
            }
        };
        const auto report = ResolutionWriter::apply(store.root(), decisionsFor(decided), options);
        daemon.finish();
        QVERIFY2(!report.ioError, qPrintable(report.ioError ? report.ioError->message : QString()));
        const CoexistCounts c = checkCoexistence(
            { store.root(), daemon.writer().log(), generation, store.pending(), kActor });
        QVERIFY2(c.syncDeskFaults() == 0, qPrintable(c.summary()));
        QCOMPARE(c.syncDeskLinesShiftedInWindow, 0); // no daemon write inside the flock here

        // Each decision applied, but the one whose conflict the daemon rewrote
        // before Sync Desk's swap: that one is refused and the daemon's file kept.
        const bool rewroteFirst = kind == int(Kind::RewriteInBatch) || kind == int(Kind::All)
            || kind == int(Kind::RewriteSplit);
        // The first chunk's conflicts are swapped at its Conflicts step; a split
        // rewrite read there lands after the swap (the daemon's own race).
        const bool beforeSwap = step <= int(WriteStep::Conflicts)
            && !(kind == int(Kind::RewriteSplit) && step == int(WriteStep::Conflicts));
        for (const auto &o : report.outcomes) {
            if (rewroteFirst && beforeSwap && o.decision.conflictId == decided.first()) {
                QCOMPARE(o.refusal, Refusal::ChangedOnDisk);
                continue;
            }
            QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        }
        // The daemon's own race, where the row forces it, is seen as the daemon's.
        if (kind == int(Kind::RewriteSplit)) // read before Sync Desk's swap, renamed after it
            QCOMPARE(c.syncDeskDecisionsUndoneByDaemon, step == int(WriteStep::Conflicts) ? 1 : 0);
        if (kind == int(Kind::AppendSplit)) // counted before Sync Desk's append, written after
            QCOMPARE(c.daemonLinesMisnumbered, step == int(WriteStep::Journal) ? 1 : 0);
        if (kind == int(Kind::ManifestSplit) && step == int(WriteStep::Manifest))
            QVERIFY(c.syncDeskBumpsErasedByDaemon > 0); // read before Sync Desk's bump
    }

    /**
     * An I/O error at every write, fsync, link and rename of Apply while the daemon
     * writes at every step (the conflict being decided only after Sync Desk's swap,
     * where rolling back would take the daemon's rewrite with it): the rollback or
     * the recovery that follows removes nothing of the daemon's, and no decision is
     * left without its records.
     */
    void ioErrorBesideTheDaemon_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("nth");
        const char *const calls[] = { "write", "fsync", "rename", "link" };
        for (const bool batch : { false, true })
            for (int call = 0; call < 4; ++call)
                for (int n = 1; n <= (batch ? 16 : 11); ++n)
                    QTest::addRow("%s %s %d", batch ? "batch" : "single", calls[call], n)
                        << batch << call << n;
    }
    void ioErrorBesideTheDaemon()
    {
        QFETCH(bool, batch);
        QFETCH(int, call);
        QFETCH(int, nth);
        CoexistStore store(batch ? 3 : 1);
        const qint64 generation = store.generation();
        const QStringList decided = batch ? store.pending().mid(0, 3) : store.pending().mid(0, 1);
        SteppedDaemon daemon(store.root(), decided.first(), store.pending().last());
        ApplyOptions options;
        options.beforeStep = [&](WriteStep s) {
            for (Kind k : { Kind::Append, Kind::Manifest, Kind::Record, Kind::RewriteOther })
                daemon.write(k);
            if (s >= WriteStep::Journal)
                daemon.write(Kind::RewriteInBatch);
        };
        FaultInjection::arm(FaultInjection::Call(call), nth, call == 1 ? EIO : ENOSPC);
        const auto report = ResolutionWriter::apply(store.root(), decisionsFor(decided), options);
        FaultInjection::disarm();
        // Recovery, with the daemon writing before it.
        daemon.write(Kind::All);
        const auto recovery = ResolutionWriter::apply(store.root(), {});
        QVERIFY2(!recovery.ioError,
            qPrintable(recovery.ioError ? recovery.ioError->message : QString()));
        const CoexistCounts c = checkCoexistence(
            { store.root(), daemon.writer().log(), generation, store.pending(), kActor });
        QVERIFY2(c.syncDeskFaults() == 0,
            qPrintable((report.ioError ? report.ioError->message : QStringLiteral("no error"))
                + QLatin1Char('\n') + c.summary()));
        QCOMPARE(c.syncDeskDecisionsUndoneByDaemon, 0);
    }

    /**
     * An operation and task of Sync Desk's that cite an envelope which is gone: what
     * a kill left when it fell while a dropped decision (its conflict rewritten by
     * the daemon at the swap) was being taken back envelope first. The next
     * decision on that conflict must not be completed with them: it would stand
     * decided with an operation citing no envelope.
     */
    void leftoverOfADroppedDecisionIsNotReused()
    {
        CoexistStore store(0);
        const qint64 generation = store.generation();
        const QString conflict = store.pending().first();
        SteppedDaemon daemon(store.root(), conflict, conflict);
        QMap<QString, QByteArray> leftover;
        ApplyOptions options;
        options.beforeStep = [&](WriteStep s) {
            if (s != WriteStep::Conflicts)
                return;
            for (const char *folder : { "/operations/", "/tasks/" }) {
                QDir d(store.root() + QLatin1String(folder));
                for (const QString &name : d.entryList({ QStringLiteral("*syncdesk-resolve*") })) {
                    QFile f(d.filePath(name));
                    if (f.open(QIODevice::ReadOnly))
                        leftover.insert(d.filePath(name), f.readAll());
                }
            }
            daemon.write(Kind::RewriteInBatch);
        };
        auto report = ResolutionWriter::apply(store.root(), { decide(conflict) }, options);
        QCOMPARE(report.outcomes[0].refusal, Refusal::ChangedOnDisk);
        QCOMPARE(leftover.size(), 2);
        for (auto it = leftover.cbegin(); it != leftover.cend(); ++it) {
            QVERIFY(!QFile::exists(it.key()));
            QFile f(it.key());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
        // One second later, so that this attempt's envelope is another one.
        options = {};
        options.clock = [] { return QDateTime::currentMSecsSinceEpoch() + 1000; };
        report = ResolutionWriter::apply(store.root(), { decide(conflict) }, options);
        QCOMPARE(report.outcomes[0].outcome, Outcome::Applied);
        const CoexistCounts c = checkCoexistence(
            { store.root(), daemon.writer().log(), generation, store.pending(), kActor });
        QVERIFY2(c.syncDeskFaults() == 0, qPrintable(c.summary()));
    }

    /**
     * Issue 18, item 2: a revision beside the daemon. At each step of Apply the
     * daemon appends, bumps, puts a record or rewrites another conflict: the
     * revision lands with its line numbered where it landed, one bump of its own,
     * and nothing of the daemon's lost.
     */
    void revisionBesideTheDaemon_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("kind");
        for (const Kind k : { Kind::Append, Kind::Manifest, Kind::Record, Kind::RewriteOther })
            for (int s = int(WriteStep::Intent); s <= int(WriteStep::Finish); ++s)
                QTest::addRow("%s at %s", kKindNames[int(k)], kStepNames[s]) << s << int(k);
    }
    void revisionBesideTheDaemon()
    {
        QFETCH(int, step);
        QFETCH(int, kind);
        CoexistStore store(1);
        const QString conflict = store.pending().first();
        const auto first = ResolutionWriter::apply(store.root(), { decide(conflict) }).outcomes[0];
        QCOMPARE(first.outcome, Outcome::Applied);
        SteppedDaemon daemon(store.root(), conflict, store.pending().last());
        ApplyOptions options;
        options.beforeStep = [&](WriteStep s) {
            if (int(s) == step)
                daemon.write(Kind(kind));
        };
        Decision revise { conflict, DecisionOption::Merge, kActor,
            QStringLiteral("One text after all."), true };
        const auto o = ResolutionWriter::apply(store.root(), { revise }, options).outcomes[0];
        QVERIFY2(o.outcome == Outcome::Applied, qPrintable(o.message));
        QVERIFY(store.fixture().json("evidence/" + o.evidenceId + ".json")["artifact"]["supersedes"]
            == first.evidenceId.toStdString());

        // Every line numbered as it stands, the generation counting every line.
        QFile f(store.root() + QStringLiteral("/journal.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(lines[i].contains(
                         QStringLiteral("\"evt-%1\"").arg(i + 1, 8, 10, QLatin1Char('0')).toUtf8()),
                lines[i].constData());
        QVERIFY(lines.last().contains(o.evidenceId.toUtf8())
            || lines[lines.size() - 2].contains(o.evidenceId.toUtf8()));
        // The daemon's bare append carries no bump, its bare bump no line.
        const qint64 daemonLinesWithoutBump = kind == int(Kind::Append) ? 1 : 0;
        const qint64 daemonBumpsWithoutLine = kind == int(Kind::Manifest) ? 1 : 0;
        QCOMPARE(store.generation(),
            qint64(lines.size()) - daemonLinesWithoutBump + daemonBumpsWithoutLine);
        const auto card
            = store.fixture().json("conflicts/conflict_alpha-001.json")["decision_card"];
        QVERIFY(card["selected_option"] == "merge");
    }

    /**
     * Check-and-swap never shows Sync Desk's file in place of one another writer
     * replaced since the check: the swap looks before it exchanges, so the other
     * writer's file is not moved even for a moment (its change time stays). Were
     * it moved out and back, a daemon reading in between would build its next
     * manifest or conflict on Sync Desk's withdrawn version (scripts/coexist.sh
     * counted daemon bumps erased and conflict rewrites lost that way).
     */
    void aReplacedFileIsNeverMovedAside()
    {
        CoexistStore store(0);
        const QString name = QStringLiteral("manifest.json");
        const QString path = store.root() + QLatin1Char('/') + name;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray checked = f.readAll();
        f.close();
        DaemonWriter daemon(store.root(), QStringLiteral("m"));
        QVERIFY(daemon.bumpGeneration()); // replaced since Sync Desk's check
        struct stat before
        {
        };
        QVERIFY(::stat(QFile::encodeName(path).constData(), &before) == 0);
        QThread::msleep(20); // a change time that could move must be able to
        const int dirFd = ::open(
            QFile::encodeName(store.root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(dirFd >= 0);
        std::vector<DurableFile::GroupItem> items { { DirEntryRef {
                                                          dirFd, store.root(), name.toUtf8() },
            "{}\n", DurableFile::Mode::SwapChecked,
            QCryptographicHash::hash(checked, QCryptographicHash::Sha256).toHex() } };
        QVERIFY(!DurableFile::writeGroup(items));
        ::close(dirFd);
        QCOMPARE(items[0].placed, ECANCELED);
        struct stat after
        {
        };
        QVERIFY(::stat(QFile::encodeName(path).constData(), &after) == 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_ctim.tv_sec, before.st_ctim.tv_sec);
        QCOMPARE(after.st_ctim.tv_nsec, before.st_ctim.tv_nsec);
    }

    /**
     * The daemon's append_event is two writes: the line, then the manifest. A
     * count of the journal against the generation taken between them is one off.
     * A kill before Sync Desk's bump with the daemon half-way at Apply's count
     * ("before"), or after Sync Desk's bump with the daemon half-way at
     * recovery's count ("recovery"): recovery must still leave the generation
     * bumped exactly once per Sync Desk line.
     */
    void killedWhileTheDaemonIsBetweenLineAndBump_data()
    {
        QTest::addColumn<bool>("atRecovery");
        QTest::newRow("half-way at Apply's count, killed before the bump") << false;
        QTest::newRow("half-way at recovery's count, killed after the bump") << true;
    }
    void killedWhileTheDaemonIsBetweenLineAndBump()
    {
        QFETCH(bool, atRecovery);
        CoexistStore store(0);
        const qint64 generation = store.generation();
        DaemonWriter daemon(store.root(), QStringLiteral("h"));
        if (!atRecovery)
            QVERIFY(daemon.appendLine()); // its bump comes after Sync Desk's count
        QTemporaryDir aside;
        QVERIFY(!interruptedCopy(store.fixture(),
            atRecovery ? WriteStep::Finish : WriteStep::Manifest, aside.path() + "/s")
                     .isEmpty());
        if (atRecovery)
            QVERIFY(daemon.appendLine()); // its bump comes after recovery's count
        else
            QVERIFY(daemon.bumpGeneration()); // done before recovery
        const auto recovery = ResolutionWriter::apply(store.root(), {});
        QVERIFY(!recovery.ioError);
        if (atRecovery)
            QVERIFY(daemon.bumpGeneration());
        const CoexistCounts c
            = checkCoexistence({ store.root(), daemon.log(), generation, store.pending(), kActor });
        QCOMPARE(c.syncDeskLines, 1);
        // A gap count (journal lines against the generation) would be one off
        // here; the manifest names the batch whose bump it holds instead.
        QVERIFY2(c.syncDeskGenerationOff == 0, qPrintable(c.summary()));
    }

    /// SIGKILL of `syncdesk-cli resolve` beside the daemon's process, then recovery.
    void killedBesideTheDaemonProcess()
    {
        Totals totals;
        QString failure;
        const CoexistCounts c = killRun(20261205u, 6, totals, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(c.syncDeskFaults() == 0, qPrintable(c.summary()));
        QVERIFY(totals.kills > 0);
        QVERIFY(c.daemonLines > 0 && c.daemonConflictWrites > 0);
        QVERIFY(c.syncDeskLines > 0);
    }

    /// Random interleavings with the daemon in its own thread (fixed seed).
    void randomInterleavings()
    {
        Totals totals;
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const CoexistCounts c = threadedRun(seed, totals);
            QVERIFY2(c.syncDeskFaults() == 0,
                qPrintable(QStringLiteral("seed %1: ").arg(seed) + c.summary()));
            totals.counts += c;
        }
        qInfo("%d decisions applied, %d refused changed_on_disk, %d I/O errors; %s",
            totals.decisionsApplied, totals.refusedChangedOnDisk, totals.ioErrors,
            qPrintable(totals.counts.summary()));
        QVERIFY(totals.counts.daemonLines > 0 && totals.decisionsApplied > 0);
    }

    /**
     * scripts/coexist.sh: SYNCDESK_COEXIST_RUNS random runs from
     * SYNCDESK_COEXIST_SEED, a share of them (SYNCDESK_COEXIST_KILL_PERCENT, 25 by
     * default) kill runs with the daemon's process; prints the table.
     */
    void randomizedLong()
    {
        const int runs = qEnvironmentVariableIntValue("SYNCDESK_COEXIST_RUNS");
        if (runs <= 0)
            QSKIP("set SYNCDESK_COEXIST_RUNS (scripts/coexist.sh)");
        const quint32 first = qEnvironmentVariableIsSet("SYNCDESK_COEXIST_SEED")
            ? quint32(qEnvironmentVariableIntValue("SYNCDESK_COEXIST_SEED"))
            : 1u;
        const int killPercent = qEnvironmentVariableIsSet("SYNCDESK_COEXIST_KILL_PERCENT")
            ? qEnvironmentVariableIntValue("SYNCDESK_COEXIST_KILL_PERCENT")
            : 25;
        Totals totals;
        int failed = 0;
        for (int i = 0; i < runs; ++i) {
            const quint32 seed = first + quint32(i);
            const bool kill = int(QRandomGenerator(seed).bounded(100)) < killPercent;
            QString failure;
            const CoexistCounts c
                = kill ? killRun(seed, 4, totals, &failure) : threadedRun(seed, totals);
            std::printf("seed %u %s: %s%s\n", seed, kill ? "kill  " : "thread",
                c.syncDeskFaults() ? "FAULTS " : "ok", qPrintable(failure));
            if (c.syncDeskFaults() || !failure.isEmpty()) {
                ++failed;
                std::printf("%s\n", qPrintable(c.summary()));
            }
            std::fflush(stdout);
            totals.counts += c;
        }
        printTable(totals);
        QCOMPARE(failed, 0);
    }
};

QTEST_GUILESS_MAIN(TestCoexist)
#include "tst_coexist.moc"
