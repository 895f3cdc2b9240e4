// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/directorynames_p.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

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
    out.sortByBytes();
    return Result<DirectoryNames>::success(std::move(out));
}

void DirectoryNames::sortByBytes()
{
    sortFrom(m_names.begin(), m_names.end(), 0);
}

void DirectoryNames::sortByKey(std::vector<Name>::iterator begin, std::vector<Name>::iterator end)
{
    const auto n = std::size_t(end - begin);
    // A folder of records has 10^5 names: a radix sort's passes over them
    // cost less than std::sort's ~17 comparisons each (~8 ms a folder).
    if (n < kRadixFrom) {
        std::sort(begin, end, [](const Name &a, const Name &b) { return a.key < b.key; });
        return;
    }
    constexpr int kDigits = sizeof(quint64);
    std::array<std::array<std::size_t, 256>, kDigits> counts {};
    for (auto it = begin; it != end; ++it)
        for (int d = 0; d < kDigits; ++d)
            ++counts[std::size_t(d)][(it->key >> (8 * d)) & 0xff];
    std::vector<Name> scratch(n);
    Name *from = &*begin;
    Name *to = scratch.data();
    for (int d = 0; d < kDigits; ++d) {
        auto &count = counts[std::size_t(d)];
        // Names agree on most bytes (digits, ".json"): a byte all share moves nothing.
        if (std::find(count.begin(), count.end(), n) != count.end())
            continue;
        std::size_t at = 0;
        for (std::size_t &c : count)
            at += std::exchange(c, at);
        // Least significant byte first, each pass stable: the last orders by the key.
        for (const Name *it = from; it != from + n; ++it)
            to[count[(it->key >> (8 * d)) & 0xff]++] = *it;
        std::swap(from, to);
    }
    if (from != &*begin)
        std::copy(from, from + n, begin);
}

void DirectoryNames::sortFrom(
    std::vector<Name>::iterator begin, std::vector<Name>::iterator end, std::size_t depth)
{
    // The names of a store's folder share a long prefix
    // ("workspace-operation_default-0000"): strcmp over them chased two
    // pointers and compared ~30 bytes per comparison, ~90 ms of listing 100k
    // names. Here the names (all equal in their first depth bytes) skip the
    // prefix they share and are sorted by the next 8 bytes as a big-endian
    // number; names that tie on those go on the same way from after them.
    // Names are listed by the bytes: a byte is compared unsigned, as strcmp
    // and std::string compare them.
    if (end - begin < 2)
        return;
    const char *bytes = m_bytes.data();
    std::size_t common = begin->length;
    const char *first = bytes + begin->start;
    for (auto n = begin + 1; n != end && common > depth; ++n) {
        const char *name = bytes + n->start;
        std::size_t i = depth;
        for (const std::size_t stop = std::min(common, n->length); i < stop && name[i] == first[i];)
            ++i;
        common = i;
    }
    for (auto n = begin; n != end; ++n) {
        // Past its end a name reads as zeros, which sort as its NUL does: a
        // name sorts before those it is a prefix of.
        quint64 key = 0;
        for (std::size_t i = common; i < common + kKeyBytes; ++i)
            key = (key << 8)
                | (i < n->length ? static_cast<unsigned char>(bytes[n->start + i]) : 0u);
        n->key = key;
    }
    sortByKey(begin, end);
    const std::size_t next = common + kKeyBytes;
    for (auto run = begin; run != end;) {
        auto runEnd = run + 1;
        while (runEnd != end && runEnd->key == run->key)
            ++runEnd;
        // Names that end inside an equal key are equal: only names that go on
        // past it are sorted further. (A folder lists a name once; a file
        // system that lies and lists one twice gets the copies side by side,
        // and the recursion ends with them, as each level goes 8 bytes on.)
        if (run->length >= next)
            sortFrom(run, runEnd, next);
        run = runEnd;
    }
}

} // namespace SyncDesk
