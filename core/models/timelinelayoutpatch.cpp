// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// TimelineLayout's incremental updates: patch what moved, merge it back in order.
#include "core/models/timelinelayout.h"
#include "core/models/timelinelayout_p.h"

#include <numeric>

namespace SyncDesk {

using namespace TimelineDetail;

TimelineLayout::Change TimelineLayout::tasksChanged(const Store &store, const QList<int> &rows)
{
    std::vector<quint32> list;
    list.reserve(size_t(rows.size()));
    for (int row : rows)
        if (row >= 0 && size_t(row) < store.tasks().size())
            list.push_back(quint32(row));
    if (list.empty())
        return Change::None;
    return patch(store, list);
}

TimelineLayout::Change TimelineLayout::tasksAdded(const Store &store, int first, int last)
{
    last = std::min(last, int(store.tasks().size()) - 1);
    if (first < 0 || last < first)
        return Change::None;
    std::vector<quint32> list(size_t(last - first + 1));
    std::iota(list.begin(), list.end(), quint32(first));
    return patch(store, list);
}

bool TimelineLayout::patchInPlace(const Store &store, quint32 row, const StateWords &words)
{
    if (row >= m_laneOfTask.size() || m_laneOfTask[row] < 0)
        return false;
    const auto laneId = quint32(m_laneOfTask[row]);
    const TaskRecord &task = store.tasks()[row];
    if (m_lanes[laneId].operation != task.operation)
        return false;
    TimelineBar bar = barFor(task, words.stateOf(task.status));
    const int index = barOfTask(int(row));
    if (bar.start == kNoTime || index < 0)
        return false;
    bar.task = row;
    const TimelineBar &old = m_bars[size_t(index)];
    // Same start and attempt: same place in the lane, same lane order.
    if (bar.start != old.start || bar.attempt != old.attempt)
        return false;
    m_bars[size_t(index)] = bar;
    noteTimes(task);
    const auto p = size_t(m_position[laneId]);
    computeReach(m_offsets[p], m_offsets[p + 1]);
    m_maxEnd = std::max(m_maxEnd, bar.end);
    m_anyOpen |= bar.open;
    return true;
}

TimelineLayout::Change TimelineLayout::patch(const Store &store, const std::vector<quint32> &input)
{
    const auto &tasks = store.tasks();
    if (m_bars.empty() || input.size() > std::max<size_t>(1024, m_bars.size() / 4)) {
        rebuild(store);
        return Change::Rebuilt;
    }
    const StateWords words(store);
    if (input.size() == 1 && patchInPlace(store, input[0], words))
        return Change::Patched;

    std::vector<quint32> rows = input;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (m_laneOfTask.size() < tasks.size())
        m_laneOfTask.resize(tasks.size(), -1);

    // Take the rows out of their lanes and work out where they go now.
    std::vector<char> dropped(tasks.size(), 0);
    std::vector<char> touched(m_lanes.size(), 0);
    std::vector<quint32> touchedLanes;
    const auto touch = [&](quint32 lane) {
        if (touched.size() <= lane)
            touched.resize(m_lanes.size(), 0);
        if (!touched[lane]) {
            touched[lane] = 1;
            touchedLanes.push_back(lane);
        }
    };
    std::vector<Incoming> incoming;
    incoming.reserve(rows.size());
    for (quint32 row : rows) {
        if (m_laneOfTask[row] >= 0) {
            dropped[row] = 1;
            touch(quint32(m_laneOfTask[row]));
            m_laneOfTask[row] = -1;
        }
        const TaskRecord &task = tasks[row];
        noteTimes(task);
        TimelineBar bar = barFor(task, words.stateOf(task.status));
        if (bar.start == kNoTime)
            continue;
        bar.task = row;
        const quint32 lane = laneFor(task.operation, operationRowOf(store, task.operation));
        touch(lane);
        m_laneOfTask[row] = qint32(lane);
        incoming.push_back({ lane, bar });
    }
    std::sort(incoming.begin(), incoming.end(), [](const Incoming &a, const Incoming &b) {
        return a.lane != b.lane ? a.lane < b.lane : barLess(a.bar, b.bar);
    });
    const auto incomingOf = [&](quint32 lane) {
        return std::equal_range(incoming.begin(), incoming.end(), Incoming { lane, {} },
            [](const Incoming &a, const Incoming &b) { return a.lane < b.lane; });
    };
    const auto survivors = [&](quint32 lane, auto &&f) {
        if (m_position[lane] < 0)
            return;
        const auto p = size_t(m_position[lane]);
        for (quint32 i = m_offsets[p]; i < m_offsets[p + 1]; ++i)
            if (!dropped[m_bars[i].task])
                f(m_bars[i]);
    };

    // New keys for the lanes that changed; they leave the order and merge back in.
    std::vector<quint32> moved;
    for (quint32 lane : touchedLanes) {
        qint64 first = kForever;
        bool any = false;
        survivors(lane, [&](const TimelineBar &b) {
            first = std::min(first, b.start);
            any = true;
        });
        const auto [from, to] = incomingOf(lane);
        for (auto it = from; it != to; ++it) {
            first = std::min(first, it->bar.start);
            any = true;
        }
        m_lanes[lane].firstStart = first;
        if (any)
            moved.push_back(lane);
    }
    const auto less = [&](quint32 a, quint32 b) { return laneLess(store, a, b); };
    std::sort(moved.begin(), moved.end(), less);
    std::vector<quint32> kept;
    kept.reserve(m_order.size());
    for (quint32 lane : m_order)
        if (lane >= touched.size() || !touched[lane])
            kept.push_back(lane);
    std::vector<quint32> order;
    order.reserve(kept.size() + moved.size());
    std::merge(
        kept.begin(), kept.end(), moved.begin(), moved.end(), std::back_inserter(order), less);

    // One pass over the bars: untouched lanes are copied as they are.
    std::vector<TimelineBar> bars;
    bars.reserve(m_bars.size() + incoming.size());
    std::vector<qint64> reach;
    reach.reserve(bars.capacity());
    std::vector<quint32> offsets(order.size() + 1, 0);
    for (size_t p = 0; p < order.size(); ++p) {
        const quint32 lane = order[p];
        offsets[p] = quint32(bars.size());
        if (lane >= touched.size() || !touched[lane]) {
            const auto q = size_t(m_position[lane]);
            bars.insert(
                bars.end(), m_bars.begin() + m_offsets[q], m_bars.begin() + m_offsets[q + 1]);
            reach.insert(
                reach.end(), m_reach.begin() + m_offsets[q], m_reach.begin() + m_offsets[q + 1]);
            continue;
        }
        const size_t first = bars.size();
        survivors(lane, [&](const TimelineBar &b) { bars.push_back(b); });
        const auto [from, to] = incomingOf(lane);
        for (auto it = from; it != to; ++it)
            bars.push_back(it->bar);
        std::sort(bars.begin() + qsizetype(first), bars.end(), barLess);
        reach.resize(bars.size());
        fillReach(bars, reach, first, bars.size());
    }
    offsets.back() = quint32(bars.size());

    m_order = std::move(order);
    m_offsets = std::move(offsets);
    m_bars = std::move(bars);
    m_reach = std::move(reach);
    m_position.assign(m_lanes.size(), -1);
    for (size_t p = 0; p < m_order.size(); ++p)
        m_position[m_order[p]] = qint32(p);
    m_unplaced = int(tasks.size() - m_bars.size());
    computeExtent();
    return Change::Patched;
}

} // namespace SyncDesk
