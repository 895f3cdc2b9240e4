// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: the load cache's format, its checks and its encoder and
// decoder change together (a format change bumps kFormat); the byte codec is in
// loadcachecodec_p.h.

#include "core/store/loadcache_p.h"

#include "core/io/hugepages_p.h"
#include "core/io/logging.h"
#include "core/io/pagebuffer_p.h"
#include "core/json/canonicaljson.h"
#include "core/records/recordread.h"
#include "core/store/loadcachecodec_p.h"
#include "core/store/storeloader_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <bit>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {

using namespace LoadCacheCodec;

namespace {

constexpr char kMagic[8] = { 'S', 'D', 'L', 'C', 'A', 'C', 'H', 'E' };
/// Raise when the layout or what loading extracts changes.
/// 2: BLAKE2b journal prefix, aggregated corrupt lines.
/// 3: policy decisions keep decided_at as an instant (with offsets) and carry
/// the undated_policy and gate id_mismatch problems.
/// 4: the journal's blank lines and runs of misnumbered lines (the daemon's race is
/// judged on old and new lines when it grows); no once-only numbering flag.
/// 5: DecisionCards carry their options parsed (DecisionOption).
/// 6: the checksum takes the payload's length last (the encoder streams the file).
constexpr quint32 kFormatVersion = 6;
/// Caches of other stores kept besides the newest ones.
constexpr int kKeepCaches = 8;
/// Larger cache files are not read (a 100k store's is ~70 MB).
constexpr qint64 kMaxCacheSize = 2LL * 1024 * 1024 * 1024;

struct Header
{
    char magic[8];
    quint32 version;
    quint32 reserved;
    quint64 payloadSize;
    quint64 checksum;
};

// The fewest bytes an encoded problem (line, severity, three texts' lengths;
// its path kept apart) and journal event (line, five symbols, two times) take.
// A count is checked against the bytes left before anything is allocated for
// it: a damaged count must not make the loader reserve gigabytes.
constexpr std::size_t kMinProblemBytes = 8 + 1 + 3 * 4;
constexpr std::size_t kMinEventBytes = 8 + 5 * 4 + 8 + 8;
constexpr std::size_t kMinRunBytes = 3 * 8;

/// Whether a header was written by this format version.
bool ourFormat(const Header &h)
{
    return std::memcmp(h.magic, kMagic, sizeof kMagic) == 0 && h.version == kFormatVersion;
}

/// Reads the key a payload starts with and compares it with key's.
bool keyMatches(Decoder &d, const LoadCacheKey &key)
{
    const auto saved = d.bytes();
    return d.ok() && saved == std::string_view(key.key.constData(), std::size_t(key.key.size()));
}

/// Calls io(done) until it has moved size bytes in all; false when a call
/// fails or moves nothing (the file ended, the disk is full).
template<class Io> bool moveAll(std::size_t size, Io &&io)
{
    for (std::size_t done = 0; done < size;) {
        const auto n = io(done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += std::size_t(n);
    }
    return true;
}

/// Fills [data, data + size) from fd; false when the file ends first or a read fails.
bool readFully(int fd, char *data, std::size_t size)
{
    return moveAll(size, [&](std::size_t done) { return ::read(fd, data + done, size - done); });
}

} // namespace

quint64 LoadCache::checksum(const char *p, std::size_t n)
{
    Checksum sum;
    sum.add(p, n);
    return sum.result();
}

std::array<char, 32> LoadCache::digest(const QCryptographicHash &hash)
{
    std::array<char, 32> out {};
    const QByteArrayView result = hash.resultView();
    std::memcpy(out.data(), result.data(), std::min(out.size(), std::size_t(result.size())));
    return out;
}

namespace {

void encodeProblem(Encoder &e, const Problem &p, bool withPath)
{
    if (withPath)
        e.text(p.path);
    e(qint64(p.line), p.severity, p.rule, p.field, p.message);
}

bool decodeProblem(Decoder &d, Problem &p, const QString *path)
{
    if (path)
        p.path = *path;
    else
        p.path = d.text().toString();
    qint64 line = 0;
    d(line, p.severity, p.rule, p.field, p.message);
    p.line = int(line);
    return d.ok();
}

void encodeStamp(Encoder &e, const FileStamp &s)
{
    e(s.size, s.mtimeNs, s.ctimeNs);
    e.raw(s.inode);
}

FileStamp decodeStamp(Decoder &d)
{
    FileStamp s;
    d(s.size, s.mtimeNs, s.ctimeNs);
    s.inode = d.raw<quint64>();
    return s;
}

/// Who made a cache: a rebuilt or upgraded executable may extract differently.
QByteArray executableIdentity()
{
    struct stat st
    {
    };
    QByteArray path = "/proc/self/exe";
    if (::stat(path.constData(), &st) != 0) {
        if (!QCoreApplication::instance())
            return "unknown";
        path = QFile::encodeName(QCoreApplication::applicationFilePath());
        if (::stat(path.constData(), &st) != 0)
            return "unknown";
    }
    return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino))
        + ':' + QByteArray::number(qint64(st.st_size)) + ':'
        + QByteArray::number(qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec);
}

