// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QColor>
#include <QPalette>

namespace SyncDesk::Ui {

/// a blended towards b by amountOfB (0 gives a, 1 gives b), channel by channel.
inline QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
        float(a.greenF() * k + b.greenF() * amountOfB),
        float(a.blueF() * k + b.blueF() * amountOfB));
}

/// True when the palette's base is dark: colours are then chosen lighter.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace SyncDesk::Ui
