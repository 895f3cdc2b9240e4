// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/hugepages_p.h"
#include "core/store/loadcache_p.h"
#include "core/store/store.h"

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace SyncDesk {

/// One registry file after parsing, validating and extracting, before it joins the tables.
struct LoadedFile final
{
    RecordFile file;
    std::vector<Problem> problems;
    std::variant<std::monostate, OperationRecord, TaskRecord, ConflictRecord, PolicyDecisionRecord,
        ActorRecord, DeviceRecord, ProfileRecord, EvidenceRecord>
        record;
    qint64 ctimeNs = 0;
    /// Read whole and not changed just before the load: the load cache may keep it.
    bool cacheable = false;

    /// The index in record that a file of kind k holds, 0 when none. Code
    /// reaches a record through its file's kind and row, so a file of one kind
    /// must never hold another kind's record.
    static constexpr std::size_t slotOf(RecordKind k)
    {
        switch (k) {
        case RecordKind::Operation:
            return 1;
        case RecordKind::Task:
            return 2;
        case RecordKind::Conflict:
            return 3;
        case RecordKind::PolicyDecision:
            return 4;
        case RecordKind::Actor:
            return 5;
        case RecordKind::Device:
            return 6;
        case RecordKind::Profile:
            return 7;
        case RecordKind::Evidence:
            return 8;
        default:
            return 0;
        }
    }
};

template<RecordKind K, class T>
constexpr bool kSlotHolds = std::is_same_v<
    std::variant_alternative_t<LoadedFile::slotOf(K), decltype(LoadedFile::record)>, T>;
static_assert(kSlotHolds<RecordKind::Operation, OperationRecord>);
static_assert(kSlotHolds<RecordKind::Task, TaskRecord>);
static_assert(kSlotHolds<RecordKind::Conflict, ConflictRecord>);
static_assert(kSlotHolds<RecordKind::PolicyDecision, PolicyDecisionRecord>);
static_assert(kSlotHolds<RecordKind::Actor, ActorRecord>);
static_assert(kSlotHolds<RecordKind::Device, DeviceRecord>);
static_assert(kSlotHolds<RecordKind::Profile, ProfileRecord>);
static_assert(kSlotHolds<RecordKind::Evidence, EvidenceRecord>);

/// Results in job order, each constructed by the thread that loads it: a
/// vector's default construction was a serial pass over ~90 MB at 100k, before
/// any file was read. A preview hands its results to the full load in one.
class LoadedSlots final
{
public:
    LoadedSlots() = default;
    LoadedSlots(LoadedSlots &&other) noexcept { *this = std::move(other); }
    LoadedSlots &operator=(LoadedSlots &&other) noexcept
    {
        if (this != &other) {
            release();
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
            m_built = std::move(other.m_built);
            other.m_built.clear();
        }
        return *this;
    }
    LoadedSlots(const LoadedSlots &) = delete;
    LoadedSlots &operator=(const LoadedSlots &) = delete;
    ~LoadedSlots() { release(); }

    void allocate(std::size_t n)
    {
        release();
        m_data = std::allocator<LoadedFile>().allocate(n);
        adviseHugePages(m_data, n * sizeof(LoadedFile));
        m_size = n;
        m_built.assign(n, 0);
    }
    /// Constructs slot i; each slot by one thread only.
    LoadedFile &construct(std::size_t i)
    {
        new (m_data + i) LoadedFile;
        m_built[i] = 1;
        return m_data[i];
    }
    std::size_t size() const { return m_size; }
    /// Slot i if it was constructed.
    LoadedFile *at(std::size_t i) { return m_built[i] ? m_data + i : nullptr; }
    void release()
    {
        for (std::size_t i = 0; i < m_size; ++i)
            if (m_built[i])
                std::destroy_at(m_data + i);
        if (m_data)
            std::allocator<LoadedFile>().deallocate(m_data, m_size);
        m_data = nullptr;
        m_size = 0;
        std::vector<char>().swap(m_built);
    }

private:
    LoadedFile *m_data = nullptr;
    std::size_t m_size = 0;
    std::vector<char> m_built; ///< bytes, not bits: threads set neighbours at once
};

/// What a preview (Store::openOperationsFirst()) read: its files' results, as
/// loadFile() gave them, for the full load that follows.
class StorePreload final
{
public:
    QString root;
    ValidationMode mode = ValidationMode::SyncDesk;
    qint64 maxFileSize = 0;
    std::shared_ptr<Interner> strings; ///< the records' symbols are its
    LoadedSlots files;
    QHash<QString, quint32> byPath; ///< index in files
    /**
     * Called by the full load once it has listed the folders (and begun the
     * journal), before it reads any record file: StoreOpener waits there until
     * the window has shown the preview, so that the listing and the journal
     * take the core the window leaves free, and the records every core after.
     */
    std::function<void()> beforeRecords;

    /// The result for rel, when it was cacheable then and stat (st) still
    /// says the same of the file now.
    LoadedFile *unchanged(const QString &rel, const struct stat &st);
};

/// Fills a Store from disk; kept apart so that the watcher can reload single files later.
class StoreLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::StoreLoader)

