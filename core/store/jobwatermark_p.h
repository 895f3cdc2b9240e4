// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <limits>
#include <vector>

namespace SyncDesk {

/**
 * How far the loader's workers have got. They take job numbers from one
 * counter, each in increasing order: a job below every worker's current one
 * is finished, whoever took it. The loader gives back the load cache's bytes
 * of finished jobs while the others are still decoded.
 */
class JobWatermark final
{
public:
    explicit JobWatermark(int workers)
        : m_current(std::size_t(std::max(workers, 1)))
    { }

    /// Worker is about to do job (and has finished every job it took before).
    void taking(int worker, std::size_t job)
    {
        m_current[std::size_t(worker)].job.store(job, std::memory_order_release);
    }
    /// Worker takes no more jobs.
    void done(int worker) { taking(worker, kDone); }
    /// Every job below this is finished (at most jobs).
    std::size_t finishedBelow(std::size_t jobs) const
    {
        std::size_t low = kDone;
        for (const auto &c : m_current)
            low = std::min(low, c.job.load(std::memory_order_acquire));
        return std::min(low, jobs);
    }

private:
    static constexpr std::size_t kDone = std::numeric_limits<std::size_t>::max();
    /// A cache line each: every worker writes its own at every job.
    struct alignas(64) Slot
    {
        std::atomic<std::size_t> job { 0 };
    };
    std::vector<Slot> m_current; ///< 0 until a worker starts
};

} // namespace SyncDesk
