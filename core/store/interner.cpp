// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/interner.h"

#include <QtGlobal>

#include <bit>
#include <cstring>
#include <limits>

namespace SyncDesk {
namespace {

constexpr std::size_t kArenaBlock = 64 * 1024;

std::atomic<quint64> g_nextId { 1 };

/// A loader thread interns the same few dozen words (schemas, statuses, types,
/// workspaces, actors) in every record among ids seen once: a small per-thread
/// table answers those without the shard's lock and its cache-missing probe.
struct FrontEntry
{
    quint64 owner = 0; ///< Interner::m_id, 0 when empty
    quint32 hash = 0;
    Sym sym = kNoSym;
    quint8 size = 0;
    char bytes[47];
};
static_assert(sizeof(FrontEntry) == 64);
constexpr std::size_t kFrontEntries = 512;

FrontEntry *frontCache()
{
    thread_local std::unique_ptr<FrontEntry[]> entries;
    if (!entries)
        entries = std::make_unique<FrontEntry[]>(kFrontEntries);
    return entries.get();
}

} // namespace

Interner::Interner()
    : m_id(g_nextId.fetch_add(1, std::memory_order_relaxed))
{
    // kNoSym is the empty string: local index 0 of shard 0, never probed for.
    Shard &s = m_shards[0];
    s.grow();
    s.entry(0).bytes = s.store(std::string_view());
    s.count = 1;
}

Interner::~Interner() = default;

std::size_t Interner::hashOf(std::string_view utf8)
{
    return std::hash<std::string_view> {}(utf8);
}

Interner::Entry &Interner::Shard::entry(quint32 local) const
{
    const quint32 biased = local + (1u << kFirstChunkBits);
    const int chunk = std::bit_width(biased) - 1 - kFirstChunkBits;
    return chunks[std::size_t(chunk)][biased - (1u << (chunk + kFirstChunkBits))];
}

std::size_t Interner::Shard::probe(std::string_view utf8, quint32 hash) const
{
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = firstSlot(hash, mask);; i = (i + 1) & mask) {
        const quint64 slot = table[i];
        if (slot == 0)
            return i;
        if (quint32(slot >> 32) != hash)
            continue;
        if (entry(quint32(slot) - 1).view() == utf8)
            return i;
    }
}

const char *Interner::Shard::store(std::string_view utf8)
{
    // Records and journal lines are far below 4 GiB (their readers' limits).
    if (utf8.size() > std::numeric_limits<quint32>::max())
        qFatal("Interner: a string of %zu bytes", utf8.size());
    const auto size = quint32(utf8.size());
    const std::size_t needed = sizeof size + utf8.size();
    if (needed > arenaLeft) {
        const std::size_t block = std::max(kArenaBlock, needed);
        arena.push_back(std::make_unique_for_overwrite<char[]>(block));
        arenaNext = arena.back().get();
        arenaLeft = block;
    }
    char *out = arenaNext;
    std::memcpy(out, &size, sizeof size);
    if (!utf8.empty()) // the empty string's data() may be null, which memcpy never takes
        std::memcpy(out + sizeof size, utf8.data(), utf8.size());
    arenaNext += needed;
    arenaLeft -= needed;
    return out + sizeof size;
}

void Interner::Shard::grow()
{
    // Chunks first: entry(count) must exist before the entry is filled in.
    const quint32 biased = count + (1u << kFirstChunkBits);
    const int chunk = std::bit_width(biased) - 1 - kFirstChunkBits;
    if (chunk >= kMaxChunks)
        qFatal("Interner: more than %u strings in one shard", count);
    if (!chunks[std::size_t(chunk)])
        chunks[std::size_t(chunk)]
            = std::make_unique<Entry[]>(std::size_t(1) << (chunk + kFirstChunkBits));
    // Slots at most half full keep probe sequences short.
    if (std::size_t(count + 1) * 2 <= table.size())
        return;
    std::vector<quint64> old(std::max<std::size_t>(table.size() * 2, 256), 0);
    old.swap(table);
    const std::size_t mask = table.size() - 1;
    // The mask is released after the address: a prefetch() that sees this
    // mask sees this table. One that sees the old mask with this table
    // stays inside it (the table only grows); with the old table, its
    // address may be freed memory, which a prefetch may touch (it never faults).
    slotMask.store(0, std::memory_order_relaxed);
    slotsAt.store(reinterpret_cast<quintptr>(table.data()), std::memory_order_relaxed);
    slotMask.store(mask, std::memory_order_release);
    for (const quint64 slot : old) {
        if (slot == 0)
            continue;
        std::size_t i = (slot >> 32) & mask;
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = slot;
    }
}

