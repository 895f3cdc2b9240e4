// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"
#include "core/records/recordread.h" // safeRecordId, which callers of the store use with it
#include "core/store/adjacency.h"
#include "core/store/pathindex.h"
#include "core/store/storetypes.h"
#include "core/store/symindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace SyncDesk {

struct StoreOpenOptions final
{
    ValidationMode mode = ValidationMode::SyncDesk;
    int threads = 0; ///< 0: one per core
    /// Larger record files are refused with a problem rather than read.
    qint64 maxFileSize = 16 * 1024 * 1024;
    /**
     * Where to keep a load cache (outside the store, e.g. the user's cache
     * folder): the next open re-reads only files whose stat changed. Empty: no
     * cache; every file is read, as a validator must.
     */
    QString cacheDirectory;
    /**
     * Set (from any thread) to stop a load early: one superseded by another
     * need not take both cores for seconds more. Checked between files; the
     * store then says State::Cancelled, and what it holds is incomplete.
     */
    std::shared_ptr<const std::atomic<bool>> cancel;
    /**
     * Takes what the load cache holds for a listed file without stat-ing it
     * first: the store can be shown sooner (on a reopen at 100k, the stat of
     * 242k files is ~0.15 s on two cores), but a file changed while Sync Desk
     * was closed shows as it was until the check that must follow
     * (Store::uncheckedCount(), CacheCheck, which StoreSession runs). Only for
     * a caller that runs it and lets nobody decide before it is done. Unused
     * when the last check found a change: that load stats first, as without it.
     */
    bool deferCacheCheck = false;
};

class StorePreload;

/// How a load went; for status lines, tests and benchmarks.
struct StoreLoadStats final
{
    bool cacheFound = false; ///< a load cache fitting this store and build was read
    int filesFromCache = 0; ///< unchanged files taken from the cache
    int filesRead = 0; ///< files read, parsed and validated
    bool journalFromCache = false; ///< unchanged: not read at all
    int journalLinesParsed = 0; ///< lines parsed now; only the appended ones when it grew
    /// A new cache is being written; after a preview, once started (startDeferredCacheWrite()).
    bool cacheSaved = false;
    int filesFromPreview = 0; ///< operations a preview read, unchanged since: not read again
    /// Bytes of the old load cache given back to the system while its entries were decoded.
    qint64 cacheBytesGivenBack = 0;
    /// Bytes of a preview's results given back to the system as they were taken.
    qint64 previewBytesGivenBack = 0;
    /// Files that joined the tables while later ones were still being read.
    int filesAppendedWhileReading = 0;
    /// Records read, validated and extracted without a DOM (parseFlat()).
    int filesReadFlat = 0;
};

/// What links records to each other, derived once after loading.
struct StoreRelations final
{
    SymIndex operationById; ///< by operation_id and by local_operation_id
    SymIndex taskById, conflictById, actorById, deviceById, profileById;
    SymIndex policyById;
    /// By evidence_id, only of an envelope at its own file name (as the
    /// daemon's get_record reads it): never by a file name alone.
    QHash<QString, quint32> evidenceById;
    /// Envelopes at a file name that is not their id's, by the id the name
    /// says and by their own id: they serve nothing, but explain what is missing.
    QHash<QString, quint32> misnamedByFileName, misnamedById;

    Adjacency<quint32> tasksOfOperation;
    std::vector<qint32> operationOfTask; ///< -1 when the operation is not in the store
    Adjacency<quint32> detectingOperations; ///< per conflict
    Adjacency<quint32> resolvingOperations; ///< per conflict
    Adjacency<quint32> otherOperations; ///< per conflict, other types
    Adjacency<quint32> parentsOf, childrenOf; ///< causal, per operation
    Adjacency<Citation> citationsOf; ///< per evidence envelope
    std::vector<DanglingRef> dangling;
};

/**
 * A workspace store, read without changing a byte (spec/store.md): no lock, no
 * temp file, no initialisation. Every unreadable, invalid or odd file becomes a
 * Problem. Records live in compact per-kind tables with interned strings.
 */
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Store)