/// Problems are cached translated: another language or catalogue must not show old words.
QByteArray translationFingerprint()
{
    QString s = QLocale().name();
    s += StoreLoader::tr("left over from an interrupted write; ignored");
    s += RecordReader::tr("named like a record but is not a regular file");
    s += Validator::tr("%1 should be %2 but is %3 (%4)");
    return s.toUtf8();
}

constexpr std::size_t kFlushBytes = std::size_t(4) << 20;
std::atomic<std::size_t> g_flushBytes { kFlushBytes };

std::mutex g_savesMutex;
std::condition_variable g_savesDone;
int g_savesRunning = 0;

/// Writes all of bytes at offset, or at the file's position when offset is negative.
bool writeAll(int fd, std::string_view bytes, off_t offset)
{
    return moveAll(bytes.size(), [&](std::size_t done) {
        const char *from = bytes.data() + done;
        const std::size_t left = bytes.size() - done;
        return offset < 0 ? ::write(fd, from, left)
                          : ::pwrite(fd, from, left, offset + off_t(done));
    });
}

/// Caches whose check-first file could not be written: kept here for as long
/// as this process runs, or a change found would be taken unchecked again by
/// every reload, each finding it again (a full cache folder, a read-only one).
std::mutex g_checkFirstMutex;
QSet<QByteArray> g_checkFirst; ///< by checkFirstPath()

QByteArray checkFirstPath(const QString &directory, const LoadCacheKey &key)
{
    // Not "*.cache.*": writeCacheFile() takes those for temp files left behind.
    return QFile::encodeName(
        directory + QLatin1Char('/') + key.fileName + QStringLiteral("-check"));
}

/// A temp file beside the cache's name, filled by fill(fd), then renamed over
/// it; false when it was not.
bool writeCacheFile(
    const QString &directory, const QString &fileName, const std::function<bool(int)> &fill)
{
    // A cache that cannot be written costs the next open its speed, nothing else.
    if (!QDir().mkpath(directory)) {
        qCInfo(lcStore, "load cache not saved: cannot make %s", qPrintable(directory));
        return false;
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray target = QFile::encodeName(directory + QLatin1Char('/') + fileName);
    QByteArray temp = target + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        qCInfo(lcStore, "load cache not saved: %s: %s", temp.constData(), std::strerror(errno));
        return false;
    }
    bool ok = false;
    try {
        ok = fill(fd);
    } catch (const std::exception &e) {
        // Out of memory while encoding: no cache this time, and no temp file left.
        qCInfo(lcStore, "load cache not saved: %s", e.what());
    }
    // No fsync: a cache torn by a power cut fails its checksum and is rebuilt.
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(temp.constData(), target.constData()) != 0) {
        qCInfo(lcStore, "load cache not saved: %s: %s", target.constData(), std::strerror(errno));
        ::unlink(temp.constData());
        return false;
    }
    // One cache per store: keep the most recently written ones.
    QDir dir(directory);
    const auto caches = dir.entryInfoList({ QStringLiteral("*.cache") }, QDir::Files, QDir::Time);
    for (qsizetype i = kKeepCaches; i < caches.size(); ++i) {
        QFile::remove(caches[i].absoluteFilePath());
        QFile::remove(caches[i].absoluteFilePath() + QStringLiteral("-check"));
    }
    // Temp files of a process killed while writing.
    const auto temps = dir.entryInfoList({ QStringLiteral("*.cache.*") }, QDir::Files);
    for (const QFileInfo &t : temps)
        if (t.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(t.absoluteFilePath());
    return true;
}

} // namespace

