// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/statusdelegate.h"

#include "ui/widgets/appicons.h"
#include "ui/widgets/colormix.h"

#include <QApplication>
#include <QStyle>

namespace SyncDesk::Ui {

QColor toneColor(StatusTone tone, const QPalette &palette)
{
    // Breeze's NegativeText / NeutralText / PositiveText, a little lighter on dark bases.
    const bool dark = isDark(palette);
    switch (tone) {
    case StatusTone::Negative:
        return dark ? QColor(0xf0, 0x5a, 0x6a) : QColor(0xc4, 0x1e, 0x3a);
    case StatusTone::Warning:
        return dark ? QColor(0xf6, 0x8f, 0x2a) : QColor(0xa8, 0x50, 0x00);
    case StatusTone::Positive:
        return dark ? QColor(0x3d, 0xd4, 0x7a) : QColor(0x1d, 0x7f, 0x45);
    case StatusTone::Normal:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor toneBackground(StatusTone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == StatusTone::Normal)
        return base;
    return mix(base, toneColor(tone, palette), isDark(palette) ? 0.22 : 0.14);
}

QIcon toneIcon(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Negative:
        return bundledIcon(QStringLiteral(":/icons/status/negative.svg"));
    case StatusTone::Warning:
        return bundledIcon(QStringLiteral(":/icons/status/warning.svg"));
    case StatusTone::Positive:
        return bundledIcon(QStringLiteral(":/icons/status/positive.svg"));
    case StatusTone::Normal:
        break;
    }
    return bundledIcon(QStringLiteral(":/icons/status/normal.svg"));
}

QIcon statusIcon(const QString &iconName, const QStyle *style)
{
    if (QIcon::hasThemeIcon(iconName))
        return QIcon::fromTheme(iconName);
    auto tone = StatusTone::Normal;
    QStyle::StandardPixmap standard = QStyle::SP_MessageBoxInformation;
    if (iconName == QLatin1String("dialog-error") || iconName == QLatin1String("security-low")) {
        tone = StatusTone::Negative;
        standard = QStyle::SP_MessageBoxCritical;
    } else if (iconName == QLatin1String("dialog-warning")
        || iconName == QLatin1String("security-medium")) {
        tone = StatusTone::Warning;
        standard = QStyle::SP_MessageBoxWarning;
    } else if (iconName == QLatin1String("security-high")) {
        tone = StatusTone::Positive;
        standard = QStyle::SP_DialogApplyButton;
    }
    // The bundled icon of the tone; the style's own where SVG cannot be drawn.
    const QIcon bundled = toneIcon(tone);
    if (!bundled.isNull())
        return bundled;
    if (!style)
        style = QApplication::style();
    return style->standardIcon(standard);
}

StatusDelegate::StatusDelegate(int iconNameRole, int toneRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_iconNameRole(iconNameRole)
    , m_toneRole(toneRole)
{ }

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString name = index.data(m_iconNameRole).toString();
    if (!name.isEmpty()) {
        auto it = m_icons.find(name);
        if (it == m_icons.end())
            it = m_icons.insert(
                name, statusIcon(name, option->widget ? option->widget->style() : nullptr));
        option->icon = *it;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    const QVariant toneValue = index.data(m_toneRole);
    if (!toneValue.isValid())
        return;
    const auto tone = StatusTone(toneValue.toInt());
    if (tone == StatusTone::Normal || tone == StatusTone::Positive)
        return;
    // Selected rows keep the highlight's text colour: contrast beats tone there.
    option->palette.setColor(QPalette::Text, toneColor(tone, option->palette));
    if (tone == StatusTone::Negative)
        option->font.setBold(true);
}

} // namespace SyncDesk::Ui
