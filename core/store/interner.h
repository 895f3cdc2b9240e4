// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/shardlock.h"

#include <QString>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace SyncDesk {

/// An interned string: ids and vocabulary words repeat across 100k records.
using Sym = quint32;
inline constexpr Sym kNoSym = 0;

/**
 * Maps UTF-8 strings to small integers and back to QString for display.
 * intern() and find() are thread-safe: loader threads share one interner, and
 * it is split into shards with a lock each (ShardLock) so that they rarely
 * wait for each other. text() is safe for any symbol already handed out; the
 * QString is built on first use, since most interned ids are never displayed.
 * A symbol never changes once handed out.
 */
class Interner final
{
public:
    Interner();
    ~Interner();
    Interner(const Interner &) = delete;
    Interner &operator=(const Interner &) = delete;

    Sym intern(std::string_view utf8);
    /**
     * Starts loading the slot where intern(utf8) will look, and does nothing
     * else: for a caller about to intern several strings, whose cache misses
     * on the slot table (the largest part of interning an id seen once) then
     * overlap instead of following one another. Lock-free and thread-safe.
     */
    void prefetch(std::string_view utf8) const;
    Sym intern(const QString &text) { return intern(std::string_view(text.toStdString())); }
    /// The symbol for a string already interned, or kNoSym.
    Sym find(std::string_view utf8) const;
    Sym find(const QString &text) const { return find(std::string_view(text.toStdString())); }
    const QString &text(Sym sym) const;
    /// The UTF-8 bytes of a symbol, without building a QString.
    std::string_view utf8(Sym sym) const;
    std::size_t size() const;

    /// Every symbol of an interner holding count strings is below this bound.
    static constexpr quint64 symbolBound(quint64 count) { return (count + 1) << kShardBits; }

    /// Calls fn(sym, utf8) for every symbol but kNoSym, for saving the table;
    /// symbols interned meanwhile by other threads may be missed. fn runs
    /// under a shard's lock: it must not call this interner.
    template<class Fn> void forEach(Fn &&fn) const
    {
        for (quint32 shard = 0; shard < m_shards.size(); ++shard) {
            const Shard &s = m_shards[shard];
            std::lock_guard lock(s.mutex);
            for (quint32 local = shard == 0 ? 1 : 0; local < s.count; ++local) {
                fn(Sym((local << kShardBits) | shard), s.entry(local).view());
            }
        }
    }

private:
    static constexpr int kShardBits = 4;
    static constexpr Sym kShardMask = (1u << kShardBits) - 1;
    /// Chunk c holds kFirstChunk << c entries: no reallocation, so readers need no lock.
    static constexpr int kFirstChunkBits = 10;
    static constexpr int kMaxChunks = 32 - kShardBits - kFirstChunkBits + 1;

    /// 16 bytes: a 100k store interns ~1.03M distinct strings, and most are never shown.
    struct Entry
    {
        /// The bytes in the shard's arena, just after their length (a quint32, unaligned).
        const char *bytes = nullptr;
        /// The QString, built on first use under the shard's lock, then read without it.
        mutable std::atomic<QString *> text { nullptr };

        Entry() = default;
        Entry(const Entry &) = delete;
        Entry &operator=(const Entry &) = delete;
        ~Entry() { delete text.load(std::memory_order_relaxed); }
        std::string_view view() const
        {
            quint32 size;
            std::memcpy(&size, bytes - sizeof size, sizeof size);
            return std::string_view(bytes, size);
        }
    };
    static_assert(sizeof(Entry) == 2 * sizeof(void *));

    struct alignas(64) Shard
    {
        // What a new string writes, with the lock, on the first line...
        mutable ShardLock mutex;
        /// Open addressing: (32-bit hash << 32) | (local index + 1), 0 when free.
        std::vector<quint64> table;
        quint32 count = 0;
        std::size_t arenaLeft = 0;
        char *arenaNext = nullptr;
        // ...and what prefetch() reads without it, after: the other thread's
        // every take of the lock would otherwise move those reads' line too.
        /// table's data and size - 1, for prefetch() (grow() says in which order).
        alignas(64) std::atomic<quintptr> slotsAt { 0 };
        std::atomic<std::size_t> slotMask { 0 };
        std::array<std::unique_ptr<Entry[]>, kMaxChunks> chunks;
        std::vector<std::unique_ptr<char[]>> arena;

        Entry &entry(quint32 local) const;
        /// The index of the slot holding utf8, or of the free slot where it belongs.
        std::size_t probe(std::string_view utf8, quint32 hash) const;
        const char *store(std::string_view utf8);
        void grow();
    };

    static std::size_t hashOf(std::string_view utf8);
    /// Where probing for a hash starts: probe() and prefetch() must agree.
    static std::size_t firstSlot(quint32 hash, std::size_t mask) { return hash & mask; }
    static constexpr std::size_t kPrefetchMaxBytes = 256;
    Sym internLocked(std::string_view utf8, std::size_t hash, bool *created = nullptr);
    const Entry &entryOf(Sym sym) const;

    std::array<Shard, 1u << kShardBits> m_shards;
    /// Tells this interner's entries in the threads' front caches from those
    /// of an earlier interner at the same address.
    const quint64 m_id;
};

} // namespace SyncDesk
