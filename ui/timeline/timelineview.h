// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/timelinelayout.h"

#include <QAbstractScrollArea>
#include <QPointer>

namespace SyncDesk {
class Store;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

/**
 * The task timeline: one lane per operation (its id in a sticky column on the
 * left), tasks as bars on a UTC time axis, coloured and shaped by status,
 * attempt numbers inside wide bars. Custom-painted from a TimelineLayout:
 * only the visible lanes and the bars in the visible time window are touched.
 *
 * Range: it opens on the recent activity (RangeMode::Recent: the layout's
 * busySpan(), at least 10 minutes and at most 7 days wide, ending at the
 * latest task event), and follows the chosen range as tasks change until the
 * user zooms or pans. The fixed spans end at the store's latest time
 * (TimelineLayout::now()), not at the wall clock.
 *
 * Zoom: Ctrl+wheel (around the mouse), +/-, F or Ctrl+0 to fit all. Pan:
 * wheel (lanes), Shift+wheel (time), drag, Ctrl+arrows, Page Up/Down,
 * Home/End. Selection: click, or arrows (Left/Right: previous/next task of
 * the lane, Up/Down: the nearest task in the lane above/below).
 *
 * A click or a keyboard move emits taskActivated() and operationActivated();
 * selectTask() and selectOperation() (for other views) do not, so two views
 * following each other never loop.
 */
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// What the view shows when it opens and while it follows the data.
    enum class RangeMode
    {
        Recent, ///< the last busy span (TimelineLayout::busySpan())
        LastHour, ///< the hour before the store's latest time
        LastDay,
        LastWeek,
        All, ///< every bar
        Custom, ///< setCustomRange()
    };
    Q_ENUM(RangeMode)

    /// The narrowest and the widest recent activity shown.
    static constexpr qint64 kMinRecentSpan = 10 * 60 * 1000;
    static constexpr qint64 kMaxRecentSpan = 7 * 24 * 3600 * 1000LL;

    explicit TimelineView(StoreSession *session, QWidget *parent = nullptr);
    ~TimelineView() override;

    const TimelineLayout &timelineLayout() const
    {
        ensureLayout();
        return m_layout;
    }
    const Store *store() const;

    /// The selected task's row in Store::tasks(), or -1.
    int selectedTask() const
    {
        ensureLayout();
        return m_selected;
    }
    /// True while a reset's layout waits for the view to be shown (or asked).
    bool isLayoutPending() const { return m_stale; }
    /// The task painted under a viewport point, or -1.
    int taskAt(const QPoint &viewportPos) const;
    /// The lane under a viewport y, or -1.
    int laneAt(int viewportY) const;
    /// Where a task's bar is painted, in viewport coordinates (possibly outside
    /// the viewport); null when the task is not placed.
    QRectF barRect(int taskRow) const;
    /// Where bars are painted: right of the lane labels, below the time axis.
    QRect chartRect() const;
    int laneHeight() const { return m_laneHeight; }
    double msPerPixel() const
    {
        ensureLayout();
        return m_msPerPx;
    }
    /// The time at a viewport x, ms since the epoch.
    double timeAt(double viewportX) const;
    double xForTime(double msecsSinceEpoch) const;
    /// The tooltip shown over a task's bar.
    QString toolTipForTask(int taskRow) const;

    RangeMode rangeMode() const { return m_mode; }
    /// The range a mode shows now, in ms since the epoch; {0, 0} when nothing is laid out.
    std::pair<qint64, qint64> rangeFor(RangeMode mode) const;
    /// The times at the chart's left and right edges.
    std::pair<double, double> visibleRange() const;
    /// Shows only tasks of these states and operation types (TimelineLayout::Filter).
    void setFilter(const TimelineLayout::Filter &filter);

    // Geometry and state for TimelinePainter, which paints the viewport.
    /// The task under the mouse, or -1.
    int hoveredTask() const { return m_hover; }
    /// The width of the sticky lane-label column on the left.
    int labelWidth() const { return m_labelWidth; }
    /// The height of the time axis above the lanes.
    int axisHeight() const { return m_axisHeight; }
    /// The viewport y of a lane's top edge.
    int laneTop(int lane) const;
    /// Where a bar of a lane is painted, in viewport coordinates.
    QRectF barGeometry(const TimelineBar &bar, int lane) const;

public Q_SLOTS:
    /// Selects a task and scrolls it into view; -1 clears. Emits nothing.
    void selectTask(int taskRow);
    /// Selects the latest attempt of an operation (a row in Store::operations()). Emits nothing.
    void selectOperation(int operationRow);
    void zoomIn();
    void zoomOut();
    /// Zooms by `factor` (< 1 zooms in) keeping the time at viewport x `anchorX` in place.
    void zoomBy(double factor, double anchorX);
    /// Shows the whole time range of the store.
    void fitAll();
    /// Shows a mode's range, and keeps following it as the tasks change.
    void setRangeMode(RangeMode mode);
    /// Shows [from, to) (ms since the epoch): RangeMode::Custom.
    void setCustomRange(qint64 from, qint64 to);

Q_SIGNALS:
    /// The range mode changed (fitAll() is RangeMode::All).
    void rangeModeChanged(SyncDesk::Ui::TimelineView::RangeMode mode);
    void taskActivated(int taskRow);
    void operationActivated(int operationRow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr double kZoomStep = 0.8; ///< one zoom-in step

    void onReset();
    /// Builds the layout a reset left for later (the view was hidden); cheap when built.
    void ensureLayout() const;
    void buildLayout();
    void onChanged(RecordKind kind, const QList<int> &rows);
    void onAdded(RecordKind kind, int first, int last);
    void onUpdated();
    void afterLayoutChange();

    void updateMetrics();
    /// The time span the scroll bars cover: every bar and the range last shown.
    std::pair<double, double> world() const;
    double fitMsPerPixel() const;
    double rangeStart() const;
    double rangeEnd() const;
    /// Shows the current mode's range.
    void applyRange();
    void setView(double viewStart, double msPerPx);
    void updateScrollBars();
    void panPixels(double dx, int dy);
    void ensureVisible(int taskRow);
    void select(int taskRow, bool activate);
    void moveSelection(int key);

    QPointer<StoreSession> m_session;
    TimelineLayout m_layout;
    int m_labelWidth = 0;
    int m_axisHeight = 0;
    int m_laneHeight = 0;
    int m_selected = -1;
    int m_hover = -1;
    /// The store was reset while the view was hidden: the layout (100k tasks:
    /// ~65 ms) is built when the view is shown or asked, and selections asked
    /// for meanwhile are made then.
    bool m_stale = false;
    int m_pendingTask = -1;
    int m_pendingOperation = -1;
    double m_msPerPx = 1000.0;
    double m_viewStart = 0.0; ///< ms at the chart's left edge
    double m_hUnit = 1.0; ///< pixels per horizontal scroll bar step
    bool m_fitted = true; ///< show the mode's range again when the data or the size change
    RangeMode m_mode = RangeMode::Recent;
    qint64 m_customFrom = 0;
    qint64 m_customTo = 0;
    qint64 m_extraFrom = 0; ///< the range last shown, part of world()
    qint64 m_extraTo = 0;
    bool m_syncing = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    double m_pressViewStart = 0.0;
    int m_pressScrollY = 0;
};

} // namespace SyncDesk::Ui
