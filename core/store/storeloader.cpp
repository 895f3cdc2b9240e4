// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: the loader's phases (list, read on two threads, manifest,
// intent, journal, generation) share one StoreLoader's state and run in this
// order; extraction of the table fields lives in storeloaderextract.cpp.

#include "core/store/storeloader_p.h"

#include "core/store/jobwatermark_p.h"
#include "core/store/relationsbuilder_p.h"
#include "core/store/storeloaderextract_p.h"

#include "core/io/directorynames_p.h"
#include "core/io/filepieces_p.h"
#include "core/io/fileread_p.h"
#include "core/io/hugepages_p.h"
#include "core/json/canonicaljson.h"
#include "core/json/json.h"
#include "core/json/jsonfast_p.h"
#include "core/json/sha256_p.h"
#include "core/records/intentseal.h"
#include "core/records/recordread.h"
#include "core/records/timestamp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>

#include <fcntl.h>
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
constexpr qint64 kMaxJournalSize = 1024LL * 1024 * 1024;
/// The shortest line that is an event: `{"event_id":"x"}` and its newline.
constexpr std::size_t kMinEventLine = 17;
// With kMinEventLine, what bounds the events' table by the journal's size (docs/security.md).
static_assert(sizeof(JournalEvent) <= 40);
/// Timestamps are coarser than writes: a file changed this recently may change
/// again without its stat changing, so its result is not cached.
std::atomic<qint64> g_racyNs { 2'000'000'000 };
std::atomic<bool> g_statAllBeforeCache { false };
constexpr std::size_t kJournalWindow = std::size_t(4) << 20;
std::atomic<std::size_t> g_journalWindow { kJournalWindow };

bool isAscii(std::string_view bytes)
{
    return std::all_of(
        bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// Whether rel ends in "/" + safeRecordId(id) + ".json", without building QStrings
/// for the common all-ASCII id.
bool fileNameMatchesId(const QString &rel, std::string_view id)
{
    if (!isAscii(id)) {
        const QString text = QString::fromUtf8(id.data(), qsizetype(id.size()));
        return safeRecordId(text) + QStringLiteral(".json") == rel.section(QLatin1Char('/'), -1);
    }
    auto keep = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
    };
    std::size_t start = 0, end = id.size();
    while (start < end && id[start] == '.')
        ++start;
    while (end > start && id[end - 1] == '.')
        --end;
    std::string name;
    name.reserve(end - start + 6);
    name += '/';
    for (std::size_t i = start; i < end; ++i)
        name += keep(id[i]) ? id[i] : '_';
    name += ".json";
    return rel.endsWith(QLatin1String(name.data(), qsizetype(name.size())));
}

/**
 * prefix + name decoded as QFile::decodeName() decodes file names. Names are
 * ASCII in practice (ascii: isAscii(name)), and widening them in place skips
 * the decoder and the QByteArray it would be fed (a third of listing a 100k store).
 */
QString relativePath(const QString &prefix, std::string_view name, bool ascii)
{
    if (!ascii) {
        QByteArray bytes = QFile::encodeName(prefix);
        bytes.append(name.data(), qsizetype(name.size()));
        return QFile::decodeName(bytes);
    }
    QString rel(prefix.size() + qsizetype(name.size()), Qt::Uninitialized);
    QChar *out = std::copy(prefix.cbegin(), prefix.cend(), rel.data());
    for (const char c : name)
        *out++ = QLatin1Char(c);
    return rel;
}

/**
 * The preview's path for prefix + name (ASCII), looked for from files[at] on
 * (both are in the names' byte order, so at only moves forward); null when
 * the preview did not list it. Slots a cancelled load took are skipped.
 */
QString previewPath(
    LoadedSlots &files, std::size_t &at, const QString &prefix, std::string_view name)
{
    // Widened as Latin-1, a byte over 0x7f would equal another name's decoded character.
    Q_ASSERT(isAscii(name));
    const QLatin1String wanted(name.data(), qsizetype(name.size()));
    for (; at < files.size(); ++at) {
        const LoadedFile *f = files.at(at);
        if (!f || f->file.path.size() <= prefix.size() || !f->file.path.startsWith(prefix))
            continue;
        const int c = QStringView(f->file.path).sliced(prefix.size()).compare(wanted);
        if (c > 0)
            return {};
        if (c == 0) {
            ++at;
            return f->file.path;
        }
    }
    return {};
}

/// The event id the daemon gives line number (evt-00000001, at least eight digits).
std::string daemonEventId(int number)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    const auto n = static_cast<std::size_t>(end - digits);
    std::string out = "evt-";
    if (n < 8)
        out.append(8 - n, '0');
    out.append(digits, n);
    return out;
}

/**
 * Whether id is daemonEventId(number), compared as bytes without building it:
 * this runs once per journal line. Eight digits at least, no more than the
 * number needs: "evt-000000001" is not line 1's id.
 */
bool isDaemonEventId(std::string_view id, int number)
{
    if (id.size() < 12 || id.substr(0, 4) != "evt-")
        return false;
    const auto digits = id.substr(4);
    int value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size() || value != number)
        return false;
    std::size_t width = 1;
    for (int n = number; n >= 10; n /= 10)
        ++width;
    return digits.size() == std::max<std::size_t>(width, 8);
}

/// A line the daemon does not count ("non-empty" as Python's str.strip() sees ASCII).
bool isBlankLine(std::string_view line)
{
    return std::all_of(line.begin(), line.end(),
        [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; });
}

const QString &ruleDuplicateId()
{
    static const QString rule = QString::fromLatin1(kRuleJournalDuplicateId);
    return rule;
}
const QString &ruleNumbering()
{
    static const QString rule = QString::fromLatin1(kRuleJournalNumbering);
    return rule;
}

bool isRaceProblem(const Problem &p)
{
    return isDaemonRaceRule(p.rule);
}

/// An event id for a message: a hostile id may be a megabyte long.
QString shortId(const Interner &strings, Sym id)
{
    constexpr qsizetype kMax = 64;
    const QString &text = strings.text(id);
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
}

Problem problem(const QString &path, Severity severity, const QString &rule, const QString &field,
    const QString &message, int line = 0)
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

} // namespace

