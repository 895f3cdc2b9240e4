// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/conflictmodel.h"
#include "core/resolution/gate.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

#include <array>

namespace SyncDesk::Ui {

/**
 * Paints a conflict as a DecisionCard: severity, object, workspace and
 * profile, who changed it on which device, the explanation, merge policy and
 * governing policy decision, the recommendation and its reason, three option
 * buttons in fixed positions, and a status line (gate reasons, the decision
 * and its evidence, or the outcome of the last Apply).
 *
 * Every card has the same height, so a list of 10k cards lays out at once.
 * The buttons are painted (ConflictCardPainter), not widgets; clicks arrive as
 * optionClicked().
 */
class ConflictCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// What on a card reacts to the mouse: an option's button, the evidence
    /// link, or nothing (option None and evidence false).
    struct Hit
    {
        DecisionOption option = DecisionOption::None; ///< the button under the mouse
        bool evidence = false; ///< the evidence link is under the mouse
        bool any() const { return evidence || option != DecisionOption::None; }
        bool operator==(const Hit &) const = default;
    };

    /// Where everything sits on a card; shared by painting and hit testing.
    struct Layout
    {
        QRect card, stripe, title, meta, explanation, policy, recommendation, status;
        std::array<QRect, kDecisionOptionCount> buttons;
        QRect evidence; ///< empty when the card has no evidence link
        int lineHeight = 0;
    };

    explicit ConflictCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    /// The same for every card (uniformItemSizes).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    Hit hitTest(
        const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

    /// What choosing an option will do, in plain words.
    static QString optionDescription(DecisionOption option);
    /// A few words on why the gate forbids an option, for its button.
    static QString shortReason(Refusal refusal, DecisionOption option);
    /// The single key that stages an option ("M", "F", "S").
    static QString optionKey(DecisionOption option);

Q_SIGNALS:
    void optionClicked(const QModelIndex &index, SyncDesk::DecisionOption option);
    void evidenceClicked(const QString &evidenceId);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    void setHover(const QStyleOptionViewItem &option, const QModelIndex &index, Hit hit);
    bool hitEnabled(const QModelIndex &index, Hit hit) const;

    QPersistentModelIndex m_hoverIndex;
    Hit m_hover;
};

} // namespace SyncDesk::Ui
