// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Issue 15 item 6: what the daemon's unlocked writes did to the journal and the
// manifest (two lines carrying one event id, lines not numbered as the daemon
// numbers them, a generation that is not the journal's count) is reported as
// warnings naming the lines, by a full load, a load from the cache, a load
// that parses only appended lines and a reload of the root files.

#include "resolutionfixture.h"
#include "storedump.h"
#include "storefixture.h"

#include "core/demo/demostore.h"
#include "core/models/problemmodel.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"
#include "core/store/storesession.h"

#include <QDirIterator>
#include <QTest>

#include <sys/stat.h>
#include <time.h>

using namespace SyncDesk;

namespace {

/// The event id the daemon gives the line it counts as number n.
QByteArray daemonId(int n)
{
    return "evt-" + QByteArray::number(n).rightJustified(8, '0');
}

QByteArray eventLine(const QByteArray &id)
{
    return "{\"schema\": \"sourceos.journal-event/v1alpha1\", \"event_id\": \"" + id
        + "\", \"event_type\": \"add\", \"lane\": \"normal\", \"object_id\": \"object:alpha\", "
          "\"producer\": \"sourceos-syncd\", \"created_at\": \"2026-05-05T00:01:00Z\", "
          "\"payload\": {}, \"applied\": true}\n";
}

/**
 * Writers that number lines as the daemon does: each counts the journal's
 * lines, then appends lines numbered from that count. Counting and appending
 * apart is the race: a writer that counted before another appended numbers
 * its lines for places that other writer's lines already took.
 */
class Journal final
{
public:
    explicit Journal(int clean = 0)
    {
        for (int i = 0; i < clean; ++i)
            append(count(), 1);
    }
    int count() const { return m_lines; }
    /// Appends lines numbered from what a writer counted.
    Journal &append(int counted, int lines)
    {
        for (int i = 1; i <= lines; ++i)
            add(eventLine(daemonId(counted + i)));
        return *this;
    }
    Journal &add(const QByteArray &line)
    {
        m_bytes += line;
        m_lines += line.trimmed().isEmpty() ? 0 : 1;
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    int m_lines = 0; ///< as the daemon counts them: non-blank
};

QByteArray manifestWithGeneration(qint64 generation)
{
    return StoreFixture::manifest().replace(
        "\"active_generation\": 2", "\"active_generation\": " + QByteArray::number(generation));
}

void writeStore(const StoreFixture &fx, const QByteArray &journal, qint64 generation)
{
    fx.write(QStringLiteral("journal.jsonl"), journal);
    fx.write(QStringLiteral("manifest.json"), manifestWithGeneration(generation));
}

/// "rule line" of every problem of the daemon's race, in the store's order.
QStringList raceProblems(const Store &store)
{
    QStringList out;
    for (const Problem &p : store.problems())
        if (isDaemonRaceRule(p.rule))
            out << p.rule + QLatin1Char(' ') + QString::number(p.line);
    return out;
}

QString raceMessages(const Store &store)
{
    QStringList out;
    for (const Problem &p : store.problems())
        if (isDaemonRaceRule(p.rule))
            out << p.message;
    return out.join(QLatin1Char('\n'));
}

QString describe(const Store &store)
{
    QStringList out;
    for (const Problem &p : store.problems())
        out << QStringLiteral("%1:%2 [%3] %4").arg(p.path).arg(p.line).arg(p.rule, p.message);
    return out.join(QLatin1Char('\n'));
}

/// Files stamped this long before a load count as settled (cacheable) here.
void settle()
{
    StoreLoader::setRacyWindowNs(0);
}

std::unique_ptr<Store> openCached(const QString &root, const QString &cacheDir)
{
    StoreOpenOptions options;
    options.cacheDirectory = cacheDir;
    auto store = Store::open(root, options);
    LoadCache::waitForSaves();
    return store;
}

} // namespace

class TestJournalRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { settle(); }

