// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The loader reads the common journal line with scanTopLevelMembers() and no
// DOM, and every other line with parseJson(). The journal it loads must be
// the one the full parse alone gives: every event with every field, the
// corrupt and blank counts, the misnumbered runs and the problems' text.

#include "core/json/jsonfast_p.h"
#include "core/records/timestamp.h"
#include "core/store/loadcache_p.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"
#include "storedump.h"
#include "storefixture.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace SyncDesk;

namespace {

/// A line as the daemon writes it, numbered n, with one member replaced.
QByteArray eventLine(int n, const QByteArray &from = {}, const QByteArray &to = {})
{
    QByteArray line = R"({"schema":"sourceos.journal-event/v1alpha1","event_id":"evt-)"
        + QByteArray::number(n).rightJustified(8, '0')
        + R"(","event_type":"add","lane":"normal","object_id":"object:alpha",)"
          R"("producer":"sourceos-syncd","created_at":"2026-05-05T00:00:00Z",)"
          R"("payload":{"path":"objects/object_alpha.json"},"applied":true})";
    if (!from.isEmpty()) {
        Q_ASSERT(line.contains(from));
        line.replace(from, to);
    }
    return line + '\n';
}

/// The journal's lines, after the fixture's two, and what the loader makes of
/// a few of them (checked below on top of the comparison of both paths).
QByteArray oddJournal()
{
    QByteArray j;
    int n = 3;
    auto add = [&](const QByteArray &from = {}, const QByteArray &to = {}) {
        j += eventLine(n++, from, to);
    };
    add(); // 3: ordinary
    add(R"("event_type":"add")", R"("event_type":"a\nb")"); // 4: escape in a wanted string
    add(R"(objects/object_alpha.json)", R"(objects/\u00e9\"x\".json)"); // 5: in an unwanted one
    add(R"("event_id":"evt-00000006")", R"("event_id":"evt-0000000\u0036")"); // 6: in the id
    add(R"("lane")", R"("l\u0061ne")"); // 7: escaped key
    add(R"("applied":true)", R"("applied":true,"event_id":"evt-00000099")"); // 8: duplicate id
    add(R"("applied":true)", R"("applied":true,"applied":false)"); // 9: duplicate other key
    add(R"({"path":"objects/object_alpha.json"})", R"({"p":1,"p":2})"); // 10: nested duplicate
    add(R"("event_id":"evt-00000011")", R"("event_id":"")"); // 11: empty id: corrupt
    add(R"("event_id":"evt-00000012")", R"("event_id":12)"); // 12: id not a string: corrupt
    add(R"("event_id":"evt-00000013")", R"("eventid":"evt-00000013")"); // 13: no id: corrupt
    add(R"("object_id":"object:alpha")", R"("object_id":7)"); // 14: number where a string is
    add(R"("producer":"sourceos-syncd")", R"("producer":true)"); // 15: boolean
    add(R"("lane":"normal")", R"("lane":null)"); // 16: null
    add(R"("event_type":"add")", R"("event_type":{"x":1})"); // 17: object
    add(R"("created_at":"2026-05-05T00:00:00Z")", R"("created_at":[1])"); // 18: array
    add(R"("created_at":"2026-05-05T00:00:00Z")", R"("created_at":"yesterday")"); // 19
    add(R"("created_at":"2026-05-05T00:00:00Z")", R"("created_at":"2026-05-05T02:00:00+02:00")");
    add(R"("created_at":"2026-05-05T00:00:00Z")", R"("created_at":1746403200)"); // 21
    add(R"("event_type":"add")", R"("event_type":"")"); // 22: empty strings
    add(R"("applied":true)", R"("applied":true,"n":123456789012345678901234567890)"); // 23
    add(R"("applied":true)", R"("applied":1e-400)"); // 24: a float the fast path leaves
    add(R"("object_id":"object:alpha")",
        R"("object_id":"caf)"
        "\xc3\xa9"
        R"(")"); // 25: raw UTF-8
    j += "\n"; // 26: blank
    j += "   \t\n"; // 27: blank
    j += "\xef\xbb\xbf" + eventLine(28).trimmed() + "\n"; // 28: byte order mark: corrupt
    j += eventLine(29).trimmed() + "x\n"; // 29: trailing garbage: corrupt
    j += "[]\n"; // 30: not an object
    j += "{\"a\":\n"; // 31: not JSON
    j += eventLine(32).replace("normal", "nor\xffmal"); // 32: invalid UTF-8: corrupt
    j += eventLine(33).trimmed() + "\r\n"; // 33: CRLF
    j += eventLine(40); // 34: misnumbered
    j += eventLine(41); // 35
    // Past the listed corrupt lines, so that the count of the rest shows too.
    for (int i = 0; i < JournalInfo::kListedCorruptLines; ++i)
        j += "not json\n";
    j += eventLine(56); // 56
    j += eventLine(57).left(100); // torn tail
    return j;
}

} // namespace

class TestJournalScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanLoadsWhatTheFullParseLoads()
    {
        StoreFixture fx;
        fx.write("journal.jsonl", fx.read("journal.jsonl") + oddJournal());

        const auto scanned = Store::open(fx.root());
        setTopLevelScanEnabled(false);
        const auto full = Store::open(fx.root());
        setTopLevelScanEnabled(true);
        QCOMPARE(scanned->state(), Store::State::Ok);
        const QStringList a = storeDump(*scanned), b = storeDump(*full);
        QVERIFY2(a == b,
            qPrintable(firstDumpDifference(a, b, QStringLiteral("scan"), QStringLiteral("full"))));

        // And what that is, in the lines that exercise each rule.
        const JournalInfo &j = scanned->journal();
        QCOMPARE(j.lines, 56);
        QVERIFY(j.tornTail);
        QCOMPARE(j.blankLines, 2);
        // Blank lines are corrupt lines too (not JSON), only counted apart.
        QCOMPARE(j.corruptLines, 10 + JournalInfo::kListedCorruptLines);
        QCOMPARE(j.firstUnlistedCorrupt, 46);
        QCOMPARE(j.lastCorrupt, 55);
        auto event = [&](int line) -> const JournalEvent * {
            for (const JournalEvent &e : j.events)
                if (e.line == line)
                    return &e;
            return nullptr;
        };
        auto text = [&](Sym sym) { return scanned->text(sym); };
        for (const int corrupt : { 11, 12, 13, 26, 27, 28, 29, 30, 31, 32 })
            QVERIFY2(!event(corrupt), qPrintable(QString::number(corrupt)));
        QCOMPARE(int(j.events.size()), 56 - 10 - JournalInfo::kListedCorruptLines);
        QCOMPARE(text(event(3)->eventId), QStringLiteral("evt-00000003"));
        QCOMPARE(text(event(3)->objectId), QStringLiteral("object:alpha"));
        QCOMPARE(event(3)->created, *parseUtcTimestamp("2026-05-05T00:00:00Z"));
        QCOMPARE(text(event(4)->type), QStringLiteral("a\nb"));
        QCOMPARE(text(event(6)->eventId), QStringLiteral("evt-00000006"));
        QCOMPARE(text(event(7)->lane), QStringLiteral("normal"));
        QCOMPARE(text(event(8)->eventId), QStringLiteral("evt-00000099")); // the last one
        QCOMPARE(text(event(14)->objectId), QStringLiteral("7")); // Python's str()
        QCOMPARE(text(event(15)->producer), QStringLiteral("True"));
        QCOMPARE(event(16)->lane, kNoSym);
        QCOMPARE(event(17)->type, kNoSym);
        QCOMPARE(event(18)->created, kNoTime);
        QCOMPARE(event(19)->created, kNoTime);
        QCOMPARE(event(21)->created, kNoTime);
        QCOMPARE(event(22)->type, kNoSym); // the empty string interns as no symbol
        QCOMPARE(text(event(25)->objectId), QStringLiteral("caf\u00e9"));
        QCOMPARE(text(event(33)->eventId), QStringLiteral("evt-00000033"));
        QVERIFY(event(23) && event(24) && event(9) && event(10));
        QVERIFY(!j.misnumbered.empty());
        QStringList problems;
        for (const Problem &p : scanned->problems())
            if (p.path == QLatin1String("journal.jsonl"))
                problems << p.message;
        QVERIFY2(
            problems.size() > JournalInfo::kListedCorruptLines, qPrintable(problems.join('\n')));
        QVERIFY2(problems[0].startsWith(QStringLiteral("line 11 is not an event")),
            qPrintable(problems[0]));
    }

    /// The journal is read and parsed a window at a time: lines that
    /// straddle windows, a line longer than many windows, the torn tail and
    /// the corrupt count load as from one window, offsets included.
    void windowsLoadWhatOneWindowLoads_data()
    {
        QTest::addColumn<int>("window");
        for (const int bytes : { 1, 2, 7, 64, 333, 4096 })
            QTest::newRow(qPrintable(QString::number(bytes))) << bytes;
    }
    void windowsLoadWhatOneWindowLoads()
    {
        QFETCH(int, window);
        StoreFixture fx;
        // The long line first: oddJournal() ends with the torn tail.
        const QByteArray journal = fx.read("journal.jsonl")
            + eventLine(3, "objects/object_alpha.json", QByteArray(20000, 'x')) + oddJournal();
        fx.write("journal.jsonl", journal);
        const auto whole = Store::open(fx.root());
        StoreLoader::setJournalWindowForTests(std::size_t(window));
        const auto windowed = Store::open(fx.root());
        StoreLoader::setJournalWindowForTests(0);
        const QStringList a = storeDump(*windowed), b = storeDump(*whole);
        QVERIFY2(a == b,
            qPrintable(
                firstDumpDifference(a, b, QStringLiteral("windowed"), QStringLiteral("whole"))));
        QCOMPARE(windowed->journal().size, qint64(journal.size()));
        QVERIFY(windowed->journal().tornTail);
        QCOMPARE(windowed->journal().events.size(), whole->journal().events.size());
        for (std::size_t i = 0; i < whole->journal().events.size(); ++i)
            QCOMPARE(windowed->journal().events[i].offset, whole->journal().events[i].offset);
        // The events' table was sized once, by a count of the lines, not grown.
        const auto bound
            = std::min(std::size_t(journal.count('\n')), std::size_t(journal.size()) / 17);
        QCOMPARE(windowed->journal().events.capacity(), bound);
    }

    /// With the load cache, in small windows: the cached prefix is hashed a
    /// window at a time and only the lines appended since are parsed.
    void windowsParseOnlyWhatWasAppended()
    {
        StoreFixture fx;
        QTemporaryDir cache;
        QByteArray journal = fx.read("journal.jsonl") + oddJournal();
        journal.truncate(journal.lastIndexOf('\n') + 1); // no torn tail
        fx.write("journal.jsonl", journal);
        StoreLoader::setRacyWindowNs(50'000'000);
        StoreLoader::setJournalWindowForTests(7);
        const auto restore = qScopeGuard([] {
            StoreLoader::setJournalWindowForTests(0);
            StoreLoader::setRacyWindowNs(2'000'000'000);
        });
        QThread::msleep(80);
        StoreOpenOptions options;
        options.cacheDirectory = cache.path();
        const auto first = Store::open(fx.root(), options);
        LoadCache::waitForSaves();
        fx.write("journal.jsonl", journal + eventLine(90) + eventLine(91));
        QThread::msleep(80);
        const auto grown = Store::open(fx.root(), options);
        QVERIFY(!grown->loadStats().journalFromCache);
        QCOMPARE(grown->loadStats().journalLinesParsed, 2);
        StoreLoader::setJournalWindowForTests(0);
        const QStringList a = storeDump(*grown), b = storeDump(*Store::open(fx.root()));
        QVERIFY2(a == b,
            qPrintable(
                firstDumpDifference(a, b, QStringLiteral("grown"), QStringLiteral("fresh"))));
    }

    void offsetsAreTheLinesStarts()
    {
        StoreFixture fx;
        const QByteArray journal = fx.read("journal.jsonl") + oddJournal();
        fx.write("journal.jsonl", journal);
        const auto store = Store::open(fx.root());
        for (const JournalEvent &e : store->journal().events) {
            QVERIFY(e.offset == 0 || journal[e.offset - 1] == '\n');
            QCOMPARE(journal.left(e.offset).count('\n'), e.line - 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestJournalScan)

#include "tst_journalscan.moc"