FileStamp FileStamp::of(const struct stat &st)
{
    return FileStamp { qint64(st.st_size),
        qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
        qint64(st.st_ctim.tv_sec) * 1000000000LL + st.st_ctim.tv_nsec, quint64(st.st_ino) };
}

LoadCacheKey LoadCacheKey::forStore(const QString &root, const StoreOpenOptions &options)
{
    const QString canonical = QFileInfo(root).canonicalFilePath();
    struct stat st
    {
    };
    ::stat(QFile::encodeName(canonical).constData(), &st);
    LoadCacheKey k;
    k.fileName = QString::fromLatin1(sha256Hex(canonical.toStdString()).left(32))
        + QStringLiteral(".cache");
    k.key = "syncdesk-load-cache/" + QByteArray::number(kFormatVersion) + '\n'
        + executableIdentity() + '\n' + translationFingerprint() + '\n'
        + QByteArray::number(int(options.mode)) + ':' + QByteArray::number(options.maxFileSize)
        + '\n' + canonical.toUtf8() + '\n' + QByteArray::number(quint64(st.st_dev)) + ':'
        + QByteArray::number(quint64(st.st_ino));
    return k;
}

std::unique_ptr<LoadCache> LoadCache::open(
    const QString &directory, const LoadCacheKey &key, Interner &strings)
{
    if (directory.isEmpty())
        return nullptr;
    const QByteArray path = QFile::encodeName(directory + QLatin1Char('/') + key.fileName);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return nullptr;
    std::unique_ptr<LoadCache> cache(new LoadCache);
    struct stat st
    {
    };
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= qint64(sizeof(Header))
        && st.st_size <= kMaxCacheSize;
    if (ok) {
        cache->m_bytes = PageBuffer(std::size_t(st.st_size));
        ok = readFully(fd, cache->m_bytes.data(), cache->m_bytes.size());
    }
    ::close(fd);
    if (!ok || !cache->parse(key, strings))
        return nullptr;
    return cache;
}

bool LoadCache::mustCheckFirst(const QString &directory, const LoadCacheKey &key)
{
    if (directory.isEmpty())
        return false;
    const QByteArray path = checkFirstPath(directory, key);
    {
        const std::lock_guard lock(g_checkFirstMutex);
        if (g_checkFirst.contains(path))
            return true;
    }
    struct stat st;
    return ::lstat(path.constData(), &st) == 0;
}

void LoadCache::clearCheckFirst(const QString &directory, const LoadCacheKey &key)
{
    if (directory.isEmpty())
        return;
    const QByteArray path = checkFirstPath(directory, key);
    {
        const std::lock_guard lock(g_checkFirstMutex);
        g_checkFirst.remove(path);
    }
    ::unlink(path.constData());
}

void LoadCache::requireCheckFirst(const QString &directory, const LoadCacheKey &key)
{
    if (directory.isEmpty())
        return;
    const QByteArray path = checkFirstPath(directory, key);
    {
        const std::lock_guard lock(g_checkFirstMutex);
        g_checkFirst.insert(path);
    }
    // O_NOFOLLOW: a link planted there is left alone, and the load that
    // follows checks first all the same (mustCheckFirst() sees a name).
    const int fd
        = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
    if (fd >= 0)
        ::close(fd);
    else
        qCInfo(lcStore, "load cache: cannot mark %s to be checked first: %s",
            qPrintable(key.fileName), std::strerror(errno));
}

bool LoadCache::fits(const QString &directory, const LoadCacheKey &key)
{
    if (directory.isEmpty())
        return false;
    const QByteArray path = QFile::encodeName(directory + QLatin1Char('/') + key.fileName);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return false;
    // The header, the key's length, the key.
    std::string head(sizeof(Header) + sizeof(quint32) + std::size_t(key.key.size()), '\0');
    const bool read = readFully(fd, head.data(), head.size());
    ::close(fd);
    if (!read)
        return false;
    Header h;
    std::memcpy(&h, head.data(), sizeof h);
    if (!ourFormat(h))
        return false;
    const std::vector<Sym> none;
    Decoder d(head.data() + sizeof h, head.data() + head.size(), none);
    return keyMatches(d, key);
}

