// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/statuscolors.h"

#include "ui/widgets/colormix.h"

namespace SyncDesk::Ui {

namespace {

/// The base colour of a state (Okabe-Ito hues, darkened for white text on light bases).
QColor stateColor(TaskState state, bool dark)
{
    switch (state) {
    case TaskState::Succeeded: // bluish green
        return dark ? QColor(0x2f, 0xc2, 0x97) : QColor(0x00, 0x7a, 0x58);
    case TaskState::Failed: // vermillion
        return dark ? QColor(0xf2, 0x7a, 0x3a) : QColor(0xc0, 0x48, 0x00);
    case TaskState::Running: // blue
        return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x6b, 0xa8);
    case TaskState::Pending: // orange
        return dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xa8, 0x72, 0x00);
    case TaskState::Cancelled: // grey
        return dark ? QColor(0x9a, 0xa4, 0xab) : QColor(0x78, 0x80, 0x87);
    case TaskState::Other: // reddish purple
        break;
    }
    return dark ? QColor(0xd8, 0x8c, 0xb8) : QColor(0xa3, 0x4a, 0x7e);
}

} // namespace

QColor textOnColor(const QColor &background)
{
    const qreal luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x14, 0x16, 0x18) : QColor(Qt::white);
}

StatusColors statusColors(TaskState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor color = stateColor(state, dark);
    StatusColors c;
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
    c.text = textOnColor(color);
    return c;
}

} // namespace SyncDesk::Ui
