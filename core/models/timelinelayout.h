// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"
#include "core/store/storetypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace SyncDesk {

class Store;

/// One task on the time axis: [start, end) in ms since the epoch.
struct TimelineBar final
{
    qint64 start = 0;
    /// Exclusive. For an open bar, the last time the task was seen; it is
    /// drawn up to TimelineLayout::now() (see TimelineLayout::endOf()).
    qint64 end = 0;
    quint32 task = 0; ///< row in Store::tasks()
    qint32 attempt = 0;
    TaskState state = TaskState::Other;
    bool open = false; ///< running or pending: no end yet
};

/// One lane per operation, identified by the operation id the tasks name.
struct TimelineLane final
{
    Sym operation = kNoSym; ///< kNoSym: tasks that name no operation
    qint32 operationRow = -1; ///< row in Store::operations(), -1 when not in the store
    qint64 firstStart = 0; ///< earliest start of its bars: the lane order key
};

/**
 * Where every task of a store sits on the timeline, precomputed so that a view
 * paints only what is visible.
 *
 * Rules (TimelineLayout::barFor):
 * - start = started_at, else created_at, else updated_at. A task with none of
 *   them is not placed (unplacedCount()).
 * - running and pending tasks are open: their bar runs to now(), which is the
 *   latest timestamp found on any task of the store unless setNow() says
 *   otherwise. The store's own clock, not the wall clock: a store is often
 *   read long after the daemon wrote it, and a bar reaching today would
 *   squash everything else. The status wins over a stray completed_at.
 * - every other task ends at completed_at, else updated_at, else its start
 *   (an instant). An end before the start is read as the start.
 * - lanes are ordered by their earliest bar start, then by operation id; the
 *   bars of a lane (the attempts of one operation) by start, attempt, row.
 *
 * Index: bars are stored lane after lane in one vector (lane offsets), each
 * lane sorted by start with a running maximum of the ends beside it, so the
 * bars of a lane within a time window are found in O(log n + visible).
 *
 * Updates: a change that keeps a bar in its lane and its place is patched in
 * O(lane); other changes and appended tasks are merged into the existing
 * order in O(n + k log k) without rehashing or resorting what did not move;
 * large batches rebuild.
 *
 * Filter (setFilter()): tasks of other states or operation types are left
 * out of the layout (hiddenCount()), as if they were not in the store; while
 * a filter is set every update rebuilds (tens of ms at 100k tasks).
 */
class TimelineLayout final
{
public:
    enum class Change
    {
        None,
        Patched,
        Rebuilt,
    };

    /// Which tasks are laid out; the default shows every task.
    struct Filter final
    {
        /// Bit (1 << int(TaskState)) per state shown; kAllStates shows all.
        unsigned states = kAllStates;
        /// Operation types (the tasks' operation_type words) shown; empty shows all.
        QStringList types;

        static constexpr unsigned kAllStates = (1u << kTaskStateCount) - 1;
        bool isEmpty() const { return (states & kAllStates) == kAllStates && types.isEmpty(); }
        bool operator==(const Filter &) const = default;
    };

    /// The default busy-span gap: a pause longer than this ends the recent activity.
    static constexpr qint64 kBusyGap = 2 * 3600 * 1000;

    void clear();
    void rebuild(const Store &store);
    /// Rows of Store::tasks() changed in place.
    Change tasksChanged(const Store &store, const QList<int> &rows);
    /// Rows first..last were appended to Store::tasks().
    Change tasksAdded(const Store &store, int first, int last);
    /// Looks up lanes whose operation was not in the store; true when one was found.
    bool resolveOperations(const Store &store);

    int laneCount() const { return int(m_order.size()); }
    const TimelineLane &lane(int lane) const { return m_lanes[m_order[lane]]; }
    int barCount() const { return int(m_bars.size()); }
    const TimelineBar &bar(int index) const { return m_bars[index]; }
    /// Bars of a lane: indices [first, last).
    std::pair<int, int> laneBars(int lane) const
    {
        return { int(m_offsets[lane]), int(m_offsets[lane + 1]) };
    }
    int unplacedCount() const { return m_unplaced; }
    /// Tasks with a time that the filter leaves out.
    int hiddenCount() const { return m_hidden; }

    /// Takes effect at the next rebuild().
    void setFilter(const Filter &filter) { m_filter = filter; }
    const Filter &filter() const { return m_filter; }

