#include "core/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

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

std::optional<IoError> DurableFile::syncDirectory(const QString &dir)
{
    const int fd = ::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(dir, tr("opening the folder"), errno);
    int error = 0;
    const bool ok = syncFd(fd, false, error);
    ::close(fd);
    if (!ok)
        return ioError(dir, tr("fsync of the folder"), error);
    return std::nullopt;
}

std::optional<IoError> DurableFile::writeGroup(std::vector<GroupItem> &items)
{
    struct Temp
    {
        QByteArray native;
        int fd = -1;
        int error = 0;
    };
    std::vector<Temp> temps(items.size());
    auto removeTemps = [&] {
        for (auto &t : temps) {
            if (t.fd >= 0)
                ::close(t.fd);
            t.fd = -1;
            if (!t.native.isEmpty())
                ::unlink(t.native.constData());
            t.native.clear();
        }
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].placed = -1;
        const QFileInfo info(items[i].path);
        const QString temp
            = QStringLiteral("%1/.%2.%3.tmp")
                  .arg(info.path(), info.fileName())
                  .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        Temp &t = temps[i];
        t.native = native(temp);
        t.fd = ::open(
            t.native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (t.fd < 0) {
            const int error = errno;
            t.native.clear();
            removeTemps();
            return ioError(temp, tr("creating a temporary file"), error);
        }
        int error = 0;
        if (!writeAll(t.fd, items[i].bytes.constData(), items[i].bytes.size(), error)) {
            removeTemps();
            return ioError(items[i].path, tr("writing"), error);
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
            return ioError(items[i].path, tr("fdatasync"), error);
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        Temp &t = temps[i];
        const int closed = ::close(t.fd);
        t.fd = -1;
        if (closed != 0) {
            const int error = errno;
            removeTemps();
            return ioError(items[i].path, tr("closing"), error);
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        Temp &t = temps[i];
        const QByteArray target = native(items[i].path);
        int error = 0;
        if (items[i].mode == Mode::Replace) {
            error = FaultInjection::check(FaultInjection::Call::Rename);
            if (!error && ::rename(t.native.constData(), target.constData()) != 0)
                error = errno;
            if (!error)
                t.native.clear(); // it is the target now
        } else {
            error = FaultInjection::check(FaultInjection::Call::Link);
            if (!error && ::link(t.native.constData(), target.constData()) != 0)
                error = errno;
            ::unlink(t.native.constData());
            t.native.clear();
            if (error == EEXIST) {
                items[i].placed = EEXIST;
                continue;
            }
        }
        if (error) {
            removeTemps();
            return ioError(items[i].path,
                items[i].mode == Mode::Replace ? tr("renaming into place") : tr("creating"), error);
        }
        items[i].placed = 0;
    }
    return std::nullopt;
}

std::optional<IoError> DurableFile::write(
    const QString &path, const QByteArray &bytes, Mode mode, bool syncDir)
{
    const QFileInfo info(path);
    const QString dir = info.path();
    // The temp name is one readers skip (".tmp") and unique per writer.
    const QString temp
        = QStringLiteral("%1/.%2.%3.tmp")
              .arg(dir, info.fileName())
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QByteArray tempNative = native(temp);
    const int fd = ::open(
        tempNative.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return ioError(temp, tr("creating a temporary file"), errno);
    int error = 0;
    auto fail = [&](const QString &step) {
        ::close(fd);
        ::unlink(tempNative.constData());
        return ioError(path, step, error);
    };
    if (!writeAll(fd, bytes.constData(), bytes.size(), error))
        return fail(tr("writing"));
    if (!syncFd(fd, true, error))
        return fail(tr("fdatasync"));
    if (::close(fd) != 0) {
        error = errno;
        ::unlink(tempNative.constData());
        return ioError(path, tr("closing"), error);
    }
    const QByteArray target = native(path);
    if (mode == Mode::Replace) {
        if (const int injected = FaultInjection::check(FaultInjection::Call::Rename)) {
            ::unlink(tempNative.constData());
            return ioError(path, tr("renaming into place"), injected);
        }
        if (::rename(tempNative.constData(), target.constData()) != 0) {
            error = errno;
            ::unlink(tempNative.constData());
            return ioError(path, tr("renaming into place"), error);
        }
    } else {
        // link() fails with EEXIST instead of replacing a file someone else just made.
        const int injected = FaultInjection::check(FaultInjection::Call::Link);
        if (injected || ::link(tempNative.constData(), target.constData()) != 0) {
            error = injected ? injected : errno;
            ::unlink(tempNative.constData());
            return ioError(path, tr("creating"), error);
        }
        ::unlink(tempNative.constData());
    }
    if (syncDir)
        return syncDirectory(dir);
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
    QByteArray tail; ///< the last bytes before `size`
};

QMutex g_countedMutex;
QHash<QString, CountedJournal> g_counted;

} // namespace

std::optional<IoError> DurableFile::countLines(const QString &path, qint64 &lines, bool &tornTail)
{
    lines = 0;
    tornTail = false;
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::nullopt;
        return ioError(path, tr("opening"), errno);
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return ioError(path, tr("reading"), error);
    }
    constexpr qint64 kTail = 256;
    qint64 from = 0;
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
    while (true) {
        const auto n = ::pread(fd, buf, sizeof buf, at);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return ioError(path, tr("reading"), error);
        }
        if (n == 0)
            break;
        lines += std::count(buf, buf + n, '\n');
        last = buf[n - 1];
        at += n;
    }
    if (at > 0) {
        CountedJournal counted { quint64(st.st_dev), quint64(st.st_ino), at, lines, {} };
        counted.tail.resize(qsizetype(std::min(at, kTail)));
        if (::pread(fd, counted.tail.data(), size_t(counted.tail.size()), at - counted.tail.size())
            == counted.tail.size()) {
            const QMutexLocker locker(&g_countedMutex);
            g_counted.insert(path, std::move(counted));
        }
    }
    ::close(fd);
    tornTail = last != '\n';
    return std::nullopt;
}

std::optional<IoError> DurableFile::appendLines(
    const QString &path, const QByteArray &lines, bool terminateTornTail)
{
    const int fd = ::open(
        native(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return ioError(path, tr("opening for append"), errno);
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
