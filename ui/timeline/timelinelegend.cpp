// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/timeline/timelinelegend.h"

#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinepainter.h"
#include "ui/timeline/timelinepalette.h"
#include "ui/widgets/flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace SyncDesk::Ui {

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    auto *flow = new FlowLayout(this);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->setSpacing(12);
    for (int s = 0; s < kTaskStateCount; ++s) {
        auto *item = new QWidget(this);
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        m_samples[s] = new QLabel(item);
        m_labels[s] = new QLabel(TimelineText::taskState(TaskState(s), tr("Other status")), item);
        row->addWidget(m_samples[s]);
        row->addWidget(m_labels[s]);
        flow->addWidget(item);
    }
    m_labels[int(TaskState::Running)]->setToolTip(
        tr("Running tasks end in an arrow: at the store's latest time, or at the edge of the "
           "view when they run on past it."));
    m_labels[int(TaskState::Pending)]->setToolTip(tr("Pending tasks are hollow and dashed."));
    m_labels[int(TaskState::Failed)]->setToolTip(tr("Failed tasks are hatched."));
    m_labels[int(TaskState::Cancelled)]->setToolTip(tr("Cancelled tasks are struck through."));
    m_labels[int(TaskState::Other)]->setToolTip(
        tr("A status word the task contract does not know."));
    paintSamples();
}

void TimelineLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        paintSamples();
}

void TimelineLegend::paintSamples()
{
    const int h = fontMetrics().height();
    const QSize size(3 * h, h);
    const qreal dpr = devicePixelRatioF();
    for (int s = 0; s < kTaskStateCount; ++s) {
        const auto state = TaskState(s);
        QPixmap pixmap(size * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(palette().color(QPalette::Base));
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        TimelinePainter::paintShape(p, state, QRectF(1, 2, size.width() - 3, size.height() - 5),
            TimelinePalette::colors(state, palette()), state == TaskState::Running);
        p.end();
        m_samples[s]->setPixmap(pixmap);
        m_samples[s]->setAccessibleName(m_labels[s]->text());
    }
}

} // namespace SyncDesk::Ui
