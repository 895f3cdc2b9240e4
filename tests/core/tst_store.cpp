// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "storedump.h"
#include "storefixture.h"
#include "treesnapshot.h"

#include "core/store/pathindex.h"
#include "core/store/shardlock.h"
#include "core/store/store.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <malloc.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace SyncDesk;

namespace {

bool hasProblem(const Store &store, const QString &path, const QString &rule, Severity severity)
{
    for (const auto &p : store.problems())
        if (p.path == path && p.rule == rule && p.severity == severity)
            return true;
    return false;
}

QString describeProblems(const Store &store)
{
    QStringList lines;
    for (const auto &p : store.problems())
        lines << QStringLiteral("%1 [%2] %3: %4")
                     .arg(p.path, p.rule, p.severity == Severity::Error ? "error" : "warning",
                         p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void internerIsSharedSafely()
    {
        // Loader threads intern concurrently; a symbol must name its string for
        // good, whichever thread interned it first, and grow past several chunks.
        Interner strings;
        QCOMPARE(strings.intern(std::string_view()), kNoSym);
        QVERIFY(strings.text(kNoSym).isEmpty());
        constexpr int kPerThread = 60000;
        std::vector<std::vector<Sym>> syms(2, std::vector<Sym>(kPerThread));
        auto work = [&](int t) {
            for (int i = 0; i < kPerThread; ++i) {
                // Half of the words are shared by both threads, half are their own.
                const std::string word
                    = (i % 2 ? "shared-" : "own-" + std::to_string(t) + "-") + std::to_string(i);
                syms[std::size_t(t)][std::size_t(i)] = strings.intern(word);
            }
        };
        std::thread other(work, 1);
        work(0);
        other.join();
        for (int i = 0; i < kPerThread; ++i) {
            const Sym a = syms[0][std::size_t(i)], b = syms[1][std::size_t(i)];
            QVERIFY(a != kNoSym && b != kNoSym);
            QCOMPARE(a == b, i % 2 == 1);
            const std::string word = (i % 2 ? "shared-" : "own-0-") + std::to_string(i);
            QCOMPARE(strings.utf8(a), std::string_view(word));
            QCOMPARE(strings.text(a), QString::fromStdString(word));
            QCOMPARE(strings.find(std::string_view(word)), a);
            QCOMPARE(strings.intern(word), a);
        }
        QCOMPARE(strings.size(), std::size_t(1 + kPerThread + kPerThread / 2));
        QCOMPARE(strings.find(std::string_view("never interned")), kNoSym);
        const Sym unicode = strings.intern(QStringLiteral("Gr\u00fc\u00dfe \u2713"));
        QCOMPARE(strings.text(unicode), QStringLiteral("Gr\u00fc\u00dfe \u2713"));
    }
    // The shards' lock excludes: two threads add to a plain counter under it,
    // and no increment is lost; a held lock refuses try_lock() and a released
    // one grants it. Each holder yields now and then between reading the
    // counter and writing it, so that a lock that let both in loses
    // increments even when the threads share one core (CI runs tests two at
    // a time on two cores).
    void shardLockExcludes()
    {
        ShardLock lock;
        QVERIFY(lock.try_lock());
        QVERIFY(!lock.try_lock());
        lock.unlock();
        constexpr int kPerThread = 400000;
        // volatile: each increment a separate load and store, as a racing
        // writer's would be, not one addition the compiler hoists out of the loop.
        volatile long counter = 0;
        std::atomic<int> ready { 0 };
        auto work = [&] {
            ready.fetch_add(1);
            while (ready.load() < 2) { }
            for (int i = 0; i < kPerThread; ++i) {
                const std::lock_guard guard(lock);
                const long seen = counter;
                if ((i & 63) == 0)
                    std::this_thread::yield();
                counter = seen + 1;
            }
        };
        std::thread other(work);
        work();
        other.join();
        QCOMPARE(long(counter), long(2 * kPerThread));
        QVERIFY(lock.try_lock());
        lock.unlock();
    }
    // A relation answers as the vector per row it replaced: each row's values
    // in the order they were added, rows in any order, empty rows.
    void adjacencyAnswersAsAVectorPerRow()
    {
        QRandomGenerator random(19);
        const quint32 rows = 5000;
        std::vector<std::vector<quint32>> expected(rows);
        Adjacency<quint32>::Builder builder(rows);
        for (quint32 i = 0; i < 20000; ++i) {
            // Rows in any order, most empty or short, a few long.
            const auto row
                = i % 7 == 0 ? quint32(random.bounded(10)) : quint32(random.bounded(rows));
            expected[row].push_back(i);
            builder.add(row, i);
        }
        const Adjacency<quint32> adjacency = std::move(builder).finish();
        QCOMPARE(adjacency.size(), std::size_t(rows));
        QCOMPARE(adjacency.valueCount(), std::size_t(20000));
        for (std::size_t row = 0; row < rows; ++row)
            QCOMPARE(valuesOf(adjacency[row]), expected[row]); // the order of adding, per row
        QCOMPARE(valuesOf(adjacency.at(rows - 1)), expected[rows - 1]);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, adjacency.at(rows));
        // Rows with nothing, and a relation of nothing.
        const Adjacency<Citation> none = Adjacency<Citation>::Builder(3).finish();
        QCOMPARE(none.size(), std::size_t(3));
        QVERIFY(none[2].empty());
        QVERIFY(Adjacency<quint32>().empty());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, Adjacency<quint32>().at(0));
    }

