// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/pagebuffer_p.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct stat;

namespace SyncDesk {

struct LoadedFile;

/// What stat says of a file; a cached result stands only while all of it is unchanged.
struct FileStamp final
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;

    static FileStamp of(const struct stat &st);
    /// What stat said of a file when it was loaded.
    static FileStamp of(const RecordFile &file, qint64 ctimeNs)
    {
        return { file.size, file.mtimeNs, ctimeNs, file.inode };
    }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

/// Which cache file a store uses, and what its contents must have been made for.
struct LoadCacheKey final
{
    QString fileName; ///< in the cache folder; one per store root
    /// The format, this executable, the translation, the options and the root:
    /// a cache made by another build or in another language is not used.
    QByteArray key;

    static LoadCacheKey forStore(const QString &root, const StoreOpenOptions &options);
};

/// Per file of a loaded store, what the writer needs beyond the tables.
struct LoadCacheFileInfo final
{
    qint64 ctimeNs = 0;
    int warnings = 0; ///< its own, before relations add theirs
    bool cacheable = false; ///< read whole, and not changed just before the load
    quint32 problemsBegin = 0, problemsCount = 0; ///< its part of Store::problems()
};

/// The journal's part of a cache: enough to parse only what was appended since.
struct LoadCacheJournalInfo final
{
    bool cacheable = false;
    FileStamp stamp;
    quint64 parsedEnd = 0; ///< bytes of complete lines parsed
    /// A cryptographic hash of those bytes (LoadCache::kJournalHash): the cache
    /// is outside the store, but the journal is not, and a rewritten prefix
    /// that kept a mere checksum would be served as parsed.
    std::array<char, 32> prefixHash {};
    quint32 problemsBegin = 0, problemsCount = 0; ///< its part of Store::problems()
};

/**
 * What loading produced for every record file and for the journal, saved in
 * the user's cache folder (never in the store), so that the next open reads,
 * parses and validates only the files whose size, inode, mtime or ctime
 * changed: a 100k store is 242k files, and reading them costs ~5 s of CPU
 * where stat-ing them costs ~0.5 s.
 *
 * A file changed within two seconds before a load is never cached, since
 * timestamps are coarser than writes ("racy clean"). The file is checked with
 * a checksum, and every count and index in it is bounds-checked when read: a
 * damaged or foreign cache is ignored, never trusted.
 */
class LoadCache final
{
public:
    /// The cache for key in directory; null when there is none, or it is
    /// damaged, or it was made for another key. Interns its strings into strings.
    static std::unique_ptr<LoadCache> open(
        const QString &directory, const LoadCacheKey &key, Interner &strings);

    /// Whether directory holds a cache file made for key, by its header and
    /// key alone (the rest is checked when opened).
    static bool fits(const QString &directory, const LoadCacheKey &key);
    /// The entry cached for a path relative to the root, or -1. Thread-safe.
    qint64 find(QStringView relativePath) const;
    quint32 entryCount() const { return quint32(m_entries.size()); }
    QStringView path(quint32 entry) const { return m_entries[entry].path; }
    const FileStamp &stamp(quint32 entry) const { return m_entries[entry].stamp; }
    /// Fills out as StoreLoader::loadFile() did (path excepted). False when the
    /// entry is damaged. Thread-safe.
    bool decode(quint32 entry, LoadedFile &out) const;
    /// How the journal was when cached; null when it was not.
    const LoadCacheJournalInfo *journal() const { return m_hasJournal ? &m_journal : nullptr; }
    /// The journal's events and problems as cached. False when damaged.
    bool restoreJournal(JournalInfo &info, std::vector<Problem> &problems) const;
    /// Gives the journal's bytes back to the system: restoreJournal() fails afterwards.
    void releaseJournal();
    /// Where the bytes of entry begin in the cache.
    std::size_t entryAt(quint32 entry) const { return m_entries[entry].offset; }
    /// The end of the cache's bytes: past every entry.
    std::size_t end() const { return m_bytes.size(); }
    /**
     * Gives back the entries' bytes before offset, which no decode() may need
     * any more. path() and find() must not be used afterwards: the paths are
     * among those bytes. Thread-safe.
     */
    void giveBackBefore(std::size_t offset);
    /// Entry bytes given back by giveBackBefore() so far.
    std::size_t givenBack() const;
    /// Detects damage (a torn write, a flipped bit), not forgery.
    static quint64 checksum(const char *data, std::size_t size);
    /// The hash of the journal's parsed prefix. BLAKE2b-256: cryptographic like
    /// SHA-256, and 2-4 times faster in QCryptographicHash, which uses no SHA
    /// CPU extensions: 0.26-0.59 s against 1.1-1.4 s for a 100k store's 75 MB
    /// journal (docs/performance.md). Paid once per load that parses the
    /// journal, never when it is unchanged since the cache was saved.
    static constexpr auto kJournalHash = QCryptographicHash::Blake2b_256;
    /// The digest hash holds so far, for LoadCacheJournalInfo::prefixHash.
    static std::array<char, 32> digest(const QCryptographicHash &hash);