bool LoadCache::parse(const LoadCacheKey &key, Interner &strings)
{
    Header h;
    std::memcpy(&h, m_bytes.data(), sizeof h);
    const char *payload = m_bytes.data() + sizeof h;
    if (!ourFormat(h) || h.payloadSize != m_bytes.size() - sizeof h
        || checksum(payload, h.payloadSize) != h.checksum)
        return false;
    const std::vector<Sym> none;
    Decoder d(payload, payload + h.payloadSize, none);
    if (!keyMatches(d, key))
        return false;

    const auto maxSym = d.raw<quint32>();
    const auto stringCount = d.raw<quint32>();
    // Bounds the table below by the file's own size, whatever a count says.
    if (!d.ok() || stringCount > maxSym || stringCount > h.payloadSize / 9
        || maxSym >= Interner::symbolBound(stringCount))
        return false;
    m_remap.assign(std::size_t(maxSym) + 1, kNoSym);
    const std::size_t stringsAt = d.offset();
    for (quint32 i = 0; i < stringCount && d.ok(); ++i) {
        const auto saved = d.raw<Sym>();
        const auto utf8 = d.bytes();
        if (saved == kNoSym || saved > maxSym || utf8.empty())
            return false;
        m_remap[saved] = strings.intern(utf8);
    }
    // Interned, so never read again: a third of the cache at 100k.
    m_bytes.giveBack(sizeof h + stringsAt, d.offset() - stringsAt);

    m_hasJournal = d.raw<quint8>() != 0;
    if (m_hasJournal) {
        m_journal.cacheable = true;
        m_journal.stamp = decodeStamp(d);
        m_journal.parsedEnd = d.raw<quint64>();
        m_journal.prefixHash = d.raw<std::array<char, 32>>();
        m_journalSize = d.raw<quint64>();
        m_journalOffset = sizeof h + d.offset();
        if (!d.skip(m_journalSize))
            return false;
    }

    m_entriesAt = sizeof h + d.offset();
    const auto entryCount = d.raw<quint32>();
    if (!d.ok() || entryCount > h.payloadSize / 16)
        return false;
    m_entries.reserve(entryCount);
    for (quint32 i = 0; i < entryCount && d.ok(); ++i) {
        Entry e;
        e.path = d.text();
        e.stamp = decodeStamp(d);
        e.size = d.raw<quint64>();
        e.offset = sizeof h + d.offset();
        if (d.skip(e.size))
            m_entries.push_back(e);
    }
    return d.ok() && d.atEnd();
}

qint64 LoadCache::find(QStringView rel) const
{
    std::call_once(m_indexed, [this] {
        m_byPath.reserve(qsizetype(m_entries.size()));
        for (quint32 i = 0; i < m_entries.size(); ++i)
            m_byPath.insert(m_entries[i].path, i);
    });
    const auto it = m_byPath.constFind(rel);
    return it == m_byPath.cend() ? -1 : qint64(*it);
}

