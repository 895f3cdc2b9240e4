// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/conflictcardpainter.h"

#include "ui/conflicts/cardpalette.h"
#include "ui/conflicts/conflictcarddelegate.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace SyncDesk::Ui {

namespace {

constexpr qreal kRadius = 6.0;

struct Segment
{
    QString text;
    QColor color;
    bool bold = false;
};

/// Draws segments left to right on one line, eliding the one that does not fit.
void drawSegments(QPainter *p, const QRect &rect, const QFont &base, const QList<Segment> &segments)
{
    int x = rect.left();
    for (const Segment &s : segments) {
        if (s.text.isEmpty())
            continue;
        QFont f = base;
        f.setBold(s.bold);
        const QFontMetrics fm(f);
        const int room = rect.right() - x + 1;
        if (room <= fm.averageCharWidth())
            break;
        const QString text = fm.elidedText(s.text, Qt::ElideRight, room);
        p->setFont(f);
        p->setPen(s.color);
        p->drawText(
            QRect(x, rect.top(), room, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text);
    }
    p->setFont(base);
}

/// A rounded label; returns its width.
int drawChip(QPainter *p, const QRect &line, int x, const QString &text, const QColor &fill,
    const QColor &border, const QColor &textColor, bool bold)
{
    QFont f = p->font();
    f.setBold(bold);
    const QFontMetrics fm(f);
    const QRect r(x, line.top(), fm.horizontalAdvance(text) + 14, line.height());
    p->setPen(border.isValid() ? QPen(border, 1) : Qt::NoPen);
    p->setBrush(fill.isValid() ? QBrush(fill) : Qt::NoBrush);
    p->drawRoundedRect(
        QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2.0, r.height() / 2.0);
    const QFont old = p->font();
    p->setFont(f);
    p->setPen(textColor);
    p->drawText(r, Qt::AlignCenter, text);
    p->setFont(old);
    return r.width();
}

QColor tint(const QColor &c, const QPalette &pal, qreal amount)
{
    return mix(pal.color(QPalette::Base), c, isDark(pal) ? amount * 1.6 : amount);
}

QColor effectColor(const QString &effect, const QPalette &pal)
{
    if (effect == QLatin1String("deny"))
        return CardPalette::readable(CardPalette::negative(), pal);
    if (effect == QLatin1String("review_required"))
        return CardPalette::readable(CardPalette::neutral(), pal);
    if (effect == QLatin1String("allow"))
        return CardPalette::readable(CardPalette::positive(), pal);
    return pal.color(QPalette::Text);
}

} // namespace

void ConflictCardPainter::paint(QPainter *p, const QStyleOptionViewItem &option,
    const QModelIndex &index, const Layout &l, Hit hit)
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QColor highlight = pal.color(QPalette::Highlight);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(option.font);

