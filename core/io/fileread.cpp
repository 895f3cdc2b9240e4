// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/fileread_p.h"

#include "core/io/directorynames_p.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {

EntryType entryType(const QString &path, QString *symlinkTarget)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0)
        return EntryType::Missing;
    if (S_ISLNK(st.st_mode)) {
        if (symlinkTarget) {
            char buf[4096];
            const auto n = ::readlink(native.constData(), buf, sizeof buf - 1);
            *symlinkTarget = n > 0 ? QFile::decodeName(QByteArray(buf, n)) : QString();
        }
        return EntryType::Symlink;
    }
    if (S_ISREG(st.st_mode))
        return EntryType::File;
    if (S_ISDIR(st.st_mode))
        return EntryType::Directory;
    return EntryType::Other;
}

QString fileTypeName(unsigned mode)
{
    switch (mode & S_IFMT) {
    case S_IFIFO:
        return QCoreApplication::translate("SyncDesk::FileRead", "a FIFO (named pipe)");
    case S_IFSOCK:
        return QCoreApplication::translate("SyncDesk::FileRead", "a socket");
    case S_IFCHR:
    case S_IFBLK:
        return QCoreApplication::translate("SyncDesk::FileRead", "a device");
    case S_IFDIR:
        return QCoreApplication::translate("SyncDesk::FileRead", "a folder");
    case S_IFLNK:
        return QCoreApplication::translate("SyncDesk::FileRead", "a symbolic link");
    case S_IFREG:
        return QCoreApplication::translate("SyncDesk::FileRead", "a regular file");
    default:
        return QCoreApplication::translate("SyncDesk::FileRead", "not a regular file");
    }
}

QString whyUnreadable(const FileRead &read)
{
    switch (read.status) {
    case FileRead::Status::Ok:
        return QString();
    case FileRead::Status::NotRegular:
        return QCoreApplication::translate("SyncDesk::FileRead", "it is %1, not a regular file")
            .arg(fileTypeName(read.type));
    case FileRead::Status::Symlink:
        return QCoreApplication::translate(
            "SyncDesk::FileRead", "it is a symbolic link, which is not followed");
    case FileRead::Status::TooLarge:
        return QCoreApplication::translate("SyncDesk::FileRead", "it is larger than the limit");
    case FileRead::Status::Error:
        break;
    }
    return read.error;
}

FileRead readFileNoFollow(const QString &path, qint64 maxSize)
{
    return readFileNoFollowAt(AT_FDCWD, QFile::encodeName(path).constData(), maxSize);
}

int openFileNoFollowAt(int dirFd, const char *name, qint64 maxSize, FileRead &r)
{
    r = FileRead();
    // O_NONBLOCK: opening a FIFO without a writer would wait for one; O_NOCTTY: a
    // terminal device must not become this process's controlling terminal.
    const int fd = ::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    struct stat st;
    if (fd < 0) {
        const int error = errno;
        r.status = error == ELOOP ? FileRead::Status::Symlink : FileRead::Status::Error;
        r.error = QString::fromLocal8Bit(std::strerror(error));
        // A socket cannot be opened at all (ENXIO): say what it is, not the errno.
        if (error != ELOOP && error != ENOENT
            && ::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode)) {
            r.status
                = S_ISLNK(st.st_mode) ? FileRead::Status::Symlink : FileRead::Status::NotRegular;
            r.type = st.st_mode & S_IFMT;
            r.error.clear();
        }
        return -1;
    }
    if (::fstat(fd, &st) != 0) {
        r.error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    r.size = st.st_size;
    r.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    r.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000LL + st.st_ctim.tv_nsec;
    r.inode = st.st_ino;
    if (!S_ISREG(st.st_mode)) {
        r.status = FileRead::Status::NotRegular;
        r.type = st.st_mode & S_IFMT;
        ::close(fd);
        return -1;
    }
    if (st.st_size > maxSize) {
        r.status = FileRead::Status::TooLarge;
        ::close(fd);
        return -1;
    }
    r.status = FileRead::Status::Ok;
    return fd;
}

FileRead readFileNoFollowAt(int dirFd, const char *name, qint64 maxSize)
{
    FileRead r;
    const int fd = openFileNoFollowAt(dirFd, name, maxSize, r);
    if (fd < 0)
        return r;
    r.status = FileRead::Status::Error; // until the whole file is read
    // One byte more than stat said, for the read that finds the end: growing
    // the string then would copy the whole file once more (a 75 MB journal).
    r.bytes.resize(static_cast<std::size_t>(r.size) + 1);
    std::size_t done = 0;
    // The file may grow or shrink while the daemon writes; read what is there.
    while (true) {
        if (done == r.bytes.size())
            r.bytes.resize(done + 4096);
        const auto n = ::read(fd, r.bytes.data() + done, r.bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            r.error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return r;
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
        if (static_cast<qint64>(done) > maxSize) {
            r.status = FileRead::Status::TooLarge;
            r.bytes.clear();
            ::close(fd);
            return r;
        }
        // A short read that brought exactly what fstat said is the end: the
        // read that would return 0 is a system call per file (240k in a store).
        if (done < r.bytes.size() && static_cast<qint64>(done) == r.size)
            break;
    }
    r.bytes.resize(done);
    ::close(fd);
    r.status = FileRead::Status::Ok;
    return r;
}

int openDirectory(const QString &path)
{
    return ::open(
        QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

Result<QStringList> listDirectory(const QString &path)
{
    const int fd = openDirectory(path);
    if (fd < 0)
        return Result<QStringList>::failure(QString::fromLocal8Bit(std::strerror(errno)));
    const auto names = DirectoryNames::list(fd);
    ::close(fd);
    if (!names)
        return Result<QStringList>::failure(names.error());
    QStringList decoded;
    decoded.reserve(qsizetype(names->size()));
    for (std::size_t i = 0; i < names->size(); ++i)
        decoded << QFile::decodeName(names->cString(i));
    decoded.sort(); // the order of the names as text, not as bytes
    return Result<QStringList>::success(std::move(decoded));
}

} // namespace SyncDesk
