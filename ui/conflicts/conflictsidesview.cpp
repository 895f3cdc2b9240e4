// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/conflictsidesview.h"

#include "core/store/store.h"
#include "ui/conflicts/cardpalette.h"

#include <QEvent>
#include <QScrollBar>

namespace SyncDesk::Ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString colored(const QString &html, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), html);
}

} // namespace

ConflictSidesView::ConflictSidesView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("conflictSides"));
    setAccessibleName(tr("Sides of the conflict"));
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Ids and artifacts are long words: break them rather than grow sideways.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    // One line at least: on a 720-pixel screen with a larger font the rationale editor
    // and Apply need the rest, and the sides scroll; eight when there is room.
    setMinimumHeight(fontMetrics().lineSpacing() + 2 * frameWidth());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("operation"))
            return;
        bool ok = false;
        const int row = url.path().toInt(&ok);
        if (ok)
            Q_EMIT operationActivated(row);
    });
}

QSize ConflictSidesView::sizeHint() const
{
    return { QTextBrowser::sizeHint().width(), (m_compact ? 2 : 8) * fontMetrics().lineSpacing() };
}

void ConflictSidesView::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    updateGeometry();
}

void ConflictSidesView::showConflict(const Store *store, int conflictRow)
{
    ConflictSides sides = store && store->state() == Store::State::Ok && !store->isPartial()
        ? ConflictSides::build(*store, conflictRow)
        : ConflictSides {};
    // Panels refresh on every keystroke and staging change: a text set again
    // would lose the reader's scroll position.
    if (m_shown && store == m_store && sides == m_sides)
        return;
    const bool sameConflict = sides.conflictId() == m_sides.conflictId();
    m_store = store;
    m_sides = std::move(sides);
    m_shown = true;
    const int scroll = verticalScrollBar()->value();
    render();
    if (sameConflict)
        verticalScrollBar()->setValue(scroll);
}

void ConflictSidesView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Colours come from the palette: a theme switch repaints them.
    if (event->type() == QEvent::PaletteChange && m_shown)
        render();
}

QString ConflictSidesView::operationHtml(const SideOperation &op) const
{
    const QColor secondary = CardPalette::secondaryText(palette());
    // The type is the link; status, time and who follow as plain text.
    const bool typeFirst = !op.typeText.isEmpty() && op.text.startsWith(op.typeText);
    const QString linked = typeFirst ? op.typeText : op.text;
    QString html = QStringLiteral("<a href=\"operation:%1\" title=\"%2\">%3</a>%4")
                       .arg(op.row)
                       .arg(esc(tr("%1 — show it in the queue").arg(op.id)), esc(linked),
                           esc(op.text.mid(linked.size())));
    for (const QString &artifact : op.artifacts)
        html += QStringLiteral("<br>&nbsp;&nbsp;") + colored(esc(artifact), secondary);
    if (!op.taskText.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;") + colored(esc(op.taskText), secondary);
    return html;
}

void ConflictSidesView::render()
{
    // Empty, not hidden, without a card: the panel's layout keeps this
    // view's share of the height, so its buttons stay where they are.
    if (m_sides.isEmpty()) {
        clear();
        return;
    }
    const QPalette &pal = palette();
    const QColor secondary = CardPalette::secondaryText(pal);
    const QColor positive = CardPalette::readable(CardPalette::positive(), pal);
    const QColor caution = CardPalette::readable(CardPalette::neutral(), pal);
    const QString block = pal.color(QPalette::AlternateBase).name();

    QString html;
    auto heading = [&html](const QString &text) {
        html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:3px\"><b>%1</b></p>")
                    .arg(esc(text));
    };

    heading(tr("Sides"));
    for (const ConflictSide &side : m_sides.sides()) {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(esc(side.title));
        if (side.storeVersion)
            lines << colored(esc(tr("The store holds its version (the object record's last "
                                    "modifier).")),
                positive);
        for (const SideOperation &op : side.operations)
            lines << operationHtml(op);
        if (!side.note.isEmpty())
            lines << colored(esc(side.note), secondary);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                               "bgcolor=\"%1\" style=\"margin-bottom:4px\"><tr><td>%2</td></tr>"
                               "</table>")
                    .arg(block, lines.join(QStringLiteral("<br>")));
    }
    if (!m_sides.options().isEmpty()) {
        heading(tr("What each option does"));
        for (const SideOption &o : m_sides.options()) {
            QString line = esc(o.text);
            if (o.chosen)
                line = QStringLiteral("<b>%1</b>").arg(esc(tr("✓ Chosen: %1").arg(o.text)));
            else if (!o.certain)
                line = colored(esc(tr("⚠ %1").arg(o.text)), caution);
            html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px\">%1</p>").arg(line);
        }
    }
    heading(tr("Object record"));
    const SideObject &object = m_sides.object();
    html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                .arg(object.found ? esc(object.text) : colored(esc(object.text), caution));

    if (!m_sides.otherOperations().isEmpty()) {
        heading(tr("Also on this object"));
        QStringList lines;
        for (const SideOperation &op : m_sides.otherOperations())
            lines << operationHtml(op);
        html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                    .arg(lines.join(QStringLiteral("<br>")));
    }

    setHtml(html);
}

} // namespace SyncDesk::Ui
