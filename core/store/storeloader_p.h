// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/loadcache_p.h"
#include "core/store/loadedslots_p.h"
#include "core/store/store.h"

#include <array>
#include <atomic>
#include <climits>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace SyncDesk {

struct RecordRead;

/// One record file to load: the path the store keeps, and its registry.
struct LoadJob final
{
    QString rel;
    Registry registry = Registry::Operations;
    /**
     * Where StoreLoader keeps the name as listed, when it is not ASCII; -1
     * when it is. A load opens files by the name listed, not by the path
     * encoded again: a name that is not UTF-8 decodes into a path that names
     * no file. (loadFile(rel, registry), for one file, has only the path.)
     */
    qint32 rawName = -1;
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
    /// Per slot of files: the full load is done with it (taken, found
    /// changed, or its file gone).
    std::unique_ptr<std::atomic<bool>[]> visited;
    /**
     * Called by the full load once it has listed the folders (and begun the
     * journal), before it reads any record file: StoreOpener waits there until
     * the window has shown the preview, so that the listing and the journal
     * take the core the window leaves free, and the records every core after.
     */
    std::function<void()> beforeRecords;

    /**
     * The slot in files of each job (-1: none), before the workers start; the
     * slots of files no job lists any more are visited at once.
     */
    std::vector<qint32> slotsOf(const std::vector<LoadJob> &jobs);
    /**
     * Moves slot index's result into out, when it was cacheable then, stat
     * (st) still says the same of the file now, and it is of registry; either
     * way the slot is visited. Thread-safe for distinct slots, which a load's
     * jobs have (their paths differ: collectFiles() reads one of the names
     * that decode alike).
     */
    bool take(quint32 index, const struct stat &st, Registry registry, LoadedFile &out);
    /// Marks a slot done with, once its job has no more use for it.
    void visit(quint32 index);
    /**
     * Destroys the slots visited so far, in order up to the first that is not,
     * and gives their pages back (LoadedSlots::retire()): at 100k the
     * preview's 100k results are ~36 MB, held until the full load's end
     * beside its own. Any loader thread may call it; one at a time retires,
     * the others return at once.
     */
    void retireVisited();

private:
    std::mutex m_retiring;
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
    /// Sizes the tables by the folders the jobs are in, before any is appended.
    void reserveTables(const std::vector<LoadJob> &jobs);

    /// Names readers skip: temp files of interrupted writes.
    static bool isStrayTemp(const QString &name);
    static bool isStrayTemp(std::string_view name);
    /// Whether bytes (a name, an id) are ASCII: names are in practice, and
    /// those are narrowed and widened without a decoder.
    static bool isAscii(std::string_view bytes);
    /// A file's name in its folder, NUL-terminated for openat() and fstatat():
    /// an ASCII name narrowed into ascii without an allocation, any other
    /// encoded into encoded (QFile::encodeName). Null for an empty name.
    static const char *nameBytes(
        QStringView name, std::array<char, NAME_MAX + 1> &ascii, QByteArray &encoded);

    /// How long before a load a changed file is still too fresh to cache
    /// (default two seconds). Tests shorten it instead of sleeping.
    static void setRacyWindowNs(qint64 ns);
    /// With true, a load with a cache folder stats every file before it waits
    /// for the cache to open, however soon that is: tests take the path a
    /// reopen of a big store takes.
    static void setStatAllBeforeCacheForTests(bool on);
    /// The journal is read and parsed this many bytes at a time (0: the
    /// default, 4 MiB). Tests make it tiny, so that lines straddle windows.
    static void setJournalWindowForTests(std::size_t bytes);

private:
    class FileName;
    static Problem problem(const QString &path, Severity severity, const QString &rule,
        const QString &field, const QString &message, int line = 0);
    /// Lists every registry, or only the one given.
    void collectFiles(std::vector<LoadJob> &jobs, std::optional<Registry> only = {});
    LoadedFile loadFile(const LoadJob &job) const;
    /// The record's fields into out.record, with the problems only they show:
    /// X is Extractor with R Json, or FlatExtractor with R FlatDocument.
    template<class X, class R>
    void extractRecord(
        LoadedFile &out, const X &x, const R &r, const RecordRead &read, const LoadJob &job) const;
    /// Loader threads: the options' count, else one per core; 1 to 16.
    int threadCount() const;
    /// StoreOpenOptions::cancel is set.
    bool cancelled() const;
    /// Marks the store cancelled; what was read is dropped with it.
    void markCancelled();
    /// lstat of a record file through its registry's folder, opened when listed.
    bool statInFolder(const LoadJob &job, struct stat &st) const;
    /// The preview's result for a file it read, while stat says it is unchanged.
    bool loadPreloaded(const LoadJob &job, qint32 slot, LoadedFile &out) const;
    /**
     * Parses the complete lines of a window of the journal (base: its offset
     * in the file) from pos on, leaving pos after the last of them.
     */
    void parseJournalLines(
        std::string_view window, qint64 base, std::size_t &pos, std::vector<Problem> &problems);
    /// After the last window: the count of corrupt lines not listed, and the
    /// torn last line (tornBytes after the last newline).
    void finishJournalLines(qint64 tornBytes, std::vector<Problem> &problems);
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
    EarlyStat statForCache(const LoadJob &job) const;
    /// The cached result for a file whose stat is unchanged; false to read it.
    /// early: its stat, when it was taken already. On success the job's path
    /// has moved to out: a job is loaded once.
    bool loadCached(
        LoadJob &job, quint32 entry, LoadedFile &out, const EarlyStat *early = nullptr) const;
    /// Neither modified nor changed in the seconds before the load began.
    bool settled(qint64 mtimeNs, qint64 ctimeNs) const;

    Store &m_store;
    StoreOpenOptions m_options;
    /// Registry folders opened while listing them, so that files open relative to them.
    std::array<int, kRegistryCount> m_dirFds;
    /// The names listed that are not ASCII (LoadJob::rawName), as listed.
    std::vector<std::string> m_rawNames;
    qint64 m_startNs = 0; ///< wall clock when loading began
    const LoadCache *m_cache = nullptr;
    /// m_cache's entries are taken without a stat (StoreOpenOptions::deferCacheCheck).
    bool m_deferCheck = false;
    StorePreload *m_preload = nullptr; ///< emptied once its files are taken
    std::vector<LoadCacheFileInfo> m_cacheInfo; ///< per file appended
    LoadCacheJournalInfo m_journalCache;
    bool m_journalFromCache = false;
    bool m_journalUnread = false; ///< present but not read: its count is unknown
    bool m_indexPaths = true; ///< append() adds to Store::m_fileByPath (load() does it apart)
    /// load() appends results while later files are read: append() puts the
    /// files' problems in m_fileProblems, and grows a full table by an eighth.
    bool m_appendingWhileReading = false;
    /// Records loadFile() read without a DOM, for StoreLoadStats::filesReadFlat.
    mutable std::atomic<int> m_filesReadFlat { 0 };
    std::vector<Problem> m_fileProblems;
};

} // namespace SyncDesk
