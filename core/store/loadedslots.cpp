// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/loadedslots_p.h"

#include <cstdint>
#include <memory>

namespace SyncDesk {

namespace {

// Given back up to boundaries this far apart in memory: fewer system calls,
// and a transparent huge page (2 MiB, aligned) is returned whole, not split.
constexpr std::uintptr_t kReturnStep = std::uintptr_t(2) << 20;

} // namespace

void LoadedSlots::allocate(std::size_t n)
{
    release();
    if (n == 0)
        return;
    // m_size last: a throw before it leaves nothing for release() to destroy.
    m_built.assign(n, 0);
    m_buffer = PageBuffer(n * sizeof(LoadedFile));
    m_data = reinterpret_cast<LoadedFile *>(m_buffer.data());
    m_size = n;
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
    // giveBack() keeps the page the next slot shares with the retired ones.
    const std::size_t retired = m_retired * sizeof(LoadedFile);
    const auto base = reinterpret_cast<std::uintptr_t>(m_data);
    const std::uintptr_t boundary = (base + retired) & ~(kReturnStep - 1);
    const std::size_t upTo = m_retired == m_size ? retired
        : boundary > base                        ? std::size_t(boundary - base)
                                                 : 0;
    if (upTo > m_returned)
        m_returned += m_buffer.giveBack(m_returned, upTo - m_returned);
}

void LoadedSlots::release()
{
    for (std::size_t i = m_retired; i < m_size; ++i)
        if (m_built[i])
            std::destroy_at(m_data + i);
    m_buffer = PageBuffer();
    m_data = nullptr;
    m_size = 0;
    m_retired = 0;
    m_returned = 0;
    std::vector<char>().swap(m_built);
}

} // namespace SyncDesk
