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
    // The slots are counted last: a throw before leaves release() nothing to destroy.
    PageBuffer buffer(n * sizeof(LoadedFile));
    std::vector<char> built(n, 0);
    m_buffer = std::move(buffer);
    m_built = std::move(built);
}

void LoadedSlots::retire(std::size_t i)
{
    if (i != m_retired || i >= size())
        return;
    if (m_built[i]) {
        std::destroy_at(data() + i);
        m_built[i] = 0;
    }
    m_retired = i + 1;
    // giveBack() keeps the page the next slot shares with the retired ones.
    const std::size_t retired = m_retired * sizeof(LoadedFile);
    const auto base = reinterpret_cast<std::uintptr_t>(m_buffer.data());
    const std::uintptr_t boundary = (base + retired) & ~(kReturnStep - 1);
    const std::size_t upTo = m_retired == size() ? retired
        : boundary > base                        ? std::size_t(boundary - base)
                                                 : 0;
    if (upTo > m_returned)
        m_returned += m_buffer.giveBack(m_returned, upTo - m_returned);
}

void LoadedSlots::release()
{
    for (std::size_t i = m_retired; i < size(); ++i)
        if (m_built[i])
            std::destroy_at(data() + i);
    m_buffer = PageBuffer();
    m_retired = 0;
    m_returned = 0;
    std::vector<char>().swap(m_built);
}

} // namespace SyncDesk
