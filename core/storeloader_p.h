#pragma once

#include "core/loadcache_p.h"
#include "core/store.h"

#include <array>
#include <atomic>
#include <string_view>
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
};

/// Fills a Store from disk; kept apart so that the watcher can reload single files later.
class StoreLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::StoreLoader)

public:
    StoreLoader(Store &store, const StoreOpenOptions &options);
    ~StoreLoader();
    StoreLoader(const StoreLoader &) = delete;
    StoreLoader &operator=(const StoreLoader &) = delete;
    void load();

    /// Reads, validates and extracts one registry file. Thread-safe.
    LoadedFile loadFile(const QString &relativePath, Registry registry) const;

    void loadManifest();
    void loadJournal() { loadJournal(m_store.m_problems); }
    /// Reports into problems, so that it can run beside the record files.
    void loadJournal(std::vector<Problem> &problems);
    void loadIntent();
    void append(LoadedFile &&loaded);

    /// Names readers skip: temp files of interrupted writes.
    static bool isStrayTemp(const QString &name);

    /// How long before a load a changed file is still too fresh to cache
    /// (default two seconds). Tests shorten it instead of sleeping.
    static void setRacyWindowNs(qint64 ns);

private:
    void collectFiles(std::vector<std::pair<QString, Registry>> &jobs);
    /// Parses complete lines from pos on, leaving pos after the last of them.
    void parseJournalLines(std::string_view all, std::size_t &pos, bool &numberingReported,
        std::vector<Problem> &problems);
    /// The cached result for a file whose stat is unchanged; false to read it.
    bool loadCached(
        const QString &relativePath, Registry registry, quint32 entry, LoadedFile &out) const;
    /// Neither modified nor changed in the seconds before the load began.
    bool settled(qint64 mtimeNs, qint64 ctimeNs) const;

    Store &m_store;
    StoreOpenOptions m_options;
    /// Registry folders opened while listing them, so that files open relative to them.
    std::array<int, kRegistryCount> m_dirFds;
    qint64 m_startNs = 0; ///< wall clock when loading began
    const LoadCache *m_cache = nullptr;
    std::vector<LoadCacheFileInfo> m_cacheInfo; ///< per file appended
    LoadCacheJournalInfo m_journalCache;
    bool m_journalFromCache = false;
};

} // namespace SyncDesk