bool LoadCache::decode(quint32 entry, LoadedFile &out) const
{
    const Entry &e = m_entries[entry];
    // Zeros decode as plausible values: an entry given back is never decoded,
    // whatever a caller's bookkeeping says; its file is read instead.
    if (e.offset < m_givenUpTo.load(std::memory_order_acquire))
        return false;
    const char *begin = m_bytes.data() + e.offset;
    Decoder d(begin, begin + e.size, m_remap);
    RecordFile &f = out.file;
    f.registry = static_cast<Registry>(d.raw<quint8>());
    f.kind = static_cast<RecordKind>(d.raw<quint8>());
    f.verdict = static_cast<Verdict>(d.raw<quint8>());
    d(f.id, f.schema);
    f.size = e.stamp.size;
    f.mtimeNs = e.stamp.mtimeNs;
    f.inode = e.stamp.inode;
    f.errors = d.raw<qint32>();
    f.warnings = d.raw<qint32>();
    if (!d.ok() || quint8(f.registry) >= kRegistryCount
        || quint8(f.kind) > quint8(RecordKind::Evidence)
        || quint8(f.verdict) > quint8(Verdict::Pending))
        return false;
    const auto problems = d.raw<quint32>();
    if (!d.ok() || problems > d.left() / kMinProblemBytes)
        return false;
    out.problems.resize(problems);
    for (Problem &p : out.problems)
        if (!decodeProblem(d, p, &f.path))
            return false;
    const auto kind = d.raw<quint8>();
    // The encoder finds the record by the file's kind: a damaged cache that
    // disagrees would send it to another kind's table, past its end.
    if (kind != 0 && kind != LoadedFile::slotOf(f.kind))
        return false;
    auto read = [&](auto record) {
        fields(d, record);
        out.record = std::move(record);
    };
    switch (kind) {
    case 0:
        out.record = std::monostate {};
        break;
    case LoadedFile::slotOf(RecordKind::Operation):
        read(OperationRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::Task):
        read(TaskRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::Conflict):
        read(ConflictRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::PolicyDecision):
        read(PolicyDecisionRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::Actor):
        read(ActorRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::Device):
        read(DeviceRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::Profile):
        read(ProfileRecord {});
        break;
    case LoadedFile::slotOf(RecordKind::Evidence):
        read(EvidenceRecord {});
        break;
    default:
        return false;
    }
    return d.ok() && d.atEnd();
}

bool LoadCache::restoreJournal(JournalInfo &info, std::vector<Problem> &problems) const
{
    if (!m_hasJournal || m_journalReleased)
        return false;
    const char *begin = m_bytes.data() + m_journalOffset;
    Decoder d(begin, begin + m_journalSize, m_remap);
    JournalInfo j;
    qint64 lines = 0, corrupt = 0, firstUnlisted = 0, lastCorrupt = 0;
    d(j.present, j.size, lines, corrupt, firstUnlisted, lastCorrupt, j.tornTail);
    // Line numbers and counts are ints everywhere else.
    if (!d.ok() || lines < 0 || lines > std::numeric_limits<int>::max() || corrupt < 0
        || corrupt > lines || firstUnlisted < 0 || firstUnlisted > lines || lastCorrupt < 0
        || lastCorrupt > lines)
        return false;
    j.lines = int(lines);
    j.corruptLines = int(corrupt);
    j.firstUnlistedCorrupt = int(firstUnlisted);
    j.lastCorrupt = int(lastCorrupt);
    const auto events = d.raw<quint32>();
    if (!d.ok() || events > d.left() / kMinEventBytes)
        return false;
    j.events.resize(events);
    for (JournalEvent &ev : j.events) {
        qint64 line = 0;
        d(line, ev.eventId, ev.type, ev.lane, ev.objectId, ev.producer, ev.created, ev.offset);
        ev.line = int(line);
    }
    // What reportRace() reads when the journal grows: a line or number out of
    // range is damage, as are runs out of order or touching (they would be one).
    qint64 blank = 0;
    d(blank);
    const auto runs = d.raw<quint32>();
    if (!d.ok() || blank < 0 || blank > lines || runs > d.left() / kMinRunBytes)
        return false;
    j.blankLines = int(blank);
    j.misnumbered.resize(runs);
    qint64 previous = -1;
    for (MisnumberedRun &r : j.misnumbered) {
        qint64 first = 0, last = 0, number = 0;
        d(first, last, number);
        if (!d.ok() || first <= previous + 1 || first > last || last > lines || number < 1
            || number > first)
            return false;
        r = { int(first), int(last), int(number) };
        previous = last;
    }
    const auto count = d.raw<quint32>();
    if (!d.ok() || count > d.left() / (kMinProblemBytes + 4))
        return false;
    std::vector<Problem> found(count);
    for (Problem &p : found)
        if (!decodeProblem(d, p, nullptr))
            return false;
    if (!d.atEnd())
        return false;
    info = std::move(j);
    problems.insert(problems.end(), std::make_move_iterator(found.begin()),
        std::make_move_iterator(found.end()));
    return true;
}

