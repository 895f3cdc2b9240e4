// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/writerlock.h"

#include "core/io/fileread_p.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

/// QLockFile's holder lines are read from at most this much of the file.
constexpr qsizetype kMaxInfoBytes = 4096;
/// A program or host name longer than this is not a name: cut for display.
constexpr qsizetype kMaxInfoText = 64;

constexpr int kOpenFlags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Why a lock file cannot be created in dir, beyond the errno of the open:
/// "Permission denied" alone leaves a user with a read-only store guessing.
QString whyNotWritable(const QByteArray &dir, int openError)
{
    struct statvfs fs;
    if (::statvfs(dir.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return errorText(EROFS);
    return errorText(openError);
}

/// What QLockFile writes as the program: the file name of /proc/<pid>/exe.
/// It compares that with the holder's executable before it believes the PID,
/// so anything else would make an older build break a live lock.
QByteArray ownProgramName()
{
    char buf[4096];
    const auto n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    QByteArray path(buf, n);
    static const char deleted[] = " (deleted)";
    if (path.endsWith(deleted))
        path.chop(qsizetype(sizeof deleted - 1));
    return path.mid(path.lastIndexOf('/') + 1);
}

QByteArray lockFileContent()
{
    return QByteArray::number(qint64(::getpid())) + '\n' + ownProgramName() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
        + QSysInfo::bootUniqueId() + '\n';
}

/// A name from the file, fit for a status bar and a tooltip: printable, no
/// markup a rich-text guess would render, and short.
QString displayText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(kMaxInfoText * 4));
    text.removeIf([](QChar c) {
        return !c.isPrint() || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char('&');
    });
    if (text.size() > kMaxInfoText)
        text = text.left(kMaxInfoText) + QChar(0x2026);
    return text;
}

/// Reads the holder lines of an open regular file: one bounded pread, no waiting.
void readInfo(int fd, WriterLock::State &state)
{
    char buf[kMaxInfoBytes];
    ssize_t n;
    do
        n = ::pread(fd, buf, sizeof buf, 0);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return;
    const QList<QByteArray> lines = QByteArray(buf, n).split('\n');
    bool ok = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
    state.pid = ok && pid > 0 ? pid : 0;
    state.app = displayText(lines.value(1));
    state.host = displayText(lines.value(2));
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// For a name that is not a lock file: "a FIFO (named pipe)", "a folder"…, or
/// empty when st is a plain file with one name.
QString whatItIs(const struct stat &st)
{
    if (S_ISREG(st.st_mode) && st.st_nlink > 1)
        return WriterLock::tr("a file with other names (hard links)");
    return S_ISREG(st.st_mode) ? QString() : fileTypeName(st.st_mode);
}

QString notALockFile(const QString &path, const QString &what)
{
    return WriterLock::tr("%1 is %2, not a lock file: no writer can lock the store until it is "
                          "removed. Nothing was written.")
        .arg(path, what);
}

} // namespace

WriterLock::WriterLock(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    m_dir = QFile::encodeName(info.path());
    m_name = QFile::encodeName(info.fileName());
}

WriterLock::WriterLock(int dirFd, const QString &name, const QString &path)
    : m_path(path)
    , m_name(QFile::encodeName(name))
    , m_dirFd(::fcntl(dirFd, F_DUPFD_CLOEXEC, 0))
{
    m_dir = QFile::encodeName(QFileInfo(path).path());
}

WriterLock::~WriterLock()
{
    unlock();
    if (m_dirFd >= 0)
        ::close(m_dirFd);
}

void WriterLock::refuse(Failure failure, const QString &message)
{
    m_failure = failure;
    m_problem = message;
}

