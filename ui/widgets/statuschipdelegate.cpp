// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/statuschipdelegate.h"

#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QPainter>

namespace SyncDesk::Ui {

namespace {

constexpr int kMargin = 3; ///< between the cell's edge and the chip
constexpr int kPadding = 7; ///< between the chip's edge and its text

} // namespace

StatusChipDelegate::StatusChipDelegate(int stateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
{ }

void StatusChipDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The cell's own background and selection, without its text.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QVariant stateValue = index.data(m_stateRole);
    const auto state = stateValue.isValid() ? TaskState(stateValue.toInt()) : TaskState::Other;
    const StatusColors c = statusColors(state, opt.palette);
    const QFontMetrics fm(opt.font);
    const QRect cell = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int advance = fm.horizontalAdvance(text);
    const int width = std::min(cell.width(), advance + 2 * kPadding + 2);
    const QRectF chip(cell.left() + 0.5, cell.top() + 0.5, width - 1, cell.height() - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c.edge, 1));
    painter->setBrush(c.fill);
    const qreal radius = chip.height() / 2;
    painter->drawRoundedRect(chip, radius, radius);
    painter->setFont(opt.font);
    painter->setPen(c.text);
    // Elided only when the column is really too narrow: a pixel of rounding never cuts a word.
    const int room = width - 2 * kPadding;
    const QString shown = advance <= room + 2 ? text : fm.elidedText(text, Qt::ElideRight, room);
    painter->drawText(QRect(cell.left(), cell.top(), width, cell.height()), Qt::AlignCenter, shown);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    return { fm.horizontalAdvance(opt.text) + 2 * (kPadding + kMargin) + 4,
        fm.height() + 2 * kMargin + 4 };
}

} // namespace SyncDesk::Ui
