// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// TimelineView's mouse, wheel and keyboard handling, and its tooltips.
#include "core/store/store.h"
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace SyncDesk::Ui {

namespace {
constexpr double kWheelStep = 120.0; ///< one notch of a wheel
} // namespace

// --- Input -----------------------------------------------------------------

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressViewStart = m_viewStart;
    m_pressScrollY = verticalScrollBar()->value();
    m_dragging = false;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging
            && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const QPoint delta = pos - m_pressPos;
            if (delta.x() != 0) {
                setView(m_pressViewStart - delta.x() * m_msPerPx, m_msPerPx);
                m_fitted = false;
            }
            verticalScrollBar()->setValue(m_pressScrollY - delta.y());
        }
        return;
    }
    const int hover = taskAt(pos);
    if (hover != m_hover) {
        m_hover = hover;
        viewport()->update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (pos.x() < labelWidth()) { // a lane label: its latest attempt
        const int lane = laneAt(pos.y());
        if (lane >= 0)
            select(int(m_layout.bar(m_layout.laneBars(lane).second - 1).task), true);
        return;
    }
    const int task = taskAt(pos);
    if (task >= 0)
        select(task, true);
    else
        select(-1, false);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomBy(std::pow(kZoomStep, delta.y() / kWheelStep), event->position().x());
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && delta.x() == 0)
        delta = QPoint(delta.y(), 0);
    const int width = chartRect().width();
    panPixels(-delta.x() / kWheelStep * width / 10.0,
        int(std::lround(-delta.y() / kWheelStep * 3 * laneHeight())));
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int width = chartRect().width();
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        fitAll();
        return;
    case Qt::Key_0:
        if (ctrl) {
            fitAll();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (ctrl)
            panPixels((event->key() == Qt::Key_Left ? -width : width) / 8.0, 0);
        else
            moveSelection(event->key());
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (ctrl)
            panPixels(0, event->key() == Qt::Key_Up ? -laneHeight() : laneHeight());
        else
            moveSelection(event->key());
        return;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const bool home = event->key() == Qt::Key_Home;
        setView(home ? rangeStart() : rangeEnd(), m_msPerPx);
        m_fitted = false;
        if (ctrl)
            verticalScrollBar()->setValue(home ? 0 : verticalScrollBar()->maximum());
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_selected >= 0)
            select(m_selected, true);
        return;
    case Qt::Key_Escape:
        if (m_selected >= 0) {
            select(-1, false);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int task = taskAt(help->pos());
        QString text;
        QRect area;
        if (task >= 0) {
            text = toolTipForTask(task);
            area = barRect(task).toAlignedRect();
        } else if (help->pos().x() < labelWidth() && laneAt(help->pos().y()) >= 0) {
            const int lane = laneAt(help->pos().y());
            text = laneToolTip(lane);
            area = QRect(0, laneTop(lane), labelWidth(), laneHeight());
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport(), area);
        return true;
    }
    if (event->type() == QEvent::Leave && m_hover >= 0) {
        m_hover = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// --- Text ------------------------------------------------------------------

QString TimelineView::toolTipForTask(int taskRow) const
{
    const Store *s = store();
    const int index = m_layout.barOfTask(taskRow);
    if (!s || index < 0)
        return {};
    const TaskRecord &task = s->tasks()[size_t(taskRow)];
    const TimelineBar &bar = m_layout.bar(index);
    const QString none = tr("—");
    QStringList lines;
    lines << s->text(task.id);
    lines << tr("Operation: %1")
                 .arg(task.operation == kNoSym ? tr("(none)") : s->text(task.operation));
    lines << tr("Status: %1").arg(TimelineText::taskState(bar.state, s->text(task.status)));
    lines << tr("Attempt %1").arg(task.attempt);
    if (task.started != kNoTime)
        lines << tr("Started: %1").arg(TimelineText::utc(task.started));
    else
        lines << tr("Started: %1")
                     .arg(tr("not yet (created %1)")
                              .arg(task.created != kNoTime ? TimelineText::utc(task.created)
                                                           : none));
    if (bar.open)
        lines << tr("Completed: %1")
                     .arg(bar.state == TaskState::Running ? tr("still running") : tr("not yet"));
    else
        lines << tr("Completed: %1")
                     .arg(task.completed != kNoTime ? TimelineText::utc(task.completed) : none);
    const QString duration = TimelineText::duration(m_layout.endOf(bar) - bar.start);
    if (bar.open)
        lines << tr("Duration: %1 so far").arg(duration);
    else if (task.completed != kNoTime)
        lines << tr("Duration: %1").arg(duration);
    else
        lines << tr("Duration: unknown (last updated %1)")
                     .arg(task.updated != kNoTime ? TimelineText::utc(task.updated) : none);
    return lines.join(QLatin1Char('\n'));
}

QString TimelineView::laneToolTip(int lane) const
{
    const Store *s = store();
    if (!s)
        return {};
    const TimelineLane &l = m_layout.lane(lane);
    const auto [first, last] = m_layout.laneBars(lane);
    QStringList lines;
    lines << (l.operation == kNoSym ? tr("Tasks that name no operation") : s->text(l.operation));
    if (l.operationRow >= 0) {
        const OperationRecord &op = s->operations()[size_t(l.operationRow)];
        lines << tr("%1, %2").arg(s->text(op.type), s->text(op.status));
    } else if (l.operation != kNoSym) {
        lines << tr("This operation is not in the store.");
    }
    lines << tr("%n task(s)", nullptr, last - first);
    return lines.join(QLatin1Char('\n'));
}

} // namespace SyncDesk::Ui
