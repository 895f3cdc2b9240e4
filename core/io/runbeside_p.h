// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QScopeGuard>

#include <exception>
#include <system_error>
#include <thread>

namespace SyncDesk {

/**
 * Runs beside() on a thread of its own while this one runs here(), and
 * returns once both have. Without a thread to be had, one after the other.
 *
 * Whichever throws (bad_alloc), the other is waited for first: both usually
 * write into the caller's frame. What here() throws wins; otherwise what
 * beside() threw is thrown here.
 */
template<typename Beside, typename Here> void runBeside(Beside &&beside, Here &&here)
{
    std::exception_ptr failed;
    std::thread other;
    try {
        other = std::thread([&beside, &failed] {
            try {
                beside();
            } catch (...) {
                failed = std::current_exception();
            }
        });
    } catch (const std::system_error &) {
        beside();
    }
    const auto join = qScopeGuard([&other] {
        if (other.joinable())
            other.join();
    });
    here();
    if (other.joinable())
        other.join();
    if (failed)
        std::rethrow_exception(failed);
}

} // namespace SyncDesk
