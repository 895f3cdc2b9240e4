// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/timelinelayout.h"

#include "core/store/store.h"

#include <limits>
#include <numeric>

namespace SyncDesk {

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();

bool barLess(const TimelineBar &a, const TimelineBar &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.attempt != b.attempt)
        return a.attempt < b.attempt;
    return a.task < b.task;
}

qint32 operationRowOf(const Store &store, Sym operation)
{
    if (operation == kNoSym)
        return -1;
    const auto &byId = store.relations().operationById;
    const auto it = byId.constFind(operation);
    return it == byId.cend() ? -1 : qint32(*it);
}

/// Running maximum of the ends of bars [first, last): open bars reach any "now".
void fillReach(
    const std::vector<TimelineBar> &bars, std::vector<qint64> &reach, size_t first, size_t last)
{
    qint64 running = std::numeric_limits<qint64>::min();
    for (size_t i = first; i < last; ++i) {
        running = std::max(running, bars[i].open ? kForever : bars[i].end);
        reach[i] = running;
    }
}

} // namespace

TimelineLayout::StateWords::StateWords(const Store &store)
{
    static constexpr std::string_view kWords[]
        = { "pending", "running", "succeeded", "failed", "cancelled" };
    for (int i = 0; i < 5; ++i)
        words[i] = store.strings().find(kWords[i]);
}

TaskState TimelineLayout::StateWords::stateOf(Sym status) const
{
    if (status != kNoSym)
        for (int i = 0; i < 5; ++i)
            if (words[i] == status)
                return TaskState(i);
    return TaskState::Other;
}

TimelineBar TimelineLayout::barFor(const TaskRecord &task, TaskState state)
{
    TimelineBar bar;
    bar.state = state;
    bar.attempt = qint32(std::clamp<qint64>(task.attempt, 0, std::numeric_limits<qint32>::max()));
    bar.start = task.started != kNoTime ? task.started
        : task.created != kNoTime       ? task.created
                                        : task.updated;
    if (bar.start == kNoTime)
        return bar;
    if (state == TaskState::Running || state == TaskState::Pending) {
        bar.open = true;
        bar.end = std::max(bar.start, task.updated);
        return bar;
    }
    const qint64 end = task.completed != kNoTime ? task.completed
        : task.updated != kNoTime                ? task.updated
                                                 : bar.start;
    bar.end = std::max(end, bar.start);
    return bar;
}

void TimelineLayout::clear()
{
    m_lanes.clear();
    m_order.clear();
    m_position.clear();
    m_offsets.assign(1, 0);
    m_bars.clear();
    m_reach.clear();
    m_laneOfTask.clear();
    m_laneBySym.clear();
    m_lastKnown = kNoTime;
    m_minStart = m_maxEnd = 0;
    m_anyOpen = false;
    m_unplaced = 0;
    m_hidden = 0;
}

void TimelineLayout::noteTimes(const TaskRecord &task)
{
    // kNoTime is the smallest qint64, so missing times never win.
    m_lastKnown
        = std::max({ m_lastKnown, task.created, task.updated, task.started, task.completed });
}

quint32 TimelineLayout::laneFor(Sym operation, qint32 operationRow)
{
    const auto it = m_laneBySym.constFind(operation);
    if (it != m_laneBySym.cend())
        return *it;
    const auto id = quint32(m_lanes.size());
    m_lanes.push_back({ operation, operationRow, kForever });
    m_position.push_back(-1);
    m_laneBySym.insert(operation, id);
    return id;
}

bool TimelineLayout::laneLess(const Store &store, quint32 a, quint32 b) const
{
    const TimelineLane &la = m_lanes[a];
    const TimelineLane &lb = m_lanes[b];
    if (la.firstStart != lb.firstStart)
        return la.firstStart < lb.firstStart;
    if (la.operation != lb.operation) {
        const int c = store.text(la.operation).compare(store.text(lb.operation));
        if (c != 0)
            return c < 0;
    }
    return a < b;
}

void TimelineLayout::computeReach(quint32 first, quint32 last)
{
    fillReach(m_bars, m_reach, first, last);
}

void TimelineLayout::computeExtent()
{
    m_minStart = kForever;
    m_maxEnd = std::numeric_limits<qint64>::min();
    m_anyOpen = false;
    for (const TimelineBar &b : m_bars) {
        m_minStart = std::min(m_minStart, b.start);
        m_maxEnd = std::max(m_maxEnd, b.end);
        m_anyOpen |= b.open;
    }
}

qint64 TimelineLayout::maxTime() const
{
    if (m_bars.empty())
        return kNoTime;
    return m_anyOpen ? std::max(m_maxEnd, now()) : m_maxEnd;
}

