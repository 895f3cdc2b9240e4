// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"

#include <QtGlobal>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace SyncDesk {

/**
 * The names in one folder, sorted by bytes, kept in one buffer. A folder of a
 * 100k store holds 100k names: a string each (one allocation, then a sort that
 * chases 100k pointers) made listing it three times the system's own cost.
 */
class DirectoryNames final
{
public:
    /**
     * Lists a folder opened with openDirectory() (dirFd is not closed),
     * without "." and ".."; a failure says why (the system's words, strerror).
     */
    static Result<DirectoryNames> list(int dirFd);

    std::size_t size() const { return m_names.size(); }
    bool empty() const { return m_names.empty(); }
    /// The i-th name in byte order, without its terminating NUL.
    std::string_view at(std::size_t i) const
    {
        return std::string_view(cString(i), m_names[i].length);
    }
    /// The same name, NUL-terminated: for openat() and fstatat().
    const char *cString(std::size_t i) const { return m_bytes.data() + m_names[i].start; }

private:
    static constexpr std::size_t kKeyBytes = 8;
    struct Name
    {
        std::size_t start = 0, length = 0;
        /// For sortFrom(): the name's 8 bytes after those its range shares,
        /// big-endian, zeros past its end.
        quint64 key = 0;
    };
    void sortByBytes();
    /// Sorts names by their key (a radix sort from kRadixFrom names on).
    static void sortByKey(std::vector<Name>::iterator begin, std::vector<Name>::iterator end);
    static constexpr std::size_t kRadixFrom = 512;
    /// Sorts names equal in their first depth bytes by the bytes after.
    void sortFrom(
        std::vector<Name>::iterator begin, std::vector<Name>::iterator end, std::size_t depth);
    std::string m_bytes; ///< every name, each followed by a NUL, in the order listed
    std::vector<Name> m_names; ///< in byte order of the names
};

} // namespace SyncDesk
