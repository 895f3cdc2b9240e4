// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Over 600 lines on purpose: one class, and what is left is what a scroll area
// must do itself (geometry, scrolling, selection, its event handlers);
// painting is TimelinePainter's, the tooltip texts TimelineToolTip's.
#include "ui/timeline/timelineview.h"

#include "core/store/storesession.h"
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinepainter.h"
#include "ui/timeline/timelinetooltip.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace SyncDesk::Ui {

namespace {

constexpr int kPadPixels = 24; ///< room around the data at "fit all"
constexpr double kMinMsPerPx = 0.02; ///< 50 px per millisecond: ms ticks stay readable
constexpr double kMaxScrollPixels = 1e9; ///< a QScrollBar holds an int
constexpr double kWheelStep = 120.0; ///< one notch of a wheel

} // namespace

TimelineView::TimelineView(StoreSession *session, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_session(session)
{
    updateMetrics();
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Task timeline"));
    setAccessibleDescription(tr("Tasks on a UTC time axis, one lane per operation. Arrow keys "
                                "move between tasks, plus and minus zoom, F fits everything."));
    if (session) {
        connect(session, &StoreSession::storeReset, this, &TimelineView::onReset);
        connect(session, &StoreSession::recordsChanged, this, &TimelineView::onChanged);
        connect(session, &StoreSession::recordsAdded, this, &TimelineView::onAdded);
        connect(session, &StoreSession::storeUpdated, this, &TimelineView::onUpdated);
    }
    onReset();
}

TimelineView::~TimelineView() = default;

const Store *TimelineView::store() const
{
    return m_session ? m_session->store() : nullptr;
}

// --- Store changes ---------------------------------------------------------

void TimelineView::onReset()
{
    m_selected = m_hover = -1;
    m_pendingTask = m_pendingOperation = -1;
    // A window opens on the queue: the timeline of a big store is laid out
    // when it is first shown, not before the whole store can be painted.
    m_stale = store() && !isVisible();
    if (m_stale) {
        m_layout.clear();
        return;
    }
    buildLayout();
}

void TimelineView::ensureLayout() const
{
    // The layout is derived state, like a cache: a const getter may build it.
    if (m_stale)
        const_cast<TimelineView *>(this)->buildLayout();
}

void TimelineView::buildLayout()
{
    m_stale = false;
    if (const Store *s = store())
        m_layout.rebuild(*s);
    else
        m_layout.clear();
    m_fitted = true;
    afterLayoutChange();
    const int task = std::exchange(m_pendingTask, -1);
    const int operation = std::exchange(m_pendingOperation, -1);
    if (task >= 0)
        selectTask(task);
    else if (operation >= 0)
        selectOperation(operation);
}

void TimelineView::showEvent(QShowEvent *event)
{
    ensureLayout();
    QAbstractScrollArea::showEvent(event);
}

void TimelineView::onChanged(RecordKind kind, const QList<int> &rows)
{
    const Store *s = store();
    // A stale layout is built from the store as it is then.
    if (!s || kind != RecordKind::Task || m_stale)
        return;
    if (m_layout.tasksChanged(*s, rows) != TimelineLayout::Change::None)
        afterLayoutChange();
}

void TimelineView::onAdded(RecordKind kind, int first, int last)
{
    const Store *s = store();
    if (!s || kind != RecordKind::Task || m_stale)
        return;
    if (m_layout.tasksAdded(*s, first, last) != TimelineLayout::Change::None)
        afterLayoutChange();
}

void TimelineView::onUpdated()
{
    // A new operation may be the one a lane's tasks were waiting for.
    if (const Store *s = store(); s && !m_stale && m_layout.resolveOperations(*s))
        viewport()->update();
}

void TimelineView::afterLayoutChange()
{
    if (m_selected >= 0 && m_layout.laneOfTask(m_selected) < 0)
        m_selected = -1;
    if (m_fitted)
        applyRange();
    else
        setView(m_viewStart, m_msPerPx);
    viewport()->update();
}

// --- Geometry --------------------------------------------------------------

void TimelineView::updateMetrics()
{
    // Cached: every coordinate conversion needs them, many times per paint.
    const QFontMetrics fm = fontMetrics();
    m_labelWidth = std::clamp(fm.averageCharWidth() * 24, 140, 320);
    m_axisHeight = 2 * (fm.height() + 4);
    m_laneHeight = fm.height() + 12;
}

QRect TimelineView::chartRect() const
{
    const QRect r = viewport()->rect();
    return r.adjusted(labelWidth(), axisHeight(), 0, 0);
}

int TimelineView::laneTop(int lane) const
{
    ensureLayout();
    return axisHeight() + lane * laneHeight() - verticalScrollBar()->value();
}

int TimelineView::laneAt(int viewportY) const
{
    ensureLayout();
    const int y = viewportY - axisHeight();
    if (y < 0)
        return -1;
    const int lane = (y + verticalScrollBar()->value()) / laneHeight();
    return lane < m_layout.laneCount() ? lane : -1;
}

double TimelineView::timeAt(double viewportX) const
{
    ensureLayout();
    return m_viewStart + (viewportX - labelWidth()) * m_msPerPx;
}

double TimelineView::xForTime(double msecsSinceEpoch) const
{
    ensureLayout();
    return labelWidth() + (msecsSinceEpoch - m_viewStart) / m_msPerPx;
}

QRectF TimelineView::barGeometry(const TimelineBar &bar, int lane) const
{
    const int inset = std::max(3, laneHeight() / 6);
    double x0 = xForTime(double(bar.start));
    double x1 = std::max(xForTime(double(m_layout.endOf(bar))), x0 + 3.0); // instants stay visible
    // Far off-screen ends are clamped: painters dislike coordinates near 1e12.
    const QRect chart = chartRect();
    x0 = std::max(x0, chart.left() - 16.0);
    // An open bar that runs on past the right edge ends at it, in its arrow.
    x1 = std::min(x1, bar.open ? std::max(chart.right() - 1.0, x0 + 3.0) : chart.right() + 16.0);
    const int top = laneTop(lane) + inset;
    return QRectF(x0, top, std::max(0.0, x1 - x0), laneHeight() - 2 * inset);
}

QRectF TimelineView::barRect(int taskRow) const
{
    ensureLayout();
    const int index = m_layout.barOfTask(taskRow);
    if (index < 0)
        return {};
    return barGeometry(m_layout.bar(index), m_layout.laneOfTask(taskRow));
}

int TimelineView::taskAt(const QPoint &viewportPos) const
{
    ensureLayout();
    const QRect chart = chartRect();
    if (!chart.contains(viewportPos))
        return -1;
    const int lane = laneAt(viewportPos.y());
    if (lane < 0)
        return -1;
    // The bar band, not the lane's gaps above and below it.
    const QRectF band = barGeometry(m_layout.bar(m_layout.laneBars(lane).first), lane);
    if (viewportPos.y() < band.top() - 2 || viewportPos.y() > band.bottom() + 2)
        return -1;
    const auto time = qint64(std::floor(timeAt(viewportPos.x())));
    // Bars are at least 3 px wide: a couple of pixels of slop finds the thin ones.
    return m_layout.taskAt(lane, time, qint64(std::ceil(3 * m_msPerPx)));
}

std::pair<double, double> TimelineView::world() const
{
    // Every bar, and the range last asked for even where it has no bars.
    double lo = double(m_layout.minTime());
    double hi = double(m_layout.maxTime());
    if (m_extraTo > m_extraFrom) {
        lo = std::min(lo, double(m_extraFrom));
        hi = std::max(hi, double(m_extraTo));
    }
    return { lo, hi };
}

double TimelineView::fitMsPerPixel() const
{
    const int width = std::max(1, chartRect().width() - 2 * kPadPixels);
    if (m_layout.barCount() == 0)
        return 1000.0;
    const auto [lo, hi] = world();
    const double span = std::max<double>(1000.0, hi - lo);
    return std::max(kMinMsPerPx, span / width);
}

double TimelineView::rangeStart() const
{
    return m_layout.barCount() == 0 ? 0.0 : world().first - kPadPixels * fitMsPerPixel();
}

double TimelineView::rangeEnd() const
{
    if (m_layout.barCount() == 0)
        return chartRect().width() * 1000.0;
    // Short spans are widened to a second: centre the data in it.
    const auto [lo, hi] = world();
    const double fit = fitMsPerPixel();
    const double width = std::max(1, chartRect().width() - 2 * kPadPixels) * fit;
    return lo + std::max(hi - lo, width) + kPadPixels * fit;
}

std::pair<qint64, qint64> TimelineView::rangeFor(RangeMode mode) const
{
    ensureLayout();
    if (m_layout.barCount() == 0)
        return { 0, 0 };
    constexpr qint64 kHour = 3600 * 1000;
    const qint64 now = m_layout.now();
    switch (mode) {
    case RangeMode::Recent: {
        auto [from, to] = m_layout.busySpan();
        // Ending at the latest event: a short span widens to the left, a long one keeps its end.
        from = std::clamp(from, to - kMaxRecentSpan, to - kMinRecentSpan);
        return { from, to };
    }
    case RangeMode::LastHour:
        return { now - kHour, now };
    case RangeMode::LastDay:
        return { now - 24 * kHour, now };
    case RangeMode::LastWeek:
        return { now - 7 * 24 * kHour, now };
    case RangeMode::Custom:
        if (m_customTo > m_customFrom)
            return { m_customFrom, m_customTo };
        break;
    case RangeMode::All:
        break;
    }
    return { m_layout.minTime(), m_layout.maxTime() };
}

std::pair<double, double> TimelineView::visibleRange() const
{
    ensureLayout();
    const QRect chart = chartRect();
    return { timeAt(chart.left()), timeAt(chart.right() + 1) };
}

void TimelineView::applyRange()
{
    m_fitted = true;
    if (m_mode == RangeMode::All || m_layout.barCount() == 0) {
        m_extraFrom = m_extraTo = 0;
        const double fit = fitMsPerPixel();
        m_msPerPx = fit;
        setView(rangeStart(), fit);
        return;
    }
    const auto [from, to] = rangeFor(m_mode);
    m_extraFrom = from;
    m_extraTo = to;
    const int width = std::max(1, chartRect().width() - 2 * kPadPixels);
    const double ms = std::max(kMinMsPerPx, std::max<double>(1000.0, double(to - from)) / width);
    setView(double(from) - kPadPixels * ms, ms);
}

void TimelineView::setRangeMode(RangeMode mode)
{
    ensureLayout();
    const bool changed = mode != m_mode;
    m_mode = mode;
    applyRange();
    if (changed)
        Q_EMIT rangeModeChanged(mode);
}

void TimelineView::setCustomRange(qint64 from, qint64 to)
{
    m_customFrom = std::min(from, to);
    m_customTo = std::max(from, to);
    setRangeMode(RangeMode::Custom);
}

void TimelineView::setFilter(const TimelineLayout::Filter &filter)
{
    if (filter == m_layout.filter())
        return;
    m_layout.setFilter(filter);
    if (m_stale)
        return; // the build to come uses it
    if (const Store *s = store())
        m_layout.rebuild(*s);
    afterLayoutChange();
}

void TimelineView::setView(double viewStart, double msPerPx)
{
    const double fit = fitMsPerPixel();
    m_msPerPx = std::clamp(msPerPx, kMinMsPerPx, std::max(kMinMsPerPx, fit));
    const double lo = rangeStart();
    const double hi = std::max(lo, rangeEnd() - chartRect().width() * m_msPerPx);
    m_viewStart = std::clamp(viewStart, lo, hi);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    m_syncing = true;
    const QRect chart = chartRect();
    const double total = (rangeEnd() - rangeStart()) / m_msPerPx;
    m_hUnit = std::max(1.0, total / kMaxScrollPixels);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, int(std::max(0.0, (total - chart.width()) / m_hUnit)));
    h->setPageStep(std::max(1, int(chart.width() / m_hUnit)));
    h->setSingleStep(std::max(1, int(20 / m_hUnit)));
    h->setValue(int(std::lround((m_viewStart - rangeStart()) / m_msPerPx / m_hUnit)));
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, m_layout.laneCount() * laneHeight() - chart.height()));
    v->setPageStep(std::max(1, chart.height()));
    v->setSingleStep(laneHeight());
    m_syncing = false;
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        applyRange();
    else
        setView(m_viewStart, m_msPerPx);
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateMetrics();
        setView(m_viewStart, m_msPerPx);
    }
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dy)
    if (m_syncing)
        return;
    if (dx != 0) {
        m_viewStart = rangeStart() + horizontalScrollBar()->value() * m_hUnit * m_msPerPx;
        m_fitted = false;
    }
    viewport()->update();
}