    void reported_data()
    {
        QTest::addColumn<QByteArray>("journal");
        QTest::addColumn<qint64>("generation");
        QTest::addColumn<QStringList>("problems"); ///< "rule line", in order
        QTest::addColumn<QStringList>("messages"); ///< each in some problem's message

        const QString dup = QString::fromLatin1(kRuleJournalDuplicateId);
        const QString num = QString::fromLatin1(kRuleJournalNumbering);
        const QString gen = QString::fromLatin1(kRuleGenerationMismatch);
        auto rl = [](const QString &rule, int line) {
            return rule + QLatin1Char(' ') + QString::number(line);
        };

        QTest::newRow("clean, generation equal")
            << Journal(5).bytes() << qint64(5) << QStringList() << QStringList();
        {
            // A and B count 2 lines; B appends, A appends; the next writer counts 4.
            Journal j(2);
            const int a = j.count(), b = j.count();
            j.append(b, 1).append(a, 1);
            j.append(j.count(), 1);
            QTest::newRow("one duplicate")
                << j.bytes() << qint64(5) << QStringList { rl(dup, 3), rl(num, 4) }
                << QStringList { "event_id evt-00000003 is carried by lines 3 and 4",
                       "line 4 carries event_id evt-00000003 but the daemon numbers it "
                       "evt-00000004" };
        }
        {
            Journal j(1);
            int a = j.count(), b = j.count();
            j.append(a, 1).append(b, 1);
            j.append(j.count(), 1);
            a = j.count(), b = j.count();
            j.append(a, 1).append(b, 1);
            j.append(j.count(), 1);
            QTest::newRow("two duplicates")
                << j.bytes() << qint64(7)
                << QStringList { rl(dup, 2), rl(dup, 5), rl(num, 3), rl(num, 6) }
                << QStringList { "event_id evt-00000002 is carried by lines 2 and 3",
                       "event_id evt-00000005 is carried by lines 5 and 6" };
        }
        {
            // A counts, then B (the daemon) counts and appends one line before
            // A appends its batch of three: a duplicate, then a shifted run.
            Journal j(2);
            const int a = j.count();
            j.append(j.count(), 1).append(a, 3);
            j.append(j.count(), 1);
            QTest::newRow("shifted run after a duplicate")
                << j.bytes() << qint64(7) << QStringList { rl(dup, 3), rl(num, 4) }
                << QStringList { "event_id evt-00000003 is carried by lines 3 and 4",
                       "lines 4-6 carry ids numbered for other lines: line 4 carries "
                       "evt-00000003 where the daemon numbers it evt-00000004, line 6 carries "
                       "evt-00000005 where it numbers it evt-00000006" };
        }
        {
            // The daemon's manifest race: both read 3, both write 4.
            Journal j(3);
            const int a = j.count(), b = j.count();
            j.append(a, 1).append(b, 1);
            QTest::newRow("generation lower than the journal")
                << j.bytes() << qint64(4) << QStringList { rl(dup, 4), rl(num, 5), rl(gen, 0) }
                << QStringList { "manifest.json active_generation is 4 but journal.jsonl holds 5 "
                                 "events: 1 bump(s) were lost" };
        }
        QTest::newRow("generation lower, clean journal")
            << Journal(100).bytes() << qint64(97) << QStringList { rl(gen, 0) }
            << QStringList { "manifest.json active_generation is 97 but journal.jsonl holds "
                             "100 events: 3 bump(s) were lost (the daemon's manifest race)" };
        QTest::newRow("generation higher")
            << Journal(5).bytes() << qint64(7) << QStringList { rl(gen, 0) }
            << QStringList { "active_generation is 7 but journal.jsonl holds 5 events: 2 "
                             "bump(s) more than events" };
        QTest::newRow("lines removed")
            << Journal(2).append(4, 3).bytes() << qint64(5) << QStringList { rl(num, 3) }
            << QStringList { "lines 3-5 carry ids numbered for other lines" };
        QTest::newRow("blank lines are not counted")
            << Journal(2).add("\n").add(" \t\r\n").append(2, 2).bytes() << qint64(4)
            << QStringList() << QStringList();
        QTest::newRow("corrupt lines are counted")
            << Journal(2).add("{not json\n").append(3, 2).bytes() << qint64(5) << QStringList()
            << QStringList();
        // The line numbered right comes after the one that took its id early.
        QTest::newRow("duplicate ahead of its place")
            << Journal(1).append(2, 1).append(2, 1).bytes() << qint64(3)
            << QStringList { rl(dup, 2), rl(num, 2) }
            << QStringList { "event_id evt-00000003 is carried by lines 2 and 3",
                   "line 2 carries event_id evt-00000003 but the daemon numbers it "
                   "evt-00000002" };
        QTest::newRow("more digits than eight")
            << Journal(1).add(eventLine("evt-000000002")).bytes() << qint64(2)
            << QStringList { rl(num, 2) }
            << QStringList { "line 2 carries event_id evt-000000002 but the daemon numbers it "
                             "evt-00000002" };
        {
            // An id that holds placeholders is shown as it is, never filled in.
            Journal j(1);
            j.add(eventLine("x%1%2%3")).add(eventLine("x%1%2%3"));
            QTest::newRow("placeholders in an id")
                << j.bytes() << qint64(3) << QStringList { rl(dup, 2), rl(num, 2) }
                << QStringList { "event_id x%1%2%3 is carried by lines 2 and 3",
                       "lines 2-3 carry ids numbered for other lines: line 2 carries x%1%2%3 "
                       "where the daemon numbers it evt-00000002, line 3 carries x%1%2%3" };
        }
        {
            // Every writer raced: 25 ids on two lines each, 25 single-line runs.
            Journal j;
            for (int i = 0; i < 25; ++i) {
                const int a = j.count(), b = j.count();
                j.append(a, 1).append(b, 1);
            }
            QStringList expected;
            for (int i = 0; i < JournalInfo::kListedRaceProblems; ++i)
                expected << rl(dup, 2 * i + 1);
            expected << rl(dup, 41);
            for (int i = 0; i < JournalInfo::kListedRaceProblems; ++i)
                expected << rl(num, 2 * i + 2);
            expected << rl(num, 42);
            QTest::newRow("bounded: many duplicates and runs")
                << j.bytes() << qint64(50) << expected
                << QStringList { "and 5 more event id(s) carried by more than one line, not "
                                 "listed one by one: between lines 41 and 50 (10 lines)",
                       "and 5 more run(s) of misnumbered lines, not listed one by one: the "
                       "first at line 42, the last ending at line 50 (25 misnumbered lines "
                       "in all)" };
        }
        {
            Journal j;
            for (int i = 0; i < 15; ++i)
                j.append(0, 1);
            QTest::newRow("bounded: one id on many lines")
                << j.bytes() << qint64(15) << QStringList { rl(dup, 1), rl(num, 2) }
                << QStringList { "event_id evt-00000001 is carried by 15 lines: 1, 2, 3, 4, 5, "
                                 "6, 7, 8, 9, 10 and 5 more",
                       "lines 2-15 carry ids numbered for other lines" };
        }
    }
    void reported()
    {
        QFETCH(QByteArray, journal);
        QFETCH(qint64, generation);
        QFETCH(QStringList, problems);
        QFETCH(QStringList, messages);
        StoreFixture fx;
        writeStore(fx, journal, generation);
        const auto store = Store::open(fx.root());
        QCOMPARE(store->state(), Store::State::Ok);
        QCOMPARE(raceProblems(*store), problems);
        const QString text = raceMessages(*store);
        for (const QString &m : messages)
            QVERIFY2(text.contains(m), qPrintable(m + QStringLiteral("\nnot in\n") + text));
        for (const Problem &p : store->problems()) {
            if (!isDaemonRaceRule(p.rule))
                continue;
            // Warnings, never verdicts: the records are what they were.
            QCOMPARE(p.severity, Severity::Warning);
            QCOMPARE(p.path,
                p.rule == QLatin1String(kRuleGenerationMismatch) ? QStringLiteral("manifest.json")
                                                                 : QStringLiteral("journal.jsonl"));
        }
        for (const RecordFile &f : store->files())
            QCOMPARE(f.verdict, Verdict::Valid);
    }