WriterLock::Attempt WriterLock::attempt()
{
    // Looked at before it is opened: opening a device can have effects of its own.
    struct stat st;
    if (::fstatat(m_dirFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (const QString what = whatItIs(st); !what.isEmpty()) {
            refuse(Failure::NotALockFile, notALockFile(m_path, what));
            return Attempt::Refused;
        }
    }
    const int fd = ::openat(m_dirFd, m_name.constData(), O_RDWR | O_CREAT | kOpenFlags, 0644);
    if (fd < 0) {
        const int error = errno;
        if (error == EINTR)
            return Attempt::Retry;
        // Swapped for something else since the fstatat: say what it is now.
        if (::fstatat(m_dirFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (const QString what = whatItIs(st); !what.isEmpty()) {
                refuse(Failure::NotALockFile, notALockFile(m_path, what));
                return Attempt::Refused;
            }
        }
        refuse(Failure::CannotCreate,
            tr("The lock file %1 cannot be created: %2. Nothing was written.")
                .arg(m_path, whyNotWritable(m_dir, error)));
        return Attempt::Refused;
    }
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        refuse(Failure::CannotCreate,
            tr("The lock file %1 cannot be read: %2. Nothing was written.")
                .arg(m_path, errorText(error)));
        return Attempt::Refused;
    }
    if (const QString what = whatItIs(st); !what.isEmpty()) {
        ::close(fd);
        refuse(Failure::NotALockFile, notALockFile(m_path, what));
        return Attempt::Refused;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK || error == EINTR)
            return Attempt::Busy;
        refuse(Failure::CannotCreate,
            tr("The lock file %1 cannot be locked: %2. Nothing was written.")
                .arg(m_path, errorText(error)));
        return Attempt::Refused;
    }
    // The lock counts only if the name still leads to the file locked: a writer
    // that unlocked removed it meanwhile (and the next may have created a new
    // one), or someone swapped it. Either way, start over.
    struct stat now;
    if (::fstatat(m_dirFd, m_name.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0
        || !sameFile(st, now)) {
        ::close(fd);
        return Attempt::Retry;
    }
    // Ours now. A file left by a killed writer is reused: its old content goes.
    const QByteArray content = lockFileContent();
    qsizetype done = 0;
    int error = ::ftruncate(fd, 0) == 0 ? 0 : errno;
    while (!error && done < content.size()) {
        const auto n
            = ::pwrite(fd, content.constData() + done, size_t(content.size() - done), done);
        if (n < 0 && errno != EINTR)
            error = errno;
        else if (n > 0)
            done += n;
    }
    if (error) {
        // As QLockFile does: a lock nobody can read the holder of is not left behind.
        ::unlinkat(m_dirFd, m_name.constData(), 0);
        ::close(fd);
        refuse(Failure::CannotCreate,
            tr("The lock file %1 cannot be written: %2. Nothing was written.")
                .arg(m_path, errorText(error)));
        return Attempt::Refused;
    }
    ::fdatasync(fd);
    m_fd = fd;
    return Attempt::Locked;
}

bool WriterLock::tryLock(int timeoutMs)
{
    if (m_fd >= 0)
        return false; // not recursive, as QLockFile
    m_failure = Failure::None;
    m_problem.clear();
    if (m_dirFd < 0) {
        // The folder is the store root, which the user may have reached through a symlink.
        // Opened once: every attempt and the unlock then work in the same folder.
        m_dirFd = ::open(m_dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_dirFd < 0) {
            refuse(Failure::CannotCreate,
                tr("The lock file %1 cannot be created: %2. Nothing was written.")
                    .arg(m_path, errorText(errno)));
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    int pause = 5;
    while (true) {
        switch (attempt()) {
        case Attempt::Locked:
            return true;
        case Attempt::Refused:
            return false;
        case Attempt::Retry:
            // A race with another writer's unlock: at once, within the timeout.
            if (timer.elapsed() < timeoutMs)
                continue;
            [[fallthrough]];
        case Attempt::Busy:
            m_failure = Failure::Held;
            break;
        }
        if (timer.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(
            ulong(std::min<qint64>(pause, std::max<qint64>(1, timeoutMs - timer.elapsed()))));
        pause = std::min(pause * 2, 100);
    }
}

void WriterLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still held, so nobody can lock the file between the two;
    // and only if the name still leads to it: a file someone put there meanwhile stays.
    struct stat mine, now;
    if (::fstat(m_fd, &mine) == 0
        && ::fstatat(m_dirFd, m_name.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0
        && sameFile(mine, now))
        ::unlinkat(m_dirFd, m_name.constData(), 0);
    ::close(m_fd);
    m_fd = -1;
}

QString WriterLock::holder() const
{
    if (m_failure != Failure::Held)
        return m_problem.isEmpty() ? tr("The lock file %1 cannot be created.").arg(m_path)
                                   : m_problem;
    const State state = probe(m_path);
    if (state.pid <= 0)
        return tr("The store is being written by another program; the decisions stay staged.");
    return tr("The store is being written by %1 (process %2 on %3); the decisions stay staged.")
        .arg(state.app.isEmpty() ? tr("another program") : state.app)
        .arg(state.pid)
        .arg(state.host);
}

WriterLock::State WriterLock::probe(const QString &path)
{
    State state;
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::fstatat(AT_FDCWD, native.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno != ENOENT) {
            state.kind = State::Kind::Unreadable;
            state.message = tr("%1 cannot be read: %2").arg(path, errorText(errno));
        }
        return state;
    }
    auto notALock = [&](const struct stat &s) {
        state.kind = State::Kind::NotALockFile;
        state.what = whatItIs(s);
        state.message = tr("%1 is %2, not a lock file: no writer can lock the store until it is "
                           "removed.")
                            .arg(path, state.what);
        return state;
    };
    if (!whatItIs(st).isEmpty())
        return notALock(st);
    const int fd = ::open(native.constData(), O_RDONLY | kOpenFlags);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) // unlocked meanwhile
            return state;
        if (::fstatat(AT_FDCWD, native.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
            && !whatItIs(st).isEmpty())
            return notALock(st);
        state.kind = State::Kind::Unreadable;
        state.message = tr("%1 cannot be read: %2").arg(path, errorText(error));
        return state;
    }
    if (::fstat(fd, &st) != 0) {
        state.kind = State::Kind::Unreadable;
        state.message = tr("%1 cannot be read: %2").arg(path, errorText(errno));
        ::close(fd);
        return state;
    }
    if (!whatItIs(st).isEmpty()) {
        ::close(fd);
        return notALock(st);
    }
    readInfo(fd, state);
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
        ::flock(fd, LOCK_UN);
        state.kind = State::Kind::Unlocked; // a file a killed writer left
    } else if (const int error = errno; error == EWOULDBLOCK) {
        state.kind = State::Kind::Held;
    } else {
        state.kind = State::Kind::Unreadable;
        state.message = tr("%1 cannot be read: %2").arg(path, errorText(error));
    }
    ::close(fd);
    return state;
}

} // namespace SyncDesk
