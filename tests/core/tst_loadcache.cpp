// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/demo/demostore.h"
#include "core/io/pagebuffer_p.h"
#include "core/store/loadcache_p.h"
#include "core/store/loadcachecodec_p.h"
#include "core/store/storeloader_p.h"
#include "storedump.h"
#include "storefixture.h"
#include "treesnapshot.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <bit>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>

using namespace SyncDesk;

namespace {

/// Files stamped this long before a load count as settled in these tests:
/// long enough for the filesystem's coarse clock to tick between a load and an edit.
constexpr qint64 kTestRacyNs = 50'000'000;

void settle()
{
    QThread::msleep(80);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// An operation of the store whose file is a plain record (no special cases).
QString firstFile(const QString &root, const QString &dir)
{
    const auto names = QDir(root + QLatin1Char('/') + dir)
                           .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir + QLatin1Char('/') + names.constFirst();
}

quint64 inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

/**
 * Changes bytes [0, 8) and [32, 40) of bytes so that LoadCache::checksum()
 * stays the same: its first lane mixes word 0 and then word 4 through
 * bijections, so word 4 can undo any change to word 0. That checksum was once
 * the journal prefix check, which a rewritten journal passed this way.
 */
void collideWithChecksum(QByteArray &bytes)
{
    constexpr quint64 k1 = 0x9E3779B97F4A7C15ULL, k2 = 0xBF58476D1CE4E5B9ULL;
    auto mix = [](quint64 lane, quint64 word) { return std::rotl((lane ^ word) * k1, 31) * k2; };
    auto word = [&](qsizetype at) {
        quint64 w;
        std::memcpy(&w, bytes.constData() + at, 8);
        return w;
    };
    const quint64 lane = k1; // the first lane's seed; the length is mixed in last
    const quint64 before = mix(lane, word(0));
    bytes[0] = bytes[0] == '[' ? '{' : '[';
    const quint64 after = mix(lane, word(0));
    const quint64 fixed = word(32) ^ before ^ after;
    std::memcpy(bytes.data() + 32, &fixed, 8);
}

} // namespace

class TestLoadCache final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> openCached(
        const QString &root, ValidationMode mode = {}, int threads = 0)
    {
        StoreOpenOptions options;
        options.mode = mode;
        options.threads = threads;
        options.cacheDirectory = m_cache.path() + QStringLiteral("/stores");
        auto store = Store::open(root, options);
        LoadCache::waitForSaves();
        return store;
    }
    QString cacheFile() const
    {
        const auto files = QDir(m_cache.path() + QStringLiteral("/stores"))
                               .entryInfoList({ QStringLiteral("*.cache") }, QDir::AllEntries);
        return files.size() == 1 ? files.constFirst().absoluteFilePath() : QString();
    }
    void wipeCache() { QDir(m_cache.path() + QStringLiteral("/stores")).removeRecursively(); }
    /// Writes bytes, one entry of them damaged, as the cache (resealed, so
    /// that only the decoder can tell): exactly that file must be read again,
    /// and the store must be what a fresh load gives.
    void rejectsOneEntry(
        const QString &file, const QByteArray &bytes, const QString &root, const Store &fresh)
    {
        std::string sealed = bytes.toStdString();
        LoadCache::reseal(sealed);
        writeAll(file, QByteArray::fromStdString(sealed));
        const auto store = openCached(root);
        QVERIFY(store->loadStats().cacheFound);
        QCOMPARE(store->loadStats().filesRead, 1);
        QCOMPARE(storeDump(*store), storeDump(fresh));
    }