    /// Stores the daemon, the demo generator and Sync Desk wrote: nothing to report.
    void noFalseProblem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("reference fixture") << "fixture";
        QTest::newRow("examples/workspace-demo") << "example";
        QTest::newRow("demo store, defaults") << "demo";
        QTest::newRow("demo store, 400 operations") << "demo-400";
        QTest::newRow("after Sync Desk applied a decision") << "applied";
    }
    void noFalseProblem()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        StoreFixture fx;
        ResolutionFixture resolution;
        QString root = fx.root();
        if (kind == QLatin1String("example")) {
            root = QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo");
        } else if (kind.startsWith(QLatin1String("demo"))) {
            root = dir.path() + QStringLiteral("/store");
            DemoStoreOptions options;
            if (kind == QLatin1String("demo-400"))
                options.operations = 400;
            const auto written = DemoStore::write(root, options);
            QVERIFY2(written, qPrintable(written.error()));
        } else if (kind == QLatin1String("applied")) {
            root = resolution.root();
            const auto report = ResolutionWriter::apply(root,
                { Decision { QStringLiteral("conflict:alpha-001"), DecisionOption::Fork,
                    QStringLiteral("actor:local-user"), QStringLiteral("Keep both.") } });
            QCOMPARE(report.outcomes.size(), 1);
            QVERIFY2(report.outcomes[0].outcome == Outcome::Applied,
                qPrintable(report.outcomes[0].message));
        }
        const auto store = Store::open(root);
        QCOMPARE(store->state(), Store::State::Ok);
        QVERIFY(store->journal().events.size() > 1);
        QCOMPARE(store->manifest().activeGeneration, qint64(store->journal().daemonCount()));
        QVERIFY2(raceProblems(*store).isEmpty(), qPrintable(describe(*store)));
    }

    /// The journal and its race as cached: the same store, read or not.
    void cacheRoundTrip()
    {
        StoreFixture fx;
        QTemporaryDir cache;
        Journal j(2);
        const int a = j.count();
        j.append(j.count(), 1).append(a, 3).add("\n");
        writeStore(fx, j.bytes(), 5);
        const auto fresh = Store::open(fx.root());
        QCOMPARE(fresh->journal().misnumbered.size(), 1u); // lines 4-6
        QCOMPARE(fresh->journal().misnumbered[0].firstLine, 4);
        QCOMPARE(fresh->journal().misnumbered[0].lastLine, 6);
        QCOMPARE(fresh->journal().misnumbered[0].firstNumber, 4);
        QCOMPARE(fresh->journal().blankLines, 1);
        QVERIFY(openCached(fx.root(), cache.path())->loadStats().cacheSaved);
        const auto cached = openCached(fx.root(), cache.path());
        QVERIFY(cached->loadStats().journalFromCache);
        QCOMPARE(storeDump(*cached), storeDump(*fresh));
        QCOMPARE(raceProblems(*cached),
            (QStringList {
                "journal_duplicate_id 3", "journal_numbering 4", "generation_mismatch 0" }));

        // The manifest is read on every load: a bump added since is seen.
        fx.write(QStringLiteral("manifest.json"), manifestWithGeneration(6));
        const auto bumped = openCached(fx.root(), cache.path());
        QVERIFY(bumped->loadStats().journalFromCache);
        QCOMPARE(raceProblems(*bumped),
            (QStringList { "journal_duplicate_id 3", "journal_numbering 4" }));
    }

    void grownJournal_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("appended");
        QTest::addColumn<int>("generation"); ///< the journal's count: no generation problem
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("message");

        // A line that repeats the last cached line's id: the duplicate spans
        // what was cached and what was appended.
        QTest::newRow("duplicate of a cached line")
            << Journal(3).bytes() << Journal().append(2, 1).bytes() << 4
            << QStringList { "journal_duplicate_id 3", "journal_numbering 4" }
            << "event_id evt-00000003 is carried by lines 3 and 4";
        // A run that ended at the cached end goes on in the appended lines.
        QTest::newRow("run continues")
            << Journal(2).append(1, 1).bytes() << Journal().append(2, 2).bytes() << 5
            << QStringList { "journal_duplicate_id 2", "journal_numbering 3" }
            << "lines 3-5 carry ids numbered for other lines";
        // The race in the cached part stays reported after a clean append.
        QTest::newRow("clean append after the race")
            << Journal(2).append(1, 1).bytes() << Journal().append(3, 2).bytes() << 5
            << QStringList { "journal_duplicate_id 2", "journal_numbering 3" }
            << "line 3 carries event_id evt-00000002 but the daemon numbers it evt-00000003";
        // Blank lines in the cached part still shift the appended lines' numbers.
        QTest::newRow("blank line in the cached part")
            << Journal(2).add("\n").bytes() << Journal().append(2, 2).bytes() << 4 << QStringList()
            << QString();
    }
    void grownJournal()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, appended);
        QFETCH(int, generation);
        QFETCH(QStringList, problems);
        QFETCH(QString, message);
        StoreFixture fx;
        QTemporaryDir cache;
        const int appendedLines = int(appended.count('\n'));
        writeStore(fx, before, generation);
        QVERIFY(openCached(fx.root(), cache.path())->loadStats().cacheSaved);

        // Appended in place, as the daemon appends: only the new lines are parsed.
        QFile f(fx.path(QStringLiteral("journal.jsonl")));
        QVERIFY(f.open(QIODevice::Append));
        QCOMPARE(f.write(appended), appended.size());
        f.close();
        const auto grown = openCached(fx.root(), cache.path());
        QVERIFY(grown->loadStats().cacheFound);
        QVERIFY(!grown->loadStats().journalFromCache);
        QCOMPARE(grown->loadStats().journalLinesParsed, appendedLines);
        const auto fresh = Store::open(fx.root());
        QCOMPARE(raceProblems(*fresh), problems);
        QCOMPARE(raceProblems(*grown), problems);
        QCOMPARE(storeDump(*grown), storeDump(*fresh));
        QVERIFY2(raceMessages(*grown).contains(message), qPrintable(raceMessages(*grown)));
        // And once more from the cache the grown load saved.
        const auto again = openCached(fx.root(), cache.path());
        QVERIFY(again->loadStats().journalFromCache);
        QCOMPARE(storeDump(*again), storeDump(*fresh));
    }

    /// The watcher's path: manifest and journal re-read in an open store
    /// (StoreUpdater::reloadRootFiles), which the Problems page follows.
    void watcherRefresh()
    {
        StoreFixture fx;
        writeStore(fx, Journal(3).bytes(), 3);
        StoreSession session;
        session.open(fx.root());
        ProblemModel model;
        model.setSession(&session);
        auto modelRows = [&] {
            QStringList rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, ProblemModel::LineColumn);
                const QString rule = index.data(ProblemModel::RuleRole).toString();
                if (isDaemonRaceRule(rule))
                    rows << rule + QLatin1Char(' ') + index.data(Qt::DisplayRole).toString();
            }
            return rows;
        };
        QVERIFY(raceProblems(*session.store()).isEmpty());

        // The daemon and another writer both counted 3; one bump was lost.
        QFile f(fx.path(QStringLiteral("journal.jsonl")));
        QVERIFY(f.open(QIODevice::Append));
        f.write(Journal().append(3, 1).append(3, 1).bytes());
        f.close();
        fx.write(QStringLiteral("manifest.json"), manifestWithGeneration(4));
        session.refresh({ QStringLiteral("journal.jsonl"), QStringLiteral("manifest.json") });
        QCOMPARE(raceProblems(*session.store()),
            (QStringList {
                "journal_duplicate_id 4", "journal_numbering 5", "generation_mismatch 0" }));
        QCOMPARE(modelRows(),
            (QStringList {
                "journal_duplicate_id 4", "journal_numbering 5", "generation_mismatch " }));

        // The missing bump added (recovery): the generation problem goes, the
        // journal's stay, each once.
        fx.write(QStringLiteral("manifest.json"), manifestWithGeneration(5));
        session.refresh({ QStringLiteral("manifest.json") });
        QCOMPARE(raceProblems(*session.store()),
            (QStringList { "journal_duplicate_id 4", "journal_numbering 5" }));
        QCOMPARE(raceProblems(*Store::open(fx.root())), raceProblems(*session.store()));
        QCOMPARE(modelRows(), (QStringList { "journal_duplicate_id 4", "journal_numbering 5" }));
    }

    /// The Problems page lists them with their line and code.
    void problemsPage()
    {
        StoreFixture fx;
        Journal j(2);
        const int a = j.count();
        j.append(j.count(), 1).append(a, 1);
        writeStore(fx, j.bytes(), 3);
        const auto store = Store::open(fx.root());
        ProblemModel model;
        model.setStore(store.get());
        QStringList rows, messages;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ProblemModel::LineColumn);
            const QString rule = index.data(ProblemModel::RuleRole).toString();
            if (!isDaemonRaceRule(rule))
                continue;
            rows << rule + QLatin1Char(' ') + index.data(Qt::DisplayRole).toString();
            messages << index.data(ProblemModel::MessageRole).toString();
        }
        QCOMPARE(rows,
            (QStringList {
                "journal_duplicate_id 3", "journal_numbering 4", "generation_mismatch " }));
        QVERIFY(messages[0].startsWith("event_id evt-00000003 is carried by lines 3 and 4"));
        QVERIFY(messages[1].startsWith("line 4 carries event_id evt-00000003"));
        QVERIFY(messages[2].startsWith("manifest.json active_generation is 3 but journal.jsonl "
                                       "holds 4 events"));
    }

    /// A cache whose misnumbered lines are out of range is damage: ignored, not trusted.
    void damagedCacheIsIgnored()
    {
        StoreFixture fx;
        QTemporaryDir cache;
        Journal j(2);
        j.append(1, 1);
        writeStore(fx, j.bytes(), 3);
        QVERIFY(openCached(fx.root(), cache.path())->loadStats().cacheSaved);
        QDirIterator it(cache.path(), QDir::Files);
        QVERIFY(it.hasNext());
        const QString file = it.next();
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        std::string bytes = in.readAll().toStdString();
        in.close();
        // The one run: blank lines 0, one run, then its first and last line
        // and first number, all 3.
        const std::string three("\3\0\0\0\0\0\0\0", 8);
        const std::string entry
            = std::string(8, '\0') + std::string("\1\0\0\0", 4) + three + three + three;
        const auto at = bytes.find(entry);
        QVERIFY(at != std::string::npos);
        bytes[at + 12] = '\11'; // from line 9 to line 3, in a 3-line journal
        LoadCache::reseal(bytes);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes.data(), qint64(bytes.size()));
        out.close();
        const auto store = openCached(fx.root(), cache.path());
        QVERIFY(!store->loadStats().journalFromCache);
        QCOMPARE(storeDump(*store), storeDump(*Store::open(fx.root())));
    }
};

QTEST_GUILESS_MAIN(TestJournalRace)
#include "tst_journalrace.moc"
