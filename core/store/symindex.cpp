// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/symindex.h"

#include <bit>
#include <utility>

namespace SyncDesk {

void SymIndex::reserve(qsizetype n)
{
    const std::size_t want = std::bit_ceil(std::size_t(qMax<qsizetype>(n, 4)) * 2);
    if (want > m_slots.size())
        rehash(want);
}

SymIndex::const_iterator SymIndex::constFind(Sym key) const
{
    if (key == kNoSym || m_slots.empty())
        return nullptr;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = home(key);; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.key == key)
            return &slot.row;
        if (slot.key == kNoSym)
            return nullptr;
    }
}

void SymIndex::insert(Sym key, quint32 row)
{
    if (key == kNoSym)
        return;
    if (std::size_t(m_size + 1) * 2 > m_slots.size())
        rehash(qMax<std::size_t>(m_slots.size() * 2, 8));
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = home(key);; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.key == key) {
            slot.row = row;
            return;
        }
        if (slot.key == kNoSym) {
            slot = Slot { key, row };
            ++m_size;
            return;
        }
    }
}

void SymIndex::rehash(std::size_t count)
{
    // Not "slots": Qt defines that away.
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(count));
    m_shift = 64 - std::countr_zero(quint64(count));
    m_size = 0;
    for (const Slot &slot : old)
        if (slot.key != kNoSym)
            insert(slot.key, slot.row);
}

} // namespace SyncDesk
