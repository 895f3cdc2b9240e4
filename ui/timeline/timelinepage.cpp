// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/timeline/timelinepage.h"

#include "core/models/operationmodel.h"
#include "core/store/storesession.h"
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinelegend.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/flowlayout.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QVBoxLayout>

namespace SyncDesk::Ui {

namespace {

using Mode = TimelineView::RangeMode;

QDateTime utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

TimelinePage::TimelinePage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new TimelineView(session, this))
    , m_legend(new TimelineLegend(this))
    , m_range(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Recent activity"), int(Mode::Recent));
    m_range->addItem(tr("Last hour"), int(Mode::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Mode::LastDay));
    m_range->addItem(tr("Last 7 days"), int(Mode::LastWeek));
    m_range->addItem(tr("All"), int(Mode::All));
    m_range->addItem(tr("Custom…"), int(Mode::Custom));
    m_range->setItemData(0,
        tr("The last busy span: tasks until the latest one, back to the first pause longer "
           "than two hours (at least 10 minutes, at most 7 days)."),
        Qt::ToolTipRole);
    for (int i = 1; i <= 3; ++i)
        m_range->setItemData(
            i, tr("Up to the store's latest task time, not to the clock's now."), Qt::ToolTipRole);
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From (UTC)"));
    m_to->setAccessibleName(tr("To (UTC)"));
    m_from->setToolTip(tr("From (UTC)"));
    m_to->setToolTip(tr("To (UTC)"));

    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"), -1);
    for (int s = 0; s < kTaskStateCount; ++s)
        m_status->addItem(TimelineText::taskState(TaskState(s), tr("Other status")), s);
    m_type->setAccessibleName(tr("Filter by operation type"));
    for (QComboBox *box : { m_range, m_status, m_type })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *rangeLabel = new QLabel(tr("Show:"), this);
    rangeLabel->setBuddy(m_range);
    auto *row = new FlowLayout;
    row->setSpacing(6);
    row->addWidget(rangeLabel);
    row->addWidget(m_range);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(m_status);
    row->addWidget(m_type);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(row);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_range, &QComboBox::activated, this, &TimelinePage::onRangeChosen);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TimelinePage::applyCustomRange);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TimelinePage::applyCustomRange);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TimelinePage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &TimelinePage::applyFilter);
    connect(m_view, &TimelineView::rangeModeChanged, this, &TimelinePage::showMode);
    if (session)
        connect(session, &StoreSession::storeReset, this, &TimelinePage::rebuildTypes);
    rebuildTypes();
    showMode();
}

void TimelinePage::rebuildTypes()
{
    // The operation types the tasks name, by their plain-words label.
    const Store *s = m_session ? m_session->store() : nullptr;
    const QStringList sorted = s ? s->distinctTexts(s->tasks(), &TaskRecord::type) : QStringList();
    const QString current = m_type->currentData().toString();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("All operation types"), QString());
        for (const QString &type : std::as_const(sorted)) {
            m_type->addItem(OperationModel::typeLabel(type), type);
            m_type->setItemData(m_type->count() - 1, type, Qt::ToolTipRole);
        }
        m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    }
    applyFilter();
}

void TimelinePage::applyFilter()
{
    TimelineLayout::Filter filter;
    const int state = m_status->currentData().toInt();
    if (state >= 0)
        filter.states = 1u << unsigned(state);
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        filter.types = { type };
    m_view->setFilter(filter);
}

void TimelinePage::onRangeChosen()
{
    const auto mode = Mode(m_range->currentData().toInt());
    if (mode != Mode::Custom) {
        m_view->setRangeMode(mode);
        return;
    }
    // Custom starts from what is on screen.
    const auto [from, to] = m_view->visibleRange();
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDateTime(utcOf(qint64(from)));
        m_to->setDateTime(utcOf(qint64(to)));
    }
    applyCustomRange();
}

void TimelinePage::applyCustomRange()
{
    m_view->setCustomRange(
        m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch());
}

void TimelinePage::showMode()
{
    const Mode mode = m_view->rangeMode();
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(mode))));
    m_from->setVisible(mode == Mode::Custom);
    m_to->setVisible(mode == Mode::Custom);
}

} // namespace SyncDesk::Ui