// --- Zoom and pan ----------------------------------------------------------

void TimelineView::zoomBy(double factor, double anchorX)
{
    ensureLayout();
    const double anchor = timeAt(anchorX);
    const double ms = std::clamp(m_msPerPx * factor, kMinMsPerPx, fitMsPerPixel());
    setView(anchor - (anchorX - labelWidth()) * ms, ms);
    m_fitted = false;
    if (m_msPerPx >= fitMsPerPixel()) // all the way out: everything, from now on
        setRangeMode(RangeMode::All);
}

void TimelineView::zoomIn()
{
    zoomBy(kZoomStep, chartRect().center().x());
}

void TimelineView::zoomOut()
{
    zoomBy(1.0 / kZoomStep, chartRect().center().x());
}

void TimelineView::fitAll()
{
    setRangeMode(RangeMode::All);
}

void TimelineView::panPixels(double dx, int dy)
{
    if (dx != 0) {
        setView(m_viewStart + dx * m_msPerPx, m_msPerPx);
        m_fitted = false;
    }
    if (dy != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
}

void TimelineView::ensureVisible(int taskRow)
{
    const int lane = m_layout.laneOfTask(taskRow);
    if (lane < 0)
        return;
    const QRect chart = chartRect();
    const int top = laneTop(lane);
    if (top < chart.top() || top + laneHeight() > chart.bottom() + 1)
        verticalScrollBar()->setValue(lane * laneHeight() - (chart.height() - laneHeight()) / 2);
    const TimelineBar &bar = m_layout.bar(m_layout.barOfTask(taskRow));
    const double x0 = xForTime(double(bar.start));
    const double x1 = std::max(xForTime(double(m_layout.endOf(bar))), x0 + 3);
    const double margin = std::min(48.0, chart.width() / 8.0);
    if (x0 >= chart.left() + margin && x1 <= chart.right() - margin)
        return;
    const double width = (x1 - x0) * m_msPerPx;
    if (x1 - x0 < chart.width() - 2 * margin) // centre it
        setView(double(bar.start) + width / 2 - chart.width() / 2.0 * m_msPerPx, m_msPerPx);
    else // too wide: show where it starts
        setView(double(bar.start) - margin * m_msPerPx, m_msPerPx);
    m_fitted = false;
}

// --- Selection -------------------------------------------------------------

void TimelineView::select(int taskRow, bool activate)
{
    if (m_layout.laneOfTask(taskRow) < 0)
        taskRow = -1;
    if (taskRow != m_selected) {
        m_selected = taskRow;
        viewport()->update();
    }
    if (taskRow < 0) {
        viewport()->setAccessibleName(QString());
        return;
    }
    ensureVisible(taskRow);
    const Store *s = store();
    const TaskRecord &task = s->tasks()[size_t(taskRow)];
    const TimelineBar &bar = m_layout.bar(m_layout.barOfTask(taskRow));
    viewport()->setAccessibleName(
        tr("%1, %2, attempt %3")
            .arg(s->text(task.id), TimelineText::taskState(bar.state, s->text(task.status)))
            .arg(task.attempt));
    if (!activate)
        return;
    Q_EMIT taskActivated(taskRow);
    const int operationRow = m_layout.lane(m_layout.laneOfTask(taskRow)).operationRow;
    if (operationRow >= 0)
        Q_EMIT operationActivated(operationRow);
}

void TimelineView::selectTask(int taskRow)
{
    if (m_stale) {
        m_pendingTask = taskRow;
        m_pendingOperation = -1;
        return;
    }
    select(taskRow, false);
}

void TimelineView::selectOperation(int operationRow)
{
    if (m_stale) {
        m_pendingOperation = operationRow;
        m_pendingTask = -1;
        return;
    }
    const Store *s = store();
    if (!s || operationRow < 0 || size_t(operationRow) >= s->operations().size())
        return;
    const int lane = m_layout.laneOfOperation(s->operations()[size_t(operationRow)].id);
    if (lane < 0)
        return;
    // The latest attempt: the last bar of the lane.
    select(int(m_layout.bar(m_layout.laneBars(lane).second - 1).task), false);
}

void TimelineView::moveSelection(int key)
{
    if (m_layout.barCount() == 0)
        return;
    const int index = m_layout.barOfTask(m_selected);
    if (index < 0) { // start from what is on screen
        const int lane = std::max(0, laneAt(chartRect().top() + 1));
        const int bar = m_layout.nearestBar(lane, qint64(timeAt(chartRect().left())));
        select(int(m_layout.bar(bar).task), true);
        return;
    }
    const int lane = m_layout.laneOfTask(m_selected);
    const auto [first, last] = m_layout.laneBars(lane);
    int target = -1;
    switch (key) {
    case Qt::Key_Left:
        target = index > first ? index - 1 : -1;
        break;
    case Qt::Key_Right:
        target = index + 1 < last ? index + 1 : -1;
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int next = lane + (key == Qt::Key_Up ? -1 : 1);
        if (next >= 0 && next < m_layout.laneCount())
            target = m_layout.nearestBar(next, m_layout.bar(index).start);
        break;
    }
    default:
        break;
    }
    if (target >= 0)
        select(int(m_layout.bar(target).task), true);
}

// --- Painting ----------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    TimelinePainter(*this).paint(p);
}

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
            text = TimelineToolTip::forLane(store(), m_layout, lane);
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

QString TimelineView::toolTipForTask(int taskRow) const
{
    ensureLayout();
    return TimelineToolTip::forTask(store(), m_layout, taskRow);
}

} // namespace SyncDesk::Ui
