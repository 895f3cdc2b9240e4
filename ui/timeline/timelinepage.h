// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;

namespace SyncDesk {
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class TimelineLegend;
class TimelineView;

/**
 * The timeline page: a row of choices above the TimelineView (the time range
 * shown: recent activity, the last hour, 24 hours, 7 days, everything or a
 * custom UTC from–to; which task states and operation types are laid out)
 * and the legend of the bars.
 */
class TimelinePage final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(StoreSession *session, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    TimelineLegend *legend() const { return m_legend; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *typeBox() const { return m_type; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }

private:
    void rebuildTypes();
    void applyFilter();
    void onRangeChosen();
    void applyCustomRange();
    void showMode();

    StoreSession *m_session;
    TimelineView *m_view;
    TimelineLegend *m_legend;
    QComboBox *m_range;
    QComboBox *m_status;
    QComboBox *m_type;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
};

} // namespace SyncDesk::Ui
