// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Core benchmarks of issue 6: opening a store (and stopping a load halfway),
// validate and digest throughput, durable decisions, and one external change
// reaching the session's signals.
// Never part of ctest: scripts/bench.sh builds and runs them on generated stores.

#include "benchstore.h"

#include "core/records/evidence.h"
#include "core/json/json.h"
#include "core/store/storesession.h"
#include "core/records/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace SyncDesk;
using namespace SyncDeskBench;

namespace {

/// The generated store, loaded once for the benchmarks that only need to look at it.
const Store &sharedStore()
{
    static const std::unique_ptr<Store> store = Store::open(storeRoot());
    return *store;
}

/// Every registry file's bytes, read before timing: validation alone is measured.
const std::vector<std::string> &recordBytes()
{
    static const std::vector<std::string> bytes = [] {
        std::vector<std::string> out;
        const Store &s = sharedStore();
        out.reserve(s.files().size());
        for (quint32 i = 0; i < s.files().size(); ++i) {
            const QByteArray b = readAll(s.absolutePath(i));
            out.emplace_back(b.constData(), size_t(b.size()));
        }
        return out;
    }();
    return bytes;
}

void openStore(benchmark::State &state)
{
    size_t files = 0;
    for (auto _ : state) {
        std::unique_ptr<Store> store = Store::open(storeRoot());
        files = store->files().size();
        benchmark::DoNotOptimize(store.get());
        state.PauseTiming(); // freeing 200k records is not part of opening
        store.reset();
        state.ResumeTiming();
    }
    state.counters["records"] = double(files);
    state.counters["records_per_s"]
        = benchmark::Counter(double(files), benchmark::Counter::kIsIterationInvariantRate);
}

/// A load superseded halfway (another store opened, a reload): the time from
/// setting StoreOpenOptions::cancel until Store::open() returns.
void cancelLoad(benchmark::State &state)
{
    Store::open(storeRoot()); // the first open after generating the store reads cold files
    QElapsedTimer whole;
    whole.start();
    Store::open(storeRoot());
    const qint64 halfway = whole.elapsed() / 2;
    int cancelled = 0;
    for (auto _ : state) {
        StoreOpenOptions options;
        const auto cancel = std::make_shared<std::atomic<bool>>(false);
        options.cancel = cancel;
        std::unique_ptr<Store> store;
        std::thread loader([&] { store = Store::open(storeRoot(), options); });
        QThread::msleep(static_cast<unsigned long>(halfway));
        QElapsedTimer timer;
        timer.start();
        cancel->store(true);
        loader.join();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        cancelled += store->state() == Store::State::Cancelled;
    }
    state.counters["halfway_ms"] = double(halfway);
    state.counters["cancelled"] = double(cancelled) / double(state.iterations());
}

/// Parse + validate from memory with `threads` workers, as the loader splits files.
void validateThroughput(benchmark::State &state)
{
    const auto &bytes = recordBytes();
    const unsigned threads = unsigned(state.range(0));
    std::atomic<int> invalid { 0 };
    for (auto _ : state) {
        std::atomic<size_t> next { 0 };
        auto work = [&] {
            for (size_t i; (i = next.fetch_add(64)) < bytes.size();)
                for (size_t k = i; k < std::min(i + 64, bytes.size()); ++k)
                    if (Validator::validateBytes(bytes[k], ValidationMode::SyncDesk).verdict
                        == Verdict::Invalid)
                        invalid.fetch_add(1, std::memory_order_relaxed);
        };
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(work);
        work();
        for (auto &t : pool)
            t.join();
    }
    size_t total = 0;
    for (const auto &b : bytes)
        total += b.size();
    state.counters["records"] = double(bytes.size());
    state.counters["records_per_s"]
        = benchmark::Counter(double(bytes.size()), benchmark::Counter::kIsIterationInvariantRate);
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(total));
}

/// Evidence::check: canonical JSON of the artifact, SHA-256, and the id derivation.
void digestThroughput(benchmark::State &state)
{
    const Store &s = sharedStore();
    std::vector<Json> envelopes;
    for (const auto &e : s.evidence()) {
        const QByteArray b = readAll(s.absolutePath(e.file));
        auto parsed = parseJson(std::string_view(b.constData(), size_t(b.size())));
        if (parsed.ok())
            envelopes.push_back(std::move(parsed.value));
    }
    int tampered = 0;
    for (auto _ : state)
        for (const Json &e : envelopes)
            tampered += Evidence::check(e).status != EvidenceStatus::Verified;
    benchmark::DoNotOptimize(tampered);
    state.counters["envelopes"] = double(envelopes.size());
    state.counters["records_per_s"] = benchmark::Counter(
        double(envelopes.size()), benchmark::Counter::kIsIterationInvariantRate);
}

/**
 * Gives the copy's actors/ and policy-decisions/ files (≤ 10k) their own inodes,
 * as in a real store: the writer stat-s every file with more than one link on
 * every Apply (a write through another name raises no inotify event in the
 * folder), which the copy's hard links would turn into 10k stats per decision.
 * Then waits out the writer's racy-clean window (2 s): every gate file it just
 * wrote would otherwise be re-read on each Apply, while a real store's actors
 * and policies were not all written in the last two seconds. Not timed.
 */
