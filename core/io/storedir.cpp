// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/storedir.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

IoError folderError(const QString &path, int error)
{
    if (error == ELOOP || error == ENOTDIR)
        return IoError { path,
            StoreDir::tr("%1 is not a plain folder (a symbolic link?); Sync Desk never writes "
                         "through links")
                .arg(path),
            ELOOP };
    return IoError { path,
        StoreDir::tr("%1: cannot open the folder: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(error))),
        error };
}

} // namespace

bool isPlainFileName(const QByteArray &name)
{
    return !name.isEmpty() && name.size() <= 255 && name != "." && name != ".."
        && !name.contains('/') && !name.contains('\0');
}

const char *StoreDir::folderName(Folder folder)
{
    switch (folder) {
    case Conflicts:
        return "conflicts";
    case Evidence:
        return "evidence";
    case Operations:
        return "operations";
    case Tasks:
        return "tasks";
    case FolderCount:
        break;
    }
    return "";
}

StoreDir::~StoreDir()
{
    close();
}

StoreDir::StoreDir(StoreDir &&other) noexcept
{
    *this = std::move(other);
}

StoreDir &StoreDir::operator=(StoreDir &&other) noexcept
{
    if (this != &other) {
        close();
        m_rootPath = std::move(other.m_rootPath);
        m_root = std::exchange(other.m_root, -1);
        m_folders = std::exchange(other.m_folders, { -1, -1, -1, -1 });
        m_inodes = other.m_inodes;
        m_devices = other.m_devices;
    }
    return *this;
}

void StoreDir::close()
{
    for (int &fd : m_folders)
        if (fd >= 0)
            ::close(std::exchange(fd, -1));
    if (m_root >= 0)
        ::close(std::exchange(m_root, -1));
}

std::optional<IoError> StoreDir::open(const QString &root, bool create, StoreDir &out)
{
    out.close();
    out.m_rootPath = root;
    out.m_root = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (out.m_root < 0)
        return folderError(root, errno);
    for (int f = 0; f < FolderCount; ++f) {
        const char *name = folderName(Folder(f));
        const QString path = root + QLatin1Char('/') + QLatin1String(name);
        int fd = ::openat(out.m_root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT && create) {
            if (::mkdirat(out.m_root, name, 0755) != 0 && errno != EEXIST)
                return IoError { path,
                    tr("%1: cannot create the folder: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                    errno };
            fd = ::openat(out.m_root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (fd < 0) {
            if (errno == ENOENT && !create)
                continue; // a reader-only open: the folder is simply not there
            return folderError(path, errno);
        }
        struct stat st;
        if (::fstat(fd, &st) != 0) {
            const int e = errno;
            ::close(fd);
            return folderError(path, e);
        }
        // A folder on another filesystem (a FUSE mount another user put there)
        // could block every read and sync: the store is one filesystem.
        struct stat rootSt;
        if (::fstat(out.m_root, &rootSt) != 0 || rootSt.st_dev != st.st_dev) {
            ::close(fd);
            return IoError { path,
                tr("%1 is on another filesystem than the store (a mount point); Sync Desk does "
                   "not write there")
                    .arg(path),
                EXDEV };
        }
        out.m_folders[f] = fd;
        out.m_devices[f] = st.st_dev;
        out.m_inodes[f] = st.st_ino;
    }
    return std::nullopt;
}

DirEntryRef StoreDir::inRoot(const char *name) const
{
    return DirEntryRef { m_root, m_rootPath, QByteArray(name) };
}

DirEntryRef StoreDir::in(Folder folder, const QString &name) const
{
    return DirEntryRef { m_folders[folder],
        m_rootPath + QLatin1Char('/') + QLatin1String(folderName(folder)), name.toUtf8() };
}

std::optional<IoError> StoreDir::stillInPlace() const
{
    for (int f = 0; f < FolderCount; ++f) {
        if (m_folders[f] < 0)
            continue;
        struct stat st;
        const QString path = m_rootPath + QLatin1Char('/') + QLatin1String(folderName(Folder(f)));
        if (::fstatat(m_root, folderName(Folder(f)), &st, AT_SYMLINK_NOFOLLOW) != 0
            || !S_ISDIR(st.st_mode) || st.st_dev != m_devices[f] || st.st_ino != m_inodes[f])
            return IoError { path,
                tr("%1 was moved or replaced while Sync Desk was writing; it stopped so that "
                   "nothing is written outside the store.")
                    .arg(path),
                ESTALE };
    }
    return std::nullopt;
}

} // namespace SyncDesk
