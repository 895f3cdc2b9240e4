// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/interner.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace SyncDesk {

/**
 * A record's row by its id symbol, as QHash<Sym, quint32> answered it
 * (constFind(), cend(), contains(), value(), insert()), in one flat table of
 * 8-byte slots probed in order. The relations index 200k ids at 100k
 * operations and look each up several times per record: QHash's spans took
 * about 40% of building them.
 *
 * kNoSym names no record: it is never found, and inserting it does nothing.
 * An iterator is the address of a row (null at the end), so *it reads it.
 */
class SymIndex final
{
public:
    using const_iterator = const quint32 *;
    using iterator = quint32 *;

    SymIndex() = default;
    SymIndex(const SymIndex &) = default;
    SymIndex &operator=(const SymIndex &) = default;
    SymIndex(SymIndex &&other) noexcept { *this = std::move(other); }
    SymIndex &operator=(SymIndex &&other) noexcept
    {
        m_slots = std::exchange(other.m_slots, {});
        m_shift = std::exchange(other.m_shift, 64);
        m_size = std::exchange(other.m_size, 0);
        return *this;
    }

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    /// Room for n ids without growing.
    void reserve(qsizetype n);

    const_iterator constFind(Sym key) const;
    const_iterator cend() const { return nullptr; }
    iterator find(Sym key) { return const_cast<iterator>(std::as_const(*this).constFind(key)); }
    iterator end() { return nullptr; }
    bool contains(Sym key) const { return constFind(key) != cend(); }
    quint32 value(Sym key, quint32 defaultValue = 0) const
    {
        const const_iterator it = constFind(key);
        return it ? *it : defaultValue;
    }
    /// Sets the row of key, replacing any. Like any insert, also of a key
    /// already there, it may move the table: iterators are then invalid.
    void insert(Sym key, quint32 row);

private:
    struct Slot final
    {
        Sym key = kNoSym; ///< kNoSym: free
        quint32 row = 0;
    };
    std::size_t home(Sym key) const
    {
        // Fibonacci hashing: symbols count up, and the product spreads them.
        return std::size_t((quint64(key) * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }
    void rehash(std::size_t count);

    std::vector<Slot> m_slots; ///< a power of two of them, at most half used; or none
    int m_shift = 64;
    qsizetype m_size = 0;
};

} // namespace SyncDesk