Sym Interner::intern(std::string_view utf8)
{
    if (utf8.empty())
        return kNoSym;
    const std::size_t h = hashOf(utf8);
    const auto hash = quint32(h);
    FrontEntry *front = nullptr;
    if (utf8.size() <= sizeof(FrontEntry::bytes)) {
        front = &frontCache()[(h >> 32) & (kFrontEntries - 1)];
        if (front->owner == m_id && front->hash == hash && front->size == utf8.size()
            && std::memcmp(front->bytes, utf8.data(), utf8.size()) == 0)
            return front->sym;
    }
    bool created = false;
    const Sym sym = internLocked(utf8, h, &created);
    // A string seen for the first time is most likely an id seen only once:
    // caching it would evict the words every record repeats.
    if (front && !created) {
        front->owner = m_id;
        front->hash = hash;
        front->sym = sym;
        front->size = quint8(utf8.size());
        std::memcpy(front->bytes, utf8.data(), utf8.size());
    }
    return sym;
}

void Interner::prefetch(std::string_view utf8) const
{
    // Ids are short; a long string is text, hashed here for nothing.
    if (utf8.empty() || utf8.size() > kPrefetchMaxBytes)
        return;
    const std::size_t h = hashOf(utf8);
    const Shard &s = m_shards[h >> (sizeof(std::size_t) * 8 - kShardBits)];
    const std::size_t mask = s.slotMask.load(std::memory_order_acquire);
    const quintptr at = s.slotsAt.load(std::memory_order_relaxed);
    // An address, not a pointer into the table (see grow()).
    if (at != 0)
        __builtin_prefetch(
            reinterpret_cast<const void *>(at + firstSlot(quint32(h), mask) * sizeof(quint64)));
}

Sym Interner::internLocked(std::string_view utf8, std::size_t h, bool *created)
{
    const quint32 shardIndex = quint32(h >> (sizeof(std::size_t) * 8 - kShardBits));
    const auto hash = quint32(h);
    Shard &s = m_shards[shardIndex];
    std::lock_guard lock(s.mutex);
    if (s.table.empty() || std::size_t(s.count + 1) * 2 > s.table.size())
        s.grow();
    quint64 *slot = &s.table[s.probe(utf8, hash)];
    if (*slot == 0) {
        const quint32 local = s.count;
        if (local >= (1u << (32 - kShardBits)) - 1)
            qFatal("Interner: more than %u strings in one shard", local);
        s.grow(); // makes sure entry(local) exists; the slot table was already grown
        s.entry(local).bytes = s.store(utf8);
        ++s.count;
        *slot = (quint64(hash) << 32) | (local + 1);
        if (created)
            *created = true;
    }
    return ((quint32(*slot) - 1) << kShardBits) | shardIndex;
}

Sym Interner::find(std::string_view utf8) const
{
    if (utf8.empty())
        return kNoSym;
    const std::size_t h = hashOf(utf8);
    const quint32 shardIndex = quint32(h >> (sizeof(std::size_t) * 8 - kShardBits));
    const Shard &s = m_shards[shardIndex];
    std::lock_guard lock(s.mutex);
    if (s.table.empty())
        return kNoSym;
    const quint64 slot = s.table[s.probe(utf8, quint32(h))];
    return slot == 0 ? kNoSym : ((quint32(slot) - 1) << kShardBits) | shardIndex;
}

const Interner::Entry &Interner::entryOf(Sym sym) const
{
    return m_shards[sym & kShardMask].entry(sym >> kShardBits);
}

std::string_view Interner::utf8(Sym sym) const
{
    return entryOf(sym).view();
}

const QString &Interner::text(Sym sym) const
{
    const Entry &e = entryOf(sym);
    if (const QString *text = e.text.load(std::memory_order_acquire))
        return *text;
    std::lock_guard lock(m_shards[sym & kShardMask].mutex);
    QString *text = e.text.load(std::memory_order_relaxed);
    if (!text) {
        const std::string_view bytes = e.view();
        text = new QString(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        e.text.store(text, std::memory_order_release);
    }
    return *text;
}

std::size_t Interner::size() const
{
    std::size_t n = 0;
    for (const Shard &s : m_shards) {
        std::lock_guard lock(s.mutex);
        n += s.count;
    }
    return n;
}

} // namespace SyncDesk