public:
    enum class State : unsigned char
    {
        Ok,
        Missing, ///< the path does not exist
        NotADirectory, ///< the path is a file or a symlink
        NotInitialized, ///< no manifest.json: not (yet) a store
        Unreadable, ///< the directory cannot be listed
        Cancelled, ///< StoreOpenOptions::cancel was set while it was read
    };

    /**
     * Reads the whole store. With preload (from openOperationsFirst() on the
     * same root and options) every operation file whose size, inode, mtime and
     * ctime are still those the preview saw is taken from it instead of being
     * read again; the result is the same as without. A preload is used up:
     * its files are moved out and it is left empty, so that two copies of
     * 100k records never add to the peak. With a preload the load cache is
     * not written until startDeferredCacheWrite().
     */
    static std::unique_ptr<Store> open(
        const QString &root, const StoreOpenOptions &options = {}, StorePreload *preload = nullptr);
    /// Waits for the load cache that open() began to write (loadStats().cacheSaved);
    /// one left for startDeferredCacheWrite() and never started is not written.
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    struct Preview;
    /**
     * Reads manifest.json and operations/ only, on every core: the queue of a
     * 100k store in about half the time of the whole store, so that a window
     * can show it while the rest loads. The store is isPartial(): no other
     * registry, no journal, no intent file, and problems of those files only.
     * The load cache is neither read nor written.
     */
    static Preview openOperationsFirst(const QString &root, const StoreOpenOptions &options = {});
    /// Whether options.cacheDirectory holds a load cache made for this store,
    /// build and options (its header is read, not the cache).
    static bool hasLoadCache(const QString &root, const StoreOpenOptions &options);

    /// A preview from openOperationsFirst(): operations only.
    bool isPartial() const { return m_partial; }

    State state() const { return m_state; }
    /// A translated sentence on why the store could not be opened; empty when Ok.
    QString stateMessage() const { return m_stateMessage; }
    const QString &root() const { return m_root; }
    ValidationMode mode() const { return m_mode; }

    const Interner &strings() const { return *m_strings; }
    const QString &text(Sym sym) const { return m_strings->text(sym); }

    const ManifestInfo &manifest() const { return m_manifest; }
    const JournalInfo &journal() const { return m_journal; }
    const std::vector<RecordFile> &files() const { return m_files; }
    const std::vector<Problem> &problems() const { return m_problems; }

    const std::vector<OperationRecord> &operations() const { return m_operations; }
    const std::vector<TaskRecord> &tasks() const { return m_tasks; }
    const std::vector<ConflictRecord> &conflicts() const { return m_conflicts; }
    const std::vector<PolicyDecisionRecord> &policyDecisions() const { return m_policies; }
    const std::vector<ActorRecord> &actors() const { return m_actors; }
    const std::vector<DeviceRecord> &devices() const { return m_devices; }
    const std::vector<ProfileRecord> &profiles() const { return m_profiles; }
    const std::vector<EvidenceRecord> &evidence() const { return m_evidence; }
    const StoreRelations &relations() const { return m_relations; }
    /**
     * The texts field holds across records, each once and sorted, the empty
     * one left out: a filter's choices. Each record's symbol is looked at,
     * and each distinct symbol's text once (100k records, a handful of words).
     */
    template<class Record>
    QStringList distinctTexts(const std::vector<Record> &records, Sym Record::*field) const
    {
        return distinctTexts(records, std::array { field })[0];
    }
    /// distinctTexts() of several fields in one pass over the records.
    template<class Record, std::size_t N>
    std::array<QStringList, N> distinctTexts(
        const std::vector<Record> &records, const std::array<Sym Record::*, N> &fields) const;
    const StoreLoadStats &loadStats() const { return m_loadStats; }
    /// Files taken from the load cache unchecked (StoreOpenOptions::deferCacheCheck):
    /// until a CacheCheck of this store is done, any of them may show what it held before.
    std::size_t uncheckedCount() const { return m_unchecked.size(); }
    /// How many times relations() was rebuilt; lets tests see that a change
    /// that leaves every reference alone did not pay for a full rebuild.
    quint64 relationsGeneration() const { return m_relationsGeneration; }

    /// Files per registry, for summaries.
    int registryCount(Registry registry) const;
    /// How many records of a kind were found (typed or not).
    int kindCount(RecordKind kind) const;

    /**
     * The evidence envelope a reference names ("evidence:ID" or a bare id), or
     * -1: the one whose own evidence_id is ID, at its own file name. Whether it
     * verifies is its status; an envelope at another id's file name is never it.
     */
    qint32 findEvidence(const QString &reference) const;
    /// For a reference findEvidence() does not resolve: the row of an envelope
    /// whose file is named for it, or that claims its id under another name; -1.
    qint32 misnamedEvidenceFor(const QString &reference) const;
    /// Why a reference to missing evidence is missing, when a misnamed file
    /// explains it (translated); empty otherwise.
    QString misnamedEvidenceHint(const QString &reference) const;
    /// The display name of the actor record with this id, else the id itself.
    QString actorName(Sym id) const;
    /// The display name of the device record with this id, else the id itself.
    QString deviceName(Sym id) const;

    /// The file's bytes as they are on disk now (read-only), for detail panes;
    /// a failure says why (translated).
    Result<QByteArray> readFile(quint32 file) const;

    /// Absolute path of a record file.
    QString absolutePath(quint32 file) const;

    /// The index in files() of a path relative to the root, or -1.
    qint32 fileIndex(const QString &relativePath) const;

    /**
     * A load that followed a preview (open() with a preload) leaves its load
     * cache to be encoded once the preview is gone: at 100k the preview's
     * store and the encoder's buffers together were the first open's peak
     * memory. StoreSession::adopt() starts it; until then, and if never
     * started, nothing is written. Anything that changes the tables first
     * drops it: the cache would no longer say what the files hold.
     */
    void startDeferredCacheWrite();

