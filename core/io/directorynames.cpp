// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/directorynames_p.h"

#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {
namespace {
/// The names of ~300k files of 40 bytes: past that, the buffer grows as needed.
constexpr off_t kMaxReserve = 16 * 1024 * 1024;
} // namespace

Result<DirectoryNames> DirectoryNames::list(int dirFd)
{
    // fdopendir takes the descriptor it is given: list through a duplicate
    // (fcntl fails with EBADF for a closed or -1 dirFd).
    const int fd = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    DIR *dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!dir) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Result<DirectoryNames>::failure(why);
    }
    ::rewinddir(dir); // the duplicate shares its offset with dirFd
    DirectoryNames out;
    // On ext4 a folder's size bounds its names' (each is kept with 8 bytes
    // more): reserved at once, the buffer is not copied and faulted in as it
    // doubles. Elsewhere (tmpfs) it is a hint, and the buffer grows as needed.
    // Pages never written are never resident, however large the folder once was.
    struct stat st;
    if (::fstat(fd, &st) == 0 && st.st_size > 0)
        out.m_bytes.reserve(std::size_t(std::min<off_t>(st.st_size, kMaxReserve)));
    int error = 0;
    for (;;) {
        errno = 0; // readdir's end and its failure differ only in errno
        const dirent *e = ::readdir(dir);
        if (!e) {
            error = errno;
            break;
        }
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        const std::size_t length = std::strlen(e->d_name);
        out.m_names.push_back({ out.m_bytes.size(), length });
        out.m_bytes.append(e->d_name, length + 1);
    }
    ::closedir(dir);
    if (error != 0)
        return Result<DirectoryNames>::failure(QString::fromLocal8Bit(std::strerror(error)));
    // strcmp compares as unsigned char, as std::string does: the order is the bytes'.
    const char *bytes = out.m_bytes.data();
    std::sort(out.m_names.begin(), out.m_names.end(), [bytes](const Name &a, const Name &b) {
        return std::strcmp(bytes + a.start, bytes + b.start) < 0;
    });
    return Result<DirectoryNames>::success(std::move(out));
}

} // namespace SyncDesk
