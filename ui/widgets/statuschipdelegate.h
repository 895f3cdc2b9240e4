// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QStyledItemDelegate>

namespace SyncDesk::Ui {

/**
 * Paints a status cell as a coloured chip: a rounded label in the state's
 * colour (statusColors(), the timeline's colours) with the status word
 * always inside it, so that colour is never the only cue. The state comes
 * from `stateRole` (an int TaskState); the word from the display role.
 */
class StatusChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusChipDelegate(int stateRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
};

} // namespace SyncDesk::Ui
