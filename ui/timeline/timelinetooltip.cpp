// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/timeline/timelinetooltip.h"

#include "core/store/store.h"
#include "ui/timeline/timelineaxis.h"
// The sentences keep TimelineView's translation context: they are its tooltips.
#include "ui/timeline/timelineview.h"

namespace SyncDesk::Ui {

QString TimelineToolTip::forTask(const Store *s, const TimelineLayout &layout, int taskRow)
{
    const int index = layout.barOfTask(taskRow);
    if (!s || index < 0)
        return {};
    const TaskRecord &task = s->tasks()[size_t(taskRow)];
    const TimelineBar &bar = layout.bar(index);
    const QString none = TimelineView::tr("—");
    QStringList lines;
    lines << s->text(task.id);
    lines << TimelineView::tr("Operation: %1")
                 .arg(task.operation == kNoSym ? TimelineView::tr("(none)")
                                               : s->text(task.operation));
    lines << TimelineView::tr("Status: %1")
                 .arg(TimelineText::taskState(bar.state, s->text(task.status)));
    lines << TimelineView::tr("Attempt %1").arg(task.attempt);
    if (task.started != kNoTime)
        lines << TimelineView::tr("Started: %1").arg(TimelineText::utc(task.started));
    else
        lines << TimelineView::tr("Started: %1")
                     .arg(TimelineView::tr("not yet (created %1)")
                              .arg(task.created != kNoTime ? TimelineText::utc(task.created)
                                                           : none));
    if (bar.open)
        lines << TimelineView::tr("Completed: %1")
                     .arg(bar.state == TaskState::Running ? TimelineView::tr("still running")
                                                          : TimelineView::tr("not yet"));
    else
        lines << TimelineView::tr("Completed: %1")
                     .arg(task.completed != kNoTime ? TimelineText::utc(task.completed) : none);
    const QString duration = TimelineText::duration(layout.endOf(bar) - bar.start);
    // Open bars: how long until the store's latest time (TimelineLayout::now()).
    if (bar.open && bar.state == TaskState::Running)
        lines << TimelineView::tr("Running for %1").arg(duration);
    else if (bar.open)
        lines << TimelineView::tr("Waiting for %1").arg(duration);
    else if (task.completed != kNoTime)
        lines << TimelineView::tr("Duration: %1").arg(duration);
    else
        lines << TimelineView::tr("Duration: unknown (last updated %1)")
                     .arg(task.updated != kNoTime ? TimelineText::utc(task.updated) : none);
    if (bar.open && task.updated != kNoTime)
        lines << TimelineView::tr("Last updated: %1").arg(TimelineText::utc(task.updated));
    return lines.join(QLatin1Char('\n'));
}

QString TimelineToolTip::forLane(const Store *s, const TimelineLayout &layout, int lane)
{
    if (!s)
        return {};
    const TimelineLane &l = layout.lane(lane);
    const auto [first, last] = layout.laneBars(lane);
    QStringList lines;
    lines << (l.operation == kNoSym ? TimelineView::tr("Tasks that name no operation")
                                    : s->text(l.operation));
    if (l.operationRow >= 0) {
        const OperationRecord &op = s->operations()[size_t(l.operationRow)];
        lines << TimelineView::tr("%1, %2").arg(s->text(op.type), s->text(op.status));
    } else if (l.operation != kNoSym) {
        lines << TimelineView::tr("This operation is not in the store.");
    }
    lines << TimelineView::tr("%n task(s)", nullptr, last - first);
    return lines.join(QLatin1Char('\n'));
}

} // namespace SyncDesk::Ui
