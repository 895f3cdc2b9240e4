// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/timeline/timelineaxis.h"

#include <QDateTime>
#include <QFontMetrics>

namespace SyncDesk::Ui {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Step
{
    qint64 step;
    qint64 minor;
};

// Steps that divide a UTC day (or a multiple of days) so that ticks land on round times.
constexpr Step kSteps[] = {
    { 1, 1 },
    { 2, 1 },
    { 5, 1 },
    { 10, 2 },
    { 20, 5 },
    { 50, 10 },
    { 100, 20 },
    { 200, 50 },
    { 500, 100 },
    { kSecond, 200 },
    { 2 * kSecond, 500 },
    { 5 * kSecond, kSecond },
    { 10 * kSecond, 2 * kSecond },
    { 15 * kSecond, 5 * kSecond },
    { 30 * kSecond, 10 * kSecond },
    { kMinute, 15 * kSecond },
    { 2 * kMinute, 30 * kSecond },
    { 5 * kMinute, kMinute },
    { 10 * kMinute, 2 * kMinute },
    { 15 * kMinute, 5 * kMinute },
    { 30 * kMinute, 10 * kMinute },
    { kHour, 15 * kMinute },
    { 2 * kHour, 30 * kMinute },
    { 3 * kHour, kHour },
    { 6 * kHour, kHour },
    { 12 * kHour, 3 * kHour },
    { kDay, 6 * kHour },
    { 2 * kDay, kDay },
    { 7 * kDay, kDay },
    { 14 * kDay, 7 * kDay },
    { 28 * kDay, 7 * kDay },
    { 91 * kDay, 28 * kDay },
    { 364 * kDay, 91 * kDay },
};

TimelineTicks::Form formFor(qint64 step)
{
    if (step < kSecond)
        return TimelineTicks::Form::Milliseconds;
    if (step < kMinute)
        return TimelineTicks::Form::Seconds;
    if (step < kDay)
        return TimelineTicks::Form::Minutes;
    return TimelineTicks::Form::Days;
}

QString formatOf(TimelineTicks::Form form)
{
    switch (form) {
    case TimelineTicks::Form::Milliseconds:
        return QStringLiteral("HH:mm:ss.zzz");
    case TimelineTicks::Form::Seconds:
        return QStringLiteral("HH:mm:ss");
    case TimelineTicks::Form::Minutes:
        return QStringLiteral("HH:mm");
    case TimelineTicks::Form::Days:
        break;
    }
    return QStringLiteral("MM-dd");
}

} // namespace

TimelineTicks TimelineTicks::choose(double msPerPixel, const QFontMetrics &metrics, int minPixels)
{
    TimelineTicks ticks;
    for (const Step &s : kSteps) {
        ticks.step = s.step;
        ticks.minorStep = s.minor;
        ticks.form = formFor(s.step);
        const int labelWidth = metrics.horizontalAdvance(ticks.label(0));
        if (double(s.step) / msPerPixel >= labelWidth + minPixels)
            break;
    }
    return ticks;
}

QString TimelineTicks::label(qint64 msecsSinceEpoch) const
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(formatOf(form));
}

QString TimelineText::utc(qint64 msecsSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    const QString format = msecsSinceEpoch % 1000 != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                       : QStringLiteral("yyyy-MM-dd HH:mm:ss");
    //: A point in time in UTC; %1 is the date and time.
    return tr("%1 UTC").arg(time.toString(format));
}

QString TimelineText::utcDate(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd"));
}

QString TimelineText::duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < kSecond)
        return tr("%1 ms").arg(ms);
    if (ms < kMinute) {
        // Tenths only while they matter.
        if (ms < 10 * kSecond && ms % kSecond != 0)
            return tr("%1 s").arg(double(ms) / kSecond, 0, 'f', 1);
        return tr("%1 s").arg(ms / kSecond);
    }
    if (ms < kHour)
        return tr("%1 min %2 s")
            .arg(ms / kMinute)
            .arg(ms % kMinute / kSecond, 2, 10, QLatin1Char('0'));
    if (ms < kDay)
        return tr("%1 h %2 min").arg(ms / kHour).arg(ms % kHour / kMinute, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(ms / kDay).arg(ms % kDay / kHour);
}

QString TimelineText::taskState(TaskState state, const QString &raw)
{
    switch (state) {
    case TaskState::Pending:
        return tr("Pending");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Succeeded:
        return tr("Succeeded");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Cancelled:
        return tr("Cancelled");
    case TaskState::Other:
        break;
    }
    return raw.isEmpty() ? tr("(no status)") : raw;
}

} // namespace SyncDesk::Ui