    QTemporaryDir m_cache;

private Q_SLOTS:
    void init()
    {
        StoreLoader::setStatAllBeforeCacheForTests(false);
        StoreLoader::setRacyWindowNs(kTestRacyNs);
        wipeCache();
    }
    void cleanupTestCase() { StoreLoader::setRacyWindowNs(2'000'000'000); }

    void sameAsFullLoad_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("alwaysRead"); // files never cached: not read whole
        // Every file statted while the cache opens, as on a reopen of a big store.
        QTest::addColumn<bool>("statsFirst");
        // The encoder hands its bytes to the file at every point it may: many
        // pieces, most ending at an odd offset.
        QTest::addColumn<bool>("smallPieces");
        for (const bool first : { false, true }) {
            const char *how = first ? ", statted while the cache opens" : "";
            QTest::addRow("reference fixture%s", how)
                << QStringLiteral("fixture") << 0 << first << false;
            QTest::addRow("demo store%s", how) << QStringLiteral("demo") << 0 << first << false;
            QTest::addRow("broken files%s", how) << QStringLiteral("broken") << 2 << first << false;
        }
        QTest::addRow("demo store, written in small pieces")
            << QStringLiteral("demo") << 0 << false << true;
        QTest::addRow("broken files, written in small pieces")
            << QStringLiteral("broken") << 2 << false << true;
    }
    void sameAsFullLoad()
    {
        QFETCH(QString, kind);
        QFETCH(int, alwaysRead);
        QFETCH(bool, statsFirst);
        QFETCH(bool, smallPieces);
        StoreLoader::setStatAllBeforeCacheForTests(statsFirst);
        LoadCache::setFlushBytesForTests(smallPieces ? 1 : std::size_t(4) << 20);
        const auto restore
            = qScopeGuard([] { LoadCache::setFlushBytesForTests(std::size_t(4) << 20); });
        StoreFixture fixture;
        QTemporaryDir demo;
        QString root = fixture.root();
        if (kind == QLatin1String("demo")) {
            root = demo.path() + QStringLiteral("/store");
            const auto written = DemoStore::write(root, DemoStoreOptions {});
            QVERIFY2(written, qPrintable(written.error()));
        } else if (kind == QLatin1String("broken")) {
            fixture.write(QStringLiteral("operations/bad-json.json"), "{\"schema\": ");
            fixture.write(QStringLiteral("tasks/dup.json"),
                fixture.read(QStringLiteral("tasks/operation-task_alpha-0001.json"))
                    .replace("{", "{\"attempt\": 3, "));
            fixture.write(QStringLiteral("operations/x.json.AbC123"), "{}");
            fixture.write(QStringLiteral("conflicts/notes.txt"), "hello");
            QDir().mkpath(fixture.path(QStringLiteral("tasks/folder.json")));
            QVERIFY(QFile::link(fixture.path(QStringLiteral("objects/object_alpha.json")),
                fixture.path(QStringLiteral("objects/link.json"))));
            QFile journal(fixture.path(QStringLiteral("journal.jsonl")));
            QVERIFY(journal.open(QIODevice::Append));
            journal.write("not json\n{\"event_id\": \"evt-9\"");
        }
        settle();
        const auto fresh = Store::open(root);
        QCOMPARE(fresh->state(), Store::State::Ok);
        const QStringList expected = storeDump(*fresh);

        const auto first = openCached(root);
        QVERIFY(!first->loadStats().cacheFound);
        QCOMPARE(first->loadStats().filesFromCache, 0);
        QVERIFY(first->loadStats().cacheSaved);
        QCOMPARE(storeDump(*first), expected);
        QVERIFY(!cacheFile().isEmpty());

        const auto second = openCached(root);
        const StoreLoadStats &stats = second->loadStats();
        QVERIFY(stats.cacheFound);
        QCOMPARE(stats.filesRead, alwaysRead);
        QCOMPARE(stats.filesFromCache, int(fresh->files().size()) - alwaysRead);
        QVERIFY(stats.journalFromCache);
        QCOMPARE(storeDump(*second), expected);
        // Unchanged files leave the cache as it is.
        QCOMPARE(stats.cacheSaved, alwaysRead > 0);
    }

    /// A reopen gives back the cache's entries as they are decoded (issue 19),
    /// and never one that a later file still needs: every file still comes
    /// from the cache, as a fresh load gives it. Thousands of files, for the
    /// loader's workers to get far enough.
    void decodedEntriesAreGivenBack()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        DemoStoreOptions options;
        options.operations = 4000;
        const auto written = DemoStore::write(root, options);
        QVERIFY2(written, qPrintable(written.error()));
        settle();
        openCached(root);
        // A file renamed since: read again, and its old entry never decoded.
        const QString renamed = firstFile(root, QStringLiteral("tasks"));
        QVERIFY(QFile::rename(
            root + QLatin1Char('/') + renamed, root + QStringLiteral("/tasks/0-renamed.json")));
        settle();
        const auto fresh = Store::open(root);
        QVERIFY(fresh->files().size() > 9000);
        // One worker: entries go back as it passes them, whatever the timing.
        // With two, none goes back until the second has taken its first file
        // (JobWatermark), which a loaded machine may delay to the end.
        for (const int threads : { 1, 2 }) {
            const auto second = openCached(root, {}, threads);
            const StoreLoadStats &stats = second->loadStats();
            QVERIFY(stats.cacheFound);
            // The first of them saved the renamed file: the second reads nothing.
            const int read = threads == 1 ? 1 : 0;
            QCOMPARE(stats.filesRead, read);
            QCOMPARE(stats.filesFromCache, int(fresh->files().size()) - read);
            if (threads == 1)
                QVERIFY2(stats.cacheBytesGivenBack > 256 * 1024,
                    qPrintable(QString::number(stats.cacheBytesGivenBack)));
            QCOMPARE(storeDump(*second), storeDump(*fresh));
        }
    }