void ownGateFiles(const QString &root)
{
    for (const char *folder : { "actors", "policy-decisions" }) {
        const QString dir = root + QLatin1Char('/') + QLatin1String(folder);
        const QStringList names = QDir(dir).entryList(QDir::Files);
        for (const QString &name : names) {
            const QString path = dir + QLatin1Char('/') + name;
            replaceFile(path, readAll(path)); // temp file and rename: the original keeps its bytes
        }
    }
    ::sync(); // as StoreCopy: no timed fsync commits these
    QThread::msleep(2100);
}

/**
 * A copy of the store and decisions the gate allows on it. When a benchmark has
 * used up the pending conflicts it gets a fresh copy (never inside the timing).
 */
class DecisionPool final
{
public:
    QList<Decision> take(int count)
    {
        if (!m_copy || m_next + count > m_decisions.size()) {
            // Used copies go at exit: deleting 240k links now would slow the next
            // run's file creation (ext4 scans recently deleted inodes).
            if (m_copy)
                m_used.push_back(std::move(m_copy));
            m_copy = std::make_unique<StoreCopy>();
            ownGateFiles(m_copy->root());
            m_decisions = allowedDecisions(sharedStore(), std::max(count, 64));
            m_next = 0;
        }
        const QList<Decision> out = m_decisions.mid(m_next, count);
        m_next += int(out.size());
        return out;
    }
    QString root() const { return m_copy->root(); }
    int available() { return int(allowedDecisions(sharedStore(), 1000).size()); }

private:
    std::unique_ptr<StoreCopy> m_copy;
    std::vector<std::unique_ptr<StoreCopy>> m_used;
    QList<Decision> m_decisions;
    int m_next = 0;
};

DecisionPool &pool()
{
    static DecisionPool p;
    return p;
}

void applyDecisions(benchmark::State &state, int count)
{
    const QList<Decision> decisions = pool().take(count);
    int applied = 0;
    for (auto _ : state) {
        const ApplyReport report
            = ResolutionWriter::apply(pool().root(), decisions, {}, &sharedStore());
        for (const auto &o : report.outcomes)
            applied += o.outcome == Outcome::Applied;
    }
    if (applied != decisions.size() * int(state.iterations()))
        state.SkipWithError("not every decision was applied");
    state.counters["decisions"] = double(decisions.size());
}

void resolveOne(benchmark::State &state)
{
    applyDecisions(state, 1);
}

void resolveBatch(benchmark::State &state)
{
    static const int size = std::min(1000, pool().available());
    applyDecisions(state, size);
}

/**
 * A task file replaced as the daemon replaces it (temp file, rename) until the
 * session has re-read it and emitted storeUpdated: watcher, 40 ms debounce,
 * the folder scan, the re-read and the relations.
 */
struct Watched final
{
    StoreCopy copy;
    StoreSession session;
};
std::unique_ptr<Watched> watched; // reset before the application goes

void changeReflected(benchmark::State &state)
{
    if (!watched) {
        watched = std::make_unique<Watched>();
        watched->session.open(watched->copy.root());
        watched->session.setWatching(true);
    }
    StoreSession &session = watched->session;
    int generation = 0;
    for (auto _ : state) {
        const Store &s = *session.store(); // a reload would replace it
        const quint32 file = s.tasks()[s.tasks().size() / 2 + size_t(generation) % 64].file;
        const QString path = s.absolutePath(file);
        Json task = parseJson(readAll(path).toStdString()).value;
        task["updated_at"] = QStringLiteral("2027-01-01T00:%1:%2Z")
                                 .arg(generation / 60 % 60, 2, 10, QLatin1Char('0'))
                                 .arg(generation % 60, 2, 10, QLatin1Char('0'))
                                 .toStdString();
        ++generation;
        QEventLoop loop;
        QObject::connect(&session, &StoreSession::storeUpdated, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, [&] { loop.exit(1); });
        QElapsedTimer timer;
        timer.start();
        replaceFile(path, QByteArray::fromStdString(task.dump(2) + "\n"));
        const int rc = loop.exec();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (rc != 0)
            state.SkipWithError("the change was not picked up within 5 s");
        // Let the watcher's trailing events settle outside the timing.
        QEventLoop settle;
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    takeStoreArgument(argc, argv);
    using benchmark::kMillisecond;
    benchmark::RegisterBenchmark("open_store", openStore)
        ->Unit(kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark("cancel_load", cancelLoad)
        ->Unit(kMillisecond)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(5);
    benchmark::RegisterBenchmark("validate", validateThroughput)
        ->Arg(1)
        ->Arg(2)
        ->ArgName("threads")
        ->Unit(kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("digest", digestThroughput)->Unit(kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("resolve_one", resolveOne)
        ->Unit(kMillisecond)
        ->UseRealTime()
        ->Iterations(1)
        ->Repetitions(21);
    benchmark::RegisterBenchmark("resolve_batch", resolveBatch)
        ->Unit(kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark("change_reflected", changeReflected)
        ->Unit(kMillisecond)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(15);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    watched.reset();
    return 0;
}
