// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"

#include <QWidget>

class QLabel;

namespace SyncDesk::Ui {

/**
 * What the timeline's bars mean: one sample per task state, painted as the
 * bars are (TimelinePainter::paintShape(): colour, hatch, dashes, arrow,
 * strike) and named beside it, wrapping onto more lines when narrow.
 */
class TimelineLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);

    /// The sample of a state (its label's pixmap); for tests.
    QLabel *sample(TaskState state) const { return m_samples[int(state)]; }
    /// The name beside a state's sample.
    QLabel *label(TaskState state) const { return m_labels[int(state)]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintSamples();

    QLabel *m_samples[kTaskStateCount] = {};
    QLabel *m_labels[kTaskStateCount] = {};
};

} // namespace SyncDesk::Ui