std::string LoadCache::encodeTo(const LoadCacheKey &key, const Store &store,
    const std::vector<LoadCacheFileInfo> &files, const LoadCacheJournalInfo &journal,
    const std::vector<Problem> &problems, const std::function<bool(std::string_view)> &write)
{
    const std::size_t flushBytes = g_flushBytes.load(std::memory_order_relaxed);
    std::string out;
    out.reserve(2 * std::min(flushBytes, kFlushBytes));
    out.append(sizeof(Header), '\0');
    Encoder e(out);
    Checksum sum;
    std::size_t unsummed = sizeof(Header); // the header is not its own payload
    bool ok = true;
    // Only where no length waits to be written in front of what follows.
    auto flush = [&](bool always = false) {
        if (!ok || (!always && out.size() < flushBytes))
            return;
        ok = e.flush([&](std::string_view chunk) {
            const std::size_t skip = std::min(unsummed, chunk.size());
            unsummed -= skip;
            sum.add(chunk.data() + skip, chunk.size() - skip);
            return write(chunk);
        });
    };
    e.bytes(key.key.constData(), std::size_t(key.key.size()));

    // The symbols are listed first: others may intern meanwhile, and the count
    // is written before the strings.
    std::vector<Sym> syms;
    syms.reserve(store.strings().size());
    store.strings().forEach([&](Sym s, std::string_view) { syms.push_back(s); });
    const Sym maxSym = syms.empty() ? Sym(0) : *std::max_element(syms.begin(), syms.end());
    e.raw(maxSym);
    e.raw(quint32(syms.size()));
    for (const Sym s : syms) {
        const std::string_view utf8 = store.strings().utf8(s);
        e.raw(s);
        e.bytes(utf8.data(), utf8.size());
        flush();
        if (!ok)
            return {};
    }
    std::vector<Sym>().swap(syms);

    e.raw(quint8(journal.cacheable));
    if (journal.cacheable) {
        encodeStamp(e, journal.stamp);
        e.raw(journal.parsedEnd);
        e.raw(journal.prefixHash);
        const std::size_t sizeAt = e.size();
        e.raw(quint64(0));
        const JournalInfo &j = store.journal();
        e(j.present, j.size, qint64(j.lines), qint64(j.corruptLines),
            qint64(j.firstUnlistedCorrupt), qint64(j.lastCorrupt), j.tornTail);
        e.raw(quint32(j.events.size()));
        for (const JournalEvent &ev : j.events)
            e(qint64(ev.line), ev.eventId, ev.type, ev.lane, ev.objectId, ev.producer, ev.created,
                ev.offset);
        e(qint64(j.blankLines));
        e.raw(quint32(j.misnumbered.size()));
        for (const MisnumberedRun &r : j.misnumbered)
            e(qint64(r.firstLine), qint64(r.lastLine), qint64(r.firstNumber));
        e.raw(journal.problemsCount);
        for (quint32 i = 0; i < journal.problemsCount; ++i)
            encodeProblem(e, problems[journal.problemsBegin + i], true);
        const quint64 size = e.size() - sizeAt - sizeof(quint64);
        std::memcpy(e.at(sizeAt), &size, sizeof size);
    }
    flush();
    if (!ok)
        return {};

    const auto &all = store.files();
    quint32 entries = 0;
    for (const auto &info : files)
        entries += info.cacheable;
    e.raw(entries);
    for (std::size_t i = 0; i < all.size() && i < files.size(); ++i) {
        const LoadCacheFileInfo &info = files[i];
        if (!info.cacheable)
            continue;
        const RecordFile &f = all[i];
        e.text(f.path);
        encodeStamp(e, FileStamp::of(f, info.ctimeNs));
        const std::size_t sizeAt = e.size();
        e.raw(quint64(0));
        e(f.registry, f.kind, f.verdict, f.id, f.schema);
        e.raw(qint32(f.errors));
        e.raw(qint32(info.warnings));
        e.raw(info.problemsCount);
        for (quint32 p = 0; p < info.problemsCount; ++p)
            encodeProblem(e, problems[info.problemsBegin + p], false);
        // The typed tables hold the record; row says where.
        // The tag decode() checks the file's kind against.
        auto record = [&](const auto &table) {
            e.raw(quint8(LoadedFile::slotOf(f.kind)));
            fields(e, const_cast<std::decay_t<decltype(table[0])> &>(table[std::size_t(f.row)]));
        };
        if (f.row < 0) {
            e.raw(quint8(0));
        } else {
            switch (f.kind) {
            case RecordKind::Operation:
                record(store.operations());
                break;
            case RecordKind::Task:
                record(store.tasks());
                break;
            case RecordKind::Conflict:
                record(store.conflicts());
                break;
            case RecordKind::PolicyDecision:
                record(store.policyDecisions());
                break;
            case RecordKind::Actor:
                record(store.actors());
                break;
            case RecordKind::Device:
                record(store.devices());
                break;
            case RecordKind::Profile:
                record(store.profiles());
                break;
            case RecordKind::Evidence:
                record(store.evidence());
                break;
            default:
                e.raw(quint8(0));
                break;
            }
        }
        const quint64 size = e.size() - sizeAt - sizeof(quint64);
        std::memcpy(e.at(sizeAt), &size, sizeof size);
        flush();
        if (!ok)
            return {};
    }

    Header h {};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kFormatVersion;
    h.payloadSize = e.size() - sizeof h;
    flush(true);
    if (!ok)
        return {};
    h.checksum = sum.result();
    return std::string(reinterpret_cast<const char *>(&h), sizeof h);
}

