// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/timelinelayout.h"

#include <QCoreApplication>
#include <QString>

class QFontMetrics;

namespace SyncDesk::Ui {

/// Spacing and label form of the time axis ticks at one zoom level.
struct TimelineTicks final
{
    enum class Form : unsigned char
    {
        Milliseconds, ///< 01:03:05.120
        Seconds, ///< 01:03:05
        Minutes, ///< 01:03
        Days, ///< 05-05
    };

    qint64 step = 1000; ///< ms between labelled ticks
    qint64 minorStep = 200; ///< ms between unlabelled ticks
    Form form = Form::Seconds;

    /// The smallest step whose labels fit `minPixels` apart (plus their own width) at this zoom.
    static TimelineTicks choose(double msPerPixel, const QFontMetrics &metrics, int minPixels);
    /// A tick label, UTC.
    QString label(qint64 msecsSinceEpoch) const;
};

/// Words and numbers of the timeline, kept out of the painting code.
class TimelineText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Ui::TimelineText)

public:
    /// "2026-05-05 01:03:27 UTC"; milliseconds only when there are some.
    static QString utc(qint64 msecsSinceEpoch);
    /// "2026-05-05", UTC.
    static QString utcDate(qint64 msecsSinceEpoch);
    /// "850 ms", "23 s", "4 min 05 s", "2 h 03 min", "3 d 4 h".
    static QString duration(qint64 ms);
    /// "Failed", ...; an unknown status word as it is.
    static QString taskState(TaskState state, const QString &raw);
};

} // namespace SyncDesk::Ui