    /// The results join the tables in order while later files are still read
    /// (issue 19: all of them at once were ~90 MB at 100k). The files'
    /// problems still come after the journal's and the listing's, and the
    /// cache keeps each file's own.
    void resultsJoinTheTablesWhileReading()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        DemoStoreOptions options;
        options.operations = 4000;
        const auto written = DemoStore::write(root, options);
        QVERIFY2(written, qPrintable(written.error()));
        // A file problem early and late in the listing, a stray temp file, a
        // corrupt journal line, a manifest whose generation is off.
        writeAll(root + QStringLiteral("/operations/0-bad.json"), "{\"schema\": ");
        writeAll(root + QStringLiteral("/tasks/zzz-bad.json"), "[]");
        writeAll(root + QStringLiteral("/tasks/x.json.AbC123"), "{}");
        QFile journal(root + QStringLiteral("/journal.jsonl"));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("not json\n");
        journal.close();
        QFile manifestFile(root + QStringLiteral("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        manifestFile.close();
        manifest[QStringLiteral("active_generation")]
            = manifest[QStringLiteral("active_generation")].toInteger() + 5;
        writeAll(manifestFile.fileName(), QJsonDocument(manifest).toJson());
        // Two tasks in operations/: one more than tasks/ has room for (its
        // bad file holds none), so the tasks' table grows while reading.
        const QString task = firstFile(root, QStringLiteral("tasks"));
        for (const char *name : { "operations/zz-task-1.json", "operations/zz-task-2.json" })
            QVERIFY(QFile::copy(
                root + QLatin1Char('/') + task, root + QLatin1Char('/') + QLatin1String(name)));
        settle();

        // One worker: it appends every 1,024 files, whatever the timing.
        StoreOpenOptions one;
        one.threads = 1;
        const auto store = Store::open(root, one);
        QCOMPARE(store->state(), Store::State::Ok);
        const int files = int(store->files().size());
        QVERIFY(files > 9000);
        const int early = store->loadStats().filesAppendedWhileReading;
        QVERIFY2(early > 0 && early < files, qPrintable(QString::number(early)));

        auto firstOf = [&](auto &&matches) {
            const auto &p = store->problems();
            return int(std::find_if(p.begin(), p.end(), matches) - p.begin());
        };
        const int journalAt = firstOf([](const Problem &p) { return p.path == u"journal.jsonl"; });
        const int tempAt = firstOf([](const Problem &p) { return p.rule == u"temp_file"; });
        const int generationAt = firstOf(
            [](const Problem &p) { return p.rule == QLatin1String(kRuleGenerationMismatch); });
        const int earlyFileAt
            = firstOf([](const Problem &p) { return p.path == u"operations/0-bad.json"; });
        const int lateFileAt
            = firstOf([](const Problem &p) { return p.path == u"tasks/zzz-bad.json"; });
        QVERIFY(lateFileAt < int(store->problems().size()));
        QVERIFY2(journalAt < tempAt && tempAt < generationAt && generationAt < earlyFileAt
                && earlyFileAt < lateFileAt,
            qPrintable(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(journalAt)
                           .arg(tempAt)
                           .arg(generationAt)
                           .arg(earlyFileAt)
                           .arg(lateFileAt)));
        // Every row names its file, the tasks in operations/ included.
        for (const char *name : { "operations/zz-task-1.json", "operations/zz-task-2.json" }) {
            const qint32 at = store->fileIndex(QLatin1String(name));
            QVERIFY(at >= 0);
            const RecordFile &f = store->files()[quint32(at)];
            QCOMPARE(f.kind, RecordKind::Task);
            QVERIFY(f.row >= 0);
            QCOMPARE(store->tasks()[quint32(f.row)].file, quint32(at));
        }

        // Two threads give the same store; the cache gives it back, problems included.
        StoreOpenOptions two;
        two.threads = 2;
        QCOMPARE(storeDump(*Store::open(root, two)), storeDump(*store));
        openCached(root);
        const auto reopened = openCached(root);
        QCOMPARE(reopened->loadStats().filesRead, 0);
        QCOMPARE(storeDump(*reopened), storeDump(*store));
    }

    /// An entry given back is never decoded, whatever its zeros would say:
    /// the loader reads its file instead (issue 19).
    void givenBackEntriesAreRefused()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        const auto written = DemoStore::write(root, DemoStoreOptions {});
        QVERIFY2(written, qPrintable(written.error()));
        settle();
        StoreOpenOptions options;
        options.cacheDirectory = m_cache.path() + QStringLiteral("/stores");
        openCached(root);
        Interner strings;
        const auto cache = LoadCache::open(
            options.cacheDirectory, LoadCacheKey::forStore(root, options), strings);
        QVERIFY(cache);
        QVERIFY(cache->entryCount() > 10);
        for (quint32 k = 0; k < cache->entryCount(); ++k) {
            LoadedFile f;
            QVERIFY(cache->decode(k, f));
        }
        const quint32 half = cache->entryCount() / 2;
        cache->giveBackBefore(cache->entryAt(half));
        // Entries on the page the first one still needed begins on are kept.
        const std::size_t page = PageBuffer::pageSize();
        const std::size_t kept = cache->entryAt(half) / page * page;
        int refused = 0;
        for (quint32 k = 0; k < cache->entryCount(); ++k) {
            LoadedFile f;
            const bool decoded = cache->decode(k, f);
            QCOMPARE(decoded, cache->entryAt(k) >= kept);
            refused += !decoded;
        }
        QVERIFY(refused > 0);
        cache->giveBackBefore(cache->end());
        for (quint32 k = 0; k < cache->entryCount(); ++k) {
            LoadedFile f;
            QVERIFY(!cache->decode(k, f));
        }
    }

