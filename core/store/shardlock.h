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
 * Loader threads take one for almost every id they intern (over a million at
 * 100k records), mostly for one probe, so two threads rarely want the same one at
 * once. std::mutex pays a locked instruction to release as well as to take,
 * since its release must look for sleepers: with ~7% of a `store summary`'s
 * samples in pthread's lock and unlock (docs/performance.md, item 42), this
 * one releases with a plain store. A waiter spins a little, then yields: the
 * holder may be a thread the scheduler took off the core, or hold the lock
 * longer, for a shard's rehash (~1 ms at 100k records, ~5 ms at 300k), a
 * walk of the whole shard (Interner::forEach()) or a QString's first
 * conversion. Not recursive: whoever holds it must not take it again.
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
        // `yield` is close to a no-op on most cores; `isb` waits as long as a
        // pipeline flush, as Rust's spin_loop() does for the same reason.
        asm volatile("isb" ::: "memory");
#endif
    }

    static constexpr int kSpins = 128;
    std::atomic<bool> m_held { false };
};

} // namespace SyncDesk
