// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <cstdint>

#include <sys/mman.h>

namespace SyncDesk {

/**
 * Asks for transparent huge pages for a large buffer before it is first
 * written. Loading a 100k store writes ~300 MB of fresh buffers (results,
 * tables, the load cache); with 4 KiB pages each first write is a page fault,
 * and on this kind of VM those faults were a fifth of a reopen's CPU. Where
 * the system's THP mode is "madvise" (Debian's default) only advised ranges
 * get 2 MiB pages; elsewhere this changes nothing. Only whole 2 MiB blocks
 * inside the buffer are advised, so nothing outside it is touched.
 */
inline void adviseHugePages(const void *data, std::size_t size)
{
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const auto at = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (at + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t end = (at + size) & ~(kHuge - 1);
    if (data && size >= 2 * kHuge && end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
}

} // namespace SyncDesk