bool StoreLoader::isStrayTemp(std::string_view name)
{
    // QSaveFile leaves "<name>.json.XXXXXX" behind when killed; editors and our
    // own writer use ".tmp"/"~" variants. Readers skip them (spec/store.md).
    // A name ending in .json is a record's: "a.json.b.json" is where the daemon
    // keeps the record of id "a.json.b", and the gate reads it there too.
    return (name.find(".json.") != std::string_view::npos && !name.ends_with(".json"))
        || name.ends_with(".tmp") || name.ends_with('~') || name.starts_with(".#");
}

bool StoreLoader::isStrayTemp(const QString &name)
{
    const QByteArray bytes = QFile::encodeName(name);
    return isStrayTemp(std::string_view(bytes.constData(), std::size_t(bytes.size())));
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

void StoreLoader::setJournalWindowForTests(std::size_t bytes)
{
    g_journalWindow.store(bytes > 0 ? bytes : kJournalWindow, std::memory_order_relaxed);
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

/**
 * A job's file name in its registry's folder, NUL-terminated, for openat()
 * and fstatat(); null when the path has no name after the folder's. Names
 * are ASCII in practice and are narrowed here without an allocation; one
 * listed otherwise is taken as listed.
 */
class StoreLoader::FileName final
{
public:
    FileName(const StoreLoader &loader, const LoadJob &job)
    {
        if (job.rawName >= 0) {
            m_name = loader.m_rawNames[std::size_t(job.rawName)].c_str();
            return;
        }
        const qsizetype dirLength = registryDirName(job.registry).size() + 1;
        if (job.rel.size() <= dirLength)
            return;
        m_name = nameBytes(QStringView(job.rel).sliced(dirLength), m_ascii, m_encoded);
    }
    const char *get() const { return m_name; }

private:
    std::array<char, NAME_MAX + 1> m_ascii;
    QByteArray m_encoded;
    const char *m_name = nullptr;
};

const char *StoreLoader::nameBytes(
    QStringView name, std::array<char, NAME_MAX + 1> &ascii, QByteArray &encoded)
{
    if (name.isEmpty())
        return nullptr;
    if (std::size_t(name.size()) < ascii.size()
        && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        char *out = ascii.data();
        for (const QChar c : name)
            *out++ = char(c.unicode());
        *out = '\0';
        return ascii.data();
    }
    encoded = QFile::encodeName(name.toString());
    return encoded.constData();
}

bool StoreLoader::statInFolder(const LoadJob &job, struct stat &st) const
{
    const int dirFd = m_dirFds[std::size_t(job.registry)];
    const FileName name(*this, job);
    return dirFd >= 0 && name.get() && ::fstatat(dirFd, name.get(), &st, AT_SYMLINK_NOFOLLOW) == 0;
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

void StoreLoader::loadManifest()
{
    Store &s = m_store;
    const QString root = s.m_root;
    QString target;
    switch (entryType(root, &target)) {
    case EntryType::Missing:
        s.m_state = Store::State::Missing;
        s.m_stateMessage = tr("%1 does not exist.").arg(root);
        return;
    case EntryType::Directory:
        break;
    case EntryType::Symlink:
        // The store root itself may be reached through a symlink the user chose.
        if (QFileInfo(root).isDir())
            break;
        [[fallthrough]];
    default:
        s.m_state = Store::State::NotADirectory;
        s.m_stateMessage = tr("%1 is not a folder.").arg(root);
        return;
    }
    // Listed only to know that it can be: an unreadable root is a state, not a problem.
    if (const auto listed = listDirectory(QFileInfo(root).canonicalFilePath()); !listed) {
        s.m_state = Store::State::Unreadable;
        s.m_stateMessage = tr("%1 cannot be read: %2").arg(root, listed.error());
        return;
    }

    const QString path = QStringLiteral("manifest.json");
    const auto type = entryType(root + QLatin1Char('/') + path);
    if (type == EntryType::Missing) {
        s.m_state = Store::State::NotInitialized;
        s.m_stateMessage
            = tr("%1 has no manifest.json: it is not an initialized workspace store.").arg(root);
        return;
    }
    s.m_manifest.present = true;
    auto manifestProblem = [&](const QString &field, const QString &message) {
        s.m_problems.push_back(
            problem(path, Severity::Error, QStringLiteral("manifest"), field, message));
    };
    const auto read = readFileNoFollow(root + QLatin1Char('/') + path, m_options.maxFileSize);
    if (read.status != FileRead::Status::Ok) {
        manifestProblem(QString(),
            read.status == FileRead::Status::Symlink
                ? tr("manifest.json is a symbolic link; it is not followed")
                : tr("manifest.json cannot be read: %1").arg(whyUnreadable(read)));
        return;
    }
    const auto parsed = parseJson(read.bytes);
    if (!parsed.ok() || !parsed.value.is_object()) {
        manifestProblem(QString(),
            parsed.ok() ? tr("manifest.json is not a JSON object")
                        : tr("manifest.json is not valid JSON: %1").arg(parsed.error->message));
        return;
    }
    const Json &m = parsed.value;
    s.m_manifest.parsed = true;
    static const char *const required[] = { "schema", "created_at", "updated_at",
        "active_generation", "last_known_good_generation", "lanes", "backend", "initialized" };
    for (const char *key : required)
        if (!m.contains(key))
            manifestProblem(QString::fromLatin1(key),
                tr("manifest.json lacks %1").arg(QString::fromLatin1(key)));
    auto generation = [&](const char *key) -> qint64 {
        const Json &v = jsonMember(m, key);
        if (v.is_number_integer())
            return v.get<qint64>();
        if (m.contains(key))
            manifestProblem(QString::fromLatin1(key),
                tr("%1 should be an integer").arg(QString::fromLatin1(key)));
        return -1;
    };
    s.m_manifest.activeGeneration = generation("active_generation");
    s.m_manifest.lastKnownGoodGeneration = generation("last_known_good_generation");
    s.m_manifest.initialized = jsonMember(m, "initialized") == true;
    if (m.contains("initialized") && !s.m_manifest.initialized)
        manifestProblem(
            QStringLiteral("initialized"), tr("the manifest says the store is not initialized"));
    s.m_manifest.backend = Extractor::textOf(m, "backend");
    s.m_manifest.createdAt = Extractor::textOf(m, "created_at");
    s.m_manifest.updatedAt = Extractor::textOf(m, "updated_at");
    const Json &lanes = jsonMember(m, "lanes");
    if (lanes.is_array()) {
        for (const auto &l : lanes)
            s.m_manifest.lanes << QString::fromStdString(pythonStr(l));
    } else if (lanes.is_object()) {
        for (const auto &[k, v] : lanes.items())
            s.m_manifest.lanes << QString::fromStdString(k);
    }
    for (const auto &key : parsed.duplicateKeys)
        s.m_problems.push_back(problem(path, Severity::Warning, QStringLiteral("duplicate_key"),
            key, tr("key %1 appears more than once").arg(key)));
}

void StoreLoader::loadIntent()
{
    // Left by a writer that was interrupted; the next write completes it. Until
    // then every decision in it is reported, so none is silently half-applied.
    const QString path = QStringLiteral("syncdesk-intent.json");
    const QString abs = m_store.m_root + QLatin1Char('/') + path;
    if (entryType(abs) == EntryType::Missing)
        return;
    const auto read = readFileNoFollow(abs, 256LL * 1024 * 1024);
    // Only a sealed intent is ever acted on (see IntentSeal); anything else is
    // shown for what it is and never read as a list of decisions.
    const auto opened = read.status == FileRead::Status::Ok
        ? IntentSeal::open(read.bytes, IntentSeal::key(false).valueOr(QByteArray()),
            IntentSeal::storeIdentity(m_store.m_root))
        : IntentSeal::Opened {};
    if (opened.status != IntentSeal::Status::Sealed) {
        m_store.m_problems.push_back(
            problem(path, Severity::Error, QStringLiteral("foreign_intent"), QString(),
                read.status == FileRead::Status::Ok
                    ? tr("this intent file is not acted on: %1. Sync Desk writes nothing to "
                         "this store until it has been looked at and removed")
                          .arg(opened.why)
                    : tr("this intent file cannot be read as a regular file; Sync Desk writes "
                         "nothing to this store until it has been looked at and removed")));
        return;
    }
    const Json &decisions = jsonMember(opened.body, "decisions");
    if (!decisions.is_array() || decisions.empty()) {
        m_store.m_problems.push_back(
            problem(path, Severity::Error, QStringLiteral("half_applied"), QString(),
                tr("an interrupted write left this file; it cannot "
                   "be read, so what it held is unknown")));
        return;
    }
    for (const auto &d : decisions)
        m_store.m_problems.push_back(problem(path, Severity::Error, QStringLiteral("half_applied"),
            Extractor::textOf(d, "conflict_id"),
            tr("the decision on %1 (%2) was interrupted while being written; the next write to "
               "this store completes it or withdraws it")
                .arg(Extractor::textOf(d, "conflict_id"),
                    Extractor::textOf(jsonMember(jsonMember(d, "conflict_after"), "decision_card"),
                        "selected_option"))));
}

void StoreLoader::loadJournal(std::vector<Problem> &problems)
{
    Store &s = m_store;
    const QString path = QStringLiteral("journal.jsonl");
    const QString abs = s.m_root + QLatin1Char('/') + path;
    struct stat st
    {
    };
    const bool statted = ::lstat(QFile::encodeName(abs).constData(), &st) == 0;
    if (!statted && errno == ENOENT)
        return;
    m_journalUnread = false;
    const LoadCacheJournalInfo *cached = m_cache ? m_cache->journal() : nullptr;
    if (cached && statted && S_ISREG(st.st_mode) && FileStamp::of(st) == cached->stamp
        && m_cache->restoreJournal(s.m_journal, problems)) {
        m_journalFromCache = true;
        m_journalCache = *cached;
        return;
    }
    // Read and parsed a window at a time: held whole, the 75 MB of a 100k
    // store's journal were most of a first open's peak RSS (docs/performance.md).
    FilePieces file(abs, kMaxJournalSize);
    const FileRead &read = file.info();
    m_journalCache.stamp = FileStamp { read.size, read.mtimeNs, read.ctimeNs, read.inode };
    m_journalCache.cacheable = false;
    s.m_journal.present = true;
    const std::size_t problemsBefore = problems.size();
    // As when it cannot be opened: what was parsed before a read failed (or
    // the file grew past the limit) is dropped.
    auto unreadable = [&] {
        m_journalUnread = true;
        s.m_journal = JournalInfo();
        s.m_journal.present = true;
        problems.erase(problems.begin() + std::ptrdiff_t(problemsBefore), problems.end());
        problems.push_back(problem(path, Severity::Error, QStringLiteral("io"), QString(),
            read.status == FileRead::Status::TooLarge
                ? tr("journal.jsonl is larger than %1 MiB and was not read")
                      .arg(kMaxJournalSize / (1024 * 1024))
                : read.status == FileRead::Status::Symlink
                ? tr("journal.jsonl is a symbolic link; it is not followed")
                : tr("journal.jsonl cannot be read: %1").arg(whyUnreadable(read))));
    };
    if (read.status != FileRead::Status::Ok)
        return unreadable();
    JournalInfo &j = s.m_journal;
    const std::size_t windowBytes = g_journalWindow.load(std::memory_order_relaxed);
    std::string window;
    qint64 pos = 0; // in the file: the lines before are parsed
    // The daemon only appends: when the lines parsed last time are still the
    // file's first bytes, only what follows them is parsed. "Still" is decided
    // by a cryptographic hash: a journal rewritten behind the same length must
    // not pass for the one parsed. hash holds the file's bytes before pos.
    QCryptographicHash hash(LoadCache::kJournalHash);
    const bool hashing = !m_options.cacheDirectory.isEmpty();
    if (cached && read.inode == cached->stamp.inode && cached->parsedEnd > 0
        && qint64(cached->parsedEnd) <= read.size) {
        const qint64 prefix = qint64(cached->parsedEnd);
        window.resize(windowBytes);
        qint64 at = 0;
        for (qint64 n = 0; at < prefix; at += n) {
            n = file.read(
                at, window.data(), std::size_t(std::min<qint64>(qint64(windowBytes), prefix - at)));
            if (n <= 0)
                break;
            hash.addData(QByteArrayView(window.data(), qsizetype(n)));
        }
        if (read.status != FileRead::Status::Ok)
            return unreadable();
        JournalInfo restored;
        std::vector<Problem> earlier;
        if (at == prefix && LoadCache::digest(hash) == cached->prefixHash
            && m_cache->restoreJournal(restored, earlier)) {
            // Given again below: what the daemon's race did is judged on all
            // lines, old and new; the torn line is read again, and the count
            // of unlisted corrupt lines grows with the new ones.
            std::erase_if(earlier, isRaceProblem);
            if (restored.tornTail && !earlier.empty())
                earlier.pop_back();
            if (restored.firstUnlistedCorrupt > 0 && !earlier.empty())
                earlier.pop_back();
            restored.tornTail = false;
            j = std::move(restored);
            problems.insert(problems.end(), std::make_move_iterator(earlier.begin()),
                std::make_move_iterator(earlier.end()));
            pos = prefix;
        } else {
            hash.reset();
        }
        window.clear();
    }
    j.present = true;
    const int linesBefore = j.lines;
    // A pass of its own counts the lines left to parse and finds the file's
    // end and its longest line: the events' table is sized once, for at most
    // one event per line and per kMinEventLine bytes (it never exceeds a fixed
    // multiple of the journal's size and never holds two copies while
    // doubling, docs/security.md), and the window once, for the longest line
    // and a read (a 1 GiB line must not double a string to 2 GiB). The parse
    // stops at that end: what the daemon appends meanwhile is the next load's.
    qint64 end = pos;
    std::size_t longest = 0;
    {
        window.resize(windowBytes);
        std::size_t newlines = 0;
        qint64 lineStart = pos;
        for (qint64 n; (n = file.read(end, window.data(), windowBytes)) > 0; end += n) {
            const char *from = window.data();
            const char *const last = from + n;
            while (const void *nl = std::memchr(from, '\n', std::size_t(last - from))) {
                const qint64 at = end + (static_cast<const char *>(nl) - window.data());
                longest = std::max(longest, std::size_t(at + 1 - lineStart));
                lineStart = at + 1;
                ++newlines;
                from = static_cast<const char *>(nl) + 1;
            }
        }
        if (read.status != FileRead::Status::Ok)
            return unreadable();
        longest = std::max(longest, std::size_t(end - lineStart));
        j.events.reserve(
            j.events.size() + std::min(newlines, std::size_t(end - pos) / kMinEventLine));
        window.clear();
        window.shrink_to_fit();
        window.reserve(longest + windowBytes);
    }
    // window holds the file's bytes from pos on: an incomplete line, then
    // what each read adds. Lines are parsed only when a read brings a
    // newline, so that a line longer than a window is not searched again
    // each time it grows.
    for (;;) {
        const std::size_t kept = window.size();
        const auto wanted
            = std::size_t(std::min<qint64>(qint64(windowBytes), end - pos - qint64(kept)));
        window.resize(kept + wanted);
        const qint64 n
            = wanted > 0 ? file.read(pos + qint64(kept), window.data() + kept, wanted) : 0;
        if (n < 0)
            return unreadable();
        window.resize(kept + std::size_t(n));
        if (n > 0 && !std::memchr(window.data() + kept, '\n', std::size_t(n)))
            continue;
        std::size_t at = 0;
        parseJournalLines(window, pos, at, problems);
        if (hashing)
            hash.addData(QByteArrayView(window.data(), qsizetype(at)));
        window.erase(0, at);
        pos += qint64(at);
        if (n == 0)
            break;
    }
    j.size = pos + qint64(window.size());
    finishJournalLines(qint64(window.size()), problems);
    reportRace(problems);
    s.m_loadStats.journalLinesParsed = j.lines - linesBefore;
    m_journalCache.cacheable
        = end == read.size && j.size == end && settled(read.mtimeNs, read.ctimeNs);
    m_journalCache.parsedEnd = quint64(pos);
    if (hashing)
        m_journalCache.prefixHash = LoadCache::digest(hash);
}

void StoreLoader::parseJournalLines(
    std::string_view all, qint64 base, std::size_t &pos, std::vector<Problem> &problems)
{
    Store &s = m_store;
    JournalInfo &j = s.m_journal;
    const QString path = QStringLiteral("journal.jsonl");
    Extractor x(*s.m_strings);
    // A journal of 10M corrupt lines must not become 10M problems (gigabytes):
    // the first few are listed, the rest counted in one problem after the loop.
    auto corrupt = [&](int number, auto message) {
        ++j.corruptLines;
        j.lastCorrupt = number;
        if (j.corruptLines <= JournalInfo::kListedCorruptLines)
            problems.push_back(problem(
                path, Severity::Error, QStringLiteral("journal"), QString(), message(), number));
        else if (j.firstUnlistedCorrupt == 0)
            j.firstUnlistedCorrupt = number;
    };
    auto addEvent = [&](JournalEvent &ev, int number, std::string_view id) {
        ev.line = number;
        ev.offset = base + static_cast<qint64>(pos);
        // Compared as bytes: a QString per event would cost more than the
        // line's parse. Reported by reportRace(), on all lines at once.
        if (const int daemonNumber = number - j.blankLines; !isDaemonEventId(id, daemonNumber)) {
            if (!j.misnumbered.empty() && j.misnumbered.back().lastLine == number - 1)
                j.misnumbered.back().lastLine = number; // also across an append
            else
                j.misnumbered.push_back({ number, number, daemonNumber });
        }
        j.events.push_back(ev);
    };
    // The common line is read without a DOM: a scan checks it as parseJson()
    // would and hands over the six strings. Anything unusual (an error, an
    // escape in one of them, a duplicate key, a number or a boolean where a
    // string belongs, no event_id) takes the full parse below, which reports.
    static constexpr std::array<std::string_view, 6> kEventKeys
        = { "event_id", "event_type", "lane", "object_id", "producer", "created_at" };
    std::array<ScannedMember, kEventKeys.size()> found;
    const auto scanned = [&](std::string_view line) {
        if (!scanTopLevelMembers(line, kEventKeys, found))
            return false;
        if (found[0].kind != ScannedMember::Kind::String || found[0].text.empty())
            return false;
        return std::none_of(found.begin() + 1, found.end(), [](const ScannedMember &m) {
            return m.kind == ScannedMember::Kind::Number || m.kind == ScannedMember::Kind::Boolean;
        });
    };
    // What Extractor::sym() makes of a member that is missing, null, a string,
    // an object or an array.
    const auto sym = [&](const ScannedMember &m) {
        return m.kind == ScannedMember::Kind::String ? s.m_strings->intern(m.text) : kNoSym;
    };
    while (pos < all.size()) {
        const auto nl = all.find('\n', pos);
        if (nl == std::string_view::npos)
            break;
        const auto line = all.substr(pos, nl - pos);
        const int number = ++j.lines;
        if (scanned(line)) {
            JournalEvent ev;
            ev.eventId = sym(found[0]);
            ev.type = sym(found[1]);
            ev.lane = sym(found[2]);
            ev.objectId = sym(found[3]);
            ev.producer = sym(found[4]);
            ev.created = found[5].kind == ScannedMember::Kind::String
                ? parseUtcTimestamp(found[5].text).value_or(kNoTime)
                : kNoTime;
            addEvent(ev, number, found[0].text);
            pos = nl + 1;
            continue;
        }
        const auto parsed = parseJson(line);
        if (!parsed.ok()) {
            // Only a line that is not JSON can be blank: the common line pays nothing.
            j.blankLines += isBlankLine(line);
            corrupt(number, [&] {
                return tr("line %1 is not valid JSON: %2").arg(number).arg(parsed.error->message);
            });
        } else if (!parsed.value.is_object()) {
            corrupt(number, [&] { return tr("line %1 is not a JSON object").arg(number); });
        } else if (const Json &id = jsonMember(parsed.value, "event_id");
                   !id.is_string() || id.get_ref<const std::string &>().empty()) {
            // An event is what the daemon can number and others can cite. Without
            // the id, `{}` lines (3 bytes) would each take a 40-byte event.
            corrupt(number, [&] {
                return tr("line %1 is not an event: its event_id is missing or not a string")
                    .arg(number);
            });
        } else {
            const Json &e = parsed.value;
            JournalEvent ev;
            ev.eventId = x.sym(id);
            ev.type = x.sym(e, "event_type");
            ev.lane = x.sym(e, "lane");
            ev.objectId = x.sym(e, "object_id");
            ev.producer = x.sym(e, "producer");
            ev.created = Extractor::timeOf(e, "created_at");
            addEvent(ev, number, id.get_ref<const std::string &>());
        }
        pos = nl + 1;
    }
}

void StoreLoader::finishJournalLines(qint64 tornBytes, std::vector<Problem> &problems)
{
    JournalInfo &j = m_store.m_journal;
    const QString path = QStringLiteral("journal.jsonl");
    if (j.firstUnlistedCorrupt > 0) {
        const int unlisted = j.corruptLines - JournalInfo::kListedCorruptLines;
        problems.push_back(problem(path, Severity::Error, QStringLiteral("journal"), QString(),
            tr("and %n more corrupt line(s), not listed one by one: the first at line %1, the "
               "last at line %2 (%3 corrupt lines in all)",
                nullptr, unlisted)
                .arg(j.firstUnlistedCorrupt)
                .arg(j.lastCorrupt)
                .arg(j.corruptLines),
            j.firstUnlistedCorrupt));
    }
    if (tornBytes > 0) {
        j.tornTail = true;
        problems.push_back(
            problem(path, Severity::Warning, QStringLiteral("journal_torn"), QString(),
                tr("the last line (%1 bytes) has no newline: a write was interrupted or is still "
                   "in progress; it is not counted as an event")
                    .arg(tornBytes),
                j.lines + 1));
    }
}

void StoreLoader::reportRace(std::vector<Problem> &problems) const
{
    const JournalInfo &j = m_store.m_journal;
    const auto &runs = j.misnumbered;
    if (runs.empty())
        return;
    const Interner &strings = *m_store.m_strings;
    const auto &events = j.events;
    const QString path = QStringLiteral("journal.jsonl");
    const QString field = QStringLiteral("event_id");
    auto expected = [](int number) { return QString::fromStdString(daemonEventId(number)); };
    constexpr auto kListed = std::size_t(JournalInfo::kListedRaceProblems);
    constexpr auto kLinesPerId = std::size_t(JournalInfo::kListedLinesPerId);
    // Calls fn(event, misnumbered) for every event, walking the runs beside them.
    auto walk = [&](auto &&fn) {
        std::size_t r = 0;
        for (const JournalEvent &ev : events) {
            while (r < runs.size() && runs[r].lastLine < ev.line)
                ++r;
            fn(ev, r < runs.size() && ev.line >= runs[r].firstLine);
        }
    };

    // Two lines never share a number, so every id two lines carry is carried
    // by misnumbered lines, and by at most one line numbered right. Those ids
    // are sorted with repeats; a journal without the race pays nothing here.
    std::vector<Sym> ids;
    walk([&](const JournalEvent &ev, bool misnumbered) {
        if (misnumbered)
            ids.push_back(ev.eventId);
    });
    std::sort(ids.begin(), ids.end());
    const auto misnumberedEvents = ids.size();
    walk([&](const JournalEvent &ev, bool misnumbered) {
        if (!misnumbered
            && std::binary_search(
                ids.begin(), ids.begin() + qsizetype(misnumberedEvents), ev.eventId))
            ids.push_back(ev.eventId);
    });
    std::sort(ids.begin() + qsizetype(misnumberedEvents), ids.end()); // found in line order
    std::inplace_merge(ids.begin(), ids.begin() + qsizetype(misnumberedEvents), ids.end());
    std::size_t kept = 0; // ids carried twice or more, once each
    for (std::size_t i = 0, k; i < ids.size(); i = k) {
        for (k = i + 1; k < ids.size() && ids[k] == ids[i]; ++k) { }
        if (k - i >= 2)
            ids[kept++] = ids[i];
    }
    ids.resize(kept);
    ids.shrink_to_fit();

    // One pass in line order: the first ids met are the ones listed, in the
    // order of their first line.
    struct Carried
    {
        int first = 0, last = 0, count = 0, listed = -1;
    };
    std::vector<Carried> carried(ids.size());
    std::vector<std::array<int, kLinesPerId>> listedLines;
    std::vector<Sym> listedIds;
    if (!ids.empty()) {
        for (const JournalEvent &ev : events) {
            const auto it = std::lower_bound(ids.begin(), ids.end(), ev.eventId);
            if (it == ids.end() || *it != ev.eventId)
                continue;
            Carried &c = carried[std::size_t(it - ids.begin())];
            if (c.count == 0) {
                c.first = ev.line;
                if (listedLines.size() < kListed) {
                    c.listed = int(listedLines.size());
                    listedLines.emplace_back();
                    listedIds.push_back(ev.eventId);
                }
            }
            if (c.listed >= 0 && std::size_t(c.count) < kLinesPerId)
                listedLines[std::size_t(c.listed)][std::size_t(c.count)] = ev.line;
            ++c.count;
            c.last = ev.line;
        }
    }
    std::vector<const Carried *> byListing(listedLines.size());
    int unlisted = 0, firstUnlisted = std::numeric_limits<int>::max(), lastUnlisted = 0;
    qint64 unlistedLines = 0;
    for (const Carried &c : carried) {
        if (c.listed >= 0) {
            byListing[std::size_t(c.listed)] = &c;
        } else {
            ++unlisted;
            firstUnlisted = std::min(firstUnlisted, c.first);
            lastUnlisted = std::max(lastUnlisted, c.last);
            unlistedLines += c.count;
        }
    }
    for (std::size_t d = 0; d < byListing.size(); ++d) {
        const Carried &c = *byListing[d];
        const std::size_t shown = std::min(std::size_t(c.count), kLinesPerId);
        QStringList lines;
        for (std::size_t t = 0; t < shown; ++t)
            lines << QString::number(listedLines[d][t]);
        const QString id = shortId(strings, listedIds[d]);
        QString message;
        // Every text in one arg(): an id must not supply a placeholder.
        if (std::size_t(c.count) == shown) {
            const QString last = lines.takeLast();
            message = tr("event_id %1 is carried by lines %2 and %3: writers that counted the "
                         "same lines gave their lines one number (the daemon's race)")
                          .arg(id, lines.join(QStringLiteral(", ")), last);
        } else {
            message = tr("event_id %1 is carried by %2 lines: %3 and %n more; writers that "
                         "counted the same lines gave their lines one number (the daemon's race)",
                nullptr, c.count - int(shown))
                          .arg(id, QString::number(c.count), lines.join(QStringLiteral(", ")));
        }
        problems.push_back(
            problem(path, Severity::Warning, ruleDuplicateId(), field, message, c.first));
    }
    if (unlisted > 0)
        problems.push_back(problem(path, Severity::Warning, ruleDuplicateId(), field,
            tr("and %n more event id(s) carried by more than one line, not listed one by one: "
               "between lines %1 and %2 (%3 lines)",
                nullptr, unlisted)
                .arg(firstUnlisted)
                .arg(lastUnlisted)
                .arg(unlistedLines),
            firstUnlisted));

    // Each run one problem, not one per line.
    auto idAt = [&](int line) {
        const auto it = std::lower_bound(events.begin(), events.end(), line,
            [](const JournalEvent &ev, int l) { return ev.line < l; });
        return it != events.end() && it->line == line ? shortId(strings, it->eventId) : QString();
    };
    for (std::size_t i = 0; i < std::min(runs.size(), kListed); ++i) {
        const MisnumberedRun &r = runs[i];
        const int lastNumber = r.firstNumber + (r.lastLine - r.firstLine);
        // Numbers first, then every text in one arg().
        const QString message = r.firstLine == r.lastLine
            ? tr("line %1 carries event_id %2 but the daemon numbers it %3")
                  .arg(r.firstLine)
                  .arg(idAt(r.firstLine), expected(r.firstNumber))
            : tr("lines %1-%2 carry ids numbered for other lines: line %1 carries %3 where the "
                 "daemon numbers it %4, line %2 carries %5 where it numbers it %6")
                  .arg(r.firstLine)
                  .arg(r.lastLine)
                  .arg(idAt(r.firstLine), expected(r.firstNumber), idAt(r.lastLine),
                      expected(lastNumber));
        problems.push_back(
            problem(path, Severity::Warning, ruleNumbering(), field, message, r.firstLine));
    }
    if (runs.size() > kListed)
        problems.push_back(problem(path, Severity::Warning, ruleNumbering(), field,
            tr("and %n more run(s) of misnumbered lines, not listed one by one: the first at "
               "line %1, the last ending at line %2 (%3 misnumbered lines in all)",
                nullptr, int(runs.size() - kListed))
                .arg(runs[kListed].firstLine)
                .arg(runs.back().lastLine)
                .arg(misnumberedEvents),
            runs[kListed].firstLine));
}

void StoreLoader::checkGeneration()
{
    Store &s = m_store;
    const qint64 generation = s.m_manifest.activeGeneration;
    // Every append bumps the generation by one: Sync Desk's, the daemon's,
    // and the demo store's counts agree. A negative one is no count.
    if (!s.m_manifest.parsed || generation < 0 || m_journalUnread)
        return;
    const qint64 events = s.m_journal.daemonCount();
    if (generation == events)
        return;
    const int bumps
        = int(std::min<qint64>(generation < events ? events - generation : generation - events,
            std::numeric_limits<int>::max()));
    s.m_problems.push_back(problem(QStringLiteral("manifest.json"), Severity::Warning,
        QString::fromLatin1(kRuleGenerationMismatch), QStringLiteral("active_generation"),
        (generation < events
                ? tr("manifest.json active_generation is %1 but journal.jsonl holds %2 events: "
                     "%n bump(s) were lost (the daemon's manifest race)",
                    nullptr, bumps)
                : tr("manifest.json active_generation is %1 but journal.jsonl holds %2 events: "
                     "%n bump(s) more than events (lines were removed or glued into one, or a "
                     "bump was given twice)",
                    nullptr, bumps))
            .arg(generation)
            .arg(events)));
}

void StoreLoader::collectFiles(std::vector<LoadJob> &jobs, std::optional<Registry> only)
{
    Store &s = m_store;
    // Every folder is listed before any name is decoded, so that the jobs are sized once.
    std::array<DirectoryNames, kRegistryCount> listed;
    // A folder's own problem keeps its place among the names' problems.
    std::array<std::optional<Problem>, kRegistryCount> folderProblem;
    std::size_t total = 0;
    for (int r = 0; r < kRegistryCount; ++r) {
        const auto registry = static_cast<Registry>(r);
        if (only && *only != registry)
            continue;
        const QString dir = registryDirName(registry);
        const QString abs = s.m_root + QLatin1Char('/') + dir;
        QString target;
        const auto type = entryType(abs, &target);
        if (type == EntryType::Missing)
            continue;
        if (type == EntryType::Symlink) {
            folderProblem[std::size_t(r)] = problem(dir, Severity::Error, QStringLiteral("symlink"),
                QString(), tr("%1/ is a symbolic link to %2; it is not followed").arg(dir, target));
            continue;
        }
        if (type != EntryType::Directory) {
            folderProblem[std::size_t(r)]
                = problem(dir, Severity::Error, QStringLiteral("not_a_folder"), QString(),
                    tr("%1 should be a folder of records").arg(dir));
            continue;
        }
        int &dirFd = m_dirFds[std::size_t(r)];
        if (dirFd < 0)
            dirFd = openDirectory(abs);
        auto listing = dirFd >= 0
            ? DirectoryNames::list(dirFd)
            : Result<DirectoryNames>::failure(QString::fromLocal8Bit(std::strerror(errno)));
        if (!listing) {
            folderProblem[std::size_t(r)] = problem(dir, Severity::Error, QStringLiteral("io"),
                QString(), tr("%1/ cannot be listed: %2").arg(dir, listing.error()));
            continue;
        }
        total += listing->size();
        listed[std::size_t(r)] = std::move(*listing);
    }
    // Sized once: growing by registry moved the jobs listed before, into fresh
    // pages each time (~40 ms per registry at 100k, most of it page faults).
    jobs.reserve(jobs.size() + total);
    for (int r = 0; r < kRegistryCount; ++r) {
        const auto registry = static_cast<Registry>(r);
        if (folderProblem[std::size_t(r)])
            s.m_problems.push_back(std::move(*folderProblem[std::size_t(r)]));
        const DirectoryNames &names = listed[std::size_t(r)];
        // Names that are not UTF-8 can decode to one path (every bad byte is
        // U+FFFD): the store knows a file by its path, so only the first is read.
        QSet<QString> decodedNotAscii;
        // Each name is decoded once, as the path the store keeps ("tasks/x.json").
        const QString prefix = registryDirName(registry) + QLatin1Char('/');
        // The preview made the operations' paths already: they are shared with
        // it and with its store, which the window shows until this load ends
        // (100k strings of ~120 bytes fewer at the load's peak at 100k).
        LoadedSlots *preview
            = m_preload && registry == Registry::Operations ? &m_preload->files : nullptr;
        std::size_t previewAt = 0;
        for (std::size_t n = 0; n < names.size(); ++n) {
            const std::string_view name = names.at(n);
            const bool ascii = isAscii(name);
            QString rel
                = preview && ascii ? previewPath(*preview, previewAt, prefix, name) : QString();
            if (rel.isNull())
                rel = relativePath(prefix, name, ascii);
            if (isStrayTemp(name)) {
                s.m_problems.push_back(problem(rel, Severity::Warning, QStringLiteral("temp_file"),
                    QString(), tr("left over from an interrupted write; ignored")));
                continue;
            }
            if (!name.ends_with(".json")) {
                s.m_problems.push_back(
                    problem(rel, Severity::Warning, QStringLiteral("unexpected_file"), QString(),
                        tr("not a .json record; ignored")));
                continue;
            }
            LoadJob job { std::move(rel), registry };
            if (!ascii) {
                if (decodedNotAscii.contains(job.rel)) {
                    s.m_problems.push_back(problem(job.rel, Severity::Warning,
                        QStringLiteral("name_collision"), QString(),
                        tr("another file's name is shown as this one (its bytes are not UTF-8); "
                           "only the first in byte order is read")));
                    continue;
                }
                decodedNotAscii.insert(job.rel);
                job.rawName = qint32(m_rawNames.size());
                m_rawNames.emplace_back(name);
            }
            jobs.push_back(std::move(job));
        }
    }
}

LoadedFile StoreLoader::loadFile(const QString &rel, Registry registry) const
{
    return loadFile(LoadJob { rel, registry });
}

LoadedFile StoreLoader::loadFile(const LoadJob &job) const
{
    const QString &rel = job.rel;
    const Registry registry = job.registry;
    LoadedFile out;
    RecordFile &f = out.file;
    f.path = rel;
    f.registry = registry;
    const RecordKind expected = registryKind(registry);
    // repair-reports hold the daemon's free-form plans: parsed, not validated.
    const int dirFd = m_dirFds[std::size_t(registry)];
    const FileName name(*this, job);
    // Most records are read without a DOM (parseFlat()): the document's
    // allocations and frees were a fifth of a first open's CPU.
    thread_local FlatDocument flat;
    // Its views point into this file's bytes: none outlives them.
    const auto forget = qScopeGuard([] {
        flat.members.clear();
        flat.items.clear();
    });
    RecordRead read = dirFd >= 0 && name.get()
        ? RecordReader::readAt(dirFd, name.get(), m_store.m_mode, m_options.maxFileSize,
            expected != RecordKind::Unknown, &flat)
        : RecordReader::read(m_store.m_root + QLatin1Char('/') + rel, m_store.m_mode,
            m_options.maxFileSize, expected != RecordKind::Unknown);
    f.size = read.size;
    f.mtimeNs = read.mtimeNs;
    f.inode = read.inode;
    out.ctimeNs = read.ctimeNs;
    out.cacheable = read.complete && settled(read.mtimeNs, read.ctimeNs);
    const Validation &v = read.validation;
    f.kind = v.kind;
    f.verdict = v.verdict;
    // v.schema is set only from a string "schema" member: intern its bytes directly.
    f.schema = v.schema.isEmpty() ? kNoSym
        : read.flat               ? m_store.m_strings->intern(flat.find("schema")->value.raw)
                                  : m_store.m_strings->intern(
                                      jsonMember(*read.json, "schema").get_ref<const std::string &>());
    for (const auto &e : v.errors)
        out.problems.push_back(problem(rel, Severity::Error, ruleName(e.rule), e.field, e.message));
    for (const auto &w : v.warnings)
        out.problems.push_back(problem(rel, Severity::Warning, w.code, w.field, w.message));
    f.errors = static_cast<int>(v.errors.size());
    f.warnings = static_cast<int>(v.warnings.size());
    if ((!read.json && !read.flat) || expected == RecordKind::Unknown)
        return out;
    if (read.flat) {
        const std::size_t problems = out.problems.size();
        FlatExtractor x(*m_store.m_strings);
        extractRecord(out, x, flat, read, job);
        if (!x.unusual()) {
            m_filesReadFlat.fetch_add(1, std::memory_order_relaxed);
            return out;
        }
        // Read again from the DOM, which decodes what the flat reading could not.
        out.problems.resize(problems);
        f.errors = static_cast<int>(v.errors.size());
        f.warnings = static_cast<int>(v.warnings.size());
        out.record = std::monostate();
        auto parsed = parseJson(read.bytes);
        if (!parsed.ok()) // parseFlat() promised it parses: never here
            return out;
        read.json = std::move(parsed.value);
    }
    Extractor x(*m_store.m_strings);
    extractRecord(out, x, *read.json, read, job);
    return out;
}

template<typename X, typename R>
void StoreLoader::extractRecord(
    LoadedFile &out, const X &x, const R &r, const RecordRead &read, const LoadJob &job) const
{
    const QString &rel = job.rel;
    const Registry registry = job.registry;
    const RecordKind expected = registryKind(registry);
    RecordFile &f = out.file;
    const Validation &v = read.validation;
    auto warn = [&](const QString &rule, const QString &field, const QString &message) {
        out.problems.push_back(problem(rel, Severity::Warning, rule, field, message));
        ++f.warnings;
    };
    if (v.kind != RecordKind::Unknown && v.kind != expected)
        warn(QStringLiteral("registry"), QStringLiteral("schema"),
            tr("a %1 record in %2/, which holds %3 records")
                .arg(QString::fromUtf8(contractFor(v.kind)->typeName.data()),
                    registryDirName(registry),
                    QString::fromUtf8(contractFor(expected)->typeName.data())));
    x.prefetch(r);
    bool misnamed = false;
    if (const Contract *c = contractFor(v.kind)) {
        f.id = x.sym(r, c->idField);
        misnamed = f.id != kNoSym && !fileNameMatchesId(rel, m_store.m_strings->utf8(f.id));
        const QString idText = misnamed ? m_store.m_strings->text(f.id) : QString();
        if (misnamed && v.kind == RecordKind::Evidence) {
            // Evidence is found by its id alone: an envelope under another
            // envelope's name must never pass for that one (a copy, or one
            // re-sealed so that it verifies as itself).
            const QString name = rel.section(QLatin1Char('/'), -1);
            out.problems.push_back(problem(rel, Severity::Error,
                QStringLiteral("evidence_misnamed"), QStringLiteral("evidence_id"),
                tr("the file name says evidence '%1', but the envelope is '%2' (expected "
                   "%3.json): it serves no reference")
                    .arg(Evidence::idOfFileName(name), idText, safeRecordId(idText))));
            ++f.errors;
        } else if (misnamed) {
            // Actors and policy decisions decide what may be written: say that this
            // copy (a sync tool's "conflicted copy", say) grants and denies nothing.
            const bool gate = (registry == Registry::Actors && v.kind == RecordKind::Actor)
                || (registry == Registry::PolicyDecisions && v.kind == RecordKind::PolicyDecision);
            warn(QStringLiteral("id_mismatch"), QString::fromUtf8(c->idField.data()),
                gate ? tr("the file name does not match the record id '%1' (expected %2.json); "
                          "the decision gate reads only %2.json, never this file")
                           .arg(idText, safeRecordId(idText))
                     : tr("the file name does not match the record id '%1' (expected %2.json)")
                           .arg(idText, safeRecordId(idText)));
        }
    }
    switch (v.kind) {
    case RecordKind::Operation:
        out.record = extractOperation(x, r);
        break;
    case RecordKind::Task:
        out.record = extractTask(x, r);
        break;
    case RecordKind::PolicyDecision: {
        auto p = extractPolicy(x, r);
        if (p.decided == kNoTime && registry == Registry::PolicyDecisions
            && v.verdict == Verdict::Valid)
            warn(QStringLiteral("undated_policy"), QStringLiteral("decided_at"),
                tr("decided_at is not an RFC 3339 date and time; the decision gate never lets "
                   "this policy decision govern a conflict"));
        out.record = std::move(p);
        break;
    }
    case RecordKind::Actor:
        out.record = extractActor(x, r);
        break;
    case RecordKind::Device:
        out.record = extractDevice(x, r);
        break;
    case RecordKind::Profile:
        out.record = extractProfile(x, r);
        break;
    case RecordKind::Conflict:
    case RecordKind::Evidence:
        // Validator::validateFlat() leaves them to the DOM: they read nested members.
        if constexpr (std::is_same_v<R, Json>) {
            if (v.kind == RecordKind::Conflict) {
                auto c = extractConflict(x, r, v.verdict);
                const Sha256Digest digest = sha256(read.bytes);
                c.versionToken = QByteArray(
                    reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
                out.record = std::move(c);
                break;
            }
            auto e = extractEvidence(x, r, v.verdict == Verdict::Valid);
            if (misnamed && e.status == EvidenceStatus::Verified) {
                EvidenceCheck check;
                check.status = e.status;
                Evidence::checkFileName(
                    check, m_store.m_strings->text(e.id), rel.section(QLatin1Char('/'), -1));
                e.status = check.status;
                e.statusMessage = check.message;
            }
            out.record = std::move(e);
        } else {
            x.markUnusual(); // validateFlat() leaves them to the DOM: never here
        }
        break;
    default:
        break;
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
