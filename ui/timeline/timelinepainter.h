// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "ui/timeline/timelinepalette.h"

class QPainter;
class QRectF;

namespace SyncDesk {
class TimelineLayout;
struct TimelineBar;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class TimelineView;

struct TimelineTicks;

/**
 * Paints a TimelineView's viewport: lanes with their grid and bars, the sticky
 * lane labels, the time axis, or a sentence when there is nothing to show.
 * Only the visible lanes are touched, and of those only the bars in the
 * visible time window; many bars in one pixel column are painted once.
 *
 * It reads the view's geometry (TimelineView's public accessors) and state
 * and changes neither: one is made per paint event.
 */
class TimelinePainter final
{
public:
    explicit TimelinePainter(const TimelineView &view);

    /// Paints the whole viewport with p (opened on the view's viewport).
    void paint(QPainter &p) const;

    /**
     * The shape of a bar of `state` in r, without its attempt number: the
     * body, the failed hatch, the dashed pending outline, the cancelled
     * strike and, when `openEnd`, a fading right end with an arrow head. The
     * legend paints its samples with it, so they look like the bars.
     */
    static void paintShape(
        QPainter &p, TaskState state, const QRectF &r, const TimelineColors &colors, bool openEnd);

private:
    void paintLanes(QPainter &p, int first, int last, const TimelineTicks &ticks) const;
    void paintBar(
        QPainter &p, const TimelineBar &bar, const QRectF &r, const TimelineColors &colors) const;
    void paintLabels(QPainter &p, int first, int last) const;
    void paintAxis(QPainter &p, const TimelineTicks &ticks) const;
    void paintEmpty(QPainter &p) const;

    const TimelineView &m_view;
    const TimelineLayout &m_layout;
};

} // namespace SyncDesk::Ui
