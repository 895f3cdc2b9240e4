#pragma once

#include "core/store.h"

#include <array>
#include <variant>

namespace SyncDesk {

/// One registry file after parsing, validating and extracting, before it joins the tables.
struct LoadedFile final
{
    RecordFile file;
    std::vector<Problem> problems;
    std::variant<std::monostate, OperationRecord, TaskRecord, ConflictRecord, PolicyDecisionRecord,
        ActorRecord, DeviceRecord, ProfileRecord, EvidenceRecord>
        record;
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

private:
    void collectFiles(std::vector<std::pair<QString, Registry>> &jobs);

    Store &m_store;
    StoreOpenOptions m_options;
    /// Registry folders opened while listing them, so that files open relative to them.
    std::array<int, kRegistryCount> m_dirFds;
};

} // namespace SyncDesk