    /// The encoder streams the file (issue 19): its checksum, fed in pieces of
    /// any size, is the one the loader computes over the whole.
    void checksumInPiecesIsTheWhole()
    {
        QByteArray bytes(100'003, Qt::Uninitialized);
        auto *random = QRandomGenerator::global();
        for (char &c : bytes)
            c = char(random->bounded(256));
        for (const qsizetype size : { qsizetype(0), qsizetype(1), qsizetype(31), qsizetype(32),
                 qsizetype(33), qsizetype(64), qsizetype(1000), bytes.size() }) {
            const quint64 whole = LoadCache::checksum(bytes.constData(), std::size_t(size));
            for (const qsizetype piece :
                { qsizetype(1), qsizetype(5), qsizetype(32), qsizetype(77) }) {
                LoadCacheCodec::Checksum sum;
                for (qsizetype at = 0; at < size; at += piece)
                    sum.add(bytes.constData() + at, std::size_t(std::min(piece, size - at)));
                QCOMPARE(sum.result(), whole);
            }
        }
        // The length counts: a payload one zero byte longer sums differently.
        QByteArray zeros(64, '\0');
        QVERIFY(LoadCache::checksum(zeros.constData(), 63)
            != LoadCache::checksum(zeros.constData(), 64));
    }

    /// The index by path is built beside the relations (issue 19): every file
    /// is found by its path, fresh and from the cache, and nothing else is.
    void everyFileIsFoundByItsPath()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        const auto written = DemoStore::write(root, DemoStoreOptions {});
        QVERIFY2(written, qPrintable(written.error()));
        settle();
        for (const bool cached : { false, true, true }) {
            const auto store = cached ? openCached(root) : Store::open(root);
            QVERIFY(store->files().size() > 100);
            for (std::size_t i = 0; i < store->files().size(); ++i)
                QCOMPARE(store->fileIndex(store->files()[i].path), qint32(i));
            QCOMPARE(store->fileIndex(QStringLiteral("tasks/no-such-task.json")), -1);
        }
    }