    QPainterPath card;
    card.addRoundedRect(QRectF(l.card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    const QColor base = pal.color(QPalette::Base);
    p->fillPath(card, selected ? mix(base, highlight, 0.08) : base);
    p->save();
    p->setClipPath(card);
    p->fillRect(
        l.stripe, CardPalette::severity(index.data(ConflictModel::SeverityRankRole).toInt()));
    p->restore();
    const QColor frame
        = focused || selected ? highlight : mix(pal.color(QPalette::Text), base, 0.82);
    p->setPen(QPen(frame, focused ? 2.0 : 1.0));
    p->setBrush(Qt::NoBrush);
    p->drawPath(card);

    paintHeader(p, option, index, l);
    paintBody(p, option, index, l);
    paintButtons(p, option, index, l, hit);
    paintStatus(p, option, index, l, hit);
    p->restore();
}

void ConflictCardPainter::paintHeader(
    QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l)
{
    const QPalette &pal = o.palette;
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = CardPalette::secondaryText(pal);
    const QColor severity = CardPalette::severity(i.data(ConflictModel::SeverityRankRole).toInt());
    int x = l.title.left();
    x += drawChip(p, l.title, x, i.data(ConflictModel::SeverityLabelRole).toString(),
             tint(severity, pal, 0.22), severity, text, true)
        + 6;

    const auto state = CardState(i.data(ConflictModel::StateRole).toInt());
    const int outcome = i.data(ConflictModel::OutcomeRole).toInt();
    const auto staged = DecisionOption(i.data(ConflictModel::StagedOptionRole).toInt());
    QString label;
    QColor fill, border, fg = text;
    if (outcome == int(Outcome::Refused)) {
        label = tr("Refused");
        fill = tint(CardPalette::negative(), pal, 0.2);
        border = CardPalette::negative();
    } else if (outcome >= 0) {
        label = tr("Applied");
        fill = tint(CardPalette::positive(), pal, 0.2);
        border = CardPalette::positive();
    } else if (staged != DecisionOption::None) {
        label = i.data(ConflictModel::RevisingRole).toBool()
            ? tr("Revising: %1 (was %2)")
                  .arg(ConflictModel::optionLabel(staged),
                      ConflictModel::optionLabel(
                          DecisionOption(i.data(ConflictModel::SelectedOptionRole).toInt())))
            : tr("Staged: %1").arg(ConflictModel::optionLabel(staged));
        fill = pal.color(QPalette::Highlight);
        fg = pal.color(QPalette::HighlightedText);
    } else if (i.data(ConflictModel::RevisingRole).toBool()) {
        label = tr("Revising");
        border = pal.color(QPalette::Highlight);
    } else if (state == CardState::Pending) {
        label = tr("Pending");
        border = secondary;
    } else if (state == CardState::Decided) {
        label = tr("Decided");
        fill = mix(pal.color(QPalette::Base), text, 0.1);
    } else {
        label = tr("Invalid card");
        border = CardPalette::negative();
    }
    x += drawChip(p, l.title, x, label, fill, border, fg, false) + 10;

    const QString where = tr("%1 · %2").arg(i.data(ConflictModel::WorkspaceRole).toString(),
        i.data(ConflictModel::ProfileRole).toString());
    const QFontMetrics &fm = o.fontMetrics;
    // A few pixels of slack: elidedText() may elide a string measured to fit exactly.
    const int whereWidth = std::min(fm.horizontalAdvance(where) + 4, l.title.width() / 3);
    const QRect whereRect(
        l.title.right() - whereWidth + 1, l.title.top(), whereWidth, l.title.height());
    p->setPen(secondary);
    p->drawText(whereRect, Qt::AlignRight | Qt::AlignVCenter,
        fm.elidedText(where, Qt::ElideMiddle, whereWidth));

    const QRect objectRect(x, l.title.top(), whereRect.left() - 12 - x, l.title.height());
    drawSegments(p, objectRect, o.font,
        { { i.data(ConflictModel::ObjectIdRole).toString(), text, true },
            { tr(" · %1").arg(i.data(ConflictModel::ObjectTypeRole).toString()), secondary } });
}

void ConflictCardPainter::paintBody(
    QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l)
{
    const QPalette &pal = o.palette;
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = CardPalette::secondaryText(pal);

    drawSegments(p, l.meta, o.font,
        { { tr("%1 · %2 · ")
                  .arg(i.data(ConflictModel::ConflictIdRole).toString(),
                      i.data(ConflictModel::CreatedTextRole).toString()),
              secondary },
            { tr("Changed by "), secondary },
            { i.data(ConflictModel::ChangedByTextRole).toString(), text } });

    // Two lines of explanation; the second one elided. The whole text is the tooltip.
    QTextLayout layout(i.data(ConflictModel::ExplanationRole).toString(), o.font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    const QFontMetrics &fm = o.fontMetrics;
    QStringList lines;
    const QString all = layout.text();
    for (int n = 0; n < 2; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(l.explanation.width());
        lines << (n == 1
                ? fm.elidedText(all.mid(line.textStart()), Qt::ElideRight, l.explanation.width())
                : all.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    p->setPen(text);
    for (int n = 0; n < lines.size(); ++n)
        p->drawText(QRect(l.explanation.left(), l.explanation.top() + n * l.lineHeight,
                        l.explanation.width(), l.lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, lines[n]);

    const QString effect = i.data(ConflictModel::PolicyEffectRole).toString();
    const QString policy = i.data(ConflictModel::PolicyTextRole).toString();
    drawSegments(p, l.policy, o.font,
        { { tr("Merge policy "), secondary },
            { i.data(ConflictModel::MergePolicyRole).toString(), text },
            { tr("  ·  Policy "), secondary },
            { policy.isEmpty() ? tr("none governs this object") : policy,
                policy.isEmpty() ? secondary : effectColor(effect, pal) } });

    const auto recommended = DecisionOption(i.data(ConflictModel::RecommendedOptionRole).toInt());
    const QString why = i.data(ConflictModel::RecommendationTextRole).toString();
    // A decided card keeps the daemon's original recommendation beside the decision.
    const bool decided = CardState(i.data(ConflictModel::StateRole).toInt()) == CardState::Decided;
    drawSegments(p, l.recommendation, o.font,
        { { decided ? tr("★ The daemon recommended: ") : tr("★ Recommended: "), secondary },
            { ConflictModel::optionLabel(recommended), text, true },
            { why.isEmpty() ? (decided ? tr(" — its reason is not recorded") : QString())
                            : tr(" — %1").arg(why),
                why.isEmpty() ? secondary : text } });
}

void ConflictCardPainter::paintButtons(
    QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l, Hit hit)
{
    const QPalette &pal = o.palette;
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const auto state = CardState(i.data(ConflictModel::StateRole).toInt());
    const int allowed = i.data(ConflictModel::AllowedOptionsRole).toInt();
    const auto staged = DecisionOption(i.data(ConflictModel::StagedOptionRole).toInt());
    const auto recommended = DecisionOption(i.data(ConflictModel::RecommendedOptionRole).toInt());
    const auto chosen = DecisionOption(i.data(ConflictModel::SelectedOptionRole).toInt());
    const QVariantList refusals = i.data(ConflictModel::OptionRefusalsRole).toList();
    QFont bold = o.font;
    bold.setBold(true);
    QFont small = o.font;
    small.setPointSizeF(o.font.pointSizeF() * 0.85);

    for (int n = 0; n < kDecisionOptionCount; ++n) {
        const auto option = DecisionOption(n);
        const QRect r = l.buttons[std::size_t(n)];
        const bool enabled = allowed & (1 << n);
        const bool isStaged = staged == option;
        const bool isChosen = state == CardState::Decided && chosen == option;
        const bool hover = enabled && hit.option == option && (o.state & QStyle::State_MouseOver);

        QColor fill = mix(base, pal.color(QPalette::Button), 0.6);
        QColor border = mix(text, base, 0.7);
        QColor fg = text;
        QColor sub = CardPalette::secondaryText(pal);
        Qt::PenStyle style = Qt::SolidLine;
        if (isStaged) {
            fill = highlight;
            border = highlight;
            fg = pal.color(QPalette::HighlightedText);
            sub = mix(fg, highlight, 0.15);
        } else if (isChosen) {
            fill = tint(CardPalette::positive(), pal, 0.16);
            border = CardPalette::positive();
        } else if (!enabled) {
            fill = mix(base, pal.color(QPalette::Window), 0.5);
            border = mix(text, base, 0.8);
            fg = mix(text, base, 0.55);
            sub = fg;
            style = Qt::DashLine;
        } else if (hover) {
            fill = mix(fill, highlight, 0.14);
            border = highlight;
        }
        p->setPen(QPen(border, 1, style));
        p->setBrush(fill);
        p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

        const QRect inner = r.adjusted(10, 6, -8, -6);
        const QRect top(inner.left(), inner.top(), inner.width(), l.lineHeight);
        const QRect bottom(
            inner.left(), inner.bottom() - l.lineHeight + 1, inner.width(), l.lineHeight);

        // Right side of the title row: the key, and the recommendation mark.
        int right = top.right();
        p->setFont(small);
        const QFontMetrics sfm(small);
        if (state == CardState::Pending) {
            const QString key = ConflictCardDelegate::optionKey(option);
            const int w = std::max(sfm.horizontalAdvance(key) + 8, l.lineHeight);
            const QRect keyRect(right - w + 1, top.top() + 1, w, top.height() - 2);
            p->setPen(QPen(enabled ? sub : border, 1));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(QRectF(keyRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            p->drawText(keyRect, Qt::AlignCenter, key);
            right = keyRect.left() - 6;
        }
        QString mark;
        if (isChosen)
            mark = tr("✓ Chosen");
        else if (option == recommended)
            mark = tr("★ Recommended");
        if (!mark.isEmpty()) {
            const int w = sfm.horizontalAdvance(mark);
            p->setPen(isStaged || isChosen ? fg : CardPalette::readable(highlight, pal));
            p->drawText(QRect(right - w + 1, top.top(), w, top.height()),
                Qt::AlignRight | Qt::AlignVCenter, mark);
            right -= w + 6;
        }

        p->setFont(bold);
        p->setPen(fg);
        const QRect labelRect(top.left(), top.top(), right - top.left(), top.height());
        p->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(
                ConflictModel::optionLabel(option), Qt::ElideRight, labelRect.width()));

        QString line = ConflictCardDelegate::optionDescription(option);
        QColor lineColor = sub;
        const auto refusal = Refusal(refusals.value(n).toInt());
        if (!enabled && state == CardState::Pending && refusal != Refusal::None) {
            line = tr("⊘ %1").arg(ConflictCardDelegate::shortReason(refusal, option));
            lineColor = mix(CardPalette::readable(CardPalette::negative(), pal), base, 0.15);
        }
        p->setFont(o.font);
        p->setPen(lineColor);
        p->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
            o.fontMetrics.elidedText(line, Qt::ElideRight, bottom.width()));
    }
    p->setFont(o.font);
}

void ConflictCardPainter::paintStatus(
    QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &i, const Layout &l, Hit hit)
{
    const QPalette &pal = o.palette;
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = CardPalette::secondaryText(pal);
    const QColor negative = CardPalette::readable(CardPalette::negative(), pal);
    const auto state = CardState(i.data(ConflictModel::StateRole).toInt());
    const int outcome = i.data(ConflictModel::OutcomeRole).toInt();
    const auto staged = DecisionOption(i.data(ConflictModel::StagedOptionRole).toInt());

    QList<Segment> segments;
    if (outcome == int(Outcome::Refused)) {
        segments << Segment {
            tr("✗ Refused (%1): ").arg(i.data(ConflictModel::OutcomeCodeRole).toString()), negative,
            true
        } << Segment { i.data(ConflictModel::OutcomeMessageRole).toString(), negative };
    } else if (const QString stale = i.data(ConflictModel::StaleReasonRole).toString();
               !stale.isEmpty()) {
        // A staged choice that no longer matches the card: stage it again to keep it.
        segments << Segment { tr("⚠ %1. ").arg(stale),
            CardPalette::readable(CardPalette::neutral(), pal), true };
        if (state == CardState::Pending)
            segments << Segment {
                tr("Press %1 again to keep it.").arg(ConflictCardDelegate::optionKey(staged)),
                secondary
            };
        else
            segments << Segment { i.data(ConflictModel::DecisionTextRole).toString(), text };
    } else if (state == CardState::Decided) {
        if (outcome >= 0)
            segments << Segment { tr("✓ Applied. "),
                CardPalette::readable(CardPalette::positive(), pal), true };
        // What became of the decision first: the decision itself is on the
        // chosen button and in the panel, and a long rationale would elide it.
        if (const QString follow = i.data(ConflictModel::FollowThroughTextRole).toString();
            !follow.isEmpty())
            segments << Segment { follow, CardPalette::readable(CardPalette::neutral(), pal), true }
                     << Segment { tr("  ·  "), secondary };
        segments << Segment { i.data(ConflictModel::DecisionTextRole).toString(), text };
    } else if (state == CardState::Invalid) {
        segments << Segment { tr("This DecisionCard is invalid: it cannot be decided here."),
            negative };
    } else if (i.data(ConflictModel::RationaleMissingRole).toBool()) {
        segments << Segment { tr("⚠ %1 is staged, but this conflict needs a rationale before "
                                 "it can be applied.")
                                  .arg(ConflictModel::optionLabel(staged)),
            CardPalette::readable(CardPalette::neutral(), pal), true };
    } else if (staged != DecisionOption::None) {
        const QString why = i.data(ConflictModel::RationaleRole).toString().simplified();
        segments << Segment { tr("%1 staged. ").arg(ConflictModel::optionLabel(staged)),
            CardPalette::readable(pal.color(QPalette::Highlight), pal), true }
                 << Segment { why.isEmpty() ? tr("Apply (Ctrl+Return) writes the decision.")
                                            : tr("Rationale: %1").arg(why),
                        secondary };
    } else {
        QStringList reasons;
        const QStringList all = i.data(ConflictModel::OptionReasonsRole).toStringList();
        const QVariantList refusals = i.data(ConflictModel::OptionRefusalsRole).toList();
        for (int n = 0; n < all.size(); ++n)
            if (Refusal(refusals.value(n).toInt()) != Refusal::OptionNotOffered && !all[n].isEmpty()
                && !reasons.contains(all[n]))
                reasons << all[n];
        if (!reasons.isEmpty())
            segments << Segment { tr("⊘ %1").arg(reasons.join(QLatin1Char(' '))), negative };
        else if (i.data(ConflictModel::RationaleRequiredRole).toBool())
            segments << Segment { tr("A rationale is required: choose, then say why."), secondary };
        else
            segments << Segment { tr("Choose with M, F or S; nothing is written until Apply."),
                secondary };
    }

    QRect rect = l.status;
    if (!l.evidence.isEmpty()) {
        const bool hover = hit.evidence && (o.state & QStyle::State_MouseOver);
        QFont f = o.font;
        f.setUnderline(hover);
        p->setFont(f);
        p->setPen(pal.color(QPalette::Link));
        p->drawText(l.evidence, Qt::AlignRight | Qt::AlignVCenter,
            tr("Evidence %1").arg(i.data(ConflictModel::EvidenceIdRole).toString()));
        p->setFont(o.font);
        rect.setRight(l.evidence.left() - 12);
    }
    drawSegments(p, rect, o.font, segments);
}

} // namespace SyncDesk::Ui
