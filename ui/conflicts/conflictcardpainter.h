// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "ui/conflicts/conflictcarddelegate.h"

#include <QCoreApplication>

class QPainter;

namespace SyncDesk::Ui {

/**
 * Paints one DecisionCard where ConflictCardDelegate laid it out: the frame and
 * severity stripe, the header chips, the body lines, the three option buttons
 * and the status line. Only what is visible is painted, from strings the model
 * keeps ready; nothing here reads the store.
 */
class ConflictCardPainter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Ui::ConflictCardPainter)

public:
    using Layout = ConflictCardDelegate::Layout;
    using Hit = ConflictCardDelegate::Hit;

    /// hit: what the mouse is over on this card; nothing when it is elsewhere.
    static void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index,
        const Layout &layout, Hit hit);

private:
    static void paintHeader(
        QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l);
    static void paintBody(
        QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l);
    static void paintButtons(
        QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l, Hit hit);
    static void paintStatus(
        QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l, Hit hit);
};

} // namespace SyncDesk::Ui