    /**
     * The last busy span: the recent activity a timeline opens on.
     *
     * The events are every bar's start and end, an open bar's end being the
     * last time its task was seen (TimelineBar::end), never now(): a task
     * still marked running months later must not stretch the span to today.
     * From the latest event, earlier events belong to the span while each is
     * at most `gap` before the next one; the first longer pause ends it. The
     * span is [its first event, the latest event]; kNoTime for both when no
     * bar is laid out. Callers clamp its width (TimelineView: 10 min to 7 days).
     */
    std::pair<qint64, qint64> busySpan(qint64 gap = kBusyGap) const;

    /// The lane a task is in, or -1 when it is not placed.
    int laneOfTask(int taskRow) const;
    /// The bar of a task, or -1.
    int barOfTask(int taskRow) const;
    /// The lane of an operation id, or -1.
    int laneOfOperation(Sym operation) const;

    /// The end a bar is drawn to: open bars reach now().
    qint64 endOf(const TimelineBar &bar) const
    {
        return bar.open ? std::max(bar.end, now()) : bar.end;
    }
    /// Where open bars end: setNow(), or the latest timestamp of any task.
    qint64 now() const { return m_now != kNoTime ? m_now : m_lastKnown; }
    /// kNoTime goes back to the store's latest timestamp.
    void setNow(qint64 ms) { m_now = ms; }
    qint64 lastKnownTime() const { return m_lastKnown; }

    /// Earliest start and latest drawn end over every bar; kNoTime when empty.
    /// After a patch they may be wider than the bars, never narrower.
    qint64 minTime() const { return m_bars.empty() ? kNoTime : m_minStart; }
    qint64 maxTime() const;

    /// Calls f(barIndex) for the bars of a lane that overlap [from, to), in start order.
    template<typename F> void forEachBar(int lane, qint64 from, qint64 to, F &&f) const
    {
        const auto first = m_reach.begin() + m_offsets[lane];
        const auto last = m_reach.begin() + m_offsets[lane + 1];
        // The running maximum of the ends only grows: everything before it ends before `from`.
        for (auto it = std::lower_bound(first, last, from); it != last; ++it) {
            const int i = int(it - m_reach.begin());
            const TimelineBar &b = m_bars[i];
            if (b.start >= to)
                break;
            if (endOf(b) > from || b.start >= from)
                f(i);
        }
    }

    /// The task under a point of a lane, within `slop` ms; -1 when none. Of
    /// overlapping bars the later one wins, as it is drawn on top.
    int taskAt(int lane, qint64 time, qint64 slop = 0) const;
    /// The bar of a lane nearest to a time (containing it if any), or -1.
    int nearestBar(int lane, qint64 time) const;

    /// The bar a task gets; start == kNoTime when it cannot be placed.
    static TimelineBar barFor(const TaskRecord &task, TaskState state);

    /// The status words of a store, looked up once per update.
    struct StateWords final
    {
        Sym words[5] = {};
        explicit StateWords(const Store &store);
        TaskState stateOf(Sym status) const;
    };

private:
    struct Incoming final
    {
        quint32 lane;
        TimelineBar bar;
    };

    Change patch(const Store &store, const std::vector<quint32> &rows);
    bool patchInPlace(const Store &store, quint32 row, const StateWords &words);
    bool laneLess(const Store &store, quint32 a, quint32 b) const;
    quint32 laneFor(Sym operation, qint32 operationRow);
    void computeReach(quint32 first, quint32 last);
    void computeExtent();
    void noteTimes(const TaskRecord &task);

    std::vector<TimelineLane> m_lanes; ///< by lane id, stable until a rebuild
    std::vector<quint32> m_order; ///< display position -> lane id
    std::vector<qint32> m_position; ///< lane id -> display position, -1 when empty
    std::vector<quint32> m_offsets; ///< display position -> first bar; one past the end too
    std::vector<TimelineBar> m_bars;
    std::vector<qint64> m_reach; ///< running maximum of endOf() within the lane (open: max)
    std::vector<qint32> m_laneOfTask; ///< task row -> lane id, -1 when not placed
    QHash<Sym, quint32> m_laneBySym;
    qint64 m_lastKnown = kNoTime;
    qint64 m_now = kNoTime;
    qint64 m_minStart = 0;
    qint64 m_maxEnd = 0; ///< of TimelineBar::end, open bars included
    bool m_anyOpen = false;
    int m_unplaced = 0;
    int m_hidden = 0;
    Filter m_filter;
};

} // namespace SyncDesk