private:
    // The loader fills the tables, the relations builder derives from them,
    // the updater re-reads single files into them.
    friend class StoreLoader;
    friend class StoreSession;
    friend class RelationsBuilder;
    friend class StoreUpdater;
    friend class CacheCheck;
    Store();
    /// Joins m_cacheWriter: called before anything changes the tables it reads.
    void finishCacheWrite();

    State m_state = State::Ok;
    QString m_stateMessage;
    QString m_root;
    ValidationMode m_mode = ValidationMode::SyncDesk;
    /// Shared with the full load that follows a preview: its records' symbols stay valid.
    std::shared_ptr<Interner> m_strings;
    ManifestInfo m_manifest;
    JournalInfo m_journal;
    std::vector<RecordFile> m_files;
    std::vector<Problem> m_problems;
    std::vector<OperationRecord> m_operations;
    std::vector<TaskRecord> m_tasks;
    std::vector<ConflictRecord> m_conflicts;
    std::vector<PolicyDecisionRecord> m_policies;
    std::vector<ActorRecord> m_actors;
    std::vector<DeviceRecord> m_devices;
    std::vector<ProfileRecord> m_profiles;
    std::vector<EvidenceRecord> m_evidence;
    StoreRelations m_relations;
    quint64 m_relationsGeneration = 0;
    PathIndex m_fileByPath; ///< rows of m_files by their path
    /// A file taken from the load cache without a stat, with the ctime the
    /// cache vouched for (RecordFile keeps the rest of its stamp).
    struct UncheckedFile
    {
        quint32 file = 0;
        qint64 ctimeNs = 0;
    };
    std::vector<UncheckedFile> m_unchecked;
    StoreLoadStats m_loadStats;
    bool m_partial = false;
    /// Encodes and saves the load cache after open() returned, so that the
    /// encoding is off the path to the first frame of the whole store. It
    /// reads the tables (not the relations), so StoreUpdater joins it first.
    std::thread m_cacheWriter;
    /// Set while m_cacheWriter encodes: StoreSession defers changes meanwhile,
    /// so that the window does not wait for the join.
    std::atomic<bool> m_writingCache { false };
    /// Starts m_cacheWriter; left by a load that followed a preview (startDeferredCacheWrite()).
    std::function<std::thread()> m_deferredCacheWrite;
};

template<class Record, std::size_t N>
std::array<QStringList, N> Store::distinctTexts(
    const std::vector<Record> &records, const std::array<Sym Record::*, N> &fields) const
{
    // One pass: 100k operations are ~20 MB, read once, not once a field.
    std::array<QSet<Sym>, N> syms;
    std::array<Sym, N> last {};
    for (const Record &record : records) {
        for (std::size_t f = 0; f < N; ++f) {
            const Sym sym = record.*fields[f];
            // A repeat of the record before costs no hashing.
            if (sym != last[f]) {
                syms[f].insert(sym);
                last[f] = sym;
            }
        }
    }
    std::array<QStringList, N> out;
    for (std::size_t f = 0; f < N; ++f) {
        out[f].reserve(syms[f].size());
        for (const Sym sym : std::as_const(syms[f]))
            if (const QString &t = text(sym); !t.isEmpty())
                out[f].push_back(t);
        out[f].sort();
    }
    return out;
}

/// What Store::openOperationsFirst() gives: the partial store to show now and
/// what it read, for the Store::open() that follows.
struct Store::Preview final
{
    std::unique_ptr<Store> store;
    std::shared_ptr<StorePreload> preload;
};

} // namespace SyncDesk
