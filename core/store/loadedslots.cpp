// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/loadedslots_p.h"

#include "core/io/hugepages_p.h"

#include <cstdint>
#include <memory>
#include <new>

#include <sys/mman.h>
#include <unistd.h>

namespace SyncDesk {

namespace {

// Given back in steps this large: fewer system calls, and a transparent huge
// page is returned whole rather than split.
constexpr std::size_t kReturnStep = std::size_t(2) << 20;

} // namespace

std::size_t LoadedSlots::mappedBytes() const
{
    const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
    return (m_size * sizeof(LoadedFile) + page - 1) / page * page;
}

void LoadedSlots::allocate(std::size_t n)
{
    release();
    if (n == 0)
        return;
    m_size = n;
    void *p = ::mmap(
        nullptr, mappedBytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        m_size = 0;
        throw std::bad_alloc();
    }
    m_data = static_cast<LoadedFile *>(p);
    adviseHugePages(m_data, n * sizeof(LoadedFile));
    m_built.assign(n, 0);
}

void LoadedSlots::retire(std::size_t i)
{
    if (i != m_retired || i >= m_size)
        return;
    if (m_built[i]) {
        std::destroy_at(m_data + i);
        m_built[i] = 0;
    }
    m_retired = i + 1;
    // Only pages that hold retired slots alone: the next slot may share the last one.
    const auto base = reinterpret_cast<std::uintptr_t>(m_data);
    const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
    const std::size_t free = (m_retired * sizeof(LoadedFile)) / page * page;
    if (free >= m_returned + kReturnStep || (m_retired == m_size && free > m_returned)) {
        ::madvise(reinterpret_cast<void *>(base + m_returned), free - m_returned, MADV_DONTNEED);
        m_returned = free;
    }
}

void LoadedSlots::release()
{
    for (std::size_t i = m_retired; i < m_size; ++i)
        if (m_built[i])
            std::destroy_at(m_data + i);
    if (m_data)
        ::munmap(m_data, mappedBytes());
    m_data = nullptr;
    m_size = 0;
    m_retired = 0;
    m_returned = 0;
    std::vector<char>().swap(m_built);
}

} // namespace SyncDesk