std::thread LoadCache::encodeAndSave(const QString &directory, const LoadCacheKey &key,
    const Store &store, std::vector<LoadCacheFileInfo> files, LoadCacheJournalInfo journal,
    std::vector<Problem> problems, std::atomic<bool> &writing, bool checkedAll)
{
    {
        const std::lock_guard lock(g_savesMutex);
        ++g_savesRunning;
    }
    writing.store(true);
    auto job = [directory, key, &store, files = std::move(files), journal,
                   problems = std::move(problems), &writing, checkedAll] {
        const bool saved = writeCacheFile(directory, key.fileName, [&](int fd) {
            const std::string header = encodeTo(key, store, files, journal, problems,
                [fd](std::string_view chunk) { return writeAll(fd, chunk, -1); });
            return !header.empty() && writeAll(fd, header, 0);
        });
        if (saved && checkedAll)
            clearCheckFirst(directory, key);
        writing.store(false);
        const std::lock_guard lock(g_savesMutex);
        --g_savesRunning;
        g_savesDone.notify_all();
    };
    try {
        return std::thread(job);
    } catch (const std::system_error &) {
        job(); // no thread to be had: encoded on this one, as before
        return {};
    }
}

void LoadCache::giveBackBefore(std::size_t offset)
{
    const std::lock_guard lock(m_givenMutex);
    const std::size_t from = std::max(m_entriesAt, m_givenUpTo.load(std::memory_order_relaxed));
    if (offset <= from)
        return;
    // The end is published before the pages go: decode() refuses what lies below it.
    const PageBuffer::Pages pages = m_bytes.pagesWithin(from, offset - from);
    if (pages.empty())
        return;
    m_givenUpTo.store(pages.end, std::memory_order_release);
    m_bytes.giveBack(pages.begin, pages.end - pages.begin);
}

std::size_t LoadCache::givenBack() const
{
    const std::lock_guard lock(m_givenMutex);
    const std::size_t upTo = m_givenUpTo.load(std::memory_order_relaxed);
    return upTo > m_entriesAt ? upTo - m_bytes.pagesWithin(m_entriesAt, upTo - m_entriesAt).begin
                              : 0;
}

void LoadCache::releaseJournal()
{
    if (m_hasJournal && !m_journalReleased)
        m_bytes.giveBack(m_journalOffset, m_journalSize);
    m_journalReleased = true;
}

void LoadCache::setFlushBytesForTests(std::size_t bytes)
{
    g_flushBytes.store(bytes, std::memory_order_relaxed);
}

void LoadCache::reseal(std::string &bytes)
{
    if (bytes.size() < sizeof(Header))
        return;
    Header h;
    std::memcpy(&h, bytes.data(), sizeof h);
    h.checksum = checksum(bytes.data() + sizeof h, bytes.size() - sizeof h);
    std::memcpy(bytes.data(), &h, sizeof h);
}

void LoadCache::waitForSaves()
{
    std::unique_lock lock(g_savesMutex);
    g_savesDone.wait(lock, [] { return g_savesRunning == 0; });
}

} // namespace SyncDesk
