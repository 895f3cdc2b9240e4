// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/timeline/timelinepainter.h"

#include "core/store/store.h"
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinepalette.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/colormix.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <array>
#include <cmath>

namespace SyncDesk::Ui {

namespace {

constexpr int kStates = 6;
const QLatin1String kOperationPrefix("workspace-operation:");

/// A rectangle rounded on the left only: the right end of an open bar is not an end.
QPainterPath leftRounded(const QRectF &r, qreal radius)
{
    QPainterPath path;
    path.moveTo(r.right(), r.top());
    path.lineTo(r.left() + radius, r.top());
    path.arcTo(QRectF(r.left(), r.top(), 2 * radius, 2 * radius), 90, 90);
    path.lineTo(r.left(), r.bottom() - radius);
    path.arcTo(QRectF(r.left(), r.bottom() - 2 * radius, 2 * radius, 2 * radius), 180, 90);
    path.lineTo(r.right(), r.bottom());
    return path;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

TimelinePainter::TimelinePainter(const TimelineView &view)
    : m_view(view)
    , m_layout(view.timelineLayout())
{ }

void TimelinePainter::paint(QPainter &p) const
{
    const QPalette &pal = m_view.palette();
    p.fillRect(m_view.viewport()->rect(), pal.base());
    if (m_layout.laneCount() == 0) {
        paintEmpty(p);
        return;
    }
    const QRect chart = m_view.chartRect();
    const int first = std::max(0, m_view.laneAt(chart.top()));
    int last = m_view.laneAt(chart.bottom());
    if (last < 0)
        last = m_layout.laneCount() - 1;
    const TimelineTicks ticks
        = TimelineTicks::choose(m_view.msPerPixel(), m_view.fontMetrics(), 28);
    paintLanes(p, first, last, ticks);
    paintLabels(p, first, last);
    paintAxis(p, ticks);
}

void TimelinePainter::paintLanes(QPainter &p, int first, int last, const TimelineTicks &ticks) const
{
    const QPalette &pal = m_view.palette();
    const QRect chart = m_view.chartRect();
    const int laneH = m_view.laneHeight();
    const int selectedLane = m_layout.laneOfTask(m_view.selectedTask());
    p.save();
    p.setClipRect(chart);

    // Alternate lanes and the selected one, so a row can be followed across.
    for (int lane = first; lane <= last; ++lane) {
        const QRect row(chart.left(), m_view.laneTop(lane), chart.width(), laneH);
        if (lane == selectedLane)
            p.fillRect(row, withAlpha(pal.color(QPalette::Highlight), 34));
        else if (lane % 2)
            p.fillRect(row, pal.alternateBase());
    }

    // Grid: minor and major ticks.
    const double t0 = m_view.timeAt(chart.left());
    const double t1 = m_view.timeAt(chart.right() + 1);
    const QColor grid = pal.color(QPalette::Text);
    const auto firstTick
        = [](double t, qint64 step) { return qint64(std::floor(t / double(step))) * step; };
    if (ticks.minorStep / m_view.msPerPixel() >= 6) {
        p.setPen(withAlpha(grid, 14));
        for (qint64 t = firstTick(t0, ticks.minorStep); double(t) <= t1; t += ticks.minorStep)
            if (t % ticks.step != 0)
                p.drawLine(QPointF(std::round(m_view.xForTime(double(t))) + 0.5, chart.top()),
                    QPointF(std::round(m_view.xForTime(double(t))) + 0.5, chart.bottom()));
    }
    p.setPen(withAlpha(grid, 34));
    for (qint64 t = firstTick(t0, ticks.step); double(t) <= t1; t += ticks.step)
        p.drawLine(QPointF(std::round(m_view.xForTime(double(t))) + 0.5, chart.top()),
            QPointF(std::round(m_view.xForTime(double(t))) + 0.5, chart.bottom()));

    // Where open bars end: the latest time the store knows of.
    const double nowX = m_view.xForTime(double(m_layout.now()));
    if (m_layout.lastKnownTime() != kNoTime && nowX >= chart.left() && nowX <= chart.right()) {
        QPen pen(
            withAlpha(TimelinePalette::colors(TaskState::Running, pal).fill, 150), 1, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(std::round(nowX) + 0.5, chart.top()),
            QPointF(std::round(nowX) + 0.5, chart.bottom()));
    }

    // Bars. A few pixels of margin so that bars made wider to stay visible are caught.
    std::array<TimelineColors, kStates> colors;
    for (int s = 0; s < kStates; ++s)
        colors[size_t(s)] = TimelinePalette::colors(TaskState(s), pal);
    const auto from = qint64(std::floor(t0 - 4 * m_view.msPerPixel()));
    const auto to = qint64(std::ceil(t1 + m_view.msPerPixel()));
    p.setRenderHint(QPainter::Antialiasing);
    QRectF selectedRect;
    QRectF hoverRect;
    for (int lane = first; lane <= last; ++lane) {
        double paintedTo = -1e9;
        m_layout.forEachBar(lane, from, to, [&](int index) {
            const TimelineBar &bar = m_layout.bar(index);
            const QRectF r = m_view.barGeometry(bar, lane);
            if (int(bar.task) == m_view.selectedTask())
                selectedRect = r;
            if (int(bar.task) == m_view.hoveredTask())
                hoverRect = r;
            // Many tasks in one pixel column: one mark is all the eye can see.
            if (r.right() <= paintedTo + 1 && r.width() <= 4)
                return;
            paintBar(p, bar, r, colors[size_t(bar.state)]);
            paintedTo = std::max(paintedTo, r.right());
        });
    }
    if (!hoverRect.isNull() && hoverRect != selectedRect) {
        p.setPen(QPen(withAlpha(pal.color(QPalette::Text), 150), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(hoverRect.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
    }
    if (!selectedRect.isNull()) {
        const QPalette::ColorGroup group
            = m_view.hasFocus() ? QPalette::Active : QPalette::Inactive;
        p.setPen(QPen(pal.color(group, QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(selectedRect.adjusted(-2.5, -2.5, 2.5, 2.5), 4, 4);
    }
    p.restore();
}

void TimelinePainter::paintShape(
    QPainter &p, TaskState state, const QRectF &r, const TimelineColors &c, bool openEnd)
{
    const qreal radius = std::min<qreal>({ 3.0, r.width() / 2, r.height() / 4 });
    QPainterPath path;
    if (openEnd)
        path = leftRounded(r, radius);
    else
        path.addRoundedRect(r, radius, radius);

    // Body. An open end fades out: the task has not finished.
    const qreal fadeFrom = r.right() - std::min<qreal>(56, r.width() / 2);
    if (openEnd) {
        QLinearGradient fade(fadeFrom, 0, r.right(), 0);
        fade.setColorAt(0, c.fill);
        fade.setColorAt(1, withAlpha(c.fill, 24));
        p.fillPath(path, fade);
    } else {
        p.fillPath(path, c.fill);
    }
    if (state == TaskState::Failed) {
        // Hatched: failure must read without colour.
        p.setBrushOrigin(r.topLeft());
        p.fillPath(path, QBrush(withAlpha(c.text, 110), Qt::BDiagPattern));
        p.setBrushOrigin(QPointF()); // gradients are placed relative to it too
    }

    // Outline: dashed while waiting; open bars have no right edge.
    QPen pen(c.edge, 1, state == TaskState::Pending ? Qt::DashLine : Qt::SolidLine);
    if (openEnd) {
        QLinearGradient fade(fadeFrom, 0, r.right(), 0);
        fade.setColorAt(0, c.edge);
        fade.setColorAt(1, withAlpha(c.edge, 0));
        pen.setBrush(fade);
    }
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path.translated(0.5, 0.5));
    if (openEnd && r.width() > 24) { // an arrow head: still going
        const qreal h = std::min<qreal>(r.height() * 0.5, 10);
        const QPointF tip(r.right(), r.center().y());
        const QPointF head[] = { tip, { tip.x() - h * 0.8, tip.y() - h / 2 },
            { tip.x() - h * 0.8, tip.y() + h / 2 } };
        p.setPen(Qt::NoPen);
        p.setBrush(c.edge);
        p.drawPolygon(head, 3);
        p.setBrush(Qt::NoBrush);
    }
    if (state == TaskState::Cancelled && r.width() > 6) {
        p.setPen(QPen(c.edge, 1.5));
        p.drawLine(QPointF(r.left() + 2, r.center().y()), QPointF(r.right() - 2, r.center().y()));
    }
}

void TimelinePainter::paintBar(
    QPainter &p, const TimelineBar &bar, const QRectF &r, const TimelineColors &c) const
{
    // An open bar always ends in an arrow: at its end, or at the chart's right
    // edge when it runs on past it (barGeometry() clips it there).
    paintShape(p, bar.state, r, c, bar.open && r.width() > 10);

    // The attempt number, when it fits.
    if (r.width() < 14 || bar.attempt <= 0)
        return;
    const QFontMetrics fm = m_view.fontMetrics();
    const QString number = QString::number(bar.attempt);
    QString text = TimelineView::tr("attempt %1").arg(number);
    if (fm.horizontalAdvance(text) + 10 > r.width())
        text = TimelineView::tr("#%1").arg(number);
    if (fm.horizontalAdvance(text) + 8 > r.width())
        return;
    const QRectF visible = r.intersected(m_view.chartRect());
    if (visible.width() < fm.horizontalAdvance(text) + 8)
        return;
    p.setPen(c.text);
    p.drawText(visible.adjusted(5, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
}

void TimelinePainter::paintLabels(QPainter &p, int first, int last) const
{
    const Store *s = m_view.store();
    const QPalette &pal = m_view.palette();
    const QRect chart = m_view.chartRect();
    const int width = m_view.labelWidth();
    const int laneH = m_view.laneHeight();
    const int selectedLane = m_layout.laneOfTask(m_view.selectedTask());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setClipRect(QRect(0, chart.top(), width, chart.height()));
    p.fillRect(QRect(0, chart.top(), width, chart.height()), pal.window());
    const QFontMetrics fm = m_view.fontMetrics();
    QFont italic = m_view.font();
    italic.setItalic(true);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    for (int lane = first; lane <= last; ++lane) {
        const QRect row(0, m_view.laneTop(lane), width, laneH);
        const bool selected = lane == selectedLane;
        if (selected)
            p.fillRect(row,
                pal.color(m_view.hasFocus() ? QPalette::Active : QPalette::Inactive,
                    QPalette::Highlight));
        else if (lane % 2)
            p.fillRect(
                row, mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.04));
        const TimelineLane &l = m_layout.lane(lane);
        const auto [b, e] = m_layout.laneBars(lane);
        QRect textRect = row.adjusted(8, 0, -8, 0);
        if (e - b > 1) { // how many attempts, right-aligned
            const QString count = TimelineView::tr("×%1").arg(e - b);
            p.setPen(selected ? pal.color(QPalette::HighlightedText) : dim);
            p.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, count);
            textRect.setRight(textRect.right() - fm.horizontalAdvance(count) - 6);
        }
        QString label;
        if (l.operation == kNoSym) {
            label = TimelineView::tr("(no operation)");
        } else {
            const QString &id = s->text(l.operation);
            label = id.startsWith(kOperationPrefix) ? id.mid(kOperationPrefix.size()) : id;
        }
        p.setFont(l.operationRow < 0 ? italic : m_view.font());
        p.setPen(selected
                ? pal.color(QPalette::HighlightedText)
                : pal.color(l.operationRow < 0 ? QPalette::PlaceholderText : QPalette::WindowText));
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(p.font()).elidedText(label, Qt::ElideMiddle, textRect.width()));
    }
    p.setFont(m_view.font());
    p.setClipping(false);
    p.setPen(withAlpha(pal.color(QPalette::WindowText), 60));
    p.drawLine(width - 1, chart.top(), width - 1, chart.bottom());
    p.restore();
}

void TimelinePainter::paintAxis(QPainter &p, const TimelineTicks &ticks) const
{
    const QPalette &pal = m_view.palette();
    const QRect chart = m_view.chartRect();
    const int height = m_view.axisHeight();
    const int rowH = height / 2;
    const QColor text = pal.color(QPalette::WindowText);
    const QFontMetrics fm = m_view.fontMetrics();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRect(0, 0, m_view.viewport()->width(), height), pal.window());

    // Corner: what the columns are.
    QFont bold = m_view.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(8, rowH, m_view.labelWidth() - 16, rowH), Qt::AlignLeft | Qt::AlignVCenter,
        TimelineView::tr("Operation"));
    p.setFont(m_view.font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(8, 0, m_view.labelWidth() - 16, rowH), Qt::AlignLeft | Qt::AlignVCenter,
        TimelineView::tr("Time (UTC)"));

    p.setClipRect(QRect(chart.left(), 0, chart.width(), height));
    const double t0 = m_view.timeAt(chart.left());
    const double t1 = m_view.timeAt(chart.right() + 1);
    // Minor ticks.
    p.setPen(withAlpha(text, 90));
    if (ticks.minorStep / m_view.msPerPixel() >= 6)
        for (qint64 t = qint64(std::floor(t0 / double(ticks.minorStep))) * ticks.minorStep;
             double(t) <= t1; t += ticks.minorStep) {
            const int x = int(std::round(m_view.xForTime(double(t))));
            p.drawLine(x, height - 4, x, height - 1);
        }
    // Major ticks with their labels, in the lower row.
    for (qint64 t = qint64(std::floor(t0 / double(ticks.step))) * ticks.step; double(t) <= t1;
         t += ticks.step) {
        const int x = int(std::round(m_view.xForTime(double(t))));
        p.setPen(withAlpha(text, 140));
        p.drawLine(x, rowH + 2, x, height - 1);
        const QString label = ticks.label(t);
        // Half a label at either edge reads as a different time: leave it out.
        if (x + 4 < chart.left() || x + 4 + fm.horizontalAdvance(label) > chart.right())
            continue;
        p.setPen(text);
        p.drawText(QRect(x + 4, rowH, 400, rowH - 2), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    // The date in the upper row: at each UTC midnight, and stuck to the left edge.
    constexpr qint64 kDay = 24 * 3600 * 1000;
    p.setFont(bold);
    const QFontMetrics bm(bold);
    const auto dayOf = [&](double t) { return qint64(std::floor(t / double(kDay))) * kDay; };
    const QString sticky = ticks.form == TimelineTicks::Form::Days
        ? TimelineText::utcDate(qint64(t0)).left(4)
        : TimelineText::utcDate(dayOf(t0));
    p.setPen(text);
    const int nextMidnightX = int(m_view.xForTime(double(dayOf(t0) + kDay)));
    if (nextMidnightX > chart.left() + bm.horizontalAdvance(sticky) + 16)
        p.drawText(QRect(chart.left() + 4, 0, 400, rowH), Qt::AlignLeft | Qt::AlignVCenter, sticky);
    if (ticks.form != TimelineTicks::Form::Days)
        for (qint64 d = dayOf(t0) + kDay, freeFrom = 0; double(d) <= t1; d += kDay) {
            const int x = int(std::round(m_view.xForTime(double(d))));
            p.setPen(withAlpha(text, 140));
            p.drawLine(x, 2, x, rowH);
            const QString date = TimelineText::utcDate(d);
            if (x < freeFrom) // many days on screen: label those with room
                continue;
            p.setPen(text);
            p.drawText(QRect(x + 4, 0, 400, rowH), Qt::AlignLeft | Qt::AlignVCenter, date);
            freeFrom = x + bm.horizontalAdvance(date) + 16;
        }
    p.setFont(m_view.font());
    p.setClipping(false);
    p.setPen(withAlpha(text, 60));
    p.drawLine(0, height - 1, m_view.viewport()->width(), height - 1);
    p.drawLine(m_view.labelWidth() - 1, 0, m_view.labelWidth() - 1, height - 1);
    p.restore();
}

void TimelinePainter::paintEmpty(QPainter &p) const
{
    const Store *s = m_view.store();
    QString text;
    if (!s || s->state() != Store::State::Ok)
        text = TimelineView::tr("No store is open.");
    else if (m_layout.unplacedCount() > 0)
        text = TimelineView::tr(
            "No task has a time to be placed on the timeline (%n task(s) without "
            "timestamps).",
            nullptr, m_layout.unplacedCount());
    else
        text = TimelineView::tr("This store has no tasks yet.");
    p.setPen(m_view.palette().color(QPalette::PlaceholderText));
    p.drawText(m_view.viewport()->rect().adjusted(24, 24, -24, -24),
        Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace SyncDesk::Ui
