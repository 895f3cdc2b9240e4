// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/timeline/timelinepalette.h"

#include "ui/widgets/colormix.h"

namespace SyncDesk::Ui {

namespace {

/// The base colour of a state: Breeze's positive, negative, focus, neutral and inactive.
QColor stateColor(TaskState state, bool dark)
{
    switch (state) {
    case TaskState::Succeeded:
        return dark ? QColor(0x3d, 0xd4, 0x7a) : QColor(0x21, 0x9a, 0x52);
    case TaskState::Failed:
        return dark ? QColor(0xf0, 0x5a, 0x6a) : QColor(0xd0, 0x31, 0x45);
    case TaskState::Running:
        return dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x1f, 0x7e, 0xc2);
    case TaskState::Pending:
        return dark ? QColor(0xf6, 0x8f, 0x2a) : QColor(0xc2, 0x5e, 0x00);
    case TaskState::Cancelled:
        return dark ? QColor(0x9a, 0xa4, 0xab) : QColor(0x84, 0x8d, 0x94);
    case TaskState::Other:
        break;
    }
    return dark ? QColor(0xb0, 0x8c, 0xd8) : QColor(0x8e, 0x5c, 0xb8);
}

/// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    const qreal luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x14, 0x16, 0x18) : QColor(Qt::white);
}

} // namespace

TimelineColors TimelinePalette::colors(TaskState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor color = stateColor(state, dark);
    TimelineColors c;
    switch (state) {
    case TaskState::Pending:
        // Hollow: waiting, nothing done yet.
        c.fill = mix(base, color, dark ? 0.22 : 0.16);
        c.edge = color;
        c.text = palette.color(QPalette::Text);
        return c;
    case TaskState::Cancelled:
        c.fill = mix(base, color, dark ? 0.45 : 0.38);
        c.edge = color;
        c.text = palette.color(QPalette::Text);
        return c;
    default:
        break;
    }
    c.fill = color;
    c.edge = dark ? color.lighter(135) : color.darker(135);
    c.text = textOn(color);
    return c;
}

} // namespace SyncDesk::Ui
