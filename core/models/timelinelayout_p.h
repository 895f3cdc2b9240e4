// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

// Shared by the layout's build and patch code; not part of its interface.
#include "core/models/timelinelayout.h"
#include "core/store/store.h"

#include <limits>

namespace SyncDesk::TimelineDetail {

inline constexpr qint64 kForever = std::numeric_limits<qint64>::max();

inline bool barLess(const TimelineBar &a, const TimelineBar &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.attempt != b.attempt)
        return a.attempt < b.attempt;
    return a.task < b.task;
}

inline qint32 operationRowOf(const Store &store, Sym operation)
{
    if (operation == kNoSym)
        return -1;
    const auto &byId = store.relations().operationById;
    const auto it = byId.constFind(operation);
    return it == byId.cend() ? -1 : qint32(*it);
}

/// Running maximum of the ends of bars [first, last): open bars reach any "now".
inline void fillReach(
    const std::vector<TimelineBar> &bars, std::vector<qint64> &reach, size_t first, size_t last)
{
    qint64 running = std::numeric_limits<qint64>::min();
    for (size_t i = first; i < last; ++i) {
        running = std::max(running, bars[i].open ? kForever : bars[i].end);
        reach[i] = running;
    }
}

} // namespace SyncDesk::TimelineDetail