    // The relations' index answers as the QHash it replaced, on keys that
    // collide in its table, grow it, and replace rows.
    void symIndexAnswersAsAHash()
    {
        QRandomGenerator random(19);
        SymIndex index;
        QHash<Sym, quint32> hash;
        QVERIFY(index.isEmpty());
        QVERIFY(index.constFind(1) == index.cend());
        QCOMPARE(index.value(1, 7u), 7u);
        index.reserve(4);
        for (int i = 0; i < 20000; ++i) {
            // Symbols count up in steps of a shard (16) as the interner hands them
            // out; some are far apart, and some repeat.
            const Sym key
                = i % 3 == 0 ? Sym(random.bounded(1u << 30) + 1) : Sym(16 * (i % 9000) + 1);
            const auto row = quint32(i);
            index.insert(key, row);
            hash.insert(key, row);
        }
        QCOMPARE(index.size(), hash.size());
        for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
            QVERIFY(index.contains(it.key()));
            QCOMPARE(*index.constFind(it.key()), it.value());
            QCOMPARE(index.value(it.key(), 999), it.value());
        }
        for (Sym absent : { Sym(2), Sym(16 * 9000 + 1), Sym(3) << 30 })
            QCOMPARE(index.contains(absent), hash.contains(absent));
        // A row is set through find(), as the relations do for a record in its own file.
        QVERIFY(hash.contains(17));
        *index.find(17) = 42;
        QCOMPARE(index.value(17), 42u);
        QVERIFY(index.find(2) == index.end());
        // kNoSym names no record.
        index.insert(kNoSym, 5);
        QVERIFY(!index.contains(kNoSym));
        QCOMPARE(index.size(), hash.size());
        // Moved (as the relations are replaced on a rebuild): the old one is empty.
        SymIndex moved = std::move(index);
        QCOMPARE(moved.size(), hash.size());
        QCOMPARE(moved.value(17), 42u);
        QVERIFY(index.isEmpty()); // NOLINT(bugprone-use-after-move): what a move leaves
        QVERIFY(!index.contains(17));
        index.insert(17, 1);
        QCOMPARE(index.value(17), 1u);
    }

    // The files' index by path answers as the QHash it replaced: paths that
    // share their start, a table that grows from nothing, a path added again.
    void pathIndexAnswersAsAHash()
    {
        QRandomGenerator random(19);
        std::vector<QString> paths;
        const auto pathOf = [&paths](quint32 row) -> const QString & { return paths[row]; };
        PathIndex index;
        QHash<QString, quint32> hash;
        QVERIFY(index.isEmpty());
        QCOMPARE(index.find(u"tasks/a.json", pathOf), -1);
        for (int i = 0; i < 20000; ++i) {
            // Some rows repeat an earlier path: the later row is the one found.
            const QString path = i % 7 == 3
                ? paths[random.bounded(quint32(paths.size()))]
                : QStringLiteral("operations/op-%1.json").arg(random.generate64(), 0, 36);
            const auto row = quint32(paths.size());
            paths.push_back(path);
            index.insert(row, pathOf);
            hash.insert(path, row);
        }
        QCOMPARE(index.size(), hash.size());
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            QCOMPARE(index.find(it.key(), pathOf), qint32(it.value()));
        for (const QString &absent : { QStringLiteral("operations/op-.json"), QString(),
                 QStringLiteral("operations/op-1.json/"), QStringLiteral("tasks/x.json") })
            QCOMPARE(index.find(absent, pathOf),
                hash.contains(absent) ? qint32(hash.value(absent)) : -1);
        // Reserved ahead (as the loader does), then filled: the same answers.
        PathIndex sized;
        sized.reserve(qsizetype(paths.size()), pathOf);
        for (quint32 row = 0; row < paths.size(); ++row)
            sized.insert(row, pathOf);
        QCOMPARE(sized.size(), hash.size());
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            QCOMPARE(sized.find(it.key(), pathOf), qint32(it.value()));
        index.clear();
        QVERIFY(index.isEmpty());
        QCOMPARE(index.find(paths.front(), pathOf), -1);
    }

    void internerIsSmallPerString()
    {
        // A 100k store interns ~1.03M strings, most of them ids never shown: an
        // entry is their bytes and a pointer, the QString only once text() asks.
        constexpr int kStrings = 1000000; // shards of 62.5k: slots half full, not a quarter
        const auto heap = [] {
            const struct mallinfo2 m = ::mallinfo2();
            return m.uordblks + m.hblkhd;
        };
        const std::size_t before = heap();
        auto strings = std::make_unique<Interner>();
        for (int i = 0; i < kStrings; ++i) {
            const std::string id = "operation:" + std::to_string(1000000000 + i); // 20 bytes
            strings->intern(id);
        }
        const std::size_t used = heap() - before;
        if (used == 0)
            QSKIP("this allocator does not report its use (a sanitizer's)");
        // Measured: 58 bytes a string (16 the entry, 17 the slots, 24 the bytes
        // and their length); 78 with a QString in every entry.
        const double perString = double(used) / kStrings;
        QVERIFY2(perString < 66, qPrintable(QString::number(perString)));
        // What was never asked for is built when it is, and stays put.
        const Sym some = strings->intern(std::string_view("operation:1000000007"));
        const QString &text = strings->text(some);
        QCOMPARE(text, QStringLiteral("operation:1000000007"));
        QCOMPARE(&strings->text(some), &text);
        QVERIFY(strings->text(kNoSym).isEmpty());
        QCOMPARE(strings->utf8(kNoSym), std::string_view());
    }
    void internerPrefetchRacesGrowthHarmlessly()
    {
        // prefetch() reads a shard's table without its lock while other
        // threads grow it: whatever it reads, interning stays exact.
        Interner strings;
        constexpr int kStrings = 200000;
        auto word = [](int i) { return "id:" + std::to_string(i); };
        std::atomic<bool> done { false };
        std::thread prefetcher([&] {
            for (int i = 0; !done.load(std::memory_order_relaxed); i = (i + 7919) % kStrings)
                strings.prefetch(word(i));
        });
        std::vector<Sym> syms(kStrings);
        std::thread second([&] {
            for (int i = kStrings / 2; i < kStrings; ++i) {
                strings.prefetch(word(i));
                syms[std::size_t(i)] = strings.intern(word(i));
            }
        });
        for (int i = 0; i < kStrings / 2; ++i) {
            strings.prefetch(word(i));
            syms[std::size_t(i)] = strings.intern(word(i));
        }
        second.join();
        done = true;
        prefetcher.join();
        QCOMPARE(strings.size(), std::size_t(kStrings) + 1); // and the empty string
        for (int i = 0; i < kStrings; i += 997) {
            QCOMPARE(strings.utf8(syms[std::size_t(i)]), std::string_view(word(i)));
            QCOMPARE(strings.find(word(i)), syms[std::size_t(i)]);
        }
        strings.prefetch(std::string_view()); // the empty string is never probed for
    }
    void internerFrontCacheKeepsInternersApart()
    {
        // Each thread remembers recent words per interner; a new interner (often
        // at the address of the one just freed) must never be answered from
        // what its predecessor handed out.
        const std::string longWord(sizeof(void *) * 6, 'w'); // past the front cache's size
        for (int round = 0; round < 20; ++round) {
            auto a = std::make_unique<Interner>();
            const Sym alpha = a->intern(std::string_view("alpha"));
            const Sym beta = a->intern(std::string_view("beta"));
            QVERIFY(alpha != beta);
            QCOMPARE(a->intern(std::string_view("beta")), beta);
            a.reset();
            auto b = std::make_unique<Interner>();
            const Sym betaB = b->intern(std::string_view("beta"));
            QCOMPARE(b->utf8(betaB), std::string_view("beta"));
            const Sym alphaB = b->intern(std::string_view("alpha"));
            QCOMPARE(b->utf8(alphaB), std::string_view("alpha"));
            QVERIFY(alphaB != betaB);
            QCOMPARE(b->size(), std::size_t(3));
            // Either side of the length the front cache holds.
            for (const std::size_t n : { 46, 47, 48, 49 }) {
                const std::string word(n, char('a' + n % 26));
                const Sym w = b->intern(word);
                QCOMPARE(b->intern(word), w);
                QCOMPARE(b->utf8(w), std::string_view(word));
            }
            QCOMPARE(b->utf8(b->intern(longWord)), std::string_view(longWord));
        }
    }
    void referenceStoreLoads()
    {
        StoreFixture fx;
        const auto store = Store::open(fx.root());
        QCOMPARE(store->state(), Store::State::Ok);
        QCOMPARE(store->operations().size(), 1u);
        QCOMPARE(store->tasks().size(), 1u);
        QCOMPARE(store->conflicts().size(), 1u);
        QCOMPARE(store->evidence().size(), 1u);
        QCOMPARE(store->conflicts()[0].state, CardState::Decided);
        QCOMPARE(store->evidence()[0].status, EvidenceStatus::Verified);
        QCOMPARE(store->manifest().activeGeneration, 2);
        QCOMPARE(store->journal().events.size(), 2u);
        QVERIFY(!store->journal().tornTail);
        // The daemon's fixtures reference records it did not publish: only dangling warnings.
        for (const auto &p : store->problems()) {
            QVERIFY2(p.severity == Severity::Warning && p.rule == QLatin1String("dangling"),
                qPrintable(describeProblems(*store)));
        }
    }

    /// A filter's choices: each text once, sorted, no empty one, whatever
    /// the order and runs of the records.
    void distinctTextsAreAFiltersChoices()
    {
        StoreFixture fx;
        const auto store = Store::open(fx.root());
        QCOMPARE(store->operations().size(), 1u);
        const OperationRecord &op = store->operations()[0];
        const Sym a = op.type, b = op.status, c = op.actor;
        QVERIFY(a != b && b != c && a != c && c != kNoSym);
        std::vector<OperationRecord> records;
        for (const Sym sym : { c, c, a, b, c, kNoSym, a, b, b }) {
            records.push_back(op);
            records.back().type = sym;
        }
        QStringList expected { store->text(a), store->text(b), store->text(c) };
        expected.sort();
        QCOMPARE(store->distinctTexts(records, &OperationRecord::type), expected);
        QCOMPARE(store->distinctTexts(std::vector<OperationRecord>(), &OperationRecord::type),
            QStringList());
        QCOMPARE(store->distinctTexts(store->tasks(), &TaskRecord::type),
            QStringList { store->text(store->tasks()[0].type) });
        // Several fields in one pass: each as if asked alone, whatever the others repeat.
        for (std::size_t i = 0; i < records.size(); ++i)
            records[i].status = i % 2 ? a : c;
        const auto [types, statuses, actors] = store->distinctTexts(records,
            std::array {
                &OperationRecord::type, &OperationRecord::status, &OperationRecord::actor });
        QCOMPARE(types, expected);
        QStringList twoOf { store->text(a), store->text(c) };
        twoOf.sort();
        QCOMPARE(statuses, twoOf);
        QCOMPARE(statuses, store->distinctTexts(records, &OperationRecord::status));
        QCOMPARE(actors, QStringList { store->text(c) });
    }

    // spec/store.md, "Folders the daemon owns": newer daemons keep their own state
    // in the store root. Sync Desk reads none of it as records, and none of it
    // is a problem, whatever it holds.
    void daemonFoldersAreNotProblems()
    {
        StoreFixture fx;
        const auto plain = Store::open(fx.root());
        QCOMPARE(plain->state(), Store::State::Ok);
        const auto before = plain->problems().size();
        const auto filesBefore = plain->files().size();

        fx.write(QStringLiteral("orchestration/manifest.json"), "{\"schema\": \"other\"}\n");
        fx.write(QStringLiteral("orchestration/audit.jsonl"), "not json at all\n");
        for (const char *sub :
            { "pending", "waiting-approval", "blocked", "dead-letter", "replay" })
            fx.write(QStringLiteral("orchestration/%1/item.json").arg(QLatin1String(sub)), "{");
        fx.write(QStringLiteral("receipts/cycle-0001.json"), "{\"receipt\": true}\n");
        fx.write(QStringLiteral("receipts/cycle-0002.json.tmp"), "");
        fx.write(QStringLiteral("current-version"), "3\n");
        fx.write(QStringLiteral("indexes/objects.idx"), "\x00\x01");
        fx.write(QStringLiteral("checkpoints/gen-2/manifest.json"), "[]");
        fx.write(QStringLiteral("tmp/write-1234.partial"), "half");
        const auto store = Store::open(fx.root());
        QCOMPARE(store->state(), Store::State::Ok);
        QVERIFY2(store->problems().size() == before, qPrintable(describeProblems(*store)));
        QCOMPARE(store->files().size(), filesBefore);
        for (const auto &p : store->problems())
            for (const char *name : { "orchestration", "receipts", "current-version", "indexes",
                     "checkpoints", "tmp/" })
                QVERIFY2(!p.path.contains(QLatin1String(name)), qPrintable(p.path));
    }

    void relations()
    {
        StoreFixture fx;
        // A detecting operation that is the causal parent of the reference operation,
        // and a resolving one, both naming the reference conflict.
        QByteArray op = fx.read("operations/workspace-operation_alpha-001.json");
        auto variant
            = [&](const char *id, const char *local, const char *type, const char *parents) {
                  QByteArray v = op;
                  v.replace("\"workspace-operation:alpha-001\"", QByteArray("\"") + id + "\"");
                  v.replace("\"local-op:0001\"", QByteArray("\"") + local + "\"");
                  v.replace("\"sync.operation.reconcile\"", QByteArray("\"") + type + "\"");
                  v.replace("[\"local-op:0000\"]", parents);
                  return v;
              };
        fx.write("operations/detect.json",
            variant("op:detect", "local-op:0000", "sync.conflict.detect", "[]"));
        fx.write("operations/resolve.json",
            variant("op:resolve", "local-op:0002", "sync.conflict.resolve",
                "[\"workspace-operation:alpha-001\"]"));
        const auto store = Store::open(fx.root());
        QCOMPARE(store->state(), Store::State::Ok);
        const auto &rel = store->relations();
        const auto opIndex = [&](const char *id) {
            return rel.operationById.value(store->strings().find(std::string_view(id)), 999);
        };
        const quint32 ref = opIndex("workspace-operation:alpha-001");
        const quint32 detect = opIndex("op:detect");
        const quint32 resolve = opIndex("op:resolve");
        QVERIFY(ref != 999 && detect != 999 && resolve != 999);
        // Causal parents resolve by local_operation_id as well as by operation_id.
        QCOMPARE(valuesOf(rel.parentsOf[ref]), std::vector<quint32> { detect });
        QCOMPARE(valuesOf(rel.childrenOf[detect]), std::vector<quint32> { ref });
        QCOMPARE(valuesOf(rel.parentsOf[resolve]), std::vector<quint32> { ref });
        QCOMPARE(valuesOf(rel.detectingOperations[0]), std::vector<quint32> { detect });
        QCOMPARE(valuesOf(rel.resolvingOperations[0]), std::vector<quint32> { resolve });
        QCOMPARE(valuesOf(rel.otherOperations[0]), std::vector<quint32> { ref });
        QCOMPARE(valuesOf(rel.tasksOfOperation[ref]), std::vector<quint32> { 0 });
        QCOMPARE(rel.operationOfTask[0], qint32(ref));
        // The reference task and operation cite evidence the daemon did not publish.
        int missingEvidence = 0;
        for (const auto &d : rel.dangling)
            missingEvidence += d.expected == RecordKind::Evidence;
        QCOMPARE(missingEvidence, 4); // 3 operations' ledger refs + the task's evidence ref

        // Point one operation at the real envelope: a citation, no longer dangling.
        fx.write("operations/cites.json",
            variant("op:cites", "local-op:0003", "sync.operation.replay", "[]")
                .replace("evidence:operation-0001", "evidence:evidence-d48d99c2094a6ca4dc54"));
        const auto again = Store::open(fx.root());
        QCOMPARE(again->relations().citationsOf[0].size(), 1u);
        QCOMPARE(again->relations().citationsOf[0][0].kind, RecordKind::Operation);
        QCOMPARE(again->findEvidence(QStringLiteral("evidence-d48d99c2094a6ca4dc54")), 0);
        QCOMPARE(again->findEvidence(QStringLiteral("evidence:nope")), -1);

        // The operations' references and the tasks' are followed on two threads:
        // what they find is in the order of one, the operations' first.
        QByteArray task = fx.read("tasks/operation-task_alpha-0001.json");
        fx.write("tasks/operation-task_alpha-0001.json",
            task.replace("evidence:operation-task-0001", "evidence:evidence-d48d99c2094a6ca4dc54")
                .replace("\"workspace-operation:alpha-001\"", "\"workspace-operation:gone\""));
        const auto both = Store::open(fx.root());
        const auto &cites = both->relations().citationsOf[0];
        QCOMPARE(cites.size(), 2u);
        QCOMPARE(cites[0].kind, RecordKind::Operation);
        QCOMPARE(cites[1].kind, RecordKind::Task);
        QStringList danglingPaths; // each folder once per run of its problems
        for (const Problem &p : both->problems())
            if (const QString folder = p.path.section(QLatin1Char('/'), 0, 0);
                p.rule == QLatin1String("dangling")
                && (danglingPaths.isEmpty() || danglingPaths.last() != folder))
                danglingPaths << folder;
        // The task's operation_id names nothing now: after the operations', before the rest.
        QCOMPARE(danglingPaths.mid(0, 2),
            QStringList({ QStringLiteral("operations"), QStringLiteral("tasks") }));
        QVERIFY(!danglingPaths.mid(2).contains(QStringLiteral("tasks")));
    }

    void storeStates_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("state");
        QTest::newRow("missing") << "missing" << int(Store::State::Missing);
        QTest::newRow("a file") << "file" << int(Store::State::NotADirectory);
        QTest::newRow("no manifest") << "nomanifest" << int(Store::State::NotInitialized);
        QTest::newRow("empty folder") << "empty" << int(Store::State::NotInitialized);
    }
    void storeStates()
    {
        QFETCH(QString, setup);
        QFETCH(int, state);
        StoreFixture fx;
        QString root = fx.root();
        if (setup == QLatin1String("missing")) {
            root = fx.path("does-not-exist");
        } else if (setup == QLatin1String("file")) {
            root = fx.path("manifest.json");
        } else if (setup == QLatin1String("nomanifest")) {
            fx.remove("manifest.json");
        } else if (setup == QLatin1String("empty")) {
            root = fx.path("empty");
            QDir().mkpath(root);
        }
        const auto before = treeSnapshot(fx.root());
        const auto store = Store::open(root);
        QCOMPARE(int(store->state()), state);
        QVERIFY(!store->stateMessage().isEmpty());
        QVERIFY2(store->stateMessage().contains(root), qPrintable(store->stateMessage()));
        // An uninitialized folder is never initialized by reading it.
        QCOMPARE(treeSnapshot(fx.root()), before);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("error");

        QTest::newRow("manifest not json") << "manifest-garbage"
                                           << "manifest.json"
                                           << "manifest" << true;
        QTest::newRow("manifest lacks keys") << "manifest-partial"
                                             << "manifest.json"
                                             << "manifest" << true;
        QTest::newRow("manifest not initialized") << "manifest-uninit"
                                                  << "manifest.json"
                                                  << "manifest" << true;
        QTest::newRow("corrupt journal line") << "journal-corrupt"
                                              << "journal.jsonl"
                                              << "journal" << true;
        QTest::newRow("torn journal tail") << "journal-torn"
                                           << "journal.jsonl"
                                           << "journal_torn" << false;
        QTest::newRow("journal renumbered") << "journal-numbering"
                                            << "journal.jsonl"
                                            << "journal_numbering" << false;
        QTest::newRow("invalid utf-8") << "bad-utf8"
                                       << "conflicts/conflict_alpha-001.json"
                                       << "json" << true;
        QTest::newRow("empty file") << "empty"
                                    << "conflicts/conflict_alpha-001.json"
                                    << "json" << true;
        QTest::newRow("truncated record") << "truncated"
                                          << "conflicts/conflict_alpha-001.json"
                                          << "json" << true;
        QTest::newRow("directory named x.json") << "dir-json"
                                                << "tasks/folder.json"
                                                << "file" << true;
        QTest::newRow("fifo named x.json") << "fifo"
                                           << "tasks/fifo.json"
                                           << "file" << true;
        QTest::newRow("socket named x.json") << "socket"
                                             << "tasks/socket.json"
                                             << "file" << true;
        QTest::newRow("deep nesting") << "deep"
                                      << "tasks/deep.json"
                                      << "json" << true;
        QTest::newRow("very large file") << "large"
                                         << "tasks/large.json"
                                         << "file" << true;
        QTest::newRow("symlink out of the store") << "symlink"
                                                  << "actors/outside.json"
                                                  << "file" << true;
        QTest::newRow("dangling symlink") << "dangling-symlink"
                                          << "actors/nowhere.json"
                                          << "file" << true;
        QTest::newRow("symlinked registry") << "symlink-dir"
                                            << "profiles"
                                            << "symlink" << true;
        QTest::newRow("stray temp file") << "temp"
                                         << "conflicts/conflict_alpha-001.json.Ab12Cd"
                                         << "temp_file" << false;
        QTest::newRow("not a json file") << "readme"
                                         << "conflicts/README.txt"
                                         << "unexpected_file" << false;
        QTest::newRow("wrong registry") << "wrong-registry"
                                        << "tasks/actor_agent-one.json"
                                        << "registry" << false;
        QTest::newRow("file name differs from id") << "id-mismatch"
                                                   << "actors/someone-else.json"
                                                   << "id_mismatch" << false;
        QTest::newRow("duplicate id") << "duplicate-id"
                                      << "actors/zz-copy.json"
                                      << "duplicate_id" << false;
        QTest::newRow("tampered evidence") << "tampered"
                                           << "evidence/evidence-d48d99c2094a6ca4dc54.json"
                                           << "digest" << true;
        QTest::newRow("invalid record") << "invalid-record"
                                        << "conflicts/conflict_alpha-001.json"
                                        << "controlled" << true;
        QTest::newRow("unknown schema") << "unknown-schema"
                                        << "tasks/operation-task_alpha-0001.json"
                                        << "schema" << true;
        QTest::newRow("duplicate key") << "duplicate-key"
                                       << "devices/device_local.json"
                                       << "duplicate_key" << false;
        QTest::newRow("unreadable file") << "unreadable"
                                         << "devices/device_local.json"
                                         << "file" << true;
    }
    void brokenFiles()
    {
        QFETCH(QString, setup);
        QFETCH(QString, path);
        QFETCH(QString, rule);
        QFETCH(bool, error);
        StoreFixture fx;
        QTemporaryDir outside;
        const QByteArray conflict = fx.read("conflicts/conflict_alpha-001.json");
        if (setup == "manifest-garbage") {
            fx.write("manifest.json", "{\"schema\": ");
        } else if (setup == "manifest-partial") {
            fx.write("manifest.json", "{\"schema\": \"sourceos.local-state-store/v1alpha1\"}\n");
        } else if (setup == "manifest-uninit") {
            fx.write("manifest.json",
                StoreFixture::manifest().replace(
                    "\"initialized\": true", "\"initialized\": false"));
        } else if (setup == "journal-corrupt") {
            QByteArray j = fx.read("journal.jsonl");
            j.insert(j.indexOf('\n') + 1, "{not json\n");
            fx.write("journal.jsonl", j);
        } else if (setup == "journal-torn") {
            fx.write("journal.jsonl", fx.read("journal.jsonl") + "{\"schema\": \"sourceos.jou");
        } else if (setup == "journal-numbering") {
            fx.write(
                "journal.jsonl", fx.read("journal.jsonl").replace("evt-00000002", "evt-00000007"));
        } else if (setup == "bad-utf8") {
            fx.write(path, QByteArray(conflict).replace("Two scoped", "Two \xff\xfe scoped"));
        } else if (setup == "empty") {
            fx.write(path, QByteArray());
        } else if (setup == "truncated") {
            fx.write(path, conflict.left(conflict.size() / 2));
        } else if (setup == "dir-json") {
            QDir().mkpath(fx.path(path));
        } else if (setup == "fifo") {
            QVERIFY(::mkfifo(QFile::encodeName(fx.path(path)).constData(), 0600) == 0);
        } else if (setup == "socket") {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr {};
            addr.sun_family = AF_UNIX;
            const QByteArray native = QFile::encodeName(fx.path(path));
            if (native.size() >= qsizetype(sizeof addr.sun_path))
                QSKIP("temporary path too long for a unix socket");
            std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
            QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
            ::close(fd);
        } else if (setup == "deep") {
            fx.write(path, QByteArray(100000, '[') + QByteArray(100000, ']'));
        } else if (setup == "large") {
            fx.write(path, "{\"pad\": \"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}");
        } else if (setup == "symlink") {
            QFile secret(outside.path() + "/secret.json");
            QVERIFY(secret.open(QIODevice::WriteOnly));
            secret.write(fx.read("actors/actor_agent-one.json"));
            secret.close();
            QVERIFY(QFile::link(secret.fileName(), fx.path(path)));
        } else if (setup == "dangling-symlink") {
            QVERIFY(QFile::link(outside.path() + "/nothing.json", fx.path(path)));
        } else if (setup == "symlink-dir") {
            QDir(fx.path("profiles")).removeRecursively();
            QVERIFY(QFile::link(outside.path(), fx.path("profiles")));
        } else if (setup == "temp") {
            fx.write(path, conflict.left(10));
        } else if (setup == "readme") {
            fx.write(path, "notes");
        } else if (setup == "wrong-registry") {
            fx.write(path, fx.read("actors/actor_agent-one.json"));
        } else if (setup == "id-mismatch") {
            fx.write(path,
                fx.read("actors/actor_agent-one.json").replace("actor:agent-one", "actor:someone"));
        } else if (setup == "duplicate-id") {
            fx.write(path, fx.read("actors/actor_agent-one.json"));
        } else if (setup == "tampered") {
            fx.write(path, fx.read(path).replace("\"denied\"", "\"allowed\""));
        } else if (setup == "invalid-record") {
            fx.write(path, QByteArray(conflict).replace("\"review_required\"", "\"urgent\""));
        } else if (setup == "unknown-schema") {
            fx.write(path, fx.read(path).replace("operation-task/v1alpha1", "operation-task/v9"));
        } else if (setup == "duplicate-key") {
            fx.write(path,
                fx.read(path).replace("\"trust_level\": \"local\",",
                    "\"trust_level\": \"local\", \"trust_level\": \"org\","));
        } else if (setup == "unreadable") {
            if (::geteuid() == 0)
                QSKIP("root reads files whatever their mode; the FIFO, socket and symlink rows "
                      "cover files that cannot be read as records");
            QVERIFY(QFile::setPermissions(fx.path(path), QFileDevice::Permissions()));
        }

        const auto before = treeSnapshot(fx.root());
        StoreOpenOptions options;
        options.threads = 2;
        const auto store = Store::open(fx.root(), options);
        QCOMPARE(store->state(), Store::State::Ok);
        QVERIFY2(hasProblem(*store, path, rule, error ? Severity::Error : Severity::Warning),
            qPrintable(describeProblems(*store)));
        for (const auto &p : store->problems())
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.path));
        // Reading never changes the store, however broken it is.
        QCOMPARE(treeSnapshot(fx.root()), before);

        if (setup == "journal-corrupt") {
            QCOMPARE(store->journal().corruptLines, 1);
            QCOMPARE(store->journal().lines, 3);
            QCOMPARE(store->journal().events.size(), 2u);
        } else if (setup == "journal-torn") {
            QVERIFY(store->journal().tornTail);
            QCOMPARE(store->journal().lines, 2);
        } else if (setup == "symlink") {
            // The file behind the link must not have been read as a record.
            QCOMPARE(store->actors().size(), 1u);
        } else if (setup == "duplicate-key") {
            // Like the daemon (Python dicts), the last value wins.
            QCOMPARE(store->text(store->devices()[0].trust), QStringLiteral("org"));
        } else if (setup == "tampered") {
            QCOMPARE(store->evidence()[0].status, EvidenceStatus::Tampered);
        }
    }

    void corruptJournalLinesAreCounted_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("arrays") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("numbers") << QByteArray("1") << QStringLiteral("not a JSON object");
        QTest::newRow("not json") << QByteArray("{x") << QStringLiteral("not valid JSON");
        QTest::newRow("objects without event_id")
            << QByteArray("{}") << QStringLiteral("its event_id is missing");
        QTest::newRow("event_id not a string")
            << QByteArray("{\"event_id\": 7}") << QStringLiteral("its event_id is missing");
    }
    void corruptJournalLinesAreCounted()
    {
        // 200k corrupt lines between the fixture's two events and a third:
        // each was a Problem of three strings (a 30 MB journal of `[]` lines
        // took 4 GB); now the first few are listed and the rest counted.
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        constexpr int kCorrupt = 200'000;
        StoreFixture fx;
        QByteArray journal = fx.read("journal.jsonl");
        journal.reserve(journal.size() + kCorrupt * (line.size() + 1) + 400);
        for (int i = 0; i < kCorrupt; ++i)
            journal += line + '\n';
        QByteArray last = fx.read("journal.jsonl");
        last = last.left(last.indexOf('\n') + 1);
        journal += last.replace("evt-00000001", "evt-00200003");
        fx.write("journal.jsonl", journal);
        // The daemon counts corrupt lines too: a generation that agrees adds no problem.
        fx.write("manifest.json",
            StoreFixture::manifest().replace(
                "\"active_generation\": 2", "\"active_generation\": 200003"));

        const auto store = Store::open(fx.root());
        QCOMPARE(store->state(), Store::State::Ok);
        const JournalInfo &j = store->journal();
        QCOMPARE(j.lines, kCorrupt + 3);
        QCOMPARE(j.corruptLines, kCorrupt);
        QCOMPARE(j.events.size(), 3u);
        QCOMPARE(j.events.back().line, kCorrupt + 3);

        std::vector<Problem> ofJournal;
        for (const Problem &p : store->problems())
            if (p.path == QLatin1String("journal.jsonl"))
                ofJournal.push_back(p);
        QVERIFY2(store->problems().size() <= 25, qPrintable(describeProblems(*store)));
        QCOMPARE(int(ofJournal.size()), JournalInfo::kListedCorruptLines + 1);
        // The first ones by line, each in full.
        for (int i = 0; i < JournalInfo::kListedCorruptLines; ++i) {
            const Problem &p = ofJournal[std::size_t(i)];
            QCOMPARE(p.line, 3 + i);
            QCOMPARE(p.severity, Severity::Error);
            QVERIFY2(
                p.message.startsWith(QStringLiteral("line %1 ").arg(3 + i)), qPrintable(p.message));
            QVERIFY2(p.message.contains(says), qPrintable(p.message));
        }
        // Then one for the rest, with the exact counts and where they are.
        const Problem &rest = ofJournal.back();
        QCOMPARE(rest.rule, QStringLiteral("journal"));
        QCOMPARE(rest.line, 3 + JournalInfo::kListedCorruptLines);
        for (const int n : { kCorrupt - JournalInfo::kListedCorruptLines,
                 3 + JournalInfo::kListedCorruptLines, kCorrupt + 2, kCorrupt })
            QVERIFY2(rest.message.contains(QString::number(n)), qPrintable(rest.message));
    }

    void parallelLoadMatchesSerial()
    {
        StoreFixture fx;
        for (int i = 0; i < 200; ++i) {
            QByteArray op = fx.read("operations/workspace-operation_alpha-001.json");
            const QByteArray id = "op:" + QByteArray::number(i);
            op.replace("workspace-operation:alpha-001", id);
            if (i % 17 == 0)
                op.replace("\"reconciled\"", "\"lost\"");
            fx.write("operations/op_" + QString::number(i) + ".json", op);
        }
        StoreOpenOptions serial, parallel;
        serial.threads = 1;
        parallel.threads = 2;
        const auto a = Store::open(fx.root(), serial);
        const auto b = Store::open(fx.root(), parallel);
        QCOMPARE(a->files().size(), b->files().size());
        QCOMPARE(a->operations().size(), 201u);
        for (std::size_t i = 0; i < a->files().size(); ++i) {
            QCOMPARE(a->files()[i].path, b->files()[i].path);
            QCOMPARE(a->files()[i].verdict, b->files()[i].verdict);
            QCOMPARE(a->text(a->files()[i].id), b->text(b->files()[i].id));
        }
        QCOMPARE(a->problems().size(), b->problems().size());
        for (std::size_t i = 0; i < a->problems().size(); ++i) {
            QCOMPARE(a->problems()[i].path, b->problems()[i].path);
            QCOMPARE(a->problems()[i].rule, b->problems()[i].rule);
        }
    }

    void pendingAndStrictModes()
    {
        StoreFixture fx;
        QByteArray c = fx.read("conflicts/conflict_alpha-001.json");
        c.replace("\"selected_option\": \"fork\"", "\"selected_option\": null");
        c.replace("\"selected_by\": \"actor:local-user\"", "\"selected_by\": null");
        c.replace("\"selected_at\": \"2026-05-05T00:07:30Z\"", "\"selected_at\": null");
        fx.write("conflicts/conflict_alpha-001.json", c);
        const auto store = Store::open(fx.root());
        QCOMPARE(store->conflicts()[0].state, CardState::Pending);
        QCOMPARE(store->conflicts()[0].card.selected, kNoSym);
        StoreOpenOptions strict;
        strict.mode = ValidationMode::Strict;
        const auto daemon = Store::open(fx.root(), strict);
        QCOMPARE(daemon->conflicts()[0].state, CardState::Invalid);
        QVERIFY(hasProblem(
            *daemon, "conflicts/conflict_alpha-001.json", "decision_card", Severity::Error));
    }

    void readOnlyThroughTheCli()
    {
        // Every read command, on a store with a torn journal tail and a stray temp
        // file (the states a crash leaves), must leave every byte and mtime as it was.
        StoreFixture fx;
        fx.write("journal.jsonl", fx.read("journal.jsonl") + "{\"torn");
        fx.write("conflicts/conflict_alpha-001.json.XyZ123", "{");
        const auto before = treeSnapshot(fx.root());
        const QList<QStringList> commands {
            { "store", "summary", fx.root() },
            { "store", "summary", "--json", fx.root() },
            { "validate", fx.root() },
            { "validate", "--strict", "--json", fx.root() },
            { "conflicts", "list", fx.root() },
            { "evidence", "verify", fx.root() },
        };
        for (const auto &args : commands) {
            QProcess p;
            p.start(QStringLiteral(SYNCDESK_CLI), args);
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() <= 1, qPrintable(args.join(' ') + p.readAllStandardError()));
            QCOMPARE(treeSnapshot(fx.root()), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
