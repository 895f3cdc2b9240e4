// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/conflictcarddelegate.h"

#include "ui/conflicts/conflictcardpainter.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace SyncDesk::Ui {

namespace {

constexpr int kPadding = 12;
constexpr int kStripe = 5;
constexpr int kButtonGap = 8;

} // namespace

ConflictCardDelegate::ConflictCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ConflictCardDelegate::optionDescription(DecisionOption option)
{
    switch (option) {
    case DecisionOption::Merge:
        return tr("Combine both versions into one");
    case DecisionOption::Fork:
        return tr("Keep both versions as separate objects");
    case DecisionOption::Skip:
        return tr("Keep the object as it is, drop the other change");
    case DecisionOption::None:
        break;
    }
    return QString();
}

QString ConflictCardDelegate::optionKey(DecisionOption option)
{
    switch (option) {
    case DecisionOption::Merge:
        return tr("M", "key that stages merge");
    case DecisionOption::Fork:
        return tr("F", "key that stages fork");
    case DecisionOption::Skip:
        return tr("S", "key that stages skip");
    case DecisionOption::None:
        break;
    }
    return QString();
}

QString ConflictCardDelegate::shortReason(Refusal refusal, DecisionOption option)
{
    switch (refusal) {
    case Refusal::None:
        return QString();
    case Refusal::NotPending:
        return tr("Already decided");
    case Refusal::OptionNotOffered:
        return tr("Not offered for this conflict");
    case Refusal::ActorUnknown:
        return tr("Acting actor not in this store");
    case Refusal::ActorRevoked:
        return tr("Your actor is revoked");
    case Refusal::ActorOutOfScope:
        return tr("Outside your workspace or profile scope");
    case Refusal::CapabilityMissing:
        return option == DecisionOption::Merge ? tr("Needs the 'merge' capability")
                                               : tr("Needs the 'write' capability");
    case Refusal::PolicyDenied:
        return tr("Denied by policy");
    default:
        break;
    }
    return DecisionGate::describe(refusal);
}

void ConflictCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    ConflictCardPainter::paint(
        painter, option, index, layout(option, index), index == m_hoverIndex ? m_hover : Hit {});
}

QSize ConflictCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // From the font alone, never from the data: every card is the same height.
    const int line = option.fontMetrics.height();
    return QSize(40 * option.fontMetrics.averageCharWidth(), 9 * line + 74);
}

ConflictCardDelegate::Layout ConflictCardDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const int line = option.fontMetrics.height();
    l.lineHeight = line;
    l.card = option.rect;
    l.stripe = QRect(l.card.left(), l.card.top(), kStripe, l.card.height());
    const int left = l.card.left() + kStripe + kPadding;
    const int width = l.card.right() - kPadding - left + 1;
    int y = l.card.top() + kPadding;
    auto take = [&](int height, int after) {
        const QRect r(left, y, width, height);
        y += height + after;
        return r;
    };
    l.title = take(line + 6, 4);
    l.meta = take(line, 4);
    l.explanation = take(2 * line, 4);
    l.policy = take(line, 2);
    l.recommendation = take(line, 8);
    const QRect buttons = take(2 * line + 14, 8);
    l.status = take(line, 0);

    const int buttonWidth = (buttons.width() - 2 * kButtonGap) / kDecisionOptionCount;
    for (int i = 0; i < kDecisionOptionCount; ++i)
        l.buttons[std::size_t(i)] = QRect(buttons.left() + i * (buttonWidth + kButtonGap),
            buttons.top(), buttonWidth, buttons.height());

    const QString evidence = index.data(ConflictModel::EvidenceIdRole).toString();
    if (!evidence.isEmpty()) {
        const int w = option.fontMetrics.horizontalAdvance(tr("Evidence %1").arg(evidence));
        l.evidence = QRect(l.status.right() - w + 1, l.status.top(), w, l.status.height());
    }
    return l;
}

bool ConflictCardDelegate::hitEnabled(const QModelIndex &index, Hit hit) const
{
    if (hit.evidence)
        return !index.data(ConflictModel::EvidenceIdRole).toString().isEmpty();
    return index.data(ConflictModel::AllowedOptionsRole).toInt() & decisionOptionBit(hit.option);
}

ConflictCardDelegate::Hit ConflictCardDelegate::hitTest(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    if (!option.rect.contains(pos))
        return {};
    const Layout l = layout(option, index);
    for (DecisionOption o : kDecisionOptions)
        if (l.buttons[std::size_t(o)].contains(pos))
            return Hit { o, false };
    if (!l.evidence.isEmpty() && l.evidence.contains(pos))
        return Hit { DecisionOption::None, true };
    return {};
}

void ConflictCardDelegate::setHover(
    const QStyleOptionViewItem &option, const QModelIndex &index, Hit hit)
{
    if (index == m_hoverIndex && hit == m_hover)
        return;
    auto *view = qobject_cast<QAbstractItemView *>(const_cast<QWidget *>(option.widget));
    if (view && m_hoverIndex.isValid() && m_hoverIndex != index)
        view->viewport()->update(view->visualRect(m_hoverIndex));
    m_hoverIndex = index;
    m_hover = hit;
    if (view) {
        view->viewport()->update(option.rect);
        const bool clickable = hit.any() && hitEnabled(index, hit);
        view->viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
}

bool ConflictCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *e = static_cast<QMouseEvent *>(event);
        setHover(option, index, hitTest(option, index, e->position().toPoint()));
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            break;
        const Hit hit = hitTest(option, index, e->position().toPoint());
        // A disabled option is clicked too: the view says why, as for its key.
        if (!hit.any() || (hit.evidence && !hitEnabled(index, hit)))
            break;
        if (hit.evidence)
            Q_EMIT evidenceClicked(index.data(ConflictModel::EvidenceIdRole).toString());
        else
            Q_EMIT optionClicked(index, hit.option);
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        // A quick second click on a button must not act twice or open anything.
        const auto *e = static_cast<QMouseEvent *>(event);
        if (hitTest(option, index, e->position().toPoint()).any())
            return true;
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ConflictCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Hit hit = hitTest(option, index, event->pos());
    QString tip;
    if (hit.evidence) {
        tip = tr("Open evidence %1").arg(index.data(ConflictModel::EvidenceIdRole).toString());
    } else if (const DecisionOption o = hit.option; o != DecisionOption::None) {
        const QStringList reasons = index.data(ConflictModel::OptionReasonsRole).toStringList();
        const QString reason = reasons.value(int(o));
        tip = reason.isEmpty()
            ? tr("%1 (%2): %3")
                  .arg(ConflictModel::optionLabel(o), optionKey(o), optionDescription(o))
            : tr("%1 is not available: %2").arg(ConflictModel::optionLabel(o), reason);
    } else if (layout(option, index).status.contains(event->pos())) {
        // The status line is often elided: the whole of it, or the outcome's reason.
        const QString outcome = index.data(ConflictModel::OutcomeMessageRole).toString();
        const QString decision = index.data(ConflictModel::DecisionTextRole).toString();
        tip = !outcome.isEmpty() ? outcome : decision;
        if (tip.isEmpty())
            tip = index.data(ConflictModel::OptionReasonsRole)
                      .toStringList()
                      .join(QLatin1Char('\n'))
                      .trimmed();
    }
    if (tip.isEmpty())
        tip = index.data(ConflictModel::ExplanationRole).toString();
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace SyncDesk::Ui