    void changedFilesAreReread_data()
    {
        QTest::addColumn<bool>("statsFirst");
        QTest::newRow("statted after the cache opened") << false;
        QTest::newRow("statted while the cache opens") << true;
    }
    void changedFilesAreReread()
    {
        QFETCH(bool, statsFirst);
        StoreLoader::setStatAllBeforeCacheForTests(statsFirst);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        const auto written = DemoStore::write(root, DemoStoreOptions {});
        QVERIFY2(written, qPrintable(written.error()));
        settle();
        QVERIFY(openCached(root)->loadStats().cacheSaved);
        const auto path = [&](const QString &rel) { return root + QLatin1Char('/') + rel; };

        // 1. Edited in place, same size, mtime put back: only ctime tells.
        const QString task = firstFile(root, QStringLiteral("tasks"));
        QByteArray bytes = readAll(path(task));
        const qsizetype at = bytes.indexOf("\"attempt\": ");
        QVERIFY(at > 0);
        char &digit = bytes[at + 11];
        QVERIFY(digit >= '0' && digit <= '9');
        digit = digit == '9' ? '1' : char(digit + 1);
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(path(task)).constData(), &before), 0);
        writeAll(path(task), bytes);
        const timespec times[2] = { before.st_atim, before.st_mtim };
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path(task)).constData(), times, 0), 0);
        // 2. Replaced by rename, as the daemon writes.
        const QString conflict = firstFile(root, QStringLiteral("conflicts"));
        writeAll(path(conflict) + QStringLiteral(".tmp"),
            readAll(path(conflict)).replace("\"explanation\": \"", "\"explanation\": \"Edited. "));
        QVERIFY(::rename(QFile::encodeName(path(conflict) + QStringLiteral(".tmp")).constData(),
                    QFile::encodeName(path(conflict)).constData())
            == 0);
        // 3. Removed, 4. added, 5. turned into a symlink, 6. the journal grew.
        QVERIFY(QFile::remove(path(firstFile(root, QStringLiteral("evidence")))));
        const QString operation = firstFile(root, QStringLiteral("operations"));
        writeAll(path(QStringLiteral("operations/zz-added.json")), readAll(path(operation)));
        const QString policy = firstFile(root, QStringLiteral("policy-decisions"));
        QVERIFY(QFile::remove(path(policy)));
        QVERIFY(QFile::link(path(operation), path(policy)));
        const QByteArray journal = readAll(path(QStringLiteral("journal.jsonl")));
        writeAll(path(QStringLiteral("journal.jsonl")),
            journal + journal.mid(journal.lastIndexOf('\n', journal.size() - 2) + 1));
        settle();

        const auto fresh = Store::open(root);
        const auto cached = openCached(root);
        QVERIFY(cached->loadStats().cacheFound);
        QCOMPARE(cached->loadStats().filesRead, 4);
        QCOMPARE(cached->loadStats().filesFromCache, int(fresh->files().size()) - 4);
        QVERIFY(!cached->loadStats().journalFromCache);
        QCOMPARE(cached->loadStats().journalLinesParsed, 1); // only the appended line
        QCOMPARE(storeDump(*cached), storeDump(*fresh));
        // What was re-read is cached in turn.
        settle();
        const auto again = openCached(root);
        QCOMPARE(again->loadStats().filesRead, 1); // the symlink is never cached
        QVERIFY(again->loadStats().journalFromCache);
        QCOMPARE(storeDump(*again), storeDump(*fresh));
    }

    void grownJournalParsesOnlyTheTail()
    {
        StoreFixture fixture;
        const QString journal = fixture.path(QStringLiteral("journal.jsonl"));
        const QByteArray lines = readAll(journal);
        const QByteArray line = lines.left(lines.indexOf('\n') + 1);
        const QByteArray third = QByteArray(line).replace("evt-00000001", "evt-00000003");
        // Cached with a torn last line: a write still in progress.
        writeAll(journal, lines + third.left(20));
        settle();
        QVERIFY(openCached(fixture.root())->loadStats().cacheSaved);

        // The line completed, one more appended: the torn line is parsed again.
        writeAll(journal, lines + third + QByteArray(line).replace("evt-00000001", "evt-00000004"));
        settle();
        auto store = openCached(fixture.root());
        QCOMPARE(store->loadStats().journalLinesParsed, 2);
        QCOMPARE(store->journal().lines, 4);
        QCOMPARE(storeDump(*store), storeDump(*Store::open(fixture.root())));

        // A rewritten first line (same size, still longer than cached): all parsed again.
        const QByteArray now = readAll(journal);
        writeAll(journal, QByteArray(now).replace("evt-00000001", "evt-00000009") + line);
        settle();
        store = openCached(fixture.root());
        QCOMPARE(store->loadStats().journalLinesParsed, 5);
        QCOMPARE(storeDump(*store), storeDump(*Store::open(fixture.root())));
    }

    void rewrittenJournalPrefixIsParsedAgain_data()
    {
        QTest::addColumn<bool>("grown");
        QTest::newRow("same length") << false;
        QTest::newRow("line appended") << true;
    }
    void rewrittenJournalPrefixIsParsedAgain()
    {
        // The journal is in the store, so anyone who writes there can rewrite
        // the bytes the cache says it parsed. Same inode, same length (or
        // more), and a checksum that still matches: only a cryptographic hash
        // tells.
        QFETCH(bool, grown);
        StoreFixture fixture;
        const QString journal = fixture.path(QStringLiteral("journal.jsonl"));
        const QByteArray original = readAll(journal);
        settle();
        QVERIFY(openCached(fixture.root())->loadStats().cacheSaved);

        QByteArray rewritten = original;
        collideWithChecksum(rewritten);
        QVERIFY(rewritten != original);
        QCOMPARE(rewritten.size(), original.size());
        QCOMPARE(LoadCache::checksum(rewritten.constData(), std::size_t(rewritten.size())),
            LoadCache::checksum(original.constData(), std::size_t(original.size())));
        const QByteArray line = original.left(original.indexOf('\n') + 1);
        if (grown)
            rewritten += QByteArray(line).replace("evt-00000001", "evt-00000003");
        const auto inode = inodeOf(journal);
        writeAll(journal, rewritten);
        QCOMPARE(inodeOf(journal), inode); // rewritten in place
        settle();

        const auto store = openCached(fixture.root());
        QVERIFY(store->loadStats().cacheFound);
        QVERIFY(!store->loadStats().journalFromCache);
        const auto fresh = Store::open(fixture.root());
        QCOMPARE(store->loadStats().journalLinesParsed, fresh->journal().lines);
        QCOMPARE(storeDump(*store), storeDump(*fresh));
        // The rewritten first line is what is shown, not the cached event.
        QCOMPARE(store->journal().corruptLines, 1);
        QCOMPARE(store->journal().events.front().line, 2);
    }

    void grownJournalKeepsCountingCorruptLines()
    {
        // Past the listed corrupt lines, the count goes on from the cache's
        // when only the appended lines are parsed.
        StoreFixture fixture;
        const QString journal = fixture.path(QStringLiteral("journal.jsonl"));
        QByteArray bytes = readAll(journal);
        for (int i = 0; i < JournalInfo::kListedCorruptLines + 5; ++i)
            bytes += "[]\n";
        writeAll(journal, bytes + "{\"event_id\"");
        settle();
        QVERIFY(openCached(fixture.root())->loadStats().cacheSaved);

        writeAll(journal, bytes + "{}\n1\n[");
        settle();
        const auto store = openCached(fixture.root());
        QCOMPARE(store->loadStats().journalLinesParsed, 2);
        QCOMPARE(store->journal().corruptLines, JournalInfo::kListedCorruptLines + 7);
        QVERIFY(store->journal().tornTail);
        QCOMPARE(storeDump(*store), storeDump(*Store::open(fixture.root())));
    }

    void racyFilesAreNotCached()
    {
        // The real window: files written just now may change again unseen.
        StoreLoader::setRacyWindowNs(2'000'000'000);
        StoreFixture fixture;
        const auto first = openCached(fixture.root());
        QVERIFY(first->loadStats().cacheSaved);
        const auto second = openCached(fixture.root());
        QVERIFY(second->loadStats().cacheFound);
        QCOMPARE(second->loadStats().filesFromCache, 0);
        QVERIFY(!second->loadStats().journalFromCache);
        QCOMPARE(storeDump(*second), storeDump(*Store::open(fixture.root())));
    }

    void damagedCacheIsIgnored_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *d : { "truncated", "flipped byte", "empty", "garbage", "other version",
                 "directory", "symlink" })
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void damagedCacheIsIgnored()
    {
        QFETCH(QString, damage);
        StoreFixture fixture;
        settle();
        openCached(fixture.root());
        const QString file = cacheFile();
        QVERIFY(!file.isEmpty());
        QByteArray bytes = readAll(file);
        if (damage == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else if (damage == QLatin1String("flipped byte")) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        } else if (damage == QLatin1String("empty")) {
            bytes.clear();
        } else if (damage == QLatin1String("garbage")) {
            bytes.resize(4096);
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), 1024);
        } else if (damage == QLatin1String("other version")) {
            bytes[8] = char(bytes[8] + 1);
        }
        QVERIFY(QFile::remove(file));
        if (damage == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(file));
        } else if (damage == QLatin1String("symlink")) {
            writeAll(file + QStringLiteral(".real"), bytes);
            QVERIFY(QFile::link(file + QStringLiteral(".real"), file));
        } else {
            writeAll(file, bytes);
        }
        const auto store = openCached(fixture.root());
        QVERIFY(!store->loadStats().cacheFound);
        QCOMPARE(store->loadStats().filesFromCache, 0);
        QCOMPARE(storeDump(*store), storeDump(*Store::open(fixture.root())));
    }

    void craftedCacheDoesNotCrash()
    {
        // Past the checksum, every length and symbol is still bounds-checked:
        // mutated caches may decode to other values, never read out of bounds
        // (run under ASan by scripts/test-sanitizers.sh).
        StoreFixture fixture;
        settle();
        openCached(fixture.root());
        const QString file = cacheFile();
        const QByteArray original = readAll(file);
        QVERIFY(original.size() > 64);
        QRandomGenerator random(42);
        int used = 0;
        for (int round = 0; round < 300; ++round) {
            std::string bytes = original.toStdString();
            for (int i = 0, n = 1 + random.bounded(4); i < n; ++i) {
                const auto at = std::size_t(32 + random.bounded(int(bytes.size()) - 32));
                bytes[at] = char(random.bounded(256));
            }
            LoadCache::reseal(bytes);
            writeAll(file, QByteArray::fromStdString(bytes));
            const auto store = openCached(fixture.root());
            QCOMPARE(store->state(), Store::State::Ok);
            used += store->loadStats().cacheFound;
            storeDump(*store);
            wipeCache();
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        }
        // Some mutations must have got past the header, or this tested nothing.
        QVERIFY2(used > 0, "no crafted cache was accepted for decoding");
    }

    void entryOfAnotherKindIsRejected_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("profile") << int(RecordKind::Profile);
        QTest::newRow("evidence") << int(RecordKind::Evidence);
        QTest::newRow("unknown") << int(RecordKind::Unknown);
    }
    void entryOfAnotherKindIsRejected()
    {
        // Found by fuzz_loadcache: an operation's entry claiming another kind
        // put the record in the operations table while code that follows the
        // file's kind and row looked in the other kind's, past its end.
        QFETCH(int, kind);
        StoreFixture fixture;
        settle();
        const auto fresh = Store::open(fixture.root());
        openCached(fixture.root());
        const QString file = cacheFile();
        QByteArray bytes = readAll(file);
        const QString rel = firstFile(fixture.root(), QStringLiteral("operations"));
        const QByteArray path(reinterpret_cast<const char *>(rel.utf16()), rel.size() * 2);
        const qsizetype at = bytes.indexOf(path);
        QVERIFY(at > 0);
        // After the path: the stamp (4 x 8 bytes), the entry's size (8), the registry (1).
        const qsizetype kindAt = at + path.size() + 32 + 8 + 1;
        QCOMPARE(quint8(bytes[kindAt]), quint8(RecordKind::Operation));
        bytes[kindAt] = char(kind);
        rejectsOneEntry(file, bytes, fixture.root(), *fresh);
    }

    void enumOutOfRangeIsRejected_data()
    {
        QTest::addColumn<int>("after"); // bytes after the declared digest
        QTest::addColumn<int>("value");
        QTest::newRow("evidence status") << 0 << 4;
        QTest::newRow("evidence status 255") << 0 << 255;
        QTest::newRow("signed flag") << 1 << 2;
        QTest::newRow("signed flag -2") << 1 << 254;
    }
    void enumOutOfRangeIsRejected()
    {
        // The evidence view indexes its labels by status: a cached 4 would read past them.
        QFETCH(int, after);
        QFETCH(int, value);
        StoreFixture fixture;
        settle();
        const auto fresh = Store::open(fixture.root());
        QVERIFY(!fresh->evidence().empty());
        const EvidenceRecord &e = fresh->evidence().front();
        QVERIFY(!e.declaredDigest.isEmpty());
        openCached(fixture.root());
        const QString file = cacheFile();
        QByteArray bytes = readAll(file);
        const QByteArray digest(
            reinterpret_cast<const char *>(e.declaredDigest.utf16()), e.declaredDigest.size() * 2);
        const qsizetype at = bytes.indexOf(digest);
        QVERIFY(at > 0);
        const qsizetype enumAt = at + digest.size() + after;
        QCOMPARE(qint8(bytes[enumAt]), after == 0 ? qint8(e.status) : qint8(e.isSigned));
        bytes[enumAt] = char(value);
        rejectsOneEntry(file, bytes, fixture.root(), *fresh);
    }

    void otherStoresAndOptionsDoNotShare()
    {
        StoreFixture a, b;
        settle();
        openCached(a.root());
        const QString fileOfA = cacheFile();
        QVERIFY(!fileOfA.isEmpty());
        // A's cache under B's name: the key names A's root, so B reads its own files.
        const QString nameOfB = LoadCacheKey::forStore(b.root(), {}).fileName;
        QVERIFY(QFile::copy(fileOfA, QFileInfo(fileOfA).path() + QLatin1Char('/') + nameOfB));
        QVERIFY(!openCached(b.root())->loadStats().cacheFound);
        // The strict mode judges pending cards differently: its own cache.
        QVERIFY(!openCached(a.root(), ValidationMode::Strict)->loadStats().cacheFound);
    }

    void storeIsNeverWritten()
    {
        StoreFixture fixture;
        settle();
        const auto before = treeSnapshot(fixture.root());
        openCached(fixture.root());
        openCached(fixture.root());
        QCOMPARE(treeSnapshot(fixture.root()), before);
    }

    void unwritableCacheFolderStillLoads()
    {
        StoreFixture fixture;
        settle();
        StoreOpenOptions options;
        // Below a regular file: the folder cannot be made.
        options.cacheDirectory
            = fixture.path(QStringLiteral("manifest.json")) + QStringLiteral("/c");
        const auto store = Store::open(fixture.root(), options);
        LoadCache::waitForSaves();
        QCOMPARE(store->state(), Store::State::Ok);
        QCOMPARE(storeDump(*store), storeDump(*Store::open(fixture.root())));
    }
};

QTEST_GUILESS_MAIN(TestLoadCache)
#include "tst_loadcache.moc"