void TimelineLayout::rebuild(const Store &store)
{
    const qint64 now = m_now;
    clear();
    m_now = now;
    const auto &tasks = store.tasks();
    const StateWords words(store);
    // The filter's types as the store's symbols: a word the store lacks matches nothing.
    QSet<Sym> types;
    for (const QString &type : m_filter.types)
        types.insert(store.strings().find(type));
    const bool filtered = !m_filter.isEmpty();
    m_laneOfTask.assign(tasks.size(), -1);
    m_laneBySym.reserve(qsizetype(tasks.size()));
    std::vector<Incoming> placed;
    placed.reserve(tasks.size());
    for (quint32 row = 0; row < tasks.size(); ++row) {
        const TaskRecord &task = tasks[row];
        noteTimes(task);
        TimelineBar bar = barFor(task, words.stateOf(task.status));
        if (bar.start == kNoTime)
            continue;
        if (filtered
            && (!(m_filter.states & (1u << unsigned(bar.state)))
                || (!types.isEmpty() && !types.contains(task.type)))) {
            ++m_hidden;
            continue;
        }
        bar.task = row;
        const quint32 lane = laneFor(task.operation, operationRowOf(store, task.operation));
        m_lanes[lane].firstStart = std::min(m_lanes[lane].firstStart, bar.start);
        m_laneOfTask[row] = qint32(lane);
        placed.push_back({ lane, bar });
    }
    m_unplaced = int(tasks.size() - placed.size()) - m_hidden;

    m_order.resize(m_lanes.size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    std::sort(m_order.begin(), m_order.end(),
        [&](quint32 a, quint32 b) { return laneLess(store, a, b); });
    for (size_t p = 0; p < m_order.size(); ++p)
        m_position[m_order[p]] = qint32(p);

    // Counting sort into lanes, then each (small) lane by start.
    m_offsets.assign(m_order.size() + 1, 0);
    for (const Incoming &in : placed)
        ++m_offsets[size_t(m_position[in.lane]) + 1];
    std::partial_sum(m_offsets.begin(), m_offsets.end(), m_offsets.begin());
    std::vector<quint32> next(m_offsets.begin(), m_offsets.end() - 1);
    m_bars.resize(placed.size());
    for (const Incoming &in : placed)
        m_bars[next[size_t(m_position[in.lane])]++] = in.bar;
    m_reach.resize(m_bars.size());
    for (size_t p = 0; p < m_order.size(); ++p) {
        std::sort(m_bars.begin() + m_offsets[p], m_bars.begin() + m_offsets[p + 1], barLess);
        computeReach(m_offsets[p], m_offsets[p + 1]);
    }
    computeExtent();
}

bool TimelineLayout::resolveOperations(const Store &store)
{
    bool found = false;
    for (TimelineLane &lane : m_lanes) {
        if (lane.operationRow >= 0 || lane.operation == kNoSym)
            continue;
        lane.operationRow = operationRowOf(store, lane.operation);
        found |= lane.operationRow >= 0;
    }
    return found;
}

std::pair<qint64, qint64> TimelineLayout::busySpan(qint64 gap) const
{
    if (m_bars.empty())
        return { kNoTime, kNoTime };
    std::vector<qint64> events;
    events.reserve(2 * m_bars.size());
    for (const TimelineBar &b : m_bars) {
        events.push_back(b.start);
        events.push_back(b.end);
    }
    std::sort(events.begin(), events.end());
    const qint64 last = events.back();
    qint64 first = last;
    for (auto it = events.rbegin() + 1; it != events.rend(); ++it) {
        if (first - *it > gap)
            break;
        first = *it;
    }
    return { first, last };
}

int TimelineLayout::laneOfTask(int taskRow) const
{
    if (taskRow < 0 || size_t(taskRow) >= m_laneOfTask.size() || m_laneOfTask[taskRow] < 0)
        return -1;
    return m_position[size_t(m_laneOfTask[taskRow])];
}

int TimelineLayout::barOfTask(int taskRow) const
{
    const int lane = laneOfTask(taskRow);
    if (lane < 0)
        return -1;
    for (quint32 i = m_offsets[lane]; i < m_offsets[lane + 1]; ++i)
        if (m_bars[i].task == quint32(taskRow))
            return int(i);
    return -1;
}

int TimelineLayout::laneOfOperation(Sym operation) const
{
    const auto it = m_laneBySym.constFind(operation);
    return it == m_laneBySym.cend() ? -1 : m_position[*it];
}

int TimelineLayout::taskAt(int lane, qint64 time, qint64 slop) const
{
    if (lane < 0 || lane >= laneCount())
        return -1;
    int best = -1;
    qint64 bestDistance = kForever;
    forEachBar(lane, time - slop, time + slop + 1, [&](int i) {
        const TimelineBar &b = m_bars[size_t(i)];
        const qint64 end = std::max(endOf(b), b.start + 1); // an instant covers its millisecond
        const qint64 distance = time < b.start ? b.start - time : time >= end ? time - end + 1 : 0;
        if (distance <= bestDistance) { // later bars are drawn on top
            bestDistance = distance;
            best = i;
        }
    });
    return best >= 0 && bestDistance <= slop ? int(m_bars[size_t(best)].task) : -1;
}

int TimelineLayout::nearestBar(int lane, qint64 time) const
{
    if (lane < 0 || lane >= laneCount())
        return -1;
    int containing = -1;
    forEachBar(lane, time, time + 1, [&](int i) { containing = i; });
    if (containing >= 0)
        return containing;
    const auto first = m_bars.begin() + m_offsets[lane];
    const auto last = m_bars.begin() + m_offsets[lane + 1];
    const auto after = std::upper_bound(
        first, last, time, [](qint64 t, const TimelineBar &b) { return t < b.start; });
    int best = -1;
    qint64 bestDistance = kForever;
    if (after != last) {
        best = int(after - m_bars.begin());
        bestDistance = after->start - time;
    }
    if (after != first) {
        const auto before = after - 1;
        if (time - endOf(*before) <= bestDistance)
            best = int(before - m_bars.begin());
    }
    return best;
}

// --- Incremental updates: patch what moved, merge it back in order ----------

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
    // Filtered: rebuilding is simpler than keeping the hidden count right.
    if (m_bars.empty() || !m_filter.isEmpty()
        || input.size() > std::max<size_t>(1024, m_bars.size() / 4)) {
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
