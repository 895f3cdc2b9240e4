// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The loader's phases share one StoreLoader's state; each has a file:
// load() and the tables here; listing and reading record files in
// storeloaderfiles.cpp; manifest.json and the intent in
// storeloaderrootfiles.cpp; the journal and the generation in
// storeloaderjournal.cpp; the tables' fields in storeloaderextract.cpp.

#include "core/store/storeloader_p.h"

#include "core/store/jobwatermark_p.h"
#include "core/store/relationsbuilder_p.h"

#include "core/io/hugepages_p.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>

#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

/// Jobs between two gives of the load cache's decoded entries back to the system.
constexpr std::size_t kGiveBackEvery = 4096;
/// Jobs between two retirements of the preview's results taken (StorePreload::retireVisited()).
constexpr std::size_t kRetireEvery = 1024;
/// Jobs between two appends of the finished results to the tables while reading.
constexpr std::size_t kAppendEvery = 1024;
/// Timestamps are coarser than writes: a file changed this recently may change
/// again without its stat changing, so its result is not cached.
std::atomic<qint64> g_racyNs { 2'000'000'000 };
std::atomic<bool> g_statAllBeforeCache { false };
} // namespace

bool StoreLoader::isAscii(std::string_view bytes)
{
    return std::all_of(
        bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

Problem StoreLoader::problem(const QString &path, Severity severity, const QString &rule,
    const QString &field, const QString &message, int line)
{
    Problem p;
    p.path = path;
    p.line = line;
    p.severity = severity;
    p.rule = rule;
    p.field = field;
    p.message = message;
    return p;
}

StoreLoader::StoreLoader(Store &store, const StoreOpenOptions &options, StorePreload *preload)
    : m_store(store)
    , m_options(options)
    , m_preload(preload)
{
    m_dirFds.fill(-1);
    timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    m_startNs = qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

bool StoreLoader::settled(qint64 mtimeNs, qint64 ctimeNs) const
{
    const qint64 racy = g_racyNs.load(std::memory_order_relaxed);
    return mtimeNs < m_startNs - racy && ctimeNs < m_startNs - racy;
}

void StoreLoader::setRacyWindowNs(qint64 ns)
{
    g_racyNs.store(ns, std::memory_order_relaxed);
}

void StoreLoader::setStatAllBeforeCacheForTests(bool on)
{
    g_statAllBeforeCache.store(on, std::memory_order_relaxed);
}

int StoreLoader::threadCount() const
{
    return std::clamp(m_options.threads > 0 ? m_options.threads
                                            : static_cast<int>(std::thread::hardware_concurrency()),
        1, 16);
}

bool StoreLoader::cancelled() const
{
    return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
}

void StoreLoader::markCancelled()
{
    // What was read is dropped with it: files may have joined the tables already.
    // Assigned empty vectors, not {}: that would keep the tables' capacity.
    Store &s = m_store;
    const auto drop = [](auto &table) { table = std::decay_t<decltype(table)>(); };
    drop(s.m_files);
    s.m_fileByPath.clear();
    drop(s.m_operations);
    drop(s.m_tasks);
    drop(s.m_conflicts);
    drop(s.m_policies);
    drop(s.m_actors);
    drop(s.m_devices);
    drop(s.m_profiles);
    drop(s.m_evidence);
    drop(m_cacheInfo);
    drop(m_fileProblems);
    drop(m_store.m_unchecked);
    m_store.m_state = Store::State::Cancelled;
    m_store.m_stateMessage = tr("Reading %1 was stopped.").arg(m_store.m_root);
}

StoreLoader::EarlyStat StoreLoader::statForCache(const LoadJob &job) const
{
    EarlyStat e;
    struct stat st;
    e.regular = statInFolder(job, st) && S_ISREG(st.st_mode);
    if (e.regular)
        e.stamp = FileStamp::of(st);
    return e;
}

bool StoreLoader::loadCached(
    LoadJob &job, quint32 entry, LoadedFile &out, const EarlyStat *early) const
{
    EarlyStat now;
    // A name that is not ASCII is stat-ed now: the check that follows finds
    // files by their path, which may not name the file listed (LoadJob::rawName).
    const bool unchecked = m_deferCheck && job.rawName < 0;
    if (unchecked) {
        now.regular = true;
        now.stamp = m_cache->stamp(entry);
        early = &now;
    } else if (!early) {
        now = statForCache(job);
        early = &now;
    }
    const FileStamp &stamp = early->stamp;
    if (!early->regular || !(stamp == m_cache->stamp(entry)))
        return false;
    // Moved, not copied: a copy's reference count is a line the listing
    // thread wrote, taken from its core 242k times at 100k (~19 ms).
    out.file.path = std::move(job.rel);
    if (!m_cache->decode(entry, out) || out.file.registry != job.registry) {
        job.rel = std::move(out.file.path); // read from its file instead
        return false;
    }
    out.ctimeNs = stamp.ctimeNs;
    out.cacheable = true;
    out.unchecked = unchecked;
    return true;
}

std::vector<qint32> StorePreload::slotsOf(const std::vector<LoadJob> &jobs)
{
    std::vector<qint32> slotOf(jobs.size(), -1);
    std::vector<char> listed(files.size(), 0);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (jobs[i].registry != Registry::Operations)
            continue;
        const auto it = byPath.constFind(jobs[i].rel);
        if (it != byPath.cend()) {
            slotOf[i] = qint32(*it);
            listed[*it] = 1;
        }
    }
    // No job will visit a slot whose file is gone: it is done with already.
    if (visited)
        for (std::size_t k = 0; k < files.size(); ++k)
            if (!listed[k])
                visited[k].store(true, std::memory_order_relaxed);
    return slotOf;
}

void StorePreload::visit(quint32 index)
{
    if (visited)
        visited[index].store(true, std::memory_order_release);
}

bool StorePreload::take(quint32 index, const struct stat &st, Registry registry, LoadedFile &out)
{
    LoadedFile *slot = files.at(index);
    // Not cacheable: changed just before the preview, or not read whole.
    const bool same = slot && slot->cacheable && S_ISREG(st.st_mode)
        && FileStamp::of(st) == FileStamp::of(slot->file, slot->ctimeNs)
        && slot->file.registry == registry;
    // Each path is one job: nothing else reads this slot again in this load,
    // and a load after a cancelled one must not take what was moved out.
    if (same) {
        out = std::move(*slot);
        slot->cacheable = false;
    }
    visit(index);
    return same;
}

void StorePreload::retireVisited()
{
    const std::unique_lock lock(m_retiring, std::try_to_lock);
    if (!lock.owns_lock() || !visited)
        return;
    for (std::size_t i = files.retired();
         i < files.size() && visited[i].load(std::memory_order_acquire); ++i)
        files.retire(i);
}

bool StoreLoader::loadPreloaded(const LoadJob &job, qint32 slot, LoadedFile &out) const
{
    if (slot < 0)
        return false;
    struct stat st;
    if (!statInFolder(job, st)) {
        m_preload->visit(quint32(slot)); // gone since it was listed
        return false;
    }
    return m_preload->take(quint32(slot), st, job.registry, out);
}

StoreLoader::~StoreLoader()
{
    for (const int fd : m_dirFds)
        if (fd >= 0)
            ::close(fd);
}

namespace {
/// SYNCDESK_LOAD_PHASES=1 prints each phase's wall time to stderr (docs/performance.md).
struct PhaseClock
{
    PhaseClock() { m_timer.start(); }
    void mark(const char *phase)
    {
        if (!m_on)
            return;
        std::fprintf(
            stderr, "load phase %-10s %8.1f ms\n", phase, double(m_timer.nsecsElapsed()) / 1e6);
        m_timer.start();
    }

private:
    bool m_on = qEnvironmentVariableIntValue("SYNCDESK_LOAD_PHASES") > 0;
    QElapsedTimer m_timer;
};
} // namespace

void StoreLoader::loadOperationsOnly(StorePreload &preload)
{
    PhaseClock clock;
    loadManifest();
    if (m_store.m_state != Store::State::Ok)
        return;
    m_store.m_partial = true;
    std::vector<LoadJob> jobs;
    collectFiles(jobs, Registry::Operations);
    clock.mark("list");
    LoadedSlots results;
    results.allocate(jobs.size());
    std::atomic<std::size_t> next { 0 };
    auto work = [&] {
        for (std::size_t i;
             !cancelled() && (i = next.fetch_add(1, std::memory_order_relaxed)) < jobs.size();)
            results.construct(i) = loadFile(jobs[i]);
    };
    const int threads = threadCount();
    std::vector<std::thread> pool;
    if (jobs.size() >= 64)
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    clock.mark("read");
    if (cancelled())
        return markCancelled();
    // The preview's store takes a copy of each result and the preload keeps
    // the result for the full load. Both index the same files in the same
    // order, so one index by path serves both; it is built beside the copies
    // and the relations, which are on the path to the queue's first frame.
    QHash<QString, quint32> byPath;
    PathIndex storeByPath;
    std::thread indexer([&] {
        const auto pathOf = [&](quint32 i) -> const QString & { return results.at(i)->file.path; };
        byPath.reserve(qsizetype(results.size()));
        storeByPath.reserve(qsizetype(results.size()), pathOf);
        for (quint32 i = 0; i < results.size(); ++i) {
            byPath.insert(results.at(i)->file.path, i);
            storeByPath.insert(i, pathOf);
        }
    });
    m_store.m_operations.reserve(results.size());
    m_store.m_files.reserve(results.size());
    m_indexPaths = false;
    for (std::size_t i = 0; i < results.size(); ++i)
        append(LoadedFile(*results.at(i)));
    m_indexPaths = true;
    clock.mark("append");
    RelationsBuilder(m_store).build();
    clock.mark("relations");
    indexer.join();
    // The store's files are the results, in their order (append()).
    m_store.m_fileByPath = std::move(storeByPath);
    preload.byPath = std::move(byPath);
    preload.files = std::move(results);
    preload.visited = std::make_unique<std::atomic<bool>[]>(preload.files.size());
    clock.mark("preload");
}

void StoreLoader::load()
{
    Store &s = m_store;
    PhaseClock clock;
    loadManifest();
    clock.mark("manifest");
    if (m_store.m_state != Store::State::Ok)
        return;
    if (cancelled())
        return markCancelled();
    // The journal has a line per event, as many as there are records. A second
    // thread reads it while this one lists the folders, then both read records.
    // Its problems keep their place after the manifest's.
    const auto journalAt = static_cast<std::ptrdiff_t>(m_store.m_problems.size());
    std::vector<Problem> journalProblems;
    const int threads = threadCount();

    std::vector<LoadJob> jobs;
    LoadedSlots results;
    std::vector<qint64> cached; // per job: its cache entry, or -1
    std::vector<EarlyStat> early; // per job below earlyCount: its stat
    std::size_t earlyCount = 0;
    std::atomic<int> fromCache { 0 }, fromPreview { 0 };
    std::atomic<std::size_t> next { 0 };
    std::unique_ptr<LoadCache> cache; // m_cache, which the workers only read, is it
    JobWatermark progress(threads);
    std::vector<std::size_t> keepFrom; // per job: the lowest cache offset it and later ones decode
    std::vector<qint32> previewSlot; // per job: its result's slot in the preview, or -1
    // Results join the tables in job order while later files are still read:
    // at 100k all results at once were ~90 MB beside the tables (docs/performance.md).
    // Not before the journal's thread takes its first file: until then the
    // watermark says no job is finished.
    std::mutex appending;
    std::size_t appended = 0; // results [0, appended) are in the tables
    auto appendFinished = [&](std::size_t upTo) {
        for (LoadedFile *r; appended < upTo && !cancelled() && (r = results.at(appended));
             ++appended) {
            append(std::move(*r));
            results.retire(appended);
        }
    };
    auto work = [&](int worker) {
        for (std::size_t i;
             !cancelled() && (i = next.fetch_add(1, std::memory_order_relaxed)) < jobs.size();) {
            progress.taking(worker, i);
            if (i % kAppendEvery == 0)
                if (const std::unique_lock lock(appending, std::try_to_lock); lock.owns_lock())
                    appendFinished(progress.finishedBelow(jobs.size()));
            // The cache's entries before those still to be decoded go back as
            // the results fill: on a reopen both are ~80 MB at 100k.
            if (!keepFrom.empty() && i % kGiveBackEvery == 0)
                cache->giveBackBefore(keepFrom[progress.finishedBelow(jobs.size())]);
            LoadJob &job = jobs[i];
            LoadedFile &result = results.construct(i);
            if (m_preload && job.registry == Registry::Operations) {
                if (i % kRetireEvery == 0)
                    m_preload->retireVisited();
                if (loadPreloaded(job, previewSlot[i], result)) {
                    fromPreview.fetch_add(1, std::memory_order_relaxed);
                    continue;
                }
            }
            if (cached[i] >= 0
                && loadCached(
                    job, quint32(cached[i]), result, i < earlyCount ? &early[i] : nullptr)) {
                fromCache.fetch_add(1, std::memory_order_relaxed);
                continue;
            }
            result = loadFile(job);
        }
        progress.done(worker);
    };
    // The cache is read (and its strings interned) beside the folder listing.
    const QString cacheDir = m_options.cacheDirectory;
    const LoadCacheKey cacheKey
        = cacheDir.isEmpty() ? LoadCacheKey {} : LoadCacheKey::forStore(s.m_root, m_options);
    // A check after an earlier load found a change the cache still vouches for.
    const bool checkFirst = LoadCache::mustCheckFirst(cacheDir, cacheKey);
    const bool deferCheck = m_options.deferCacheCheck && !cacheDir.isEmpty() && !checkFirst;
    auto openCache = [&] {
        if (!cacheDir.isEmpty())
            cache = LoadCache::open(cacheDir, cacheKey, *s.m_strings);
        m_cache = cache.get();
        m_deferCheck = m_cache && deferCheck;
    };
    std::latch listed(1), cacheOpened(1);
    std::vector<std::thread> pool;
    if (threads > 1)
        pool.emplace_back([&] {
            PhaseClock journalClock;
            openCache();
            cacheOpened.count_down();
            journalClock.mark("cache-open");
            loadJournal(journalProblems);
            if (cache)
                cache->releaseJournal(); // restored or parsed: never read again
            journalClock.mark("journal");
            listed.wait();
            work(1);
        });
    loadIntent();
    clock.mark("intent");
    collectFiles(jobs);
    clock.mark("list");
    results.allocate(jobs.size());
    if (threads == 1) {
        openCache();
        cacheOpened.count_down();
        loadJournal(journalProblems);
        if (cache)
            cache->releaseJournal();
    }
    // On a reopen the other thread takes longer to open the cache (read,
    // check and intern ~100 MB at 100k) than this one to list the folders:
    // this one stats files meanwhile, for the cache to vouch for once open.
    // The workers see them after the latch below.
    // Not when the cache will be taken unchecked: the stats would go unused.
    const bool statAll = g_statAllBeforeCache.load(std::memory_order_relaxed);
    if (!cacheDir.isEmpty() && threads > 1 && !deferCheck && (statAll || !cacheOpened.try_wait())) {
        early.resize(jobs.size());
        for (; earlyCount < jobs.size() && (statAll || !cacheOpened.try_wait()); ++earlyCount) {
            early[earlyCount] = statForCache(jobs[earlyCount]);
        }
    }
    clock.mark("stat-early");
    cacheOpened.wait();
    cached.assign(jobs.size(), -1);
    if (m_deferCheck)
        s.m_unchecked.reserve(jobs.size());
    if (m_cache) {
        // Entries were saved in listing order: most files are found where expected.
        quint32 k = 0;
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            const QString &rel = jobs[i].rel;
            if (k < m_cache->entryCount() && m_cache->path(k) == rel) {
                cached[i] = k++;
            } else if (const qint64 found = m_cache->find(rel); found >= 0) {
                cached[i] = found;
                k = quint32(found) + 1;
            }
        }
    }
    if (m_cache && jobs.size() >= kGiveBackEvery) {
        keepFrom.assign(jobs.size() + 1, m_cache->end());
        for (std::size_t i = jobs.size(); i-- > 0;)
            keepFrom[i] = cached[i] < 0
                ? keepFrom[i + 1]
                : std::min(keepFrom[i + 1], m_cache->entryAt(quint32(cached[i])));
    }
    // Each operation's slot in the preview, found while the window shows it.
    if (m_preload)
        previewSlot = m_preload->slotsOf(jobs);
    clock.mark("cache");
    if (m_preload && m_preload->beforeRecords)
        m_preload->beforeRecords();
    clock.mark("gate");
    reserveTables(jobs);
    m_indexPaths = false;
    m_appendingWhileReading = true;
    listed.count_down();
    if (jobs.size() >= 64 && !cancelled())
        for (int t = 2; t < threads; ++t)
            pool.emplace_back(work, t);
    work(0);
    clock.mark("read-own");
    for (auto &t : pool)
        t.join();
    clock.mark("read-all");
    if (cancelled())
        return markCancelled();
    s.m_loadStats.filesAppendedWhileReading = int(appended);
    appendFinished(jobs.size());
    // A cancel now stops the last appends: the store must say so, not lack files.
    if (appended < jobs.size())
        return markCancelled();
    m_appendingWhileReading = false;
    results.release();
    clock.mark("append");
    if (m_preload) {
        // What was not taken is stale: freed before the relations add to the peak.
        s.m_loadStats.previewBytesGivenBack = qint64(m_preload->files.returnedBytes());
        m_preload->files.release();
        m_preload->byPath = {};
        m_preload->visited.reset();
    }
    m_journalCache.problemsBegin = quint32(journalAt);
    m_journalCache.problemsCount = quint32(journalProblems.size());
    m_store.m_problems.insert(m_store.m_problems.begin() + journalAt,
        std::make_move_iterator(journalProblems.begin()),
        std::make_move_iterator(journalProblems.end()));
    // Never cached: the manifest is read on every load.
    checkGeneration();

    // The index by path is built beside the relations, which never use it
    // (~0.1 s at 100k off the path to the first frame).
    StoreLoadStats &stats = s.m_loadStats;
    stats.cacheFound = m_cache != nullptr;
    stats.filesFromCache = fromCache.load();
    stats.filesFromPreview = fromPreview.load();
    stats.filesRead = int(jobs.size()) - stats.filesFromCache - stats.filesFromPreview;
    stats.filesReadFlat = m_filesReadFlat.load(std::memory_order_relaxed);
    stats.journalFromCache = m_journalFromCache;
    stats.cacheBytesGivenBack = cache ? qint64(cache->givenBack()) : 0;
    // Saved only when something differs from what the cache holds.
    const bool journalSame
        = m_journalFromCache || (!s.m_journal.present && m_cache && !m_cache->journal());
    stats.cacheSaved = !cacheDir.isEmpty()
        && (!m_cache || stats.filesRead > 0 || m_cache->entryCount() != jobs.size()
            || !journalSame);
    // Every file stat-ed and found as the cache has it: whatever a check found
    // before (a folder it could not open, say), the cache vouches rightly now.
    if (m_cache && checkFirst && !stats.cacheSaved)
        LoadCache::clearCheckFirst(cacheDir, cacheKey);
    // Every entry is decoded and the journal restored by now: what is left of
    // the old cache goes before the relations grow, and before a new one is encoded.
    m_cache = nullptr;
    cache.reset();

    // The files' problems follow the journal's, the listing's and the manifest's.
    const auto problemsBase = quint32(s.m_problems.size());
    for (LoadCacheFileInfo &info : m_cacheInfo)
        info.problemsBegin += problemsBase;
    s.m_problems.insert(s.m_problems.end(), std::make_move_iterator(m_fileProblems.begin()),
        std::make_move_iterator(m_fileProblems.end()));
    std::vector<Problem>().swap(m_fileProblems);
    m_indexPaths = true;
    // The relations add their own problems, which a load from the cache derives again.
    std::vector<Problem> ownProblems = stats.cacheSaved ? s.m_problems : std::vector<Problem>();
    std::thread indexer([&s] {
        const auto pathOf = [&s](quint32 i) -> const QString & { return s.m_files[i].path; };
        s.m_fileByPath.reserve(qsizetype(s.m_files.size()), pathOf);
        for (quint32 i = 0; i < quint32(s.m_files.size()); ++i)
            s.m_fileByPath.insert(i, pathOf);
    });
    RelationsBuilder(s).build();
    indexer.join();
    clock.mark("relations");
    // Encoded after open() returns (on a first open, ~0.4 s at 100k): the
    // window shows the store meanwhile. The encoder reads the tables, which
    // nothing changes before StoreUpdater joins it, and not the relations.
    if (stats.cacheSaved) {
        // A cache that vouches again for what this load did not check leaves
        // a change the last check found to be found again: the load after it
        // still stats first.
        const bool checkedAll = s.m_unchecked.empty();
        auto save
            = [cacheDir, cacheKey, &s, files = std::move(m_cacheInfo), journal = m_journalCache,
                  problems = std::move(ownProblems), checkedAll]() mutable {
                  return LoadCache::encodeAndSave(cacheDir, cacheKey, s, std::move(files), journal,
                      std::move(problems), s.m_writingCache, checkedAll);
              };
        // With a preview on screen, encoded once it is gone (Store::startDeferredCacheWrite()).
        if (m_preload)
            s.m_deferredCacheWrite = std::move(save);
        else
            s.m_cacheWriter = save();
    }
}

void StoreLoader::reserveTables(const std::vector<LoadJob> &jobs)
{
    // Sized once by the folders: growing by doubling would move 100k records
    // several times. A record in another kind's folder is rare: append() grows by an eighth.
    std::array<std::size_t, std::size_t(RecordKind::Evidence) + 1> perKind {};
    for (const LoadJob &job : jobs)
        if (const auto k = std::size_t(registryKind(job.registry)); k < perKind.size())
            ++perKind[k];
    auto reserve = [&](auto &table, RecordKind kind) {
        table.reserve(perKind[std::size_t(kind)]);
        adviseHugePages(table.data(), table.capacity() * sizeof(*table.data()));
    };
    Store &s = m_store;
    reserve(s.m_operations, RecordKind::Operation);
    reserve(s.m_tasks, RecordKind::Task);
    reserve(s.m_conflicts, RecordKind::Conflict);
    reserve(s.m_policies, RecordKind::PolicyDecision);
    reserve(s.m_actors, RecordKind::Actor);
    reserve(s.m_devices, RecordKind::Device);
    reserve(s.m_profiles, RecordKind::Profile);
    reserve(s.m_evidence, RecordKind::Evidence);
    s.m_files.reserve(jobs.size());
    adviseHugePages(s.m_files.data(), jobs.size() * sizeof(RecordFile));
    m_cacheInfo.reserve(jobs.size());
}

void StoreLoader::append(LoadedFile &&loaded)
{
    Store &s = m_store;
    const auto fileIndex = static_cast<quint32>(s.m_files.size());
    auto place = [&](auto &table, auto &&record) {
        // While reading, the tables were sized by the folders: one record
        // more than a folder promised must not double a 100k table.
        if (m_appendingWhileReading && table.size() == table.capacity()) {
            table.reserve(table.size() + table.size() / 8 + 16);
            adviseHugePages(table.data(), table.capacity() * sizeof(*table.data()));
        }
        record.file = fileIndex;
        loaded.file.row = static_cast<qint32>(table.size());
        table.push_back(std::move(record));
    };
    std::visit(
        [&](auto &&rec) {
            using T = std::decay_t<decltype(rec)>;
            if constexpr (std::is_same_v<T, OperationRecord>)
                place(s.m_operations, std::move(rec));
            else if constexpr (std::is_same_v<T, TaskRecord>)
                place(s.m_tasks, std::move(rec));
            else if constexpr (std::is_same_v<T, ConflictRecord>)
                place(s.m_conflicts, std::move(rec));
            else if constexpr (std::is_same_v<T, PolicyDecisionRecord>)
                place(s.m_policies, std::move(rec));
            else if constexpr (std::is_same_v<T, ActorRecord>)
                place(s.m_actors, std::move(rec));
            else if constexpr (std::is_same_v<T, DeviceRecord>)
                place(s.m_devices, std::move(rec));
            else if constexpr (std::is_same_v<T, ProfileRecord>)
                place(s.m_profiles, std::move(rec));
            else if constexpr (std::is_same_v<T, EvidenceRecord>)
                place(s.m_evidence, std::move(rec));
        },
        std::move(loaded.record));
    s.m_files.push_back(std::move(loaded.file));
    if (m_indexPaths)
        s.m_fileByPath.insert(
            fileIndex, [&s](quint32 i) -> const QString & { return s.m_files[i].path; });
    // While reading, the files' problems wait apart: others come before them (load()).
    std::vector<Problem> &problems = m_appendingWhileReading ? m_fileProblems : s.m_problems;
    m_cacheInfo.push_back(LoadCacheFileInfo { loaded.ctimeNs, s.m_files.back().warnings,
        loaded.cacheable, quint32(problems.size()), quint32(loaded.problems.size()) });
    if (loaded.unchecked)
        s.m_unchecked.push_back({ fileIndex, loaded.ctimeNs });
    for (auto &p : loaded.problems)
        problems.push_back(std::move(p));
}

} // namespace SyncDesk
