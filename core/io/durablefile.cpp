// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: every durable write of the store (temp + fsync + rename,
// check-and-swap, guarded removal, the journal's locked numbered append) shares
// the fault-injection points and error shape below; docs/security.md maps them.

#include "core/io/durablefile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace SyncDesk {
namespace {

struct Fault
{
    std::atomic<int> remaining { 0 };
    std::atomic<int> error { 0 };
};
Fault g_faults[4];

IoError ioError(const QString &path, const QString &step, int error)
{
    return IoError { path,
        DurableFile::tr("%1: %2 failed: %3")
            .arg(path, step, QString::fromLocal8Bit(std::strerror(error))),
        error };
}

/// write() that loops on short writes and EINTR, with fault injection.
bool writeAll(int fd, const char *data, qsizetype size, int &error)
{
    while (size > 0) {
        if (const int injected = FaultInjection::check(FaultInjection::Call::Write)) {
            error = injected;
            return false;
        }
        const auto n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool syncFd(int fd, bool data, int &error)
{
    if (const int injected = FaultInjection::check(FaultInjection::Call::Fsync)) {
        error = injected;
        return false;
    }
    if ((data ? ::fdatasync(fd) : ::fsync(fd)) != 0) {
        error = errno;
        return false;
    }
    return true;
}

} // namespace

int FaultInjection::check(Call call)
{
    Fault &f = g_faults[int(call)];
    if (f.remaining.load(std::memory_order_relaxed) <= 0)
        return 0;
    return f.remaining.fetch_sub(1) == 1 ? f.error.load() : 0;
}

void FaultInjection::arm(Call call, int nth, int error)
{
    g_faults[int(call)].error = error;
    g_faults[int(call)].remaining = nth;
}

void FaultInjection::disarm()
{
    for (auto &f : g_faults)
        f.remaining = 0;
}

void FaultInjection::armFromEnvironment()
{
    const QByteArray spec = qgetenv("SYNCDESK_FAULT_INJECT");
    if (spec.isEmpty())
        return;
    const auto parts = spec.split(':');
    if (parts.size() != 3)
        return;
    static const QList<QByteArray> kinds { "write", "fsync", "rename", "link" };
    const auto kind = kinds.indexOf(parts[0]);
    const int error = parts[1] == "ENOSPC" ? ENOSPC : parts[1] == "EIO" ? EIO : parts[1].toInt();
    if (kind >= 0 && error > 0)
        arm(Call(kind), parts[2].toInt(), error);
}

std::optional<IoError> DurableFile::syncDirectory(int dirFd, const QString &display)
{
    int error = 0;
    if (!syncFd(dirFd, false, error))
        return ioError(display, tr("fsync of the folder"), error);
    return std::nullopt;
}

bool DurableFile::isOwnTempName(const QByteArray &name)
{
    // "." + target + "." + 16 hex + ".tmp"
    if (name.size() < 1 + 1 + 1 + 16 + 4 || !name.startsWith('.') || !name.endsWith(".tmp"))
        return false;
    const QByteArray hex = name.mid(name.size() - 4 - 16, 16);
    if (name.at(name.size() - 4 - 16 - 1) != '.')
        return false;
    return std::all_of(hex.cbegin(), hex.cend(),
        [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

namespace {

QByteArray tempNameFor(const QByteArray &target)
{
    // Unpredictable (another user must not guess and pre-create it) and within
    // NAME_MAX however long the target's name is.
    return '.' + target.left(200) + '.'
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0')
        + ".tmp";
}

/// A temp file in dirFd, created exclusively and never through a link.
int createTemp(int dirFd, const QByteArray &name)
{
    return ::openat(dirFd, name.constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
}

QByteArray shaOfFileAt(int dirFd, const QByteArray &name)
{
    const int fd
        = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return QByteArray();
    struct stat st;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    char buf[1 << 16];
    for (qint64 read = 0; ok;) {
        const auto n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || (read += n) > (64LL << 20)) {
            ok = n == 0;
            break;
        }
        hash.addData(QByteArrayView(buf, n));
    }
    ::close(fd);
    return ok ? hash.result().toHex() : QByteArray();
}

/**
 * Swaps temp and target, then checks that what was displaced is the file the
 * caller checked. If not, another writer replaced it in between: swap back,
 * so that their file stays, and drop ours. Without RENAME_EXCHANGE (a
 * filesystem that lacks it) the check runs just before a plain rename.
 */
int swapChecked(int dirFd, const QByteArray &temp, const QByteArray &target, const QByteArray &sha,
    const QByteArray &ownSha)
{
    // Looked at first: a file another writer replaced while the temp was being
    // written and synced (milliseconds on a disk) is seen without ever putting
    // ours in its place. Between the exchange and the swap back, our file is
    // visible; a writer that reads it then (the daemon's read-modify-write of the
    // manifest or a conflict) builds on a version that is about to be withdrawn.
    // That window remains only for a replace landing between this look and the
    // exchange: a few system calls.
    if (shaOfFileAt(dirFd, target) != sha) {
        ::unlinkat(dirFd, temp.constData(), 0);
        return ECANCELED;
    }
    int error = FaultInjection::check(FaultInjection::Call::Rename);
    if (!error
        && ::renameat2(dirFd, temp.constData(), dirFd, target.constData(), RENAME_EXCHANGE) != 0)
        error = errno;
    if (error == EINVAL || error == ENOSYS) {
        if (shaOfFileAt(dirFd, target) != sha) {
            ::unlinkat(dirFd, temp.constData(), 0);
            return ECANCELED;
        }
        error = ::renameat(dirFd, temp.constData(), dirFd, target.constData()) == 0 ? 0 : errno;
        if (error)
            ::unlinkat(dirFd, temp.constData(), 0);
        return error;
    }
    if (error) {
        ::unlinkat(dirFd, temp.constData(), 0);
        return error;
    }
    QByteArray holding = shaOfFileAt(dirFd, temp);
    if (holding == sha) {
        ::unlinkat(dirFd, temp.constData(), 0); // the displaced file, as checked
        return 0;
    }
    // temp now holds the other writer's file: put it back and drop ours. Each
    // exchange back must displace the file it is meant to (first ours); one
    // that displaces another is a newer file of theirs (they renamed again
    // meanwhile), which goes back in place, and the older one it replaced goes.
    QByteArray expect = ownSha;
    for (int round = 0; round < 16; ++round) {
        if (::renameat2(dirFd, temp.constData(), dirFd, target.constData(), RENAME_EXCHANGE) != 0)
            return ECANCELED;
        const QByteArray displaced = shaOfFileAt(dirFd, temp);
        if (displaced == expect) {
            ::unlinkat(dirFd, temp.constData(), 0);
            return ECANCELED;
        }
        expect = holding;
        holding = displaced;
    }
    return ECANCELED; // still racing: nothing of theirs is removed
}

/// Puts temp in place of target: rename over it, or link (never clobbering).
int placeTemp(int dirFd, const QByteArray &temp, const QByteArray &target, DurableFile::Mode mode,
    const QByteArray &expectedSha = QByteArray(), const QByteArray &ownSha = QByteArray())
{
    int error = 0;
    if (mode == DurableFile::Mode::SwapChecked)
        return swapChecked(dirFd, temp, target, expectedSha, ownSha);
    if (mode == DurableFile::Mode::Replace) {
        error = FaultInjection::check(FaultInjection::Call::Rename);
        if (!error && ::renameat(dirFd, temp.constData(), dirFd, target.constData()) != 0)
            error = errno;
        if (error)
            ::unlinkat(dirFd, temp.constData(), 0);
    } else {
        // linkat fails with EEXIST instead of replacing a file someone else just made.
        error = FaultInjection::check(FaultInjection::Call::Link);
        if (!error && ::linkat(dirFd, temp.constData(), dirFd, target.constData(), 0) != 0)
            error = errno;
        ::unlinkat(dirFd, temp.constData(), 0);
    }
    return error;
}

} // namespace

std::optional<IoError> DurableFile::writeGroup(std::vector<GroupItem> &items)
{
    struct Temp
    {
        int dirFd = -1;
        QByteArray name;
        int fd = -1;
        int error = 0;
    };
    std::vector<Temp> temps(items.size());
    auto removeTemps = [&] {
        for (auto &t : temps) {
            if (t.fd >= 0)
                ::close(t.fd);
            t.fd = -1;
            if (!t.name.isEmpty())
                ::unlinkat(t.dirFd, t.name.constData(), 0);
            t.name.clear();
        }
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].placed = -1;
        const DirEntryRef &target = items[i].target;
        Temp &t = temps[i];
        t.dirFd = target.dirFd;
        t.name = tempNameFor(target.name);
        t.fd = createTemp(t.dirFd, t.name);
        if (t.fd < 0) {
            const int error = errno;
            const QString temp = target.dirPath + QLatin1Char('/') + QString::fromUtf8(t.name);
            t.name.clear();
            removeTemps();
            return ioError(temp, tr("creating a temporary file"), error);
        }
        int error = 0;
        if (!writeAll(t.fd, items[i].bytes.constData(), items[i].bytes.size(), error)) {
            removeTemps();
            return ioError(target.path(), tr("writing"), error);
        }
    }
    // Concurrent fdatasyncs share journal commits; one after another, each waits
    // for its own (a batch of 1,000 decisions made 4,000 of them).
    std::atomic<std::size_t> next { 0 };
    auto syncSome = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < temps.size();)
            syncFd(temps[i].fd, true, temps[i].error);
    };
    std::vector<std::thread> threads;
    const std::size_t workers = std::min<std::size_t>(16, temps.size());
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(syncSome);
    syncSome();
    for (auto &t : threads)
        t.join();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (temps[i].error) {
            const int error = temps[i].error;
            removeTemps();
            return ioError(items[i].target.path(), tr("fdatasync"), error);
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        Temp &t = temps[i];
        const int closed = ::close(t.fd);
        t.fd = -1;
        if (closed != 0) {
            const int error = errno;
            removeTemps();
            return ioError(items[i].target.path(), tr("closing"), error);
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        Temp &t = temps[i];
        const int error
            = placeTemp(t.dirFd, t.name, items[i].target.name, items[i].mode, items[i].expectedSha,
                items[i].mode == Mode::SwapChecked
                    ? QCryptographicHash::hash(items[i].bytes, QCryptographicHash::Sha256).toHex()
                    : QByteArray());
        t.name.clear(); // placed or removed by placeTemp
        if ((error == EEXIST && items[i].mode == Mode::CreateNew)
            || (error == ECANCELED && items[i].mode == Mode::SwapChecked)) {
            items[i].placed = error;
            continue;
        }
        if (error) {
            removeTemps();
            return ioError(items[i].target.path(),
                items[i].mode == Mode::CreateNew ? tr("creating") : tr("renaming into place"),
                error);
        }
        items[i].placed = 0;
    }
    return std::nullopt;
}

int DurableFile::removeIfHolds(const DirEntryRef &file, const QByteArray &sha)
{
    // Moved aside first, then checked: whatever another writer renames to the
    // name from then on stays, and what was moved aside goes only if it is ours.
    const QByteArray aside = tempNameFor(file.name);
    if (::renameat2(
            file.dirFd, file.name.constData(), file.dirFd, aside.constData(), RENAME_NOREPLACE)
        != 0) {
        const int error = errno;
        if (error != EINVAL)
            return error; // ENOENT: gone already
        // No RENAME_NOREPLACE on this filesystem: check, then remove.
        if (shaOfFileAt(file.dirFd, file.name) != sha)
            return ECANCELED;
        return ::unlinkat(file.dirFd, file.name.constData(), 0) == 0 ? 0 : errno;
    }
    if (shaOfFileAt(file.dirFd, aside) == sha)
        return ::unlinkat(file.dirFd, aside.constData(), 0) == 0 ? 0 : errno;
    // Another writer's file goes back. If they wrote the name again meanwhile,
    // theirs there is newer, and the one set aside is what it replaced.
    if (::renameat2(
            file.dirFd, aside.constData(), file.dirFd, file.name.constData(), RENAME_NOREPLACE)
            != 0
        && errno == EEXIST)
        ::unlinkat(file.dirFd, aside.constData(), 0);
    return ECANCELED;
}

std::optional<IoError> DurableFile::write(
    const DirEntryRef &target, const QByteArray &bytes, Mode mode, bool syncDir)
{
    // The temp name is one readers skip (".tmp") and unique per writer.
    const QByteArray temp = tempNameFor(target.name);
    const int fd = createTemp(target.dirFd, temp);
    if (fd < 0)
        return ioError(target.dirPath + QLatin1Char('/') + QString::fromUtf8(temp),
            tr("creating a temporary file"), errno);
    int error = 0;
    auto fail = [&](const QString &step) {
        ::close(fd);
        ::unlinkat(target.dirFd, temp.constData(), 0);
        return ioError(target.path(), step, error);
    };
    if (!writeAll(fd, bytes.constData(), bytes.size(), error))
        return fail(tr("writing"));
    if (!syncFd(fd, true, error))
        return fail(tr("fdatasync"));
    if (::close(fd) != 0) {
        error = errno;
        ::unlinkat(target.dirFd, temp.constData(), 0);
        return ioError(target.path(), tr("closing"), error);
    }
    if (const int placed = placeTemp(target.dirFd, temp, target.name, mode))
        return ioError(target.path(),
            mode == Mode::Replace ? tr("renaming into place") : tr("creating"), placed);
    if (syncDir)
        return syncDirectory(target.dirFd, target.dirPath);
    return std::nullopt;
}

namespace {

/**
 * The journal is append-only: what was counted stays counted. Kept per path with
 * the file's identity and the bytes just before the counted end; a journal that
 * grew behind the same bytes is counted from there on (75 MB at 100k took ~22 ms
 * of every Apply), anything else is counted again from the start.
 */
struct CountedJournal
{
    quint64 device = 0, inode = 0;
    qint64 size = 0, lines = 0;
    bool content = false; ///< the line open at `size` has more than white space
    QByteArray tail; ///< the last bytes before `size`
};

/// A journal larger than the loader reads (1 GiB) is not counted or appended to.
constexpr qint64 kMaxJournal = 1LL << 30;

QMutex g_countedMutex;
QHash<QString, CountedJournal> g_counted;

} // namespace

namespace {

/// The journal opened without following a link and without blocking (a FIFO
/// in its place must not hang a writer), checked to be a regular file.
/**
 * flock(journal.jsonl), exclusive: the journal is never replaced, so it is the
 * one file every writer (a future daemon too) can lock around count-and-append.
 * Never a blocking wait: a local user holding the lock must not hang the
 * writer. 0, EWOULDBLOCK after the timeout, or another errno.
 */
int lockJournal(int fd, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return errno;
        if (waited.elapsed() >= timeoutMs)
            return EWOULDBLOCK;
        QThread::msleep(2);
    }
    return 0;
}

int openJournal(const DirEntryRef &journal, int flags, std::optional<IoError> &error)
{
    const int fd = ::openat(
        journal.dirFd, journal.name.constData(), flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int e = errno;
        // A journal that does not exist yet has no lines; appending creates it.
        if (e != ENOENT || (flags & O_CREAT))
            error = ioError(journal.path(),
                e == ELOOP ? DurableFile::tr("opening (it is a symbolic link)")
                           : DurableFile::tr("opening"),
                e);
        return -1;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        error = ioError(journal.path(), DurableFile::tr("reading"), e);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        error = IoError { journal.path(),
            DurableFile::tr("%1 is not a regular file; Sync Desk neither reads nor appends to it.")
                .arg(journal.path()),
            EINVAL };
        return -1;
    }
    // A hard link would carry an append to wherever else that file is named.
    if ((flags & (O_WRONLY | O_RDWR)) && st.st_nlink != 1) {
        ::close(fd);
        error = IoError { journal.path(),
            DurableFile::tr("%1 has other names (hard links); Sync Desk does not append to it.")
                .arg(journal.path()),
            EMLINK };
        return -1;
    }
    return fd;
}

} // namespace

namespace {

/**
 * Counts the complete lines of an open journal from the start, or from where an
 * earlier count of the same file ended while the bytes before that end are the
 * same. end is the size counted.
 */
std::optional<IoError> countOpen(
    int fd, const QString &path, qint64 &lines, bool &tornTail, qint64 &end)
{
    lines = 0;
    tornTail = false;
    end = 0;
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return ioError(path, DurableFile::tr("reading"), errno);
    // A sparse or huge file (a hole of terabytes reads as zeros for hours) is
    // no journal anyone wrote line by line.
    if (st.st_size > kMaxJournal || qint64(st.st_blocks) * 512 + (1 << 20) < st.st_size)
        return IoError { path,
            DurableFile::tr("%1 is larger than 1 GiB or sparse; Sync Desk does not append to it.")
                .arg(path),
            EFBIG };
    constexpr qint64 kTail = 256;
    qint64 from = 0;
    bool content = false;
    {
        const QMutexLocker locker(&g_countedMutex);
        const auto it = g_counted.constFind(path);
        if (it != g_counted.cend() && it->device == quint64(st.st_dev)
            && it->inode == quint64(st.st_ino) && it->size <= qint64(st.st_size) && it->size > 0) {
            QByteArray tail(it->tail.size(), Qt::Uninitialized);
            if (::pread(fd, tail.data(), size_t(tail.size()), it->size - tail.size()) == tail.size()
                && tail == it->tail) {
                from = it->size;
                lines = it->lines;
                content = it->content;
            }
        }
    }
    char buf[1 << 16];
    char last = '\n';
    qint64 at = from;
    if (from > 0) {
        char c = 0;
        if (::pread(fd, &c, 1, from - 1) == 1)
            last = c;
    }
    // The daemon numbers a new event by its count of non-empty lines (white
    // space alone does not count), so that is what is counted here.
    while (at < kMaxJournal) {
        const auto n = ::pread(fd, buf, sizeof buf, at);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError(path, DurableFile::tr("reading"), errno);
        }
        if (n == 0)
            break;
        for (ssize_t i = 0; i < n; ++i) {
            const char c = buf[i];
            if (c == '\n') {
                lines += content;
                content = false;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
                content = true;
            }
        }
        last = buf[n - 1];
        at += n;
    }
    if (at > 0) {
        CountedJournal counted { quint64(st.st_dev), quint64(st.st_ino), at, lines, content, {} };
        counted.tail.resize(qsizetype(std::min(at, kTail)));
        if (::pread(fd, counted.tail.data(), size_t(counted.tail.size()), at - counted.tail.size())
            == counted.tail.size()) {
            const QMutexLocker locker(&g_countedMutex);
            g_counted.insert(path, std::move(counted));
        }
    }
    tornTail = last != '\n';
    lines += content; // a torn last line with content is one the daemon counts too
    end = at;
    return std::nullopt;
}

} // namespace

std::optional<IoError> DurableFile::countLines(
    const DirEntryRef &journal, qint64 &lines, bool &tornTail)
{
    lines = 0;
    tornTail = false;
    std::optional<IoError> openError;
    const int fd = openJournal(journal, O_RDONLY, openError);
    if (fd < 0)
        return openError; // none when the journal does not exist yet
    qint64 end = 0;
    auto error = countOpen(fd, journal.path(), lines, tornTail, end);
    ::close(fd);
    return error;
}

std::optional<IoError> DurableFile::appendNumbered(const DirEntryRef &journal,
    const std::function<QByteArray(qint64 firstLine)> &lines, int lockTimeoutMs, JournalAppend &out)
{
    out = {};
    const QString path = journal.path();
    std::optional<IoError> openError;
    const int fd = openJournal(journal, O_RDWR | O_APPEND | O_CREAT, openError);
    if (fd < 0)
        return openError;
    auto fail = [&](const QString &step, int error) {
        ::close(fd); // releases the flock too
        return ioError(path, step, error);
    };
    if (const int error = lockJournal(fd, lockTimeoutMs))
        return fail(
            error == EWOULDBLOCK ? tr("locking (another program holds it)") : tr("locking"), error);
    qint64 count = 0, end = 0;
    bool torn = false;
    if (auto e = countOpen(fd, path, count, torn, end)) {
        ::close(fd);
        return e;
    }
    out.first = count + 1;
    QByteArray buffer;
    if (torn) // never glue a line onto a torn one, which stays a visible corrupt line
        buffer.append('\n');
    buffer.append(lines(out.first));
    out.bytes = buffer;
    out.offset = end;
    int error = 0;
    // One write() per append: a crash leaves nothing or a torn tail, which the
    // next append terminates.
    if (!writeAll(fd, buffer.constData(), buffer.size(), error) || !syncFd(fd, true, error))
        return fail(tr("appending"), error);
    // Did the lines land where they were numbered? A writer that takes no lock
    // (today's daemon) can append between the count and the write; O_APPEND then
    // puts ours after its lines, and the numbers we gave are off by as many.
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return fail(tr("reading"), errno);
    QByteArray at(buffer.size(), Qt::Uninitialized);
    if (::pread(fd, at.data(), size_t(at.size()), end) == at.size() && at == buffer) {
        out.landedAsNumbered = true;
    } else {
        // Find where they did land, within what was appended since the count.
        const qint64 span = std::min<qint64>(qint64(st.st_size) - end, 64LL << 20);
        QByteArray appended(qsizetype(std::max<qint64>(span, 0)), Qt::Uninitialized);
        const auto n = ::pread(fd, appended.data(), size_t(appended.size()), end);
        const qsizetype where = n > 0 ? appended.first(n).indexOf(buffer) : -1;
        if (where >= 0) {
            out.offset = end + where;
            out.first += appended.first(where).count('\n');
        } else {
            out.offset = -1; // not found whole: the caller reports it
        }
    }
    ::close(fd);
    return std::nullopt;
}

std::optional<IoError> DurableFile::completeTornLine(const DirEntryRef &journal,
    qint64 fragmentOffset, const QByteArray &fragment, const QByteArray &rest, int lockTimeoutMs,
    bool &completed)
{
    completed = false;
    const QString path = journal.path();
    std::optional<IoError> openError;
    const int fd = openJournal(journal, O_RDWR | O_APPEND, openError);
    if (fd < 0)
        return openError;
    auto fail = [&](const QString &step, int error) {
        ::close(fd);
        return ioError(path, step, error);
    };
    if (const int error = lockJournal(fd, lockTimeoutMs))
        return fail(
            error == EWOULDBLOCK ? tr("locking (another program holds it)") : tr("locking"), error);
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return fail(tr("reading"), errno);
    QByteArray tail(fragment.size(), Qt::Uninitialized);
    if (qint64(st.st_size) != fragmentOffset + fragment.size()
        || ::pread(fd, tail.data(), size_t(tail.size()), fragmentOffset) != tail.size()
        || tail != fragment) {
        ::close(fd); // another writer appended since: not ours to touch
        return std::nullopt;
    }
    int error = 0;
    if (!writeAll(fd, rest.constData(), rest.size(), error) || !syncFd(fd, true, error))
        return fail(tr("appending"), error);
    completed = true;
    ::close(fd);
    return std::nullopt;
}

std::optional<IoError> DurableFile::appendLines(
    const DirEntryRef &journal, const QByteArray &lines, bool terminateTornTail)
{
    const QString path = journal.path();
    std::optional<IoError> openError;
    const int fd = openJournal(journal, O_WRONLY | O_APPEND | O_CREAT, openError);
    if (fd < 0)
        return openError;
    QByteArray buffer;
    if (terminateTornTail)
        buffer.append('\n');
    buffer.append(lines);
    int error = 0;
    // One write() per append: a crash leaves nothing or a torn tail, which the
    // next append terminates.
    if (!writeAll(fd, buffer.constData(), buffer.size(), error) || !syncFd(fd, true, error)) {
        ::close(fd);
        return ioError(path, tr("appending"), error);
    }
    ::close(fd);
    return std::nullopt;
}

} // namespace SyncDesk
