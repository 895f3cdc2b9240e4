// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/pagebuffer_p.h"
#include "core/store/store.h"

#include <cstddef>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace SyncDesk {

/// One registry file after parsing, validating and extracting, before it joins the tables.
struct LoadedFile final
{
    RecordFile file;
    std::vector<Problem> problems;
    std::variant<std::monostate, OperationRecord, TaskRecord, ConflictRecord, PolicyDecisionRecord,
        ActorRecord, DeviceRecord, ProfileRecord, EvidenceRecord>
        record;
    qint64 ctimeNs = 0;
    /// Read whole and not changed just before the load: the load cache may keep it.
    bool cacheable = false;
    /// Taken from the load cache without a stat (StoreOpenOptions::deferCacheCheck).
    bool unchecked = false;

    /// The index in record that a file of kind k holds, 0 when none. Code
    /// reaches a record through its file's kind and row, so a file of one kind
    /// must never hold another kind's record.
    static constexpr std::size_t slotOf(RecordKind k)
    {
        switch (k) {
        case RecordKind::Operation:
            return 1;
        case RecordKind::Task:
            return 2;
        case RecordKind::Conflict:
            return 3;
        case RecordKind::PolicyDecision:
            return 4;
        case RecordKind::Actor:
            return 5;
        case RecordKind::Device:
            return 6;
        case RecordKind::Profile:
            return 7;
        case RecordKind::Evidence:
            return 8;
        default:
            return 0;
        }
    }
};

template<RecordKind K, class T>
constexpr bool kSlotHolds = std::is_same_v<
    std::variant_alternative_t<LoadedFile::slotOf(K), decltype(LoadedFile::record)>, T>;
static_assert(kSlotHolds<RecordKind::Operation, OperationRecord>);
static_assert(kSlotHolds<RecordKind::Task, TaskRecord>);
static_assert(kSlotHolds<RecordKind::Conflict, ConflictRecord>);
static_assert(kSlotHolds<RecordKind::PolicyDecision, PolicyDecisionRecord>);
static_assert(kSlotHolds<RecordKind::Actor, ActorRecord>);
static_assert(kSlotHolds<RecordKind::Device, DeviceRecord>);
static_assert(kSlotHolds<RecordKind::Profile, ProfileRecord>);
static_assert(kSlotHolds<RecordKind::Evidence, EvidenceRecord>);

/// Results in job order, each constructed by the thread that loads it: a
/// vector's default construction was a serial pass over ~90 MB at 100k, before
/// any file was read. A preview hands its results to the full load in one.
///
/// The slots live in a mapping of their own, so that retire() can give the
/// pages of results already moved into the tables back to the system while
/// the tables grow: at 100k the results are ~90 MB, which otherwise stayed
/// resident beside the whole of the tables until the last file was appended.
class LoadedSlots final
{
public:
    LoadedSlots() = default;
    LoadedSlots(LoadedSlots &&other) noexcept { *this = std::move(other); }
    LoadedSlots &operator=(LoadedSlots &&other) noexcept
    {
        if (this != &other) {
            release();
            m_buffer = std::move(other.m_buffer);
            m_built = std::exchange(other.m_built, {});
            m_retired = std::exchange(other.m_retired, 0);
            m_returned = std::exchange(other.m_returned, 0);
        }
        return *this;
    }
    LoadedSlots(const LoadedSlots &) = delete;
    LoadedSlots &operator=(const LoadedSlots &) = delete;
    ~LoadedSlots() { release(); }

    void allocate(std::size_t n);
    /// Constructs slot i; each slot by one thread only.
    LoadedFile &construct(std::size_t i)
    {
        LoadedFile *slot = new (data() + i) LoadedFile;
        m_built[i] = 1;
        return *slot;
    }
    std::size_t size() const { return m_built.size(); }
    /// Slot i if it was constructed and not retired.
    LoadedFile *at(std::size_t i) { return m_built[i] ? data() + i : nullptr; }
    /**
     * Destroys slot i, which must be the first not yet retired (slots are
     * retired in order, by one thread at a time), and returns the pages of retired
     * slots to the system at each 2 MiB boundary: those pages read as zeros
     * afterwards and are never touched again.
     */
    void retire(std::size_t i);
    /// Slots [0, retired()) are destroyed.
    std::size_t retired() const { return m_retired; }
    /// Bytes of the mapping given back by retire() so far.
    std::size_t returnedBytes() const { return m_returned; }
    void release();

private:
    LoadedFile *data() { return reinterpret_cast<LoadedFile *>(m_buffer.data()); }

    PageBuffer m_buffer;
    std::size_t m_retired = 0; ///< slots [0, m_retired) are destroyed
    std::size_t m_returned = 0; ///< bytes [0, m_returned) of m_buffer are given back
    std::vector<char> m_built; ///< per slot; bytes, not bits: threads set neighbours at once
};

} // namespace SyncDesk