public:
    StoreLoader(Store &store, const StoreOpenOptions &options, StorePreload *preload = nullptr);
    ~StoreLoader();
    StoreLoader(const StoreLoader &) = delete;
    StoreLoader &operator=(const StoreLoader &) = delete;
    void load();
    /// The manifest and operations/ only (Store::openOperationsFirst()); what
    /// was read is copied into preload.
    void loadOperationsOnly(StorePreload &preload);

    /// Reads, validates and extracts one registry file. Thread-safe.
    LoadedFile loadFile(const QString &relativePath, Registry registry) const;

    void loadManifest();
    void loadJournal() { loadJournal(m_store.m_problems); }
    /// Reports into problems, so that it can run beside the record files.
    void loadJournal(std::vector<Problem> &problems);
    void loadIntent();
    /// Reports a manifest generation that is not the journal's count of
    /// events, after loadManifest() and loadJournal().
    void checkGeneration();
    void append(LoadedFile &&loaded);

    /// Names readers skip: temp files of interrupted writes.
    static bool isStrayTemp(const QString &name);
    static bool isStrayTemp(std::string_view name);

    /// How long before a load a changed file is still too fresh to cache
    /// (default two seconds). Tests shorten it instead of sleeping.
    static void setRacyWindowNs(qint64 ns);
    /// With true, a load with a cache folder stats every file before it waits
    /// for the cache to open, however soon that is: tests take the path a
    /// reopen of a big store takes.
    static void setStatAllBeforeCacheForTests(bool on);

private:
    /// Lists every registry, or only the one given.
    void collectFiles(
        std::vector<std::pair<QString, Registry>> &jobs, std::optional<Registry> only = {});
    /// Loader threads: the options' count, else one per core; 1 to 16.
    int threadCount() const;
    /// StoreOpenOptions::cancel is set.
    bool cancelled() const;
    /// Marks the store cancelled; what was read is dropped with it.
    void markCancelled();
    /// lstat of a record file through its registry's folder, opened when listed.
    bool statInFolder(const QString &relativePath, Registry registry, struct stat &st) const;
    /// The preview's result for a file it read, while stat says it is unchanged.
    bool loadPreloaded(const QString &relativePath, Registry registry, LoadedFile &out) const;
    /// Parses complete lines from pos on, leaving pos after the last of them.
    void parseJournalLines(std::string_view all, std::size_t &pos, std::vector<Problem> &problems);
    /// What the daemon's unlocked numbering left in the whole journal:
    /// duplicate event ids and runs of misnumbered lines, bounded in number.
    void reportRace(std::vector<Problem> &problems) const;
    /// What fstatat said of a file before the cache was open (load()).
    struct EarlyStat
    {
        FileStamp stamp;
        bool regular = false; ///< a regular file (false too when fstatat failed)
    };
    /// fstatat of a record file, as loadCached() compares it with the cache.
    EarlyStat statForCache(const QString &relativePath, Registry registry) const;
    /// The cached result for a file whose stat is unchanged; false to read it.
    /// early: its stat, when it was taken already.
    bool loadCached(const QString &relativePath, Registry registry, quint32 entry, LoadedFile &out,
        const EarlyStat *early = nullptr) const;
    /// Neither modified nor changed in the seconds before the load began.
    bool settled(qint64 mtimeNs, qint64 ctimeNs) const;

    Store &m_store;
    StoreOpenOptions m_options;
    /// Registry folders opened while listing them, so that files open relative to them.
    std::array<int, kRegistryCount> m_dirFds;
    qint64 m_startNs = 0; ///< wall clock when loading began
    const LoadCache *m_cache = nullptr;
    StorePreload *m_preload = nullptr; ///< emptied once its files are taken
    std::vector<LoadCacheFileInfo> m_cacheInfo; ///< per file appended
    LoadCacheJournalInfo m_journalCache;
    bool m_journalFromCache = false;
    bool m_journalUnread = false; ///< present but not read: its count is unknown
    bool m_indexPaths = true; ///< append() adds to Store::m_fileByPath (load() does it apart)
};

} // namespace SyncDesk