    /**
     * Streams the cache's bytes for a loaded store to write(), a few MiB at a
     * time, so that the ~110 MB of a 100k store are never held at once. The
     * first bytes, where the header goes, are zeros: the header is returned
     * (empty when write() failed) and belongs at offset 0. Reads only what
     * RelationsBuilder::build() leaves alone (problems and per-file warnings
     * come from the arguments), so that both can run at once.
     */
    static std::string encodeTo(const LoadCacheKey &key, const Store &store,
        const std::vector<LoadCacheFileInfo> &files, const LoadCacheJournalInfo &journal,
        const std::vector<Problem> &problems, const std::function<bool(std::string_view)> &write);
    /// encodeTo() hands its bytes on whenever it holds at least this many (by
    /// default 4 MiB). Tests make it tiny: every piece then ends at an odd offset.
    static void setFlushBytesForTests(std::size_t bytes);
    /**
     * encodeTo() into the cache file (a temp file renamed over it), on a
     * thread of its own, which is returned: store must
     * stay alive and its tables unchanged until it is joined. waitForSaves()
     * waits for it from the moment it is started; writing is true until the
     * file is written. Removes the least recently used caches beyond a few. When no thread can be
     * started, it runs here and an empty thread is returned.
     */
    static std::thread encodeAndSave(const QString &directory, const LoadCacheKey &key,
        const Store &store, std::vector<LoadCacheFileInfo> files, LoadCacheJournalInfo journal,
        std::vector<Problem> problems, std::atomic<bool> &writing, bool checkedAll = true);
    /**
     * Whether the next load must stat every file before it takes the cache's
     * word for it, even with StoreOpenOptions::deferCacheCheck: a check after
     * a load found a file changed (requireCheckFirst()), and no cache was
     * saved since by a load that checked every file (encodeAndSave() with
     * checkedAll), nor has one found every file as the cache has it
     * (clearCheckFirst()). Kept in a file beside the cache, and in this
     * process too: a file that cannot be written must not let every reload
     * take the change unchecked again.
     */
    static bool mustCheckFirst(const QString &directory, const LoadCacheKey &key);
    static void requireCheckFirst(const QString &directory, const LoadCacheKey &key);
    static void clearCheckFirst(const QString &directory, const LoadCacheKey &key);
    /// Waits for saves started by encodeAndSave() (tests, benchmarks).
    static void waitForSaves();
    /// Recomputes the checksum of encoded bytes after they were edited, so that
    /// tests can feed crafted caches past it.
    static void reseal(std::string &bytes);

private:
    LoadCache() = default;
    bool parse(const LoadCacheKey &key, Interner &strings);

    struct Entry
    {
        QStringView path;
        FileStamp stamp;
        std::size_t offset = 0, size = 0; ///< the body in m_bytes
    };
    PageBuffer m_bytes; ///< the file; its strings are given back once interned
    std::vector<Sym> m_remap; ///< symbol when saved -> symbol now
    std::vector<Entry> m_entries;
    mutable std::once_flag m_indexed;
    mutable QHash<QStringView, quint32> m_byPath;
    bool m_hasJournal = false;
    bool m_journalReleased = false;
    std::size_t m_entriesAt = 0; ///< where the entries begin in m_bytes
    mutable std::mutex m_givenMutex;
    /// m_bytes given back below this, from m_entriesAt; written under m_givenMutex
    std::atomic<std::size_t> m_givenUpTo { 0 };
    LoadCacheJournalInfo m_journal;
    std::size_t m_journalOffset = 0, m_journalSize = 0;
};

} // namespace SyncDesk
