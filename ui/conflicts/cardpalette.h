// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "ui/widgets/colormix.h"

#include <QColor>
#include <QPalette>

namespace SyncDesk::Ui::CardPalette {

// Breeze's semantic colours: the same hues read on light and dark bases.
inline QColor negative()
{
    return QColor(0xda, 0x44, 0x53);
}
inline QColor neutral()
{
    return QColor(0xf6, 0x74, 0x00);
}
inline QColor positive()
{
    return QColor(0x27, 0xae, 0x60);
}
inline QColor information()
{
    return QColor(0x3d, 0xae, 0xe9);
}
inline QColor caution()
{
    return QColor(0xfd, 0xbc, 0x4b);
}

/// Text that is there to be read second: ids, timestamps, descriptions.
inline QColor secondaryText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.38);
}

/// A semantic colour made readable as text on the palette's base.
inline QColor readable(const QColor &c, const QPalette &palette)
{
    return isDark(palette) ? c.lighter(125) : c.darker(125);
}

/// The colour of a severity ("blocking", …): the stripe and chip of a card.
inline QColor severity(int rank)
{
    switch (rank) {
    case 0:
        return negative();
    case 1:
        return neutral();
    case 2:
        return caution();
    case 3:
        return information();
    }
    return QColor(0x7f, 0x8c, 0x8d);
}

} // namespace SyncDesk::Ui::CardPalette
