// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <atomic>
#include <thread>

namespace SyncDesk {

/**
 * The lock of one of the interner's shards (a Lockable, for std::lock_guard).
 *
 * Loader threads take one for almost every id they intern (~1.4M at 100k
 * records) and hold it for a probe, so two threads rarely want the same one
 * at once. std::mutex pays a locked instruction to release as well as to
 * take, since its release must look for sleepers: with ~7% of a first
 * load's samples in pthread's lock and unlock (docs/performance.md, item
 * 42), this one releases with a plain store. A waiter spins a little, then
 * yields: the holder may be a thread the scheduler took off the core, and a
 * shard's growth holds the lock for a rehash (a millisecond at most).
 */
class ShardLock final
{
public:
    void lock() noexcept
    {
        while (m_held.exchange(true, std::memory_order_acquire))
            waitUntilFree();
    }
    bool try_lock() noexcept
    {
        return !m_held.load(std::memory_order_relaxed)
            && !m_held.exchange(true, std::memory_order_acquire);
    }
    void unlock() noexcept { m_held.store(false, std::memory_order_release); }

private:
    void waitUntilFree() const noexcept
    {
        // Reads only, so that the holder keeps the line until it stores.
        for (int spins = 0; m_held.load(std::memory_order_relaxed); ++spins) {
            if (spins < kSpins)
                pause();
            else
                std::this_thread::yield();
        }
    }
    static void pause() noexcept
    {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        asm volatile("yield");
#endif
    }

    static constexpr int kSpins = 128;
    std::atomic<bool> m_held { false };
};

} // namespace SyncDesk
