// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStyledItemDelegate>

class QStyle;

namespace SyncDesk::Ui {

/// The text colour of a tone, readable on the palette's base (Breeze's semantic colours).
QColor toneColor(StatusTone tone, const QPalette &palette);
/// A tint of the tone over the palette's base, for banners and row backgrounds.
QColor toneBackground(StatusTone tone, const QPalette &palette);
/// The bundled icon of a tone (resources/icons/status), null where SVG cannot be drawn.
QIcon toneIcon(StatusTone tone);
/// A themed icon by freedesktop name; when the theme lacks it, the bundled icon
/// of the tone the name stands for, else the style's closest standard icon.
QIcon statusIcon(const QString &iconName, const QStyle *style = nullptr);

/**
 * Paints a status cell: the icon its model names (IconNameRole) and, for a
 * negative or warning tone (ToneRole), text in that tone, bold when negative.
 * One delegate per view; icons are looked up once per name.
 */
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    StatusDelegate(int iconNameRole, int toneRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_iconNameRole;
    int m_toneRole;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace SyncDesk::Ui
